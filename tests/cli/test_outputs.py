"""Every file a run writes goes through ``outputs``: refused when it is not a file,
written whole or not at all, never over a concurrent writer's, and every failure one line
with exit status 1 (the red team's reproductions of issue 24)."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import time
from pathlib import Path

import pytest

from hubquery import outputs
from hubquery.errors import ConditionError, HubqueryError
from tests.conftest import HUBQUERY, MINI, Ran, hubquery, hubquery_in_process


def _one_line_error(result: subprocess.CompletedProcess[bytes] | Ran, status: int = 1) -> str:
    err = result.stderr.decode()
    assert result.returncode == status, err
    if status == 2:  # click's usage lines, then the error
        err = err.split("\n\n", 1)[1]
    assert err.startswith("Error: "), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert "internal error" not in err
    return err


def _temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    ("output", "cause"),
    [
        ("/nonexistent/x.csv", "No such file or directory"),
        ("{tmp}/newdir/", "a file name cannot end with a slash"),
        ("{tmp}/newdir/x.csv", "No such file or directory"),
        ("{tmp}", "it is a folder"),
        ("/sys/x.csv", "Permission denied"),  # EACCES even for root
    ],
)
@pytest.mark.parametrize("force", [False, True])
def test_an_output_that_cannot_be_written_is_one_line(
    tmp_path: Path, output: str, cause: str, force: bool
) -> None:
    path = output.format(tmp=tmp_path)
    result = hubquery_in_process(
        "export",
        "--data",
        str(MINI),
        "--format",
        "csv",
        "-o",
        path,
        *(["--force"] if force else []),
    )
    err = _one_line_error(result)
    assert path.rstrip("/") in err
    assert cause in err
    assert _temporaries(tmp_path) == []


def test_an_empty_output_path_is_a_usage_error() -> None:
    err = _one_line_error(hubquery_in_process("export", "--data", str(MINI), "-o", ""), status=2)
    assert "--output: the path is empty" in err


@pytest.mark.parametrize(
    "fmt", ["jsonl", "csv", "tsv", "yaml", "json", "markdown", "sqlite", "datapackage"]
)
def test_a_full_disk_is_one_line_and_leaves_nothing(tmp_path: Path, fmt: str) -> None:
    """A file size limit makes writes fail as a full disk does (Python ignores SIGXFSZ):
    SQLite reports it as its own OperationalError. The run writes no bytecode: Python
    does not check the length of a .pyc it writes, and a cut one breaks every later
    import of its module. It reads the dataset from the test's warm cache (a build in
    memory, with --no-cache, was three quarters of each run's CPU): only the output is
    written."""
    target = tmp_path / f"out.{fmt}"

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))

    result = subprocess.run(
        [
            *HUBQUERY,
            "export",
            "--data",
            str(MINI),
            "--format",
            fmt,
            "-o",
            str(target),
        ],
        capture_output=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        preexec_fn=small_files,
        check=False,
        timeout=60,
    )
    err = _one_line_error(result)
    assert f"cannot write {target}: " in err
    assert not target.exists()
    assert _temporaries(tmp_path) == []


def test_failed_metadata_leaves_the_database_untouched(tmp_path: Path) -> None:
    database = tmp_path / "x.db"
    database.write_bytes(b"the old database")
    result = hubquery_in_process(
        "export",
        "--data",
        str(MINI),
        "--format",
        "sqlite",
        "-o",
        str(database),
        "--metadata",
        "/no/dir/m.json",
        "--force",
    )
    err = _one_line_error(result)
    assert "cannot write /no/dir/m.json: No such file or directory" in err
    assert database.read_bytes() == b"the old database"
    assert _temporaries(tmp_path) == []


@pytest.mark.parametrize("metadata", ["x.db", "./x.db", "sub/../x.db"])
def test_two_outputs_naming_one_file_are_a_usage_error(
    tmp_path: Path, metadata: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    result = hubquery_in_process(
        "export", "--data", str(MINI), "--format", "sqlite", "-o", "x.db", "--metadata", metadata
    )
    err = _one_line_error(result, status=2)
    assert "--output and --metadata name the same file" in err
    assert not (tmp_path / "x.db").exists()


def test_the_same_existing_file_through_a_link_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.db").write_bytes(b"")
    (tmp_path / "alias.db").symlink_to(tmp_path / "x.db")
    result = hubquery_in_process(
        "export",
        "--data",
        str(MINI),
        "--format",
        "sqlite",
        "--force",
        "-o",
        str(tmp_path / "x.db"),
        "--metadata",
        str(tmp_path / "alias.db"),
    )
    _one_line_error(result, status=2)


def _fifo(tmp_path: Path) -> str:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    return str(path)


@pytest.mark.parametrize("make", [_fifo, lambda _: "/dev/null", lambda _: "/dev/stdout"])
@pytest.mark.parametrize("fmt", ["csv", "sqlite"])
def test_a_stream_or_device_is_never_replaced_even_with_force(
    tmp_path: Path, make: object, fmt: str
) -> None:
    assert callable(make)
    path = make(tmp_path)
    before = os.stat(path).st_mode
    result = hubquery(
        "export",
        "--data",
        str(MINI),
        "--format",
        fmt,
        "-o",
        path,
        "--force",
        stdout=subprocess.DEVNULL,
    )
    err = _one_line_error(result)
    assert "is not a regular file: to write a stream, leave out --output and redirect" in err
    assert os.stat(path).st_mode == before


def test_a_datapackage_over_a_file_or_device_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.write_text("keep")
    for path in (str(plain), "/dev/null"):
        result = hubquery_in_process(
            "export", "--data", str(MINI), "--format", "datapackage", "-o", path, "--force"
        )
        _one_line_error(result)
    assert plain.read_text() == "keep"


def test_a_writer_that_gets_there_first_is_never_overwritten(tmp_path: Path) -> None:
    """The destination is claimed exclusively when the output is put in place, not only
    checked before the work: a concurrent export that finished first keeps its file."""
    target = tmp_path / "x.csv"
    run = outputs.Outputs(force=False)
    claimed = run.file(str(target))
    Path(claimed.temporary).write_text("ours")
    target.write_text("theirs")  # the other run, meanwhile
    with pytest.raises(HubqueryError, match="exists: add --force"):
        run.__exit__(None, None, None)
    assert target.read_text() == "theirs"
    assert _temporaries(tmp_path) == []


def test_a_folder_that_appears_meanwhile_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "package"
    run = outputs.Outputs(force=False)
    claimed = run.folder(str(target))
    (Path(claimed.temporary) / "facts.csv").write_text("ours")
    target.mkdir()  # empty: a plain rename would silently replace it
    with pytest.raises(HubqueryError, match="exists: add --force"):
        run.__exit__(None, None, None)
    assert list(target.iterdir()) == []
    assert _temporaries(tmp_path) == []


@pytest.mark.slow
def test_concurrent_exports_without_force_leave_one_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "x.db"
    argv = [*HUBQUERY, "export", "--data", str(MINI), "--format", "sqlite", "-o", str(target)]
    runs = [subprocess.Popen(argv, stderr=subprocess.PIPE) for _ in range(6)]
    results = [(p.wait(), p.communicate()[1].decode()) for p in runs]
    assert sorted(status for status, _ in results)[0] == 0
    for status, err in results:
        assert status in (0, 1), err
        assert status == 0 or err == f"Error: {target} exists: add --force to overwrite it\n"
    assert [s for s, _ in results].count(0) == 1
    import sqlite3

    assert sqlite3.connect(target).execute("SELECT count(*) FROM facts").fetchone() == (11,)


@pytest.mark.slow
def test_concurrent_datapackages_with_force_all_succeed(tmp_path: Path) -> None:
    """Runs at once, as a user starts them. Whether their renames interleave depends on
    the machine's load (0a04967 failed 8 of 200 runs for the red team; here it passed
    three times, and once 1 run of 12 exited 70): the interleavings that broke it are
    forced, every time, in test_output_races."""
    target = tmp_path / "package"
    argv = [
        *HUBQUERY,
        "export",
        "--data",
        str(MINI),
        "--format",
        "datapackage",
        "-o",
        str(target),
        "--force",
    ]
    runs = [subprocess.Popen(argv, stderr=subprocess.PIPE) for _ in range(12)]
    results = [(p.wait(), p.communicate()[1].decode()) for p in runs]
    assert results == [(0, "")] * 12
    assert sorted(p.name for p in target.iterdir())[0] == "datapackage.json"
    assert [p.name for p in tmp_path.iterdir()] == ["package"]


@pytest.mark.slow
def test_ctrl_c_removes_the_temporary(tmp_path: Path) -> None:
    header = MINI.read_text(encoding="utf-8")
    facts = "".join(
        f"- id: extra{i}\n  hub: dalian\n  metric: population\n  value: {i}\n"
        f"  unit: people\n  period: '2020'\n  source: {_first_source()}\n"
        f"  quote: {i} people\n"
        for i in range(30_000)
    )
    dataset = tmp_path / "big.yaml"
    dataset.write_text(header + facts, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    process = subprocess.Popen(
        [
            *HUBQUERY,
            "export",
            "--data",
            str(dataset),
            "--format",
            "sqlite",
            "-o",
            str(out / "x.db"),
        ],
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not _temporaries(out) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert _temporaries(out), "the export ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 130
    assert list(out.iterdir()) == []


def _first_source() -> str:
    text = MINI.read_text(encoding="utf-8")
    return text.split("sources:\n- id: ", 1)[1].split("\n", 1)[0].strip()


def test_temporaries_of_killed_runs_are_swept_by_age(tmp_path: Path) -> None:
    dead = 2**22 + 12345  # above pid_max's default: no such process
    old = tmp_path / f".x.csv.{dead}.0badc0de.tmp"
    old.write_text("left by a killed run")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    young = tmp_path / f".y.csv.{dead}.0badc0de.tmp"
    young.write_text("perhaps still being written")
    running = tmp_path / f".z.csv.{os.getpid()}.0badc0de.tmp"
    running.write_text("its writer is alive")
    os.utime(running, (time.time() - 7200, time.time() - 7200))
    result = hubquery("export", "--data", str(MINI), "-o", str(tmp_path / "x.csv"))
    assert result.returncode == 0, result.stderr
    assert not old.exists()
    assert young.exists()
    assert running.exists()


def test_outputs_refuse_an_empty_path_and_the_same_file_twice(tmp_path: Path) -> None:
    with pytest.raises(ConditionError, match="the path is empty"), outputs.Outputs(True) as run:
        run.file("")
    run = outputs.Outputs(True)
    run.file(str(tmp_path / "a"), "--output")
    with pytest.raises(ConditionError, match="name the same file"):
        run.file(str(tmp_path / "b" / ".." / "a"), "--metadata")
    run.__exit__(ConditionError, None, None)
    assert list(tmp_path.iterdir()) == []


def test_a_written_export_is_whole(tmp_path: Path) -> None:
    target = tmp_path / "facts.jsonl"
    assert hubquery_in_process("export", "--data", str(MINI), "-o", str(target)).returncode == 0
    assert len([json.loads(line) for line in target.read_text().splitlines()]) == 11
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_link_to_the_process_s_own_stream_is_refused_when_the_stream_is_a_file(
    tmp_path: Path,
) -> None:
    """`-o /dev/stdout --force` with stdout redirected to a file replaced the link
    /dev/stdout itself with a regular file (the fuzz run broke the machine's
    /dev/stdout). A link into /proc (here one made like /dev/stdout) names a stream,
    whatever file the stream happens to be."""
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    with open(tmp_path / "redirected.txt", "wb") as redirected:
        result = hubquery(
            "export",
            "--data",
            str(MINI),
            "--format",
            "csv",
            "-o",
            str(link),
            "--force",
            stdout=redirected,
        )
    err = _one_line_error(result)
    assert "is not a regular file: to write a stream, leave out --output and redirect" in err
    assert link.is_symlink()
    assert os.readlink(link) == "/proc/self/fd/1"


def test_forced_output_through_a_link_writes_the_file_it_names_and_keeps_the_link(
    tmp_path: Path,
) -> None:
    """A link stays a link, as an editor writes through one: the new file replaces the
    file the link names, beside it."""
    (tmp_path / "data").mkdir()
    real = tmp_path / "data" / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(Path("data") / "real.csv")
    result = hubquery_in_process(
        "export", "--data", str(MINI), "--format", "csv", "-o", str(link), "--force"
    )
    assert result.returncode == 0, result.stderr.decode()
    assert link.is_symlink()
    assert real.read_text().startswith("id,hub_id,")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
