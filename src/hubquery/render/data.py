"""Results as data for other programs: JSON, JSON Lines, CSV, TSV, YAML, Markdown.

JSON is UTF-8 with names unescaped; keys keep the order of the records' fields.
Text formats that a terminal may show (CSV, TSV, Markdown) pass dataset strings
through ``safe`` so control sequences stay visible text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from json.encoder import encode_basestring
from typing import IO, Any

from hubquery.records import is_record
from hubquery.render.values import escape_unsafe, has_unsafe, markdown_escape, safe

_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
SCALARS = frozenset({str, int, float, bool, type(None)})
# What ``seen`` gives for an id under which no record is kept (an object is never it).
_UNKEPT: tuple[Any, str] = (object(), "")


def jsonable(value: Any, seen: dict[int, tuple[Any, Any]] | None = None) -> Any:
    """Records as dicts (field order kept), tuples as lists.

    Called for every field of every fact an export writes, so the common cases come
    first: a scalar is returned as it is, and a record's field names are looked up once
    per type. With ``seen``, a record nested in several items (a fact's source) is
    converted once for the whole stream."""
    kind = type(value)
    if kind in SCALARS:
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
    if isinstance(value, Sequence) and not isinstance(value, str):  # a profile's HubFacts
        return [jsonable(item, seen) for item in value]
    return value


def _nested(value: Any, seen: dict[int, tuple[Any, Any]] | None) -> Any:
    if seen is None or type(value) in SCALARS or _FIELD_NAMES.get(type(value)) is None:
        return jsonable(value, seen)
    kept, shown = seen.get(id(value), _UNKEPT)
    if kept is not value:  # the object is kept, so its id stays its own
        kept, shown = seen[id(value)] = (value, jsonable(value, seen))
    return shown


def dumps(document: Any) -> str:
    return _json(jsonable(document), indent=2) + "\n"


def write_json(document: Any, out: IO[str], extra: Mapping[str, Any] | None = None) -> None:
    """The text ``dumps`` makes of ``document`` (with ``extra``'s keys added at the end
    of a top-level object), written as it is built: a profile of 100,000 figures is never
    one string, nor 100,000 dicts. Each figure is written from its record by
    ``_indented``, which writes what ``json.dumps(…, indent=2)`` does (pinned to it by a
    hypothesis test) in a fraction of the pure-Python encoder's time."""
    seen: dict[tuple[int, str], tuple[Any, str]] = {}
    pairs = _pairs(document)
    if extra and pairs is not None:
        pairs = [*pairs, *extra.items()]
        document = dict(pairs)
    for chunk in _streamed(document, "\n", 2, seen):
        out.write(escape_unsafe(chunk))
    out.write("\n")


def _pairs(value: Any) -> list[tuple[Any, Any]] | None:
    """A record's or dict's (key, value) pairs; None for anything else."""
    kind = type(value)
    if kind is dict:
        return list(value.items())
    if is_record(kind):
        return list(zip(_names(kind), value, strict=True))
    return None


def _names(kind: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = kind._fields  # type: ignore[attr-defined]
    return names


def _streamed(
    value: Any, newline: str, depth: int, seen: dict[tuple[int, str], tuple[Any, str]]
) -> Iterator[str]:
    """``value`` as indented JSON in pieces: the outer ``depth`` levels of objects and
    arrays item by item, each item below them as one piece."""
    kind = type(value)
    if (depth <= 0 and not _lazy(value, kind)) or not (
        kind is dict
        or kind is list
        or kind is tuple
        or is_record(kind)
        or (isinstance(value, Sequence) and not isinstance(value, str))
    ):
        yield _indented(value, newline, seen)
        return
    inner = newline + "  "
    pairs = _pairs(value)
    if pairs is not None:
        if not pairs:
            yield "{}"
            return
        if any(type(key) is not str for key, _ in pairs):  # json.dumps's rules for those
            yield _indented(value, newline, seen)
            return
        opened = "{"
        for key, item in pairs:
            yield f"{opened}{inner}{encode_basestring(key)}: "
            yield from _streamed(item, inner, depth - 1, seen)
            opened = ","
        yield newline + "}"
        return
    opened = "["
    for item in value:
        yield opened + inner
        yield from _streamed(item, inner, depth - 1, seen)
        opened = ","
    yield "[]" if opened == "[" else newline + "]"


def _lazy(value: Any, kind: type) -> bool:
    """Whether ``value`` is written item by item at any depth: a sequence read as it is
    written (not a list or tuple: a history's ``StoredFacts``), or a record with a field
    declared as one (``Sequence[…]``), so that 100,000 figures are never one string."""
    holds = _HOLDS_LAZY.get(kind)
    if holds is None:
        if kind in SCALARS or kind is list or kind is tuple or kind is dict:
            holds = False
        elif is_record(kind):
            holds = any("Sequence[" in str(a) for a in kind.__annotations__.values())
        else:
            return isinstance(value, Sequence) and not isinstance(value, str)
        _HOLDS_LAZY[kind] = holds
    return holds


_HOLDS_LAZY: dict[type, bool] = {}


def _indented(
    value: Any, newline: str, seen: dict[tuple[int, str], tuple[Any, str]] | None = None
) -> str:
    """``json.dumps(jsonable(value), ensure_ascii=False, indent=2)`` with each line after
    the first starting ``newline`` (the indent of the place it is written at).

    A record nested in many (a fact's source) is written once per indent with ``seen``.
    Scalars are written by the C functions json itself uses, looked up by their type."""
    kind = type(value)
    scalar = _SCALAR_TEXT.get(kind)
    if scalar is not None:
        return scalar(value)
    inner = newline + "  "
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        return (
            "["
            + ",".join(
                [
                    inner
                    + (
                        text(item)
                        if (text := _SCALAR_TEXT.get(type(item)))
                        else _indented(item, inner, seen)
                    )
                    for item in value
                ]
            )
            + newline
            + "]"
        )
    if kind is dict:
        if not value:
            return "{}"
        if all(type(key) is str for key in value):
            return (
                "{"
                + ",".join(
                    [
                        f"{inner}{encode_basestring(key)}: "
                        + (
                            text(item)
                            if (text := _SCALAR_TEXT.get(type(item)))
                            else _indented(item, inner, seen)
                        )
                        for key, item in value.items()
                    ]
                )
                + newline
                + "}"
            )
    elif kind in _FIELD_NAMES or is_record(kind):
        if not value:
            return "{}"
        keys = _KEYS.get((kind, newline))
        if keys is None:
            keys = _KEYS[(kind, newline)] = [
                f"{inner}{encode_basestring(name)}: " for name in _names(kind)
            ]
        return (
            "{"
            + ",".join(
                [
                    key
                    + (
                        text(item)
                        if (text := _SCALAR_TEXT.get(type(item)))
                        else _field(item, inner, seen)
                    )
                    for key, item in zip(keys, value, strict=True)
                ]
            )
            + newline
            + "}"
        )
    elif isinstance(value, Sequence) and not isinstance(value, str):
        return _indented(list(value), newline, seen)  # as jsonable writes it: a list
    # Anything else (a subclass of str or int, keys that are not strings) as json writes it.
    return json.dumps(jsonable(value), ensure_ascii=False, indent=2).replace("\n", newline)


def _field(value: Any, newline: str, seen: dict[tuple[int, str], tuple[Any, str]] | None) -> str:
    """A record's field that is not a scalar; a record there (a fact's source) is written
    once per indent with ``seen`` (the items themselves are not kept: they are many)."""
    kind = type(value)
    if seen is None or kind is tuple or kind is list or not is_record(kind):
        return _indented(value, newline, seen)
    kept, shown = seen.get((id(value), newline), _UNKEPT)
    if kept is not value:  # the object is kept, so its id stays its own
        kept, shown = seen[(id(value), newline)] = (value, _indented(value, newline, seen))
    return shown


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


_SCALAR_TEXT: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    float: _float,
    bool: lambda v: "true" if v else "false",
    type(None): lambda v: "null",
}
_KEYS: dict[tuple[type, str], list[str]] = {}  # a record's '"field": ' at one indent


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
    text = yaml.dump(
        jsonable(document), Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100
    )
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


def write_delimited(
    columns: Iterable[str],
    rows: Iterable[Mapping[str, Any]],
    out: IO[str],
    delimiter: str = ",",
    headers: bool = True,
) -> None:
    """CSV (RFC 4180) or TSV, with a header row unless ``headers`` is false."""
    names = list(columns)
    if delimiter == "\t":
        # TSV has no quoting: tabs and newlines inside values become spaces.
        if headers:
            out.write("\t".join(names) + "\n")
        for row in rows:
            out.write("\t".join([_tsv_cell(row.get(n)) for n in names]) + "\n")
        return
    import csv

    writer = csv.writer(out, lineterminator="\n")
    if headers:
        writer.writerow(names)
    for row in rows:
        writer.writerow([cell_text(row.get(n)) for n in names])


def _tsv_cell(value: Any) -> str:
    """``cell_text`` with tabs and newlines as spaces. A printable string (most cells)
    has neither, nor a control character, and is its own text."""
    if value is None:
        return ""
    if type(value) is str and value.isprintable():
        return value
    return cell_text(value).replace("\t", " ").replace("\n", " ")


def write_markdown(columns: Iterable[str], rows: Iterable[Mapping[str, Any]], out: IO[str]) -> None:
    """A GitHub-flavoured Markdown table; pipes and markup characters are escaped."""
    names = list(columns)
    out.write("| " + " | ".join(names) + " |\n")
    out.write("|" + "|".join(" --- " for _ in names) + "|\n")
    for row in rows:
        out.write("| " + " | ".join(_markdown_cell(row.get(n)) for n in names) + " |\n")


def _markdown_cell(value: Any) -> str:
    return markdown_escape(cell_text(value).replace("\n", " "))
