"""The cache trusts nothing it reads (issue 24): a damaged file, a file another user
owns or can write, a folder others can write, a FIFO or device at its path, and an SQLite
error at read time each give the answer from the data, never a wrong one, a hang or exit 70."""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from hubquery import cache
from tests.conftest import HUBQUERY, MINI, Ran, Run, hubquery, hubquery_in_process

FORGED = "Dalian Software Park (FORGED)"


@pytest.fixture
def cached(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A dataset with its cache built: (environment, the cache file)."""
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    dataset = tmp_path / "hubs.yaml"
    shutil.copy(MINI, dataset)
    env = {"HUBQUERY_CACHE_DIR": str(folder), "HUBQUERY_DATA": str(dataset)}
    assert hubquery_in_process("show", "dalian", env=env).returncode == 0
    [file] = folder.glob("*.sqlite")
    return env, file


def _name(env: dict[str, str]) -> Ran:
    return hubquery_in_process("show", "dalian-software-park", "--json", env=env)


def _forge(file: Path) -> None:
    """Change a figure inside the cache as SQLite would, keeping its size and time."""
    status = file.stat()
    connection = sqlite3.connect(file)
    with connection:
        connection.execute("UPDATE hubs SET name = ? WHERE id = 'dalian-software-park'", (FORGED,))
    connection.close()
    os.utime(file, ns=(status.st_atime_ns, status.st_mtime_ns))


@pytest.mark.slow
def test_flipped_bytes_are_never_served_and_never_exit_70(
    cached: tuple[dict[str, str], Path], run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    env, file = cached
    expected = json.loads(_name(env).stdout)
    # In-process after the first real run: an exception that escapes (what exit 70
    # reports) fails the test, and no run pays Python's start-up again.
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    generator = random.Random(24)
    for _ in range(20):
        content = bytearray(file.read_bytes())
        for offset in generator.sample(range(4096, len(content)), 500):
            content[offset] ^= 1 << generator.randrange(8)
        file.write_bytes(bytes(content))
        result = run("show", "dalian-software-park", "--json")
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout) == expected


def test_a_changed_cache_that_kept_its_time_is_found_by_its_digest(
    cached: tuple[dict[str, str], Path],
) -> None:
    env, file = cached
    _forge(file)
    result = _name(env)
    assert result.returncode == 0
    assert FORGED not in result.stdout.decode()
    # What found it: the digest (the file the run built again is sealed, as built).
    assert cache.verified(str(file))
    _forge(file)
    assert not cache.verified(str(file))


def test_a_cache_owned_by_another_user_is_ignored(cached: tuple[dict[str, str], Path]) -> None:
    env, file = cached
    if os.geteuid() != 0:
        pytest.skip("only root can give a file to another user")
    _forge(file)
    # A forger who seals the file again (a correct digest, the right time) but cannot
    # make it ours.
    cache._seal(str(file))
    os.chown(file, 65534, 65534)
    result = _name(env)
    assert result.returncode == 0
    assert FORGED not in result.stdout.decode()
    assert result.stderr.decode() == (
        f"Warning: ignoring a cache that another user owns or can write: {file}\n"
    )


def test_a_cache_others_can_write_is_ignored(cached: tuple[dict[str, str], Path]) -> None:
    env, file = cached
    _forge(file)
    cache._seal(str(file))
    file.chmod(0o666)
    result = _name(env)
    assert FORGED not in result.stdout.decode()
    assert "Warning: ignoring a cache that another user owns or can write" in result.stderr.decode()


def test_a_folder_others_can_write_is_not_used(cached: tuple[dict[str, str], Path]) -> None:
    env, file = cached
    _forge(file)
    cache._seal(str(file))
    file.parent.chmod(0o777)
    result = _name(env)
    assert result.returncode == 0
    assert FORGED not in result.stdout.decode()
    assert result.stderr.decode() == (
        f"Warning: not using the cache: other users can write to its folder: {file.parent}\n"
    )
    file.parent.chmod(0o1777)  # sticky, as /tmp: others cannot replace our files
    assert _name(env).stderr == b""


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_no_fifo_or_device_at_the_cache_path_hangs(
    cached: tuple[dict[str, str], Path], kind: str
) -> None:
    env, file = cached
    file.unlink()
    if kind == "fifo":
        os.mkfifo(file)
    elif kind == "device":
        file.symlink_to("/dev/zero")
    else:
        file.mkdir()
    result = hubquery("show", "dalian", "--json", env=env, timeout=30)
    assert result.returncode == 0
    assert json.loads(result.stdout)["hub"]["id"] == "dalian"


def test_an_sqlite_error_at_read_time_is_a_damaged_cache(
    cached: tuple[dict[str, str], Path],
) -> None:
    """Damage the digest cannot see (a file too large to read whole): the query's
    SQLite error removes the file and the run answers from the data."""
    env, file = cached
    connection = sqlite3.connect(file)
    with connection:
        connection.execute("DROP TABLE hubs")
    connection.close()
    cache._seal(str(file))
    result = _name(env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["hub"]["id"] == "dalian-software-park"
    assert result.stderr.decode().startswith(f"Warning: the cache {file} is damaged (")
    assert _name(env).stderr == b""  # built again


@pytest.mark.slow
def test_a_dead_runs_temporary_is_swept_before_the_build(tmp_path: Path) -> None:
    """On a tight disk the leftover made every later build fail, and run in memory: it
    was swept only after a build that succeeded. Here the build fails (a file size
    limit), and the leftover must be gone all the same."""
    folder = tmp_path / "cache"
    folder.mkdir()
    dataset = tmp_path / "hubs.yaml"
    shutil.copy(MINI, dataset)
    name = Path(cache.cache_path(str(dataset))).name
    leftover = folder / f".{name}.{2**22 + 7}.deadbeef.tmp"
    leftover.write_bytes(b"x" * 100)
    env = {**os.environ, "HUBQUERY_CACHE_DIR": str(folder), "HUBQUERY_DATA": str(dataset)}
    # No bytecode under the limit: Python does not check the length of a .pyc it
    # writes, and a cut one breaks every later import of its module.
    env["PYTHONDONTWRITEBYTECODE"] = "1"

    def tight() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    result = subprocess.run(
        [*HUBQUERY, "show", "dalian"], env=env, capture_output=True, preexec_fn=tight, check=False
    )
    assert result.returncode == 0, result.stderr
    assert list(folder.iterdir()) == []
    assert hubquery_in_process("show", "dalian", env=env).returncode == 0
    assert [p.name for p in folder.iterdir()] == [name]


def test_ctrl_c_during_a_build_leaves_no_temporary(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    dataset = tmp_path / "big.yaml"
    text = MINI.read_text(encoding="utf-8")
    source = text.split("sources:\n- id: ", 1)[1].split("\n", 1)[0].strip()
    dataset.write_text(
        text
        + "".join(
            f"- id: extra{i}\n  hub: dalian\n  metric: population\n  value: {i}\n"
            f"  unit: people\n  period: '2020'\n  source: {source}\n  quote: {i} people\n"
            for i in range(40_000)
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "HUBQUERY_CACHE_DIR": str(folder)}
    process = subprocess.Popen(
        [*HUBQUERY, "show", "dalian", "--data", str(dataset)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while (
        not (folder.exists() and any(folder.iterdir()))
        and process.poll() is None
        and time.monotonic() < deadline
    ):
        time.sleep(0.005)
    process.send_signal(2)
    assert process.wait(timeout=30) in (0, 130)
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
