"""The process around the command line: Ctrl-C, closed pipes and exit statuses.

Exit status: 0 success (also when the reader of a pipe stops early), 1 a user's
error (not found, a bad dataset, output that cannot be written), 2 a usage error,
70 a bug, 130 interrupted. This module imports almost nothing so that Ctrl-C is
handled from the first moment of start-up.
"""

from __future__ import annotations

import gc
import os
import sys

try:  # the C module: `signal` first imports enum, 7 ms in which Ctrl-C would show a traceback
    import _signal as signals  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # pragma: no cover — another Python
    import signal as signals

DEBUG_ENV = "HUBQUERY_DEBUG"
INTERRUPTED = 130
BUG = 70


def _interrupt(signum: int, frame: object) -> None:
    """Ctrl-C: stop at once, quietly, with 130.

    An exception raised from here could land anywhere — inside an import's lock
    callback, where Python prints and ignores it, or inside click, which turns
    KeyboardInterrupt into "Aborted!" and 1. Leaving at once is the only way that is
    quiet everywhere. Nothing is lost: output was not finished, and a cache write
    in progress leaves a temporary file, removed here (``temporaries``).
    """
    _remove_temporaries()
    os._exit(INTERRUPTED)


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM (a kill, a closing terminal): the temporaries go, and the status says how."""
    _remove_temporaries()
    os._exit(128 + signum)


def _remove_temporaries() -> None:
    """Remove the files this run is writing. ``hubquery.temporaries`` is loaded by the
    writers (a cache build, ``outputs``) before they make a file: when no writer has
    loaded it, there is nothing to remove, and a lookup never loads it (0.38 M
    instructions)."""
    temporaries = sys.modules.get("hubquery.temporaries")
    if temporaries is not None:
        temporaries.remove_all()


def main() -> None:
    """Entry point: run the CLI and turn how it ended into one exit status."""
    signals.signal(signals.SIGINT, _interrupt)  # first: Ctrl-C during start-up is quiet too
    signals.signal(signals.SIGTERM, _terminate)
    # A run is one short process, and what it makes (records are tuples; results hold
    # no references back) is freed by reference counting. The cyclic collector would
    # only cost time: 11 M of the 85 M instructions a warm lookup added to Python's
    # start-up, in collections during imports.
    # tests/cli/test_process.py checks that the cycles a run leaves do not grow with the data.
    gc.disable()
    sys.exit(_run())


def _run() -> int:
    if sys.stderr is None:  # started with stderr closed (`2>&-`)
        # click writes an error to stdout when stderr is None: stdout holds only data.
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        # Data is UTF-8 whatever the locale says (names are often Chinese).
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    import click

    from hubquery.cli import cli

    try:
        if sys.stdout is None:  # started with stdout closed (`>&-`)
            from hubquery.errors import OutputError

            raise OutputError("standard output is closed")
        try:
            result = cli.main(prog_name="hubquery", standalone_mode=False)
        except Exception as error:
            if not _damaged_cache(error):
                raise
            # Answer from the data: the damaged file is gone and the run builds it anew.
            result = cli.main(prog_name="hubquery", standalone_mode=False)
        _flush_stdout()
    except click.ClickException as error:
        # The one place every error is printed: whatever a message quotes (a path, a
        # name, a key) reaches the terminal as text, never as a control sequence.
        from hubquery.escaping import escaped

        message = error.format_message()
        # (before click's echo, which would strip some escape sequences, and only them,
        # from a stream that is not a terminal)
        setattr(error, "format_message", lambda: escaped(message))  # noqa: B010 — Final in stubs
        error.show()
        return error.exit_code
    except click.Abort:
        return 1
    except OSError as error:
        if not _writing(error):
            return _bug(error)
        if isinstance(error, BrokenPipeError):
            return _reader_gone()
        from hubquery.errors import OutputError

        click.echo(f"Error: {OutputError(error.strerror or str(error))}", err=True)
        return 1
    except Exception as error:
        return _ended(error)
    return result if isinstance(result, int) else 0


def _ended(error: Exception) -> int:
    """The exit status of a run that ended in an error neither click nor the system
    raised: the reader gone, one of hubquery's (outside a command: writing the last of
    the output), or a bug. The error classes are imported here, where a run has failed:
    a run that ends well (--help) does not define them (1.4 M instructions)."""
    from hubquery.errors import HubqueryError, ReaderGone

    if isinstance(error, ReaderGone):
        return _reader_gone()
    if isinstance(error, HubqueryError):
        import click

        from hubquery.escaping import escaped

        click.echo(f"Error: {escaped(str(error))}", err=True)
        return 1
    return _bug(error)


def _damaged_cache(error: Exception) -> bool:
    """Whether a run that failed on an SQLite error may run again: the error came while a
    cache file was being read (the file is then removed, so the next build replaces it)
    and no output has been written yet. When output has begun, the damaged file is
    removed all the same and the error says to run the command again."""
    sqlite3 = sys.modules.get("sqlite3")
    cache = sys.modules.get("hubquery.cache")
    if sqlite3 is None or cache is None or not isinstance(error, sqlite3.DatabaseError):
        return False
    if not cache.opened:
        return False
    damaged = list(cache.opened)
    cache.opened.clear()
    import contextlib

    for path in damaged:
        with contextlib.suppress(OSError):
            os.unlink(path)
    from hubquery import pager
    from hubquery.errors import HubqueryError
    from hubquery.escaping import escaped

    if pager.started:
        raise HubqueryError(
            f"the cache {escaped(damaged[0])} is damaged ({error}): it is "
            "removed; run the command again"
        ) from None
    print(
        f"Warning: the cache {escaped(damaged[0])} is damaged ({error}): answering from the data",
        file=sys.stderr,
    )
    return True


def _flush_stdout() -> None:
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        from hubquery.errors import ReaderGone

        raise ReaderGone from None
    except OSError as error:
        from hubquery.errors import OutputError

        raise OutputError(error.strerror or str(error)) from None


def _writing(error: OSError) -> bool:
    """Whether an OSError came from click writing (help, version): click's own output
    does not pass through ``pager.output``, which turns our failures into OutputError."""
    import traceback

    return any(
        frame.f_code.co_name == "echo" and frame.f_globals.get("__name__") == "click.utils"
        for frame, _ in traceback.walk_tb(error.__traceback__)
    )


def _reader_gone() -> int:
    """The reader went away (``| head``): stop quietly, with status 0.

    0 rather than 141 (a death by SIGPIPE): whether a write meets a closed pipe
    depends on how much was written before the reader left, so 141 would make
    ``set -o pipefail`` fail at random between a short and a long output of the
    same command. Leaving early is the reader's choice, not a failure here.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # nothing left to flush at exit
    except (OSError, ValueError, AttributeError):
        pass
    return 0


def _bug(error: BaseException) -> int:
    """Anything else is a bug in hubquery: one line, or the traceback when debugging."""
    if os.environ.get(DEBUG_ENV):
        import traceback

        traceback.print_exception(error)
    else:
        print(
            f"Error: internal error ({type(error).__name__}: {error}). This is a bug in "
            f"hubquery; set {DEBUG_ENV}=1 to see the traceback.",
            file=sys.stderr,
        )
    return BUG
