"""Results → bytes on stdout, in the format a user asked for.

Each kind of result has one ``View``: its JSON document, its items for JSON
Lines, its rows for CSV/TSV/Markdown, and its table. The table renderer (and so
rich) is imported only when a table is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


@dataclass(frozen=True)
class View:
    """How one result is shown in every format."""

    document: Callable[[], Any]
    items: Callable[[], Iterable[Any]]
    columns: Callable[[], Sequence[str]]
    rows: Callable[[], Iterable[Mapping[str, Any]]]
    table: Callable[[Console], str] | None = None
    stream_json_array: bool = False
    # What a reader of a machine format must still be told ("50 of 101 matches"): the
    # table prints it; every other format gets it on stderr, keeping stdout clean.
    notice: Callable[[], str | None] = lambda: None


def emit(view: View, fmt: str, out: IO[str], err: IO[str] | None = None) -> None:
    """Write a view in ``fmt``. Whole documents are built before the first byte."""
    if fmt == "table" and view.table is not None:
        from hubquery.render.table import make_console

        out.write(view.table(make_console(out)))
        return
    _write(view, fmt, out)
    notice = view.notice()
    if notice and err is not None:
        err.write(f"hubquery: {notice}\n")


def _write(view: View, fmt: str, out: IO[str]) -> None:
    from hubquery.render import data

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
