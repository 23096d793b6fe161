"""The edges of the process: closed pipes, closed or full stdout, Ctrl-C, stdin on a
terminal, dataset paths that are not files, and the pager. Real processes throughout."""

from __future__ import annotations

import os
import pty
import re
import selectors
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from hubquery import __file__ as PACKAGE_INIT
from hubquery.pager import pager_command, should_page
from tests.conftest import HUBQUERY, MINI, TESTS, hubquery, hubquery_in_process

COMMAND = " ".join(shlex.quote(part) for part in HUBQUERY)


@pytest.fixture(scope="module")
def big_built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """A dataset of 4,000 facts, and the cache files of it and of MINI, built once."""
    path = tmp_path_factory.mktemp("big") / "big.yaml"
    subprocess.run(
        [
            *HUBQUERY[:1],
            str(TESTS.parent / "bench" / "make_dataset.py"),
            "--hubs",
            "200",
            "--facts-per-hub",
            "20",
            "--out",
            str(path),
        ],
        check=True,
        capture_output=True,
    )
    cache = tmp_path_factory.mktemp("big-cache")
    for data in (path, MINI):
        built = hubquery_in_process(
            "metrics", "--data", str(data), env={"HUBQUERY_CACHE_DIR": str(cache)}
        )
        assert built.returncode == 0, built.stderr
    return path, sorted(cache.iterdir())


def _warm(folder: Path, files: list[Path]) -> None:
    for file in files:
        shutil.copy2(file, folder / file.name)


@pytest.fixture
def big(big_built: tuple[Path, list[Path]]) -> Path:
    """The dataset of 4,000 facts, its cache warm in this test's cache folder: the cold
    build is what the collector test's first case runs."""
    path, files = big_built
    _warm(Path(os.environ["HUBQUERY_CACHE_DIR"]), files)
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["export"],
        ["export", "--format", "csv"],
        ["list"],
        ["show", "hub-00001"],
        ["rank", "-m", "population"],
    ],
)
@pytest.mark.slow
def test_a_run_without_the_cyclic_collector_leaves_no_more_cycles_for_more_data(
    big: Path, big_built: tuple[Path, list[Path]], tmp_path: Path, args: list[str]
) -> None:
    """The collector is off for a run (process.main): that is safe only while what a run
    leaves for it stays small whatever the size of the data."""
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print(gc.isenabled(), gc.collect(), file=sys.stderr))\n"
        "from hubquery.process import main\n"
        "sys.argv = ['hubquery', *sys.argv[1:]]\n"
        "main()\n"
    )
    if args != ["export"]:  # the first case builds both caches: the cold path is checked
        _warm(tmp_path, big_built[1])
    left = {}
    for data in (MINI, big):
        hub = ["show", "dalian" if data == MINI else "hub-00001"]
        run = subprocess.run(
            [*HUBQUERY[:1], "-c", code, *(hub if args[0] == "show" else args), "--data", str(data)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "HUBQUERY_CACHE_DIR": str(tmp_path)},
        )
        enabled, cycles = run.stderr.split()
        assert enabled == "False"
        left[data] = int(cycles)
    assert left[big] < 2_000  # 4,000 facts, against 11 in MINI
    assert abs(left[big] - left[MINI]) < 500, left


def _pipeline(shell: str) -> tuple[int, str, str]:
    """Run ``shell`` with pipefail in bash; hubquery's own status, head's output, stderr."""
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", f'{shell}; echo "${{PIPESTATUS[0]}}" >&2'],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    *errors, status = done.stderr.splitlines()
    return int(status), done.stdout, "\n".join(errors)


@pytest.mark.parametrize(
    "args",
    [
        ["export"],
        ["show", "hub-00001"],
        ["list"],
        ["search", "a", "--limit", "10000"],
        ["export", "--format", "csv"],
        ["schema"],
    ],
)
@pytest.mark.slow
def test_a_closed_pipe_ends_every_command_quietly_with_status_0(big: Path, args: list[str]) -> None:
    command = (
        f"{COMMAND} {' '.join(args)} --data {big}" if args != ["schema"] else f"{COMMAND} schema"
    )
    status, out, errors = _pipeline(f"{command} | head -1")
    assert (status, errors) == (0, "")
    assert len(out.splitlines()) == 1


@pytest.mark.slow
def test_export_and_show_agree_on_a_closed_pipe(big: Path) -> None:
    """The README's promise: one status whatever the size of the output."""
    statuses = {
        _pipeline(f"{COMMAND} {args} --data {big} | head -1")[0]
        for args in ("export", "show hub-00001", "export --format json")
    }
    assert statuses == {0}


def test_closed_stdout_is_one_line_error() -> None:
    status, out, errors = _pipeline(f"{COMMAND} show dalian --data {MINI} >&-")
    assert (status, out) == (1, "")
    assert errors == "Error: cannot write output: standard output is closed"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize("args", [["export"], ["show", "dalian"], ["--help"], ["schema"]])
def test_unwritable_stdout_is_one_line_error(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        result = hubquery(*args, env={"HUBQUERY_DATA": str(MINI)}, stdout=full)
    assert result.returncode == 1
    assert result.stderr.decode() == "Error: cannot write output: No space left on device\n"


def _interrupt_after(
    delay: float, *args: str, waiting: str | None = None
) -> subprocess.CompletedProcess[bytes]:
    """The run, sent SIGINT after ``delay`` seconds, or sooner, as soon as it waits in the
    kernel function ``waiting`` (its /proc/PID/wchan, where Linux says)."""
    process = subprocess.Popen([*HUBQUERY, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wchan = Path(f"/proc/{process.pid}/wchan")
    deadline = time.monotonic() + delay
    if waiting is not None and wchan.exists():
        while wchan.read_text() != waiting and time.monotonic() < deadline:
            time.sleep(0.005)
    else:
        time.sleep(delay)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


@pytest.mark.slow
def test_ctrl_c_while_working_exits_130_quietly(tmp_path: Path) -> None:
    fifo = tmp_path / "never-written"
    os.mkfifo(fifo)  # opening it waits for a writer that never comes
    # (interrupted once it waits there: a second after its start where that is not seen)
    result = _interrupt_after(
        1.0, "show", "dalian", "--data", str(fifo), waiting="wait_for_partner"
    )
    assert (result.returncode, result.stdout, result.stderr) == (130, b"", b"")


def _before_hubquery(stderr: bytes) -> bool:
    """Whether an interrupt landed in the interpreter's own start-up (its `site`, runpy,
    the standard library they import), before any of hubquery's code ran: a traceback or a
    fatal error with no frame of hubquery's files."""
    package = os.fsencode(Path(PACKAGE_INIT).parent)
    frames = re.findall(rb'File "([^"]*)"', stderr)
    return stderr.rstrip().endswith(b"KeyboardInterrupt") and not any(
        frame.startswith(package) for frame in frames
    )


@pytest.mark.parametrize("delay", [0.1, 0.13, 0.16, 0.2, 0.3])
def test_ctrl_c_during_start_up_exits_130_without_a_traceback(delay: float) -> None:
    result = _interrupt_after(delay, "show", "dalian", "--data", str(MINI))
    if _before_hubquery(result.stderr):
        # On a loaded machine the signal can land while the interpreter itself is still
        # starting (`site`, runpy and what they import), before hubquery's first line:
        # that traceback is Python's own, and nothing of ours can run then.
        assert result.returncode in (1, -signal.SIGINT), result.stderr
        return
    assert b"Traceback" not in result.stderr
    assert b"Exception ignored" not in result.stderr
    assert b"Aborted" not in result.stderr
    # Finished before the signal came, or interrupted: never anything else. -SIGINT is a
    # signal landing in the interpreter's last moments, after Python has given SIGINT
    # back to the system (a shell reports it as 130 too).
    assert result.returncode in (0, 130, -signal.SIGINT), result.stderr


def _run_on_terminal(
    args: list[str], env: dict[str, str], stdin_tty: bool = False, feed: bytes = b""
) -> tuple[int, str, str]:
    """Run with stdout (or stdin) on a pseudo-terminal; (status, terminal text, stderr)."""
    main, secondary = pty.openpty()
    full = {**os.environ, "LINES": "10", "COLUMNS": "80", **env}
    process = subprocess.Popen(
        [*HUBQUERY, *args],
        stdin=secondary if stdin_tty else subprocess.DEVNULL,
        stdout=subprocess.PIPE if stdin_tty else secondary,
        stderr=subprocess.PIPE,
        env=full,
    )
    os.close(secondary)
    seen: list[bytes] = []

    def read() -> None:
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                return
            if not chunk:
                return
            seen.append(chunk)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    said = b""
    if feed:
        # Fed once the run has said it waits for it (its last words before it reads the
        # terminal), or at the end of its first line if it says something else.
        assert process.stderr is not None
        ready = selectors.DefaultSelector()
        ready.register(process.stderr, selectors.EVENT_READ)
        while b"\n" not in said and b"Ctrl-D" not in said and ready.select(timeout=60):
            chunk = os.read(process.stderr.fileno(), 65536)
            if not chunk:
                break
            said += chunk
        ready.close()
        os.write(main, feed)
    out, err = process.communicate(timeout=60)
    reader.join(5)
    os.close(main)
    terminal = b"".join(seen).decode(errors="replace") + (out or b"").decode()
    return process.returncode, terminal, (said + err).decode()


@pytest.mark.slow
def test_stdin_dataset_on_a_terminal_says_it_is_waiting() -> None:
    status, _, errors = _run_on_terminal(
        ["show", "dalian", "--data", "-"], {}, stdin_tty=True, feed=b"\x04"
    )
    lines = errors.splitlines()
    assert lines[0] == "Reading the dataset from standard input (end it with Ctrl-D)…"
    assert status == 1
    assert "the dataset is empty" in lines[1]


def test_tall_output_on_a_terminal_goes_through_the_pager(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    status, terminal, errors = _run_on_terminal(
        ["show", "dalian", "--data", str(MINI)], {"HUBQUERY_PAGER": f"cat > {paged}"}
    )
    assert (status, errors) == (0, "")
    assert "Dalian" in paged.read_text()
    assert "Dalian" not in terminal


def test_pager_gets_less_options_unless_less_is_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = tmp_path / "less.txt"
    pager = f'printf %s "$LESS" > {seen}; cat > /dev/null'
    _run_on_terminal(["show", "dalian", "--data", str(MINI)], {"HUBQUERY_PAGER": pager, "LESS": ""})
    assert seen.read_text() == ""
    monkeypatch.delenv("LESS", raising=False)
    _run_on_terminal(["show", "dalian", "--data", str(MINI)], {"HUBQUERY_PAGER": pager})
    assert seen.read_text() == "FRX"


@pytest.mark.parametrize("how", [["--no-pager"], "HUBQUERY_PAGER=cat", "HUBQUERY_PAGER="])
def test_no_pager(tmp_path: Path, how: list[str] | str) -> None:
    paged = tmp_path / "paged.txt"
    env = {"PAGER": f"cat > {paged}"}
    options = how if isinstance(how, list) else []
    if isinstance(how, str):
        name, value = how.split("=")
        env[name] = value
    status, terminal, _ = _run_on_terminal([*options, "show", "dalian", "--data", str(MINI)], env)
    assert status == 0
    assert "Dalian" in terminal
    assert not paged.exists()


def test_short_output_is_not_paged(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    status, terminal, _ = _run_on_terminal(
        ["validate", str(MINI)], {"HUBQUERY_PAGER": f"cat > {paged}"}
    )
    assert status == 0
    assert "ok: " in terminal
    assert not paged.exists()


@pytest.mark.slow
def test_quitting_the_pager_early_is_quiet(big: Path) -> None:
    status, _, errors = _run_on_terminal(
        ["export", "--data", str(big)], {"HUBQUERY_PAGER": "head -c 10 > /dev/null"}
    )
    assert (status, errors) == (0, "")


def test_pager_policy() -> None:
    assert pager_command({"HUBQUERY_PAGER": "most", "PAGER": "more"}) == "most"
    assert pager_command({"PAGER": "more"}) == "more"
    assert pager_command({"HUBQUERY_PAGER": "", "PAGER": "more"}) is None
    assert pager_command({"PAGER": "cat"}) is None
    with open(os.devnull, "w") as not_a_terminal:
        assert not should_page(not_a_terminal, no_pager=False, environ={"PAGER": "less"})


@pytest.mark.parametrize("make", ["directory", "device", "endless-fifo"])
def test_a_data_source_that_is_not_a_dataset_file_is_refused(tmp_path: Path, make: str) -> None:
    target = tmp_path / "target"
    writer = None
    if make == "directory":
        target.mkdir()
    elif make == "device":
        target = Path("/dev/zero")
    else:
        os.mkfifo(target)
        writer = subprocess.Popen(
            ["sh", "-c", f"exec yes 'name: x' > {target}"], stderr=subprocess.DEVNULL
        )
    started = time.monotonic()
    result = hubquery("show", "x", "--data", str(target), timeout=60)
    if writer is not None:
        writer.kill()
        writer.wait()
    assert time.monotonic() - started < 30
    assert (result.returncode, result.stdout) == (1, b"")
    expected = {
        "directory": "is a directory, not a dataset file",
        "device": "is a device or socket, not a dataset file",
        "endless-fifo": "a stream longer than 256 MiB is refused",
    }[make]
    [line] = result.stderr.decode().splitlines()
    assert expected in line


@pytest.mark.parametrize("pager", ["nonexistent", "nonexistent -R", "/no/such/pager"])
def test_a_pager_that_cannot_run_falls_back_to_plain_output(pager: str) -> None:
    """It lost the output and exited 0 (the shell said 'not found' after taking it)."""
    status, terminal, errors = _run_on_terminal(
        ["show", "dalian", "--data", str(MINI)], {"HUBQUERY_PAGER": pager}
    )
    assert status == 0
    assert "Dalian" in terminal
    assert "Outsourcing revenue" in terminal
    program = pager.split()[0]
    assert errors == (f"Warning: cannot run the pager {program} (not found): writing without it\n")


def test_ctrl_c_while_the_entry_point_imports_its_handler_is_quiet() -> None:
    """The one moment of hubquery's own before main() takes SIGINT over: the import of
    hubquery.process by ``python -m hubquery`` (an interrupt there, made certain here by an
    import hook that raises it, is what a loaded machine showed as a traceback)."""
    program = (
        "import runpy, sys\n"
        "class Interrupting:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'hubquery.process':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupting())\n"
        "sys.argv = ['hubquery', 'show', 'dalian']\n"
        "runpy.run_module('hubquery', run_name='__main__', alter_sys=True)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, timeout=60, check=False
    )
    assert (result.returncode, result.stdout, result.stderr) == (130, b"", b"")
