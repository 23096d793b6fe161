"""The README's section on `check` and `cite` shows real output, and its scores are the
scorer's on the claim sets."""

from __future__ import annotations

import re
import shlex

from hubquery.cache import open_store
from tests.claimset import labelled, score
from tests.conftest import ROOT, SHIPPED, TESTS

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Checking a draft, citing a figure", 1)[1].split("\n## ", 1)[0]


def _examples() -> list[tuple[list[str], str]]:
    """Each ``$ hubquery …`` line of the section's console blocks, with the lines under it."""
    examples: list[tuple[list[str], str]] = []
    for block in re.findall(r"```console\n(.*?)\n```", SECTION, re.S):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, output = chunk.partition("\n")
            if command.startswith("hubquery "):
                examples.append((shlex.split(command)[1:], output))
    return examples


def test_the_section_shows_both_commands() -> None:
    commands = {args[0] for args, _ in _examples()}
    assert commands == {"check", "cite"}


def _row(name: str) -> list[str]:
    row = next(line for line in SECTION.splitlines() if line.startswith(f"| `tests/data/{name}`"))
    return [cell.strip() for cell in row.strip("|").split("|")]


def test_the_scores_after_are_the_scorers() -> None:
    """The tuning and own sets' "after" scores are what `python -m tests.claimset` prints
    today (the held-out set is scored once, at the end, and not again by the suite)."""
    store = open_store(str(SHIPPED))
    for name in ("claims_news.tsv", "claims.tsv"):
        result = score(store, labelled(TESTS / "data" / name))
        *_, sentences, _, after = _row(name)
        assert int(sentences) == result.total
        expected = (
            f"{result.right} right ({result.right / result.total:.1%}), "
            f"{result.false_supported} false supported, "
            f"{result.false_contradicted} false contradicted"
        ).replace("%", " %")
        assert after == expected, name


def test_the_tuning_set_stays_above_the_issues_bar() -> None:
    result = score(open_store(str(SHIPPED)), labelled(TESTS / "data" / "claims_news.tsv"))
    assert result.right / result.total >= 0.95
    assert result.false_supported <= 1
    assert result.false_contradicted <= 1
