"""Finding the dataset, reading it, and the compiled cache."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hubquery import cache, load, store
from hubquery.errors import DatasetError
from hubquery.query.profile import profile
from tests.conftest import MINI, MINIMAL, Run, WriteDataset


def test_data_option_wins_over_environment(monkeypatch: pytest.MonkeyPatch, mini: str) -> None:
    monkeypatch.setenv("HUBQUERY_DATA", "/nowhere.yaml")
    assert load.locate_dataset(mini).path == mini
    assert load.locate_dataset(None).path == "/nowhere.yaml"


def test_packaged_dataset_is_found_without_configuration() -> None:
    found = Path(load.locate_dataset(None).path)
    assert found.name == "hubs.yaml"
    assert found.is_file()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.yaml", "cannot read the dataset: no such file"),
        (lambda tmp: tmp, "cannot read the dataset: is a directory, not a dataset file"),
    ],
)
def test_unreadable_datasets_get_one_clear_error(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    target = make(tmp_path)
    with pytest.raises(DatasetError) as caught:
        cache.open_store(str(target))
    assert str(caught.value) == f"{target}: {message}"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod cannot lock root out, and tests may run as root: refuse the open instead.
    target = tmp_path / "secret.yaml"
    target.write_text(MINIMAL)

    def refuse(path: str, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(load, "open", refuse, raising=False)
    with pytest.raises(DatasetError) as caught:
        cache.open_store(str(target))
    assert str(caught.value) == f"{target}: cannot read the dataset: permission denied"


def test_empty_and_non_mapping_datasets(write_dataset: WriteDataset) -> None:
    with pytest.raises(DatasetError, match=r":1:1: the dataset is empty"):
        cache.open_store(write_dataset(""))
    with pytest.raises(DatasetError, match=r":1:1: the dataset must be a mapping, not a list"):
        cache.open_store(write_dataset("- 1\n- 2\n"))


def test_yaml_error_has_line_and_column(write_dataset: WriteDataset) -> None:
    path = write_dataset("format: 1\nsources: [\n")
    with pytest.raises(DatasetError) as caught:
        cache.open_store(path)
    assert str(caught.value).startswith(f"{path}:3:1: YAML syntax error")


def test_every_validation_problem_is_listed_in_file_order(write_dataset: WriteDataset) -> None:
    # Two problems pydantic finds together, the later one in the file first in its list.
    text = MINIMAL.replace("value: 12", "value: twelve").replace("kind: city", "kind: town")
    with pytest.raises(DatasetError) as caught:
        cache.open_store(write_dataset(text))
    assert [(p.line, p.field) for p in caught.value.problems] == [
        (18, "hubs[0].kind"),
        (23, "facts[0].value"),
    ]
    assert "(got" not in str(caught.value)


def _cache_files() -> list[Path]:
    return sorted(Path(cache.cache_dir()).glob("*.sqlite"))


@pytest.mark.cold_cache
def test_second_run_reads_the_cache_without_yaml_or_pydantic(mini: str) -> None:
    cache.open_store(mini)
    assert len(_cache_files()) == 1
    code = (
        "import sys; from hubquery.cache import open_store; from hubquery.query.profile import profile;"
        f"p = profile(open_store({mini!r}), 'dalian'); print(p.hub.name);"
        "print(sorted(m for m in ('yaml', 'pydantic', 'rich', 'concurrent.futures')"
        " if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ.copy(),
    ).stdout
    assert out == "Dalian\n[]\n"


def test_edited_dataset_is_seen_on_the_next_run(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    shutil.copy(MINI, path)
    assert profile(cache.open_store(str(path)), "dalian").hub.name == "Dalian"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("name: Dalian\n", "name: Dairen\n"), encoding="utf-8")
    assert profile(cache.open_store(str(path)), "dalian").hub.name == "Dairen"


def test_same_size_edit_in_the_same_instant_is_seen(tmp_path: Path) -> None:
    """Content, not just mtime, keys the cache of a small dataset."""
    path = tmp_path / "d.yaml"
    shutil.copy(MINI, path)
    before = path.stat()
    cache.open_store(str(path))
    path.write_text(
        path.read_text(encoding="utf-8").replace("6000000", "7000000", 1), encoding="utf-8"
    )
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    facts = profile(cache.open_store(str(path)), "dalian").facts
    assert facts[0].value == 7000000


@pytest.mark.cold_cache
def test_corrupt_cache_is_rebuilt(mini: str) -> None:
    cache.open_store(mini)
    [cached] = _cache_files()
    cached.write_bytes(b"this is not a database" * 100)
    assert profile(cache.open_store(mini), "dalian").hub.id == "dalian"
    assert sqlite3.connect(cached).execute("SELECT count(*) FROM facts").fetchone()[0] == 11


@pytest.mark.cold_cache
def test_truncated_cache_is_rebuilt(mini: str) -> None:
    cache.open_store(mini)
    [cached] = _cache_files()
    cached.write_bytes(cached.read_bytes()[:1000])
    assert profile(cache.open_store(mini), "dalian").hub.id == "dalian"


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux /proc")
def test_unwritable_cache_directory_still_answers(
    monkeypatch: pytest.MonkeyPatch, mini: str
) -> None:
    # /proc refuses new entries even to root, unlike a chmod-ed directory.
    monkeypatch.setenv("HUBQUERY_CACHE_DIR", "/proc/hubquery-cache")
    assert profile(cache.open_store(mini), "dalian").hub.id == "dalian"


@pytest.mark.cold_cache
def test_full_disk_while_caching_still_answers(monkeypatch: pytest.MonkeyPatch, mini: str) -> None:
    from hubquery import store

    real_build = store.build
    calls = []

    def build_on_full_disk(connection: sqlite3.Connection, *args: Any) -> None:
        calls.append(connection)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database or disk is full")
        real_build(connection, *args)

    monkeypatch.setattr(store, "build", build_on_full_disk)
    assert profile(cache.open_store(mini), "dalian").hub.id == "dalian"
    assert len(calls) == 2  # the cache write failed, the in-memory build answered
    assert list(Path(cache.cache_dir()).iterdir()) == []  # no temporary file left behind


def test_cache_dir_that_is_a_file_still_answers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, mini: str
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("HUBQUERY_CACHE_DIR", str(blocker))
    assert profile(cache.open_store(mini), "dalian").hub.id == "dalian"


@pytest.mark.cold_cache
def test_no_cache_writes_nothing(mini: str) -> None:
    cache.open_store(mini, use_cache=False)
    assert _cache_files() == []


def test_xdg_cache_home_is_honoured(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("HUBQUERY_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == str(tmp_path / "xdg" / "hubquery")


def test_dataset_from_stdin(run: Run) -> None:
    result = run("show", "dalian", "--data", "-", "--json", input=MINI.read_text(encoding="utf-8"))
    assert result.exit_code == 0
    assert '"id": "dalian"' in result.stdout


def test_dataset_file_is_never_written(tmp_path: Path, mini: str) -> None:
    path = tmp_path / "d.yaml"
    shutil.copy(mini, path)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    cache.open_store(str(path))
    cache.open_store(str(path), use_cache=False)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.cold_cache
def test_caches_of_other_versions_are_removed(mini: str) -> None:
    cache.open_store(mini)
    [current] = _cache_files()
    stale = current.with_name(current.name.replace(f"-s{store.SCHEMA_VERSION}-", "-s0-"))
    other_dataset = current.with_name("other-00000000-s0-0.0.1.sqlite")
    stale.write_bytes(b"old")
    other_dataset.write_bytes(b"other")
    current.unlink()
    cache.open_store(mini)
    assert _cache_files() == sorted([current, other_dataset])


@pytest.mark.cold_cache
def test_temporary_files_of_runs_that_ended_mid_write_are_removed(mini: str) -> None:
    folder = Path(cache.cache_dir())
    folder.mkdir(parents=True, exist_ok=True)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    orphan = folder / f".mini-0-s1-0.sqlite.{dead}.abcd1234.tmp"
    in_progress = folder / f".mini-0-s1-0.sqlite.{os.getpid()}.abcd1234.tmp"
    orphan.write_bytes(b"half")
    in_progress.write_bytes(b"half")
    cache.open_store(mini)
    assert not orphan.exists()
    assert in_progress.exists()


@pytest.mark.parametrize(
    "url",
    [
        "file:///work/main",
        "file:///home/user/my%20projects/hub%C3%A9",
        "file://localhost/srv/x",
        "file:///a%2Fb",
    ],
)
def test_file_urls_are_read_as_urllib_reads_them(url: str) -> None:
    from urllib.parse import unquote, urlparse

    from hubquery.load import _file_url_path

    assert _file_url_path(url) == unquote(urlparse(url).path)
