"""The README's section on `check` and `cite` shows real output, and its accuracy
figures are the claim set's."""

from __future__ import annotations

import re
import shlex

import pytest

from tests.conftest import ROOT
from tests.test_check import _claim_set, _judged

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Checking a draft, citing a figure", 1)[1].split("\n## ", 1)[0]


def _examples() -> list[tuple[list[str], str]]:
    """Each ``$ hubquery …`` line of the section's console blocks, with the lines under it."""
    examples: list[tuple[list[str], str]] = []
    for block in re.findall(r"```console\n(.*?)\n```", SECTION, re.S):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, output = chunk.partition("\n")
            examples.append((shlex.split(command)[1:], output))
    return examples


def test_the_section_shows_both_commands() -> None:
    commands = {args[0] for args, _ in _examples()}
    assert commands == {"check", "cite"}


@pytest.mark.slow
def test_accuracy_figures_are_the_claim_sets() -> None:
    rows = _claim_set()
    right = sum(_judged(text) == tuple(expected) for text, *expected in rows)
    prose = " ".join(SECTION.split())
    assert f"holds {len(rows)} sentences" in prose
    assert right == len(rows)
    assert f"today all {len(rows)} are read as expected" in prose
