from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result
from hypothesis import settings

from hubquery.cli import cli

# In CI (CI=true) property tests run derandomized: the same examples every run, so that
# a landing is judged by its code, not by the draw. Locally each run explores anew.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

TESTS = Path(__file__).parent
MINI = TESTS / "data" / "mini.yaml"
ROOT = TESTS.parent
SHIPPED = ROOT / "data" / "hubs.yaml"
SEEDS = ROOT.parent / "shared" / "seeds"


def commands() -> dict[str, click.Command]:
    """Every command of the CLI by name (each one's module imported now)."""
    from hubquery.commands import COMMANDS, create_command

    return {name: create_command(name) for name in COMMANDS}


@pytest.fixture(autouse=True)
def _isolated_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Every test gets its own cache, no colour and a fixed width."""
    monkeypatch.setenv("HUBQUERY_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("HUBQUERY_DATA", raising=False)
    monkeypatch.delenv("HUBQUERY_DEBUG", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")


Run = Callable[..., Result]
# The write_dataset fixture: dataset text in, the path of a file holding it out.
WriteDataset = Callable[[str], str]

# The CLI as a user runs it: a real process through the real entry point
# (``python -m hubquery`` calls what the console script calls, ``process.main``).
HUBQUERY = [sys.executable, "-m", "hubquery"]


def hubquery(
    *args: str | bytes,
    env: dict[str, str] | None = None,
    stdin: bytes | None = None,
    stdout: Any = subprocess.PIPE,
    timeout: float = 120,
) -> subprocess.CompletedProcess[bytes]:
    """Run the CLI in a real process; ``env`` adds to (or, with None values, removes
    from) this test's environment."""
    full = {**os.environ, **(env or {})}
    return subprocess.run(
        [*HUBQUERY, *args],
        input=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=full,
        check=False,
        timeout=timeout,
    )


@pytest.fixture
def run() -> Run:
    """Invoke the CLI in-process; exceptions that escape click fail the test."""

    def invoke(*args: str, input: str | bytes | None = None) -> Result:
        return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def mini() -> str:
    return str(MINI)


@pytest.fixture
def write_dataset(tmp_path: Path) -> WriteDataset:
    """Write YAML text (dedented) to a file and return its path."""
    counter = iter(range(1_000_000))

    def write(text: str) -> str:
        path = tmp_path / f"dataset-{next(counter)}.yaml"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return str(path)

    return write


MINIMAL = """\
format: 1
sources:
- id: s1
  title: An article
  published: '2020'
metrics:
- id: companies
  label: Companies
  description: Companies in the place.
  unit_kind: count
- id: share
  label: Share
  description: A share.
  unit_kind: share
hubs:
- id: here
  name: Here
  kind: city
facts:
- id: f1
  hub: here
  metric: companies
  value: 12
  unit: companies
  period: '2020'
  source: s1
  quote: there are 12 companies here
"""
