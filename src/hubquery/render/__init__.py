"""Results → bytes on stdout, in the format a user asked for.

Each kind of result has one ``View``: its JSON document, its items for JSON
Lines, its rows for CSV/TSV, and its table, which is also its Markdown (the table a
person sees, with numbered references, for a writer to paste). The table renderer
(and so rich) is imported only when a table or Markdown is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hubquery.render.layout import Canvas


@dataclass(frozen=True)
class View:
    """How one result is shown in every format."""

    document: Callable[[], Any]
    items: Callable[[], Iterable[Any]]
    columns: Callable[[], Sequence[str]]
    rows: Callable[[], Iterable[Mapping[str, Any]]]
    table: Callable[[Canvas], str] | None = None
    stream_json_array: bool = False
    # What one row per item (CSV, TSV, JSON Lines) cannot hold, said on stderr.
    flat_omits: str = ""


def emit(view: View, fmt: str, out: IO[str], err: IO[str] | None = None) -> None:
    """Write a view in ``fmt``. Whole documents are built before the first byte."""
    from hubquery.render import data

    if fmt in ("table", "markdown") and view.table is not None:
        from hubquery.render.table import make_canvas

        out.write(view.table(make_canvas(out, markdown=fmt == "markdown")))
        return
    if fmt in ("csv", "tsv", "jsonl") and view.flat_omits:
        import sys

        name = "JSON Lines" if fmt == "jsonl" else fmt.upper()
        (err or sys.stderr).write(f"Note: {name} has one row per figure and leaves out "
                                  f"{view.flat_omits}; the table and --json have them.\n")
    if fmt == "json":
        if view.stream_json_array:
            data.write_json_array(view.items(), out)
        else:
            out.write(data.dumps(view.document()))
    elif fmt == "yaml":
        data.write_yaml(view.document(), out)
    elif fmt == "jsonl":
        data.write_jsonl(view.items(), out)
    elif fmt in ("csv", "tsv"):
        data.write_delimited(view.columns(), view.rows(), out, "\t" if fmt == "tsv" else ",")
    elif fmt == "markdown":
        data.write_markdown(view.columns(), view.rows(), out)
    else:
        raise ValueError(f"unknown format {fmt!r}")
