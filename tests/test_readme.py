"""The README's promises stay true: its first commands, the CI's use of its test
command, and the size of the dataset it describes."""

from __future__ import annotations

import re

from hubquery.curate import validation_report
from tests.conftest import ROOT, SHIPPED

README = (ROOT / "README.md").read_text(encoding="utf-8")
MAIN = "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/hubquery show dalian"
TESTS = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"


def test_readme_opens_with_the_two_setup_commands() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert blocks[:2] == [MAIN, TESTS]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    assert TESTS in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_readme_describes_the_dataset_as_it_is() -> None:
    summary = validation_report(str(SHIPPED))
    figures, places = re.search(r"(\d+)\s+figures about (\d+) places", README).groups()  # type: ignore[union-attr]
    assert (int(figures), int(places)) == (summary.fact_count, summary.hub_count)


def test_readme_documents_every_command() -> None:
    from hubquery.cli import cli

    for command in cli.commands:
        assert f"`{command}" in README, command
