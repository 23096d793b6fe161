"""Results as data for other programs: JSON, JSON Lines, CSV, TSV, YAML, Markdown.

JSON is UTF-8 with names unescaped; keys keep the order of the records' fields.
Text formats that a terminal may show (CSV, TSV, Markdown) pass dataset strings
through ``safe`` so control sequences stay visible text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

from hubquery.records import is_record
from hubquery.render.values import escape_unsafe, has_unsafe, markdown_escape, safe

_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_SCALARS = frozenset({str, int, float, bool, type(None)})


def jsonable(value: Any, seen: dict[int, tuple[Any, Any]] | None = None) -> Any:
    """Records as dicts (field order kept), tuples as lists.

    Called for every field of every fact an export writes, so the common cases come
    first: a scalar is returned as it is, and a record's field names are looked up once
    per type. With ``seen``, a record nested in several items (a fact's source) is
    converted once for the whole stream."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None and is_record(kind):
        names = _FIELD_NAMES[kind] = kind._fields
    if names is not None:
        return {name: _nested(item, seen) for name, item in zip(names, value, strict=True)}
    if kind is list or kind is tuple:
        return [jsonable(item, seen) for item in value]
    if kind is dict:
        return {key: jsonable(item, seen) for key, item in value.items()}
    return value


def _nested(value: Any, seen: dict[int, tuple[Any, Any]] | None) -> Any:
    if seen is None or type(value) in _SCALARS or _FIELD_NAMES.get(type(value)) is None:
        return jsonable(value, seen)
    known = seen.get(id(value))
    if known is None or known[0] is not value:  # the object is kept, so its id stays its own
        known = seen[id(value)] = (value, jsonable(value, seen))
    return known[1]


def dumps(document: Any) -> str:
    return _json(jsonable(document), indent=2) + "\n"


def _json(value: Any, indent: int | None = None) -> str:
    """UTF-8 JSON (Chinese names stay readable) with terminal-steering characters escaped.

    Those characters can only occur inside JSON strings, so their \\u escapes
    keep the document valid and its meaning unchanged."""
    if indent is None:
        return escape_unsafe(_ENCODER.encode(value))
    return escape_unsafe(json.dumps(value, ensure_ascii=False, indent=indent))


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def write_json_array(items: Iterable[Any], out: IO[str]) -> None:
    """A top-level JSON array, streamed one item at a time."""
    out.write("[")
    first = True
    seen: dict[int, tuple[Any, Any]] = {}
    for item in items:
        out.write("\n  " if first else ",\n  ")
        out.write(_json(jsonable(item, seen)))
        first = False
    out.write("\n]\n" if not first else "]\n")


def write_jsonl(items: Iterable[Any], out: IO[str]) -> None:
    seen: dict[int, tuple[Any, Any]] = {}
    for item in items:
        out.write(_json(jsonable(item, seen)))
        out.write("\n")


def write_yaml(document: Any, out: IO[str]) -> None:
    """YAML with Unicode kept readable; strings holding terminal-steering characters
    are double-quoted so those characters can be written as \\u escapes."""
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        style = '"' if has_unsafe(value) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, represent_str)
    text = yaml.dump(jsonable(document), Dumper=Dumper, allow_unicode=True, sort_keys=False,
                     width=100)
    out.write(escape_unsafe(text))


def cell_text(value: Any) -> str:
    """A value as the text of one cell: lists joined by spaces, records as JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return " ".join(cell_text(item) for item in value)
    if isinstance(value, dict):  # a whole record chosen with --fields
        return _json(value)
    return safe(str(value))


def write_delimited(columns: Iterable[str], rows: Iterable[Mapping[str, Any]], out: IO[str],
                    delimiter: str = ",", headers: bool = True) -> None:
    """CSV (RFC 4180) or TSV, with a header row unless ``headers`` is false."""
    names = list(columns)
    if delimiter == "\t":
        # TSV has no quoting: tabs and newlines inside values become spaces.
        if headers:
            out.write("\t".join(names) + "\n")
        for row in rows:
            out.write("\t".join(cell_text(row.get(n)).replace("\t", " ").replace("\n", " ")
                                for n in names) + "\n")
        return
    import csv

    writer = csv.writer(out, lineterminator="\n")
    if headers:
        writer.writerow(names)
    for row in rows:
        writer.writerow([cell_text(row.get(n)) for n in names])


def write_markdown(columns: Iterable[str], rows: Iterable[Mapping[str, Any]],
                   out: IO[str]) -> None:
    """A GitHub-flavoured Markdown table; pipes and markup characters are escaped."""
    names = list(columns)
    out.write("| " + " | ".join(names) + " |\n")
    out.write("|" + "|".join(" --- " for _ in names) + "|\n")
    for row in rows:
        out.write("| " + " | ".join(_markdown_cell(row.get(n)) for n in names) + " |\n")


def _markdown_cell(value: Any) -> str:
    return markdown_escape(cell_text(value).replace("\n", " "))
