"""The suite's own file order (tests/file_order.py), run in sessions of its own."""

from __future__ import annotations

import json

import pytest

from tests.file_order import KEY, FileOrder

TWO_FILES = {"test_a": "def test_a():\n    pass\n", "test_b": "def test_b():\n    pass\n"}


def test_a_run_without_pytests_cache_runs_every_test(pytester: pytest.Pytester) -> None:
    # `pytest -p no:cacheprovider` leaves the config without a `cache` attribute: the
    # order is then the collected one, and nothing is written.
    pytester.makepyfile(**TWO_FILES)
    result = pytester.runpytest("-p", "no:cacheprovider", "-v", plugins=[FileOrder()])
    assert result.ret == pytest.ExitCode.OK
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*test_a.py::test_a PASSED*", "*test_b.py::test_b PASSED*"])
    assert not (pytester.path / ".pytest_cache").exists()


def test_the_file_that_took_longest_last_time_runs_first(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(**TWO_FILES)
    stored = pytester.path / ".pytest_cache" / "v" / KEY
    stored.parent.mkdir(parents=True)
    stored.write_text(json.dumps({"test_a.py": 1.0, "test_b.py": 5.0}))
    result = pytester.runpytest("-v", plugins=[FileOrder()])
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*test_b.py::test_b PASSED*", "*test_a.py::test_a PASSED*"])
    # this run's seconds replace the last ones, file by file
    seconds = json.loads(stored.read_text())
    assert sorted(seconds) == ["test_a.py", "test_b.py"]
    assert seconds["test_b.py"] < 5.0


def test_a_file_the_cache_has_not_timed_takes_the_seconds_seen_before(
    pytester: pytest.Pytester,
) -> None:
    # (tests/file_seconds.json, for a fresh clone: the cache's own seconds come first)
    pytester.makepyfile(**TWO_FILES, test_c="def test_c():\n    pass\n")
    stored = pytester.path / ".pytest_cache" / "v" / KEY
    stored.parent.mkdir(parents=True)
    stored.write_text(json.dumps({"test_a.py": 1.0}))
    plugin = FileOrder({"test_a.py": 9.0, "test_b.py": 5.0})
    result = pytester.runpytest("-v", plugins=[plugin])
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(
        ["*test_b.py::test_b PASSED*", "*test_a.py::test_a PASSED*", "*test_c.py::test_c PASSED*"]
    )
