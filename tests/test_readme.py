"""The README's promises stay true: its first commands, the CI's use of its test
command, and the size of the dataset it describes."""

from __future__ import annotations

import re

import pytest

from hubquery.load import check_file
from tests.conftest import ROOT, SHIPPED, Run

README = (ROOT / "README.md").read_text(encoding="utf-8")
MAIN = "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/hubquery show dalian"
TESTS = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"


def test_readme_opens_with_the_two_setup_commands() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert blocks[:2] == [MAIN, TESTS]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    assert TESTS in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_readme_describes_the_dataset_as_it_is() -> None:
    summary = check_file(str(SHIPPED))
    figures, places = re.search(r"(\d+)\s+figures about (\d+) places", README).groups()  # type: ignore[union-attr]
    assert (int(figures), int(places)) == (summary["facts"], summary["hubs"])


def test_readme_documents_every_command() -> None:
    from hubquery.cli import cli

    for command in cli.commands:
        assert f"`{command}" in README, command


def _console_examples(*needles: str) -> list[tuple[str, str]]:
    """(command, output) of each README example whose command contains one of the needles."""
    examples = []
    for block in re.findall(r"```console\n(.*?)\n```", README, re.S):
        for command, output in re.findall(r"^\$ (hubquery [^\n]*)\n(.*?)(?=^\$ |\Z)", block + "\n",
                                          re.S | re.M):
            if any(needle in command for needle in needles):
                examples.append((command, output))
    return examples


def test_readme_history_and_as_of_examples_are_real(
        run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    import shlex

    monkeypatch.setenv("COLUMNS", "88")
    examples = _console_examples("hubquery history", "--as-of")
    assert len(examples) == 2
    for command, output in examples:
        assert run(*shlex.split(command)[1:], "--data", str(SHIPPED)).stdout == output, command
