"""The README's promises stay true: its first commands, the CI's use of its test
command, and the size of the dataset it describes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


def _section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end != -1 else len(README)]


def _console_examples(text: str) -> list[tuple[str, str]]:
    """(command, the output shown under it) for every ``$ `` line of the console blocks."""
    examples: list[tuple[str, str]] = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, output = chunk.partition("\n")
            examples.append((command, output))
    return examples


def test_using_the_data_elsewhere_shows_real_output(tmp_path: Path) -> None:
    """Every command in the section runs, in order, in one folder, and prints what is shown
    (the real tools: jq, Datasette, sqlite-utils, frictionless)."""
    examples = _console_examples(_section("Using the data elsewhere"))
    assert len(examples) == 8
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "NO_COLOR": "1", "COLUMNS": "100"}
    for command, shown in examples:
        result = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=tmp_path, env=env,
                                capture_output=True, text=True)
        assert result.returncode == 0, (command, result.stderr)
        printed = "".join(line.rstrip() + "\n" for line in result.stdout.splitlines())
        assert printed == shown, command
