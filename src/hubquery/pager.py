"""Where a command's output goes: standard output, or a pager when it will not fit.

The policy, in one place: on a terminal, output taller than the screen goes
through a pager — ``$HUBQUERY_PAGER``, else ``$PAGER``, else ``less`` with
``LESS=FRX`` unless ``$LESS`` is set (what git does). An empty value or ``cat``
turns paging off, as does ``--no-pager``; output that is not a terminal (a pipe,
a file) is never paged. Output is held until it is taller than the screen, so a
short answer never starts a pager and a long one starts it at once.

Writing is where the process meets its reader: a reader that left (``| head``,
``q`` in the pager) ends the run quietly (``ReaderGone``); any other failure to
write is ``OutputError``, one line and exit status 1.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any, cast

from hubquery.errors import OutputError, ReaderGone

if TYPE_CHECKING:
    import subprocess

PAGER_ENV = "HUBQUERY_PAGER"
NO_PAGER = ("", "cat")
# Whether this run has begun to write its result: after that, it cannot start over.
started = False


def pager_command(environ: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """The pager to run (a shell command, like git's), or None for no pager."""
    for name in (PAGER_ENV, "PAGER"):
        if name in environ:
            command = environ[name].strip()
            return None if command in NO_PAGER else command

    import shutil  # only on a terminal: shutil costs a lookup 7 M instructions

    return "less" if shutil.which("less") else None


# The characters after which a pager command is more than a program and its words; such
# a command is left to the shell to run (git's rule).
_SHELL_SYNTAX = set("|&;<>()$`\\\"'\t\n*?[#~=%")


def _program(command: str) -> str:
    """The program a pager command runs, found now: the shell would only say it is
    missing after the output had been handed to it, and lost. Raises FileNotFoundError."""

    import shutil

    first = command.split()[0] if command.split() else command
    if _SHELL_SYNTAX.intersection(first):
        return first
    found = shutil.which(first)
    if found is None:
        raise FileNotFoundError(2, "not found", first)
    return found


def should_page(
    stdout: IO[str] | None, no_pager: bool, environ: dict[str, str] | os._Environ[str] = os.environ
) -> bool:
    if no_pager or stdout is None:
        return False
    try:
        terminal = stdout.isatty()
    except (OSError, ValueError):
        return False
    return terminal and pager_command(environ) is not None


@contextlib.contextmanager
def output(stdout: IO[str] | None, no_pager: bool = False) -> Iterator[IO[str]]:
    """The stream a command writes its result to (``stdout``, or a pager in front of it);
    failures become our errors."""
    global started
    if stdout is None:  # started with stdout closed (`>&-`)
        raise OutputError("standard output is closed")
    started = True
    try:
        if should_page(stdout, no_pager):
            paged = _Paged(stdout, cast(str, pager_command()))
            try:
                yield cast(IO[str], paged)
            finally:
                paged.finish()
        else:
            yield stdout
            stdout.flush()
    except BrokenPipeError:
        raise ReaderGone from None
    except OSError as error:
        raise OutputError(error.strerror or str(error)) from None


class _Paged:
    """A terminal stream that holds what is written until it is taller than the screen,
    then hands it, and everything after, to the pager."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self, stdout: IO[str], command: str) -> None:
        self.stdout = stdout
        self.command = command
        import shutil

        self.height = shutil.get_terminal_size().lines
        self.held: list[str] = []
        self.lines = 0
        self.pager: subprocess.Popen[str] | None = None
        self.gone = False

    def isatty(self) -> bool:
        return True  # the pager shows it on the terminal: colour and width stay

    def fileno(self) -> int:
        return self.stdout.fileno()

    def write(self, text: str) -> int:
        if self.pager is not None:
            self._to_pager(text)
            return len(text)
        self.held.append(text)
        self.lines += text.count("\n")
        if self.lines >= self.height:
            self._start()
        return len(text)

    def flush(self) -> None:
        """Held text is written when it is known whether it needs the pager."""

    def _start(self) -> None:
        import subprocess

        environ = dict(os.environ)
        environ.setdefault("LESS", "FRX")  # quit if one screen, colours, leave the text
        environ.setdefault("LV", "-c")
        self.stdout.flush()
        try:
            _program(self.command)
            self.pager = subprocess.Popen(
                self.command,
                shell=True,
                stdin=subprocess.PIPE,
                env=environ,
                text=True,
                encoding="utf-8",
            )
        except OSError as error:  # no pager to run: write to the terminal as it is (as git does)
            from hubquery.escaping import escaped  # only here: not on a run that pages

            print(
                f"Warning: cannot run the pager {escaped(error.filename or self.command)} "
                f"({error.strerror}): writing without it",
                file=sys.stderr,
            )
            self.stdout.write("".join(self.held))
            self.held = []
            self.height = sys.maxsize
            return
        held, self.held = "".join(self.held), []
        self._to_pager(held)

    def _to_pager(self, text: str) -> None:
        if self.pager is None or self.gone:
            if self.pager is None:
                self.stdout.write(text)
            return
        assert self.pager.stdin is not None
        try:
            self.pager.stdin.write(text)
        except (BrokenPipeError, ValueError):  # the reader quit the pager: stop writing
            self.gone = True

    def finish(self) -> None:
        if self.pager is None:
            self.stdout.write("".join(self.held))
            self.held = []
            self.stdout.flush()
            return
        import signal

        assert self.pager.stdin is not None
        with contextlib.suppress(BrokenPipeError, OSError):
            self.pager.stdin.close()
        # Ctrl-C belongs to the pager while it runs (less uses it to stop a search).
        previous: Any = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            self.pager.wait()
        finally:
            signal.signal(signal.SIGINT, previous)
