"""Concurrent exports, with the race forced rather than hoped for (issue 24: 8 of 200
concurrent ``export --format datapackage --force`` runs exited 70 on 0a04967).

Each run here is the real CLI in its own process. One of them has ``os.replace`` wrapped
so that, at the rename that matters, another real run does its work first: the
interleaving happens every time, whatever the machine's load. The wrapper only watches
renames of the destination (none of hubquery's own code is patched), and it logs what it
did, so a test cannot pass because the race did not happen.

This file needs nothing but ``HUBQUERY`` and ``MINI`` from the suite, so that it runs
unchanged against older code: with 0a04967's ``atomic_dir`` every test here fails.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import HUBQUERY, MINI

# Run hubquery with os.replace wrapped. argv: WHEN TARGET LOG GO OTHER_JSON -- ARGS...
#   before-put:   before the first rename to the target (or the mkdir or link that claims
#                 it), run OTHER to its end.
#   before-aside: before the first rename OF the target (moving the old one aside), start
#                 OTHER (itself run with after-aside) and let it move the old one first;
#                 after our rename, let OTHER go on and wait for its end.
#   after-aside:  after the first rename of the target, log, then wait for GO to exist.
_WRAPPED = r"""
import json, os, runpy, subprocess, sys, time

when, target, log, go, other = sys.argv[1:6]
target = os.path.abspath(target)
sys.argv = ["hubquery", *sys.argv[7:]]
real = os.replace
fired = False


def note(line):
    with open(log, "a") as out:
        out.write(line + "\n")


def wait_for(path, process=None):
    deadline = time.monotonic() + 60
    while not os.path.exists(path) and time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return
        time.sleep(0.002)


def finish(process):
    out, err = process.communicate(timeout=60)
    note(json.dumps({"other": process.returncode, "stderr": err.decode()}))


def replace(source, destination, *args, **kwargs):
    global fired
    source = os.path.abspath(os.fsdecode(source))
    destination = os.path.abspath(os.fsdecode(destination))
    if fired or target not in (source, destination):
        return real(source, destination, *args, **kwargs)
    if when == "before-put" and destination == target:
        fired = True
        note("other runs before our rename to the target")
        finish(subprocess.Popen(json.loads(other), stderr=subprocess.PIPE))
        return real(source, destination, *args, **kwargs)
    if when == "before-aside" and source == target:
        fired = True
        process = subprocess.Popen(json.loads(other), stderr=subprocess.PIPE)
        wait_for(log + ".aside", process)
        note("our rename of the target, after the other moved it aside")
        try:
            return real(source, destination, *args, **kwargs)
        finally:
            open(go, "w").close()
            finish(process)
    if when == "after-aside" and source == target:
        fired = True
        result = real(source, destination, *args, **kwargs)
        note("the other moved the target aside")  # before the signal: the log's order
        open(log + ".aside", "w").close()
        wait_for(go)
        return result
    return real(source, destination, *args, **kwargs)


# mkdir and link wrapped: before-put fires too where they make the target (a claim).
def before_creating(real, index):
    def wrapped(*args, **kwargs):
        global fired
        made = os.path.abspath(os.fsdecode(args[index]))
        if not fired and when == "before-put" and made == target:
            fired = True
            note("other runs before our rename to the target")
            finish(subprocess.Popen(json.loads(other), stderr=subprocess.PIPE))
        return real(*args, **kwargs)

    return wrapped


os.replace = replace
os.rename = replace
os.mkdir = before_creating(os.mkdir, 0)
os.link = before_creating(os.link, 1)
runpy.run_module("hubquery", run_name="__main__", alter_sys=True)
"""


def _export(target: Path, *, force: bool) -> list[str]:
    argv = ["export", "--data", str(MINI), "--format", "datapackage", "-o", str(target)]
    return argv + (["--force"] if force else [])


def _wrapped(when: str, target: Path, log: Path, other: list[str], args: list[str]) -> list[str]:
    go = str(log) + ".go"
    return [
        sys.executable,
        "-c",
        _WRAPPED,
        when,
        str(target),
        str(log),
        go,
        json.dumps(other),
        "--",
        *args,
    ]


def _run(argv: list[str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(argv, capture_output=True, check=False, timeout=120)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The package the mini dataset gives, written by one run alone."""
    target = tmp_path_factory.mktemp("reference") / "package"
    done = _run([*HUBQUERY, *_export(target, force=False)])
    assert done.returncode == 0, done.stderr.decode()
    files = _files(target)
    assert "datapackage.json" in files
    resources = json.loads(files["datapackage.json"])["resources"]
    assert sorted(r["path"] for r in resources) == sorted(set(files) - {"datapackage.json"})
    return files


def _log(log: Path) -> list[str]:
    return log.read_text().splitlines()


def _other(lines: list[str]) -> dict[str, object]:
    ends = [json.loads(line) for line in lines if line.startswith("{")]
    assert len(ends) == 1, lines
    end: dict[str, object] = ends[0]
    return end


_BEFORE_PUT = ["other runs before our rename to the target"]
_BEFORE_ASIDE = [
    "the other moved the target aside",
    "our rename of the target, after the other moved it aside",
]


def _race(
    tmp_path: Path, when: str, other: list[str], log_begins: list[str], *, force: bool, old: bool
) -> subprocess.CompletedProcess[bytes]:
    """Our run (wrapped ``when``) against ``other``, over an old package if ``old``;
    checks that the race happened as planned and that the other run succeeded."""
    target = tmp_path / "package"
    if old:
        assert _run([*HUBQUERY, *_export(target, force=False)]).returncode == 0
    log = tmp_path / "log"
    ours = _run(_wrapped(when, target, log, other, _export(target, force=force)))
    lines = _log(log)
    assert lines[: len(log_begins)] == log_begins
    assert _other(lines) == {"other": 0, "stderr": ""}
    return ours


def _whole(tmp_path: Path, reference: dict[str, bytes], *others: str) -> None:
    """The package is the one a run alone writes, and no temporary is left beside it."""
    assert _files(tmp_path / "package") == reference
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["log", "package", *others])


@pytest.mark.slow
def test_a_package_put_in_place_just_before_ours_is_replaced_whole(
    tmp_path: Path, reference: dict[str, bytes]
) -> None:
    """The other run (``--force``) finishes between our moving the old package aside and
    putting ours in place: 0a04967's rename then met a full folder (exit 70)."""
    other = [*HUBQUERY, *_export(tmp_path / "package", force=True)]
    ours = _race(tmp_path, "before-put", other, _BEFORE_PUT, force=True, old=True)
    assert ours.returncode == 0, ours.stderr.decode()
    assert ours.stderr == b""
    _whole(tmp_path, reference)


@pytest.mark.slow
def test_an_old_package_moved_aside_by_another_run_first_is_no_error(
    tmp_path: Path, reference: dict[str, bytes]
) -> None:
    """Both runs (``--force``) found the old package; the other moved it aside first, so
    ours found nothing to move: 0a04967's clean-up then failed on the missing folder and
    its error hid the first one (exit 70). Both must succeed, the package whole."""
    other = _wrapped(
        "after-aside",
        tmp_path / "package",
        tmp_path / "log",
        [],
        _export(tmp_path / "package", force=True),
    )
    ours = _race(tmp_path, "before-aside", other, _BEFORE_ASIDE, force=True, old=True)
    assert ours.returncode == 0, ours.stderr.decode()
    assert ours.stderr == b""
    _whole(tmp_path, reference, "log.aside", "log.go")


@pytest.mark.slow
def test_without_force_a_package_that_lands_first_is_kept(
    tmp_path: Path, reference: dict[str, bytes]
) -> None:
    """Neither run asked for ``--force`` and the other finished first, after ours had
    checked that nothing was there: ours stops with one line, exit 1, and the other's
    package stays whole (0a04967: exit 70)."""
    target = tmp_path / "package"
    other = [*HUBQUERY, *_export(target, force=False)]
    ours = _race(tmp_path, "before-put", other, _BEFORE_PUT, force=False, old=False)
    assert ours.returncode == 1, ours.stderr.decode()
    assert ours.stderr.decode() == f"Error: {target} exists: add --force to overwrite it\n"
    _whole(tmp_path, reference)


@pytest.mark.slow
def test_without_force_a_file_that_lands_first_is_kept(tmp_path: Path) -> None:
    """The same for a file: 0a04967 checked before the work and then renamed over
    whatever was there, so the other run's file was silently replaced (exit 0)."""
    target = tmp_path / "x.csv"
    theirs = ["export", "--data", str(MINI), "--hub", "dalian", "--format", "csv", "-o"]
    alone = _run([*HUBQUERY, *theirs, str(tmp_path / "theirs.csv")])
    assert alone.returncode == 0, alone.stderr.decode()
    log = tmp_path / "log"
    ours = ["export", "--data", str(MINI), "--format", "csv", "-o", str(target)]
    other = [*HUBQUERY, *theirs, str(target)]
    result = _run(_wrapped("before-put", target, log, other, ours))
    lines = _log(log)
    assert lines[:1] == _BEFORE_PUT
    assert _other(lines) == {"other": 0, "stderr": ""}
    assert result.returncode == 1, result.stderr.decode()
    assert result.stderr.decode() == f"Error: {target} exists: add --force to overwrite it\n"
    assert target.read_bytes() == (tmp_path / "theirs.csv").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log", "theirs.csv", "x.csv"]
