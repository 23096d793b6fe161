"""Every command's output, byte for byte, against a committed snapshot: a refactor that
means to change no output proves it here (the README's examples are held by test_readme).

The corpus is small on purpose: each command, a few arguments, mostly JSON and CSV, a
few tables, a few usage errors. The snapshot (tests/data/output_corpus.json) was taken
from main at 897f41d. A change of output on purpose regenerates it, and its commit
says so:

    python -m tests.contract.test_output_corpus --write
"""

from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from tests.conftest import MINI, ROOT, TESTS

SNAPSHOT = TESTS / "data" / "output_corpus.json"

CORPUS: tuple[tuple[str, ...], ...] = (
    ("--help",),
    ("--version",),
    ("show", "--help"),
    ("show", "dalian"),
    ("show", "chengdu", "--format", "csv"),
    ("show", "zhongguancun", "--quotes", "--format", "markdown"),
    ("show", "dalian", "--data", str(MINI), "--as-of", "2015", "--json"),
    ("show", "dalian", "--as-of", "2015"),
    ("show", "dalian", "--fields", "id,value,source.id", "--format", "csv"),
    ("show", "dalian", "--fields", "id,value", "--format", "tsv", "--no-headers"),
    ("show", "dalian", "--fields", "id,display"),
    ("show", "dalian", "--fields", "nonsense"),
    ("show", "dalian", "--json", "--format", "csv"),
    ("show", "dalian", "--no-headers"),
    ("show", "dalain"),
    ("--color", "always", "show", "dalian"),
    ("--color", "never", "rank", "--metric", "population"),
    ("history", "chengdu", "--metric", "population", "--json"),
    ("history", "dalian", "--metric", "population", "--format", "csv"),
    ("history", "chengdu", "--as-of", "2021", "--format", "jsonl"),
    ("compare", "chengdu", "chongqing", "--metric", "laptops"),
    ("compare", "chengdu", "chongqing", "--metric", "laptops", "--json"),
    ("compare", "dalian", "zhongguancun", "--format", "csv"),
    ("compare", "dalian"),
    ("cite", "dalian-population-2014"),
    ("cite", "chengdu", "--metric", "ipads", "--style", "chicago"),
    ("cite", "allen-2014-dalian", "--format", "bibtex"),
    ("cite", "hefei", "--format", "csl-json"),
    ("cite", "dalian", "--metric", "population", "--json"),
    ("rank", "--metric", "ipads", "--json"),
    ("rank", "-m", "population", "--format", "csv", "--asc"),
    ("rank", "-m", "population", "--limit", "3"),
    ("rank", "-m", "outsourcing-revenue", "--format", "yaml"),
    ("list", "--kind", "city", "--json"),
    ("list", "--format", "csv", "--fields", "hub.id,hub.name,hub.kind"),
    ("list", "--fields", "hub.id,parent_name", "--format", "jsonl"),
    ("list", "--where", "population > 20m", "--sort", "population", "--format", "tsv"),
    ("list", "--where", "ai-companies >= 800", "--maybe", "--json"),
    ("list", "--country", "china", "--tag", "robotics", "--limit", "2"),
    ("list", "--kind", "science-park", "--format", "markdown"),
    ("metrics", "--format", "csv"),
    ("metrics", "--json", "--limit", "3"),
    ("sources", "--json"),
    ("sources", "--format", "csv", "--limit", "4"),
    ("source", "allen", "--fields", "id,metric_id,value", "--json"),
    ("source", "chinadaily-2022-inland", "--quotes"),
    ("search", "neusoft", "--json"),
    ("search", "成都", "--format", "csv"),
    ("search", "laptop", "--limit", "2"),
    ("export", "--format", "csv", "--fields", "id,value,unit,source.id"),
    ("export", "--hub", "dalian", "--metric", "population"),
    ("export", "--hub", "china", "--within", "--metric", "population", "--format", "csv"),
    ("export", "--format", "json", "--limit", "2"),
    ("export", "--where", "population > 20m", "--format", "tsv", "--limit", "5"),
    ("export", "--format", "sqlite"),
    ("check", "Dalian has about 6 million residents.", "--json"),
    ("check", "Dalian has about 6 million residents. Chengdu has 2 residents."),
    ("check", "--format", "claimreview", "Dalian has about 6 million residents."),
    ("schema", "show"),
    ("schema", "export", "--fields"),
    ("validate", "--json"),
    ("validate",),
    ("validate", "--data", str(MINI), "--format", "csv"),
    ("show", "dalian", "--data", str(MINI), "--json"),
    ("list", "--data", str(MINI), "--format", "csv"),
    ("completion", "bash"),
)


def _key(args: tuple[str, ...]) -> str:
    return " ".join(args).replace(str(MINI), "MINI")


def _run(args: tuple[str, ...]) -> dict[str, object]:
    from hubquery.cli import cli

    result = CliRunner().invoke(cli, list(args), catch_exceptions=False, terminal_width=100)
    # The checkout's own path is where it was cloned, not output to hold.
    return {
        "exit": result.exit_code,
        "stdout": result.stdout.replace(str(ROOT), "ROOT"),
        "stderr": result.stderr.replace(str(ROOT), "ROOT"),
    }


@pytest.mark.parametrize("args", CORPUS, ids=_key)
def test_output_is_unchanged(args: tuple[str, ...]) -> None:
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert _run(args) == snapshot[_key(args)]


def test_snapshot_holds_the_corpus_and_nothing_else() -> None:
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert sorted(snapshot) == sorted(_key(args) for args in CORPUS)


def _write() -> None:
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as cache:
        # the test environment of conftest's autouse fixture
        os.environ.update({"HUBQUERY_CACHE_DIR": cache, "NO_COLOR": "1", "COLUMNS": "100"})
        for name in ("HUBQUERY_DATA", "HUBQUERY_DEBUG", "FORCE_COLOR"):
            os.environ.pop(name, None)
        taken = {}
        for args in CORPUS:
            saved = dict(os.environ)
            taken[_key(args)] = _run(args)
            os.environ.clear()
            os.environ.update(saved)
    SNAPSHOT.write_text(json.dumps(taken, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python -m tests.contract.test_output_corpus --write")
    _write()
