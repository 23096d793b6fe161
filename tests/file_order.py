"""The order the test files run in: longest first.

``--dist loadfile`` hands the files to the workers in the order collected (with
``--no-loadscope-reorder``: xdist's own reordering puts the files with the most tests
first, so test_readme_check_cite's 3 tests, 8 s under load, ran last while the other
worker had finished). Each file's seconds in the last run are kept in pytest's cache
(``.pytest_cache``); a file the cache has not timed (a fresh clone, or
``-p no:cacheprovider``) takes its seconds from ``tests/file_seconds.json``, written from
the cache by ``python -m tests.file_order --write``; a file neither knows keeps its
collected place, after the timed ones.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

KEY = "hubquery/file-seconds"
SEEN = Path(__file__).parent / "file_seconds.json"


def _file(nodeid: str) -> str:
    return nodeid.split("::")[0]


def seen() -> dict[str, float]:
    """The seconds ``tests/file_seconds.json`` holds (none if it is missing)."""
    try:
        return dict(json.loads(SEEN.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return {}


class FileOrder:
    """A pytest plugin (``tests/conftest.py`` registers one per run)."""

    def __init__(self, fallback: Mapping[str, float] | None = None) -> None:
        self.seconds: dict[str, float] = {}
        self.fallback = dict(fallback or {})

    def pytest_collection_modifyitems(
        self, config: pytest.Config, items: list[pytest.Item]
    ) -> None:
        cache = getattr(config, "cache", None)
        known = {**self.fallback, **(cache.get(KEY, {}) if cache is not None else {})}
        # A stable sort: the files in the order of their last seconds, each file's tests
        # in their own order; files never timed keep theirs, after the timed ones.
        items.sort(key=lambda item: -known.get(_file(item.nodeid), 0.0))

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        path = _file(report.nodeid)
        self.seconds[path] = self.seconds.get(path, 0.0) + report.duration

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        # Written by the process that sees every file's reports: the controller with xdist.
        cache = getattr(session.config, "cache", None)
        if cache is not None and self.seconds and not hasattr(session.config, "workerinput"):
            cache.set(KEY, {**cache.get(KEY, {}), **self.seconds})


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="tests/file_seconds.json from .pytest_cache")
    parser.add_argument("--write", action="store_true", help="write it (else print it)")
    args = parser.parse_args(argv)
    root = SEEN.parent.parent
    cached = json.loads((root / ".pytest_cache" / "v" / KEY).read_text(encoding="utf-8"))
    present = {
        path: round(seconds, 1)
        for path, seconds in sorted(cached.items(), key=lambda item: -item[1])
        if (root / path).is_file()
    }
    text = json.dumps(present, indent=0) + "\n"
    if args.write:
        SEEN.write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
