"""The README's promises stay true: its first commands, the CI's use of its test
command, and the size of the dataset it describes."""

from __future__ import annotations

import re

from hubquery.load import check_file
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
    summary = check_file(str(SHIPPED))
    figures, places = re.search(r"(\d+)\s+figures about (\d+) places", README).groups()  # type: ignore[union-attr]
    assert (int(figures), int(places)) == (summary["facts"], summary["hubs"])


def test_readme_documents_every_command() -> None:
    from hubquery.cli import cli

    for command in cli.commands:
        assert f"`{command}" in README, command


def test_readme_examples_are_real_output() -> None:
    """Every `$ hubquery …` example prints exactly what the README shows, at 80 columns.
    After a change of output: python -m tests.readme_examples --write."""
    import shutil

    from tests.readme_examples import examples, run

    found = examples(README)
    assert len(found) >= 10
    if any("| jq" in e.command for e in found):
        assert shutil.which("jq"), "the README's jq example needs jq installed"
    for example in found:
        assert run(example.command) == example.expected, example.command
