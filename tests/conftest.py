from __future__ import annotations

import contextlib
import gc
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import click
import pytest
from click.testing import CliRunner, Result
from hypothesis import settings

from hubquery.cli import cli
from tests.file_order import FileOrder, seen

# Bytecode is written (into the __pycache__ folders .gitignore leaves out) even where
# PYTHONDONTWRITEBYTECODE=1 is set, as on the machine this suite is timed on. Without
# it every process compiles again what it imports: each of the suite's ~350 runs of
# the CLI (0.08 s of CPU for `show dalian --json` instead of 0.045 s, more on a cold
# cache) and each xdist worker, whose assertion rewriting of the test files is two
# thirds of its collection. Set here, before the workers start, so they inherit it.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# The tests' temporary folders (tmp_path, the caches) in memory, where there is a tmpfs
# for them and no temporary folder was chosen: on this machine's ext4, mounted with
# ``discard``, each file removed waits for the disk, and pytest removes an old run's
# folders (some 970 files and folders) at the end of every run, after the last test:
# 1.7-2.4 s of wall time there, 0.01 s in /dev/shm (``rm -rf`` of one run's folders,
# at load 5). Set here, before the first temporary folder is made. Only where the tmpfs
# has room to spare: a container's /dev/shm is often 64 MB, and one run writes some
# 40 MB there (pytest keeps the last three runs' folders).
_SHM_ROOM = 1 << 30


def _shm_has_room() -> bool:
    try:
        room = os.statvfs("/dev/shm")
    except OSError:
        return False
    return os.access("/dev/shm", os.W_OK) and room.f_bavail * room.f_frsize >= _SHM_ROOM


if not {"PYTEST_DEBUG_TEMPROOT", "TMPDIR"} & os.environ.keys() and _shm_has_room():
    os.environ["PYTEST_DEBUG_TEMPROOT"] = "/dev/shm"

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


# pytester runs a session of its own inside a test (tests/unit/test_file_order.py).
pytest_plugins = ["pytester"]


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(FileOrder(seen()), "hubquery-file-order")
    # The cyclic collector, tuned for a test process: the young generation is collected
    # every 10,000 allocations rather than 700 (a test makes and drops many objects,
    # few in cycles), ...
    gc.set_threshold(10_000, 10, 10)


def pytest_collection_finish(session: pytest.Session) -> None:
    """... and what collection made (the test modules, their parameters and strategies),
    which lives to the end, is left out of its passes. Together: the collector's time
    in a process of the suite from 1.6 s to 0.5 s (tests/unit and tests/contract)."""
    gc.collect()
    gc.freeze()


# The datasets most tests read, built once per test process (``warm_caches``).
WARMED = (SHIPPED, MINI, TESTS / "data" / "history.yaml", TESTS / "data" / "judged.yaml")


@pytest.fixture(scope="session")
def warm_caches(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ...]:
    """The cache files of the ``WARMED`` datasets, built once per test process, for
    each test to start from a copy: building the shipped dataset is most of what a
    short test costs, and a subprocess that finds no cache imports yaml and pydantic."""
    from hubquery.cache import open_store

    folder = tmp_path_factory.mktemp("warm-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HUBQUERY_CACHE_DIR", str(folder))
        for dataset in WARMED:
            open_store(str(dataset)).connection.close()
    return tuple(sorted(folder.iterdir()))


class WarmFolder:
    """A test process's cache folder holding copies of the warm caches, given to one test
    after another under a new name each time (a rename), and put back between them as
    they found it: a warm cache the test changed in any way (its content, time or mode:
    each changes the file's ctime) is copied again, and whatever else the test left is
    removed. Copying the four caches into a new folder and removing it for every test
    cost 1.3 ms of CPU and 4 ms of wall time a test (on this machine's ext4, mounted with
    ``discard``, removing a folder waits for the disk)."""

    def __init__(self, parent: Path, warm: tuple[Path, ...]) -> None:
        self.parent = parent
        self.warm = warm
        self.count = 0
        self.path = parent / "cache"
        self.path.mkdir(mode=0o700)
        self.kept: dict[str, tuple[int, ...]] = {}
        self._copy_missing()

    def next(self) -> Path:
        """The folder, under a name no test had."""
        self.count += 1
        renamed = self.parent / f"cache{self.count}"
        os.rename(self.path, renamed)
        self.path = renamed
        return renamed

    def put_back(self) -> None:
        """The folder as the warm caches left it, or a new one if it cannot be."""
        try:
            self._put_back()
        except OSError:
            self.count += 1  # left where it is, for pytest to remove with its base folder
            self.path = self.parent / f"cache{self.count}"
            self.path.mkdir(mode=0o700)
            self.kept = {}
            self._copy_missing()

    def _put_back(self) -> None:
        status = os.lstat(self.path)
        if not stat.S_ISDIR(status.st_mode):
            raise NotADirectoryError(self.path)  # replaced by a test
        if stat.S_IMODE(status.st_mode) != 0o700:
            self.path.chmod(0o700)  # a test may have made it unreadable or unwritable
        with os.scandir(self.path) as entries:
            for entry in entries:
                if self.kept.get(entry.name) == _identity(entry):
                    continue
                self.kept.pop(entry.name, None)
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path)
                else:
                    os.unlink(entry.path)
        self._copy_missing()

    def _copy_missing(self) -> None:
        for built in self.warm:
            if built.name not in self.kept:
                copy = self.path / built.name
                shutil.copy2(built, copy)
                self.kept[built.name] = _identity(copy)


def _identity(file: os.DirEntry[str] | Path) -> tuple[int, ...]:
    """What changes when a file is changed, replaced or has its mode or times set."""
    status = file.stat(follow_symlinks=False)
    return (status.st_mode, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


@pytest.fixture(scope="session")
def warm_folder(
    warm_caches: tuple[Path, ...], tmp_path_factory: pytest.TempPathFactory
) -> WarmFolder:
    return WarmFolder(tmp_path_factory.mktemp("caches"), warm_caches)


@pytest.fixture(autouse=True)
def _isolated_environment(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[None]:
    """Every test gets its own cache, no colour and a fixed width. The cache folder holds
    copies of the warm caches (sealed files, as a run leaves them; ``WarmFolder``) unless
    the test is marked ``cold_cache``: then it starts empty, and is removed afterwards."""
    cold = request.node.get_closest_marker("cold_cache") is not None
    warm: WarmFolder | None = None if cold else request.getfixturevalue("warm_folder")
    cache = tmp_path_factory.mktemp("cache") if warm is None else warm.next()
    monkeypatch.setenv("HUBQUERY_CACHE_DIR", str(cache))
    monkeypatch.delenv("HUBQUERY_DATA", raising=False)
    monkeypatch.delenv("HUBQUERY_DEBUG", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    yield
    if warm is not None:
        warm.put_back()
        return
    with contextlib.suppress(OSError):
        cache.chmod(0o700)  # a test may have made it unreadable or unwritable
    shutil.rmtree(cache, ignore_errors=True)


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


class Ran(NamedTuple):
    """What a test reads of a finished run (as of ``subprocess.CompletedProcess``)."""

    returncode: int
    stdout: bytes
    stderr: bytes


def hubquery_in_process(
    *args: str, env: Mapping[str, str | None] | None = None, stdin: bytes | None = None
) -> Ran:
    """Run the CLI as ``process.main`` runs it (``process._run``: its error handling,
    escaping and exit statuses) inside this test's process, its streams pipes (not
    terminals) and ``env`` added to (None: removed from) the environment for the run.

    For the tests that read only a run's output and exit status: a process of its own
    costs 0.05-0.3 s of CPU, most of it imports. What only a process of its own shows
    stays with ``hubquery``: signals, start-up imports, argv that is not UTF-8, closed
    or full streams, terminals and pagers, the garbage collector, runs at once, reads
    that could hang. What a run keeps for its own lifetime (the caches opened, the
    paths warned about, whether output began) starts empty, as in a new process."""
    from hubquery import cache, pager, process

    cache.opened.clear()
    cache._warned.clear()
    pager.started = False
    argv = sys.argv
    with CliRunner().isolation(input=stdin, env=env) as (stdout, stderr, _):
        sys.argv = ["hubquery", *args]
        try:
            status = process._run()
        except SystemExit as exit:  # click's completion exits from inside the run
            status = exit.code if isinstance(exit.code, int) else int(exit.code is not None)
        finally:
            sys.argv = argv
            sys.stdout.flush()  # what the interpreter flushes when a process ends
            sys.stderr.flush()
    return Ran(status, stdout.getvalue(), stderr.getvalue())


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
