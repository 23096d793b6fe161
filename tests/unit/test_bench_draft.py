"""The bench's prose draft (bench/run.py's prose row and bench/prose_instructions.py)
says which text it is made of: without the seed articles beside the checkout it is the
README's prose, whose seconds and instructions per MB are not the seeds' (a checkout
elsewhere once measured 1.89 s per MB on it, silently, beside the seeds' 1.13)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import TESTS


def _bench() -> ModuleType:
    path = TESTS.parent / "bench" / "prose_instructions.py"
    spec = importlib.util.spec_from_file_location("prose_instructions", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_draft_is_the_seed_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "000_a.txt").write_text("Dalian has 6 million residents.\n", encoding="utf-8")
    draft = _bench().draft(tmp_path, seeds)
    assert draft.read_text(encoding="utf-8").startswith("Dalian has 6 million residents.")
    assert capsys.readouterr().err == ""


def test_without_the_seeds_the_draft_says_it_is_the_readme(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = _bench().draft(tmp_path, tmp_path / "no-seeds")
    readme = (TESTS.parent / "README.md").read_text(encoding="utf-8")
    assert draft.read_text(encoding="utf-8").startswith(readme[:200])
    err = capsys.readouterr().err
    assert "no seed articles" in err
    assert "README.md" in err
    assert "not comparable" in err
