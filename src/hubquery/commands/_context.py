"""The run context: what a run's options decided, as typed values passed in the open
(the way httpie's ``Environment`` is handed down rather than looked up).

- ``Terminal``: where output goes and how: colour (--color), paging (--no-pager) and the
  streams. The group's callback makes it once per run.
- ``DatasetChoice``: which dataset a command reads, how, and as of when (--data,
  --no-cache, --as-of). ``dataset.open()`` is the store, restricted to --as-of.
- ``Output``: how a command's result is written (--format/--json, --fields,
  --no-headers), with the run's ``Terminal``. ``output.emit(view, notice,
  as_of=dataset.as_of)`` writes a result; ``output.shows(field)`` says whether --fields
  leaves a field in.

The option decorators of ``commands._options`` build the last two and pass them to the
command as its ``dataset`` and ``output`` parameters; the command passes what a query or
renderer needs as arguments. This module is the only one that reads click's context
(``terminal``, for the group's ``Terminal``): nothing else looks options up.

These are plain classes with ``__slots__``, not named tuples: every run defines them,
and a ``NamedTuple`` class costs about 0.9 M instructions to define (its constructor is
compiled from source at each start), a plain class a tenth of that (callgrind).
"""

from __future__ import annotations

import os
import sys
from typing import IO, TYPE_CHECKING

import click

from hubquery import __version__
from hubquery.errors import HubqueryError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hubquery.render import AsOfLine, View
    from hubquery.render.chart import ChartRequest
    from hubquery.render.fields import Projection
    from hubquery.store import Store


class Terminal:
    """The run's surroundings: colour ``auto``, ``always`` or ``never`` (--color; with
    ``auto`` the renderer honours NO_COLOR and FORCE_COLOR), whether output taller than
    the screen may be paged (not --no-pager), and the streams."""

    __slots__ = ("colour", "pager", "stderr", "stdout")

    def __init__(
        self, colour: str, pager: bool, stdout: IO[str] | None, stderr: IO[str] | None
    ) -> None:
        self.colour = colour
        self.pager = pager
        self.stdout = stdout
        self.stderr = stderr

    def write(self, text: str) -> None:
        """Write text that is not a result (a schema, a script) the way results are."""
        from hubquery.pager import output

        with output(self.stdout, no_pager=not self.pager) as out:
            out.write(text)

    def note(self, line: str) -> None:
        """A line for the reader, not the data (a cut notice): on stderr."""
        if self.stderr is not None:
            self.stderr.write(f"{line}\n")
            self.stderr.flush()


def start(context: click.Context, colour: str, pager: bool) -> None:
    """Make the run's ``Terminal`` (the group's callback calls this once)."""
    context.obj = Terminal(colour.lower(), pager, sys.stdout, sys.stderr)


def terminal() -> Terminal:
    """The run's ``Terminal`` (as ``start`` made it; the process's own streams with the
    options' defaults when a command runs without the group)."""
    context = click.get_current_context(silent=True)
    found = None if context is None else context.find_object(Terminal)
    return found if found is not None else Terminal("auto", True, sys.stdout, sys.stderr)


class DatasetChoice:
    """Which dataset a command reads (--data; None: $HUBQUERY_DATA or the packaged one),
    whether through the compiled cache (not --no-cache), and as of which day (--as-of)."""

    __slots__ = ("as_of", "path", "use_cache")

    def __init__(
        self, path: str | None, use_cache: bool = True, as_of: AsOfLine | None = None
    ) -> None:
        self.path = path
        self.use_cache = use_cache
        self.as_of = as_of

    def open(self) -> Store:
        from hubquery.cache import open_store

        return open_store(
            announce_stdin(self.path),
            use_cache=self.use_cache,
            as_of=None if self.as_of is None else self.as_of.day,
        )


def announce_stdin(data: str | None) -> str | None:
    """Say so when the dataset is to be typed at a terminal: silence looks like a hang."""
    given = data if data is not None else os.environ.get("HUBQUERY_DATA")
    if given == "-" and sys.stdin is not None and sys.stdin.isatty():
        click.echo("Reading the dataset from standard input (end it with Ctrl-D)…", err=True)
    return data


class Output:
    """How a command's result is written: the format, the fields chosen (--fields; None:
    all), whether CSV and TSV have their header row, and the run's ``Terminal``."""

    __slots__ = ("fields", "fmt", "headers", "terminal")

    def __init__(
        self, fmt: str, fields: Projection | None, headers: bool, terminal: Terminal
    ) -> None:
        self.fmt = fmt
        self.fields = fields
        self.headers = headers
        self.terminal = terminal

    def shows(self, field: str) -> bool:
        """Whether the output shows this top-level field of each item: always, unless
        --fields leaves it out (then a command need not ask a query for it)."""
        return self.fields is None or field in self.fields.heads

    def emit(
        self,
        view: View,
        notice: str | None = None,
        *,
        as_of: AsOfLine | None = None,
        path: str | None = None,
        force: bool = False,
    ) -> None:
        """Write a result to stdout (through the pager on a terminal; or, whole or not at
        all, to the file ``path``). ``as_of`` is what the dataset was restricted to, said
        with the result. A notice (output cut short) follows a table; other formats get
        it on stderr, so that their stdout stays what a program expects."""
        from hubquery.render import emit

        terminal = self.terminal

        def render(out: IO[str]) -> None:
            emit(
                view,
                self.fmt,
                out,
                terminal.stderr,
                as_of,
                self.fields,
                self.headers,
                terminal.colour,
            )

        if path is None:
            from hubquery.pager import output

            with output(terminal.stdout, no_pager=not terminal.pager) as out:
                render(out)
                if notice is not None and self.fmt == "table":
                    out.write(f"{notice}\n")
        else:
            from hubquery.outputs import write_file

            write_file(path, force, render)
        if notice is not None and (self.fmt != "table" or path is not None):
            terminal.note(notice)

    def write(self, text: str) -> None:
        """Write a document that is not a view (cite's references, a ClaimReview list)."""
        self.terminal.write(text)


class ChartTarget:
    """Where a chart goes (--output; None: stdout), whether it may replace a file
    (--force), and a PNG's scale (--scale)."""

    __slots__ = ("force", "path", "scale")

    def __init__(self, path: str | None = None, force: bool = False, scale: float = 1.0) -> None:
        self.path = path
        self.force = force
        self.scale = scale


def emit_chart(
    requests: Sequence[ChartRequest], title: str, output: Output, target: ChartTarget
) -> None:
    """Write the charts of a result as ``output.fmt`` asks: the Vega-Lite spec, or the
    spec drawn as SVG or PNG. Figures the judgement does not allow on one axis are
    refused with the reason (exit status 1), before anything is written."""
    from hubquery.render import chart

    document = chart.document(requests, __version__, title)
    if output.fmt == "vega-lite":
        data = (json_text(document)).encode("utf-8")
    elif output.fmt == "svg":
        from hubquery.render.chart_image import svg

        data = svg(document).encode("utf-8")
    else:
        from hubquery.render.chart_image import png

        data = png(document, target.scale)
    if target.path is not None:
        from hubquery.outputs import Outputs

        with Outputs(target.force) as outputs:
            destination = outputs.file(target.path)
            with outputs.writing(destination) as temporary, open(temporary, "wb") as out:
                out.write(data)
        return
    stream = output.terminal.stdout
    if stream is None:
        return
    if output.fmt == "png" and stream.isatty():
        raise HubqueryError(
            "a PNG is an image, not text for a terminal: write it with "
            "--output FILE, or redirect (> chart.png)"
        )
    stream.flush()
    binary = getattr(stream, "buffer", None)
    if binary is None:
        stream.write(data.decode("utf-8", "surrogateescape"))
    else:
        binary.write(data)
        binary.flush()


def cut_notice(
    shown: int, total: int, noun: str, limit: int | None, more: bool = False
) -> str | None:
    """The notice for output cut by --limit: "1 of 32 hubs shown (--limit 1)"; ``more``:
    there are more than ``total`` ("50 of more than 10000 matches shown")."""
    if limit is None or (shown >= total and not more):
        return None
    return f"{shown} of {'more than ' * more}{total} {noun} shown (--limit {limit})"


def json_text(document: object) -> str:
    """A document (not a result: a schema, a ClaimReview list) as ``--json`` writes one."""
    from hubquery.render.data import dumps

    return dumps(document)
