"""The README's promises stay true: its first commands, the CI's use of its test
command, and the size of the dataset it describes."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from hubquery.curate import validation_report
from tests.conftest import ROOT, SHIPPED
from tests.readme_examples import blocks, run_block

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


_BLOCKS = blocks(README)
_TOOLS = ("jq", "datasette", "sqlite-utils", "frictionless")


def test_readme_has_its_examples_and_their_tools() -> None:
    """At least 15 `$ …` examples, and every outside tool they run is installed (the
    real jq, Datasette, sqlite-utils and frictionless)."""
    assert sum(len(block) for block in _BLOCKS) >= 15
    for tool in _TOOLS:
        if any(f"{tool} " in e.command for block in _BLOCKS for e in block):
            assert shutil.which(tool) or (Path(sys.executable).parent / tool).exists(), tool


# Each block runs once per test process, whichever of its examples is tested first.
_RUN: dict[int, list[str]] = {}


def _example(block: int, index: int) -> Any:
    command = _BLOCKS[block][index].command
    # A block's examples run in one folder in order: they go to one worker together.
    return pytest.param(
        block, index, id=f"{block}.{index}:{command[:60]}", marks=pytest.mark.xdist_group(block)
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("block", "index"),
    [_example(b, i) for b, examples in enumerate(_BLOCKS) for i in range(len(examples))],
)
def test_readme_example_is_real_output(
    block: int, index: int, warm_caches: tuple[Path, ...]
) -> None:
    """Each `$ …` example prints exactly what the README shows, at 80 columns; the
    commands of one block run in order in one folder, from the warm cache a run leaves
    (what a user sees does not depend on it). After a change of output:
    python -m tests.readme_examples --write."""
    if block not in _RUN:
        commands = [e.command for e in _BLOCKS[block]]
        _RUN[block] = run_block(commands, cache=warm_caches, in_process=True)
    example = _BLOCKS[block][index]
    assert _RUN[block][index] == example.expected, example.command
