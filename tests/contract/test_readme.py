"""The README's promises stay true: its first commands, the CI's use of its test
command, and the size of the dataset it describes."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

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
    found = re.search(r"(\d+)\s+figures about (\d+) places", README)
    assert found is not None
    figures, places = found.groups()
    assert (int(figures), int(places)) == (summary.fact_count, summary.hub_count)


def test_readme_documents_every_command() -> None:
    from tests.conftest import commands

    for command in commands():
        assert f"`{command}" in README, command


@pytest.mark.slow
def test_readme_examples_are_real_output() -> None:
    """Every `$ …` example prints exactly what the README shows, at 80 columns; the
    commands of one block run in order in one folder (the real jq, Datasette, sqlite-utils
    and frictionless included). After a change of output:
    python -m tests.readme_examples --write."""

    from tests.readme_examples import blocks, run_block

    found = blocks(README)
    assert sum(len(block) for block in found) >= 15
    for tool in ("jq", "datasette", "sqlite-utils", "frictionless"):
        if any(f"{tool} " in e.command for block in found for e in block):
            assert shutil.which(tool) or (Path(sys.executable).parent / tool).exists(), tool
    for block in found:
        outputs = run_block([e.command for e in block])
        for example, output in zip(block, outputs, strict=True):
            assert output == example.expected, example.command
