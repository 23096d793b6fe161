"""Results → bytes on stdout, in the format a user asked for.

Each kind of result has one ``View``: its JSON document, its items for JSON
Lines, its rows for CSV/TSV, and its table, which is also its Markdown (the table a
person sees, with numbered references, for a writer to paste). The table renderer
(and so rich) is imported only when a table or Markdown is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from hubquery.render.fields import Projection
    from hubquery.render.layout import Canvas


class View(NamedTuple):
    """How one result is shown in every format."""

    document: Callable[[], Any]
    items: Callable[[], Iterable[Any]]
    columns: Callable[[], Sequence[str]]
    rows: Callable[[], Iterable[Mapping[str, Any]]]
    table: Callable[[Canvas], str] | None = None
    stream_json_array: bool = False
    # What one row per item (CSV, TSV, JSON Lines) cannot hold, said on stderr.
    flat_omits: str = ""


class AsOfLine(NamedTuple):
    """What ``--as-of`` restricted a result to: the date asked for and the day it means."""

    asked: str
    day: str

    @property
    def message(self) -> str:
        when = self.day if self.asked == self.day else f"{self.day} (--as-of {self.asked})"
        return f"As of {when}: only figures from sources published on or before that day."


def emit(
    view: View,
    fmt: str,
    out: IO[str],
    err: IO[str] | None = None,
    as_of: AsOfLine | None = None,
    projection: Projection | None = None,
    headers: bool = True,
    colour: str = "auto",
) -> None:
    """Write a view in ``fmt``. A JSON document is written as it is
    built; other whole documents (YAML) are built before the first byte.

    What a reader must be told besides the data goes where the format has room for it:
    a table shows it; a JSON or YAML object gets an ``as_of`` key (the day); in arrays,
    JSON Lines, CSV, TSV and Markdown it goes to ``err``, keeping stdout clean.
    With a ``projection`` (--fields) every format shows the view's items cut down to
    the chosen paths; ``headers=False`` leaves out the header row of CSV and TSV;
    ``colour`` (--color: auto, always, never) is the table's.
    Markdown is the table a person sees (with numbered references) where the view has
    one; CSV, TSV and JSON Lines say on ``err`` what one row per item leaves out."""
    from hubquery.records import is_record
    from hubquery.render import data

    notices = [] if as_of is None else [as_of.message]
    if fmt == "table" and as_of is not None:
        from hubquery.render.table import make_canvas, paragraph

        out.write(paragraph(as_of.message, make_canvas(out, colour=colour)) + "\n")
        notices = []
    if projection is not None:
        _emit_projected(view, projection, fmt, out, headers, colour)
    elif fmt in ("table", "markdown") and view.table is not None:
        from hubquery.render.table import make_canvas

        out.write(view.table(make_canvas(out, markdown=fmt == "markdown", colour=colour)))
    elif fmt == "json" and not view.stream_json_array:
        document = view.document()
        extra = None
        if as_of is not None and (isinstance(document, dict) or is_record(type(document))):
            extra, notices = {"as_of": as_of.day}, []
        data.write_json(document, out, extra)
    elif fmt == "yaml" and not view.stream_json_array:
        document = data.jsonable(view.document())
        if isinstance(document, dict) and as_of is not None:
            document["as_of"] = as_of.day
            notices = []
        data.write_yaml(document, out)
    elif fmt == "json":
        data.write_json_array(view.items(), out)
    elif fmt == "yaml":  # a stream (export): YAML has no streamed sequence, so it is built
        data.write_yaml(list(view.items()), out)
    elif fmt == "jsonl":
        notices.append(_flat_note(view, fmt))
        data.write_jsonl(view.items(), out)
    elif fmt in ("csv", "tsv"):
        notices.append(_flat_note(view, fmt))
        data.write_delimited(
            view.columns(), view.rows(), out, "\t" if fmt == "tsv" else ",", headers=headers
        )
    elif fmt == "markdown":
        data.write_markdown(view.columns(), view.rows(), out)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    if err is not None:
        for line in notices:
            if line:
                err.write(f"{line}\n")


def _flat_note(view: View, fmt: str) -> str:
    """What one row per item leaves out of this view, or nothing."""
    if not view.flat_omits:
        return ""
    name = "JSON Lines" if fmt == "jsonl" else fmt.upper()
    return (
        f"Note: {name} has one row per figure and leaves out {view.flat_omits}; "
        "the table and --json have them."
    )


def _emit_projected(
    view: View, projection: Projection, fmt: str, out: IO[str], headers: bool, colour: str
) -> None:
    from hubquery.records import is_record
    from hubquery.render import data

    # Only the fields the paths start from are turned into data: a listing's rows need
    # not convert every figure of every hub to print two columns of names.
    heads = projection.heads
    seen: dict[int, tuple[Any, Any]] = {}
    items = (
        {head: data.jsonable(getattr(item, head), seen) for head in heads}
        if is_record(type(item))
        else data.jsonable(item, seen)
        for item in view.items()
    )
    if fmt in ("json", "jsonl", "yaml"):
        selected = (projection.select(item) for item in items)
        if fmt == "json":
            data.write_json_array(selected, out)
        elif fmt == "jsonl":
            data.write_jsonl(selected, out)
        else:
            data.write_yaml(list(selected), out)
        return
    rows = (projection.row(item) for item in items)
    if fmt in ("csv", "tsv"):
        data.write_delimited(
            projection.paths, rows, out, "\t" if fmt == "tsv" else ",", headers=headers
        )
    elif fmt == "markdown":
        data.write_markdown(projection.paths, rows, out)
    elif fmt == "table":
        from hubquery.render.table import make_canvas, projected

        out.write(projected(projection.paths, list(rows), make_canvas(out, colour=colour)))
    else:
        raise ValueError(f"format {fmt!r} has no fields to choose")
