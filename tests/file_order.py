"""The order the test files run in: longest first.

``--dist loadfile`` hands the files to the workers in the order collected, so a long
file collected last (test_fit) kept one worker busy while the other had finished. Each
file's seconds in the last run are kept in pytest's cache (``.pytest_cache``); a run
without the cache (``-p no:cacheprovider``) keeps the collected order.
"""

from __future__ import annotations

import pytest

KEY = "hubquery/file-seconds"


def _file(nodeid: str) -> str:
    return nodeid.split("::")[0]


class FileOrder:
    """A pytest plugin (``tests/conftest.py`` registers one per run)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def pytest_collection_modifyitems(
        self, config: pytest.Config, items: list[pytest.Item]
    ) -> None:
        cache = getattr(config, "cache", None)
        known: dict[str, float] = cache.get(KEY, {}) if cache is not None else {}
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
