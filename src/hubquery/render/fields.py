"""Column names: one name per column, the same in every format.

A row command prints rows (a fact of ``show``, a place of ``rank``, a hub of
``list``). A column's name is its dotted path in the row's JSON object
(``hub.id``, ``fact.display``, ``source.id``): the key path in each line of
``--format jsonl``, the header of its CSV/TSV column, what ``--fields`` takes and
what ``hubquery schema CMD --fields`` lists. The paths are read from the row's
record type (record fields, recursively). A path through a list (``facts.value``
of a listing's row) selects that field of every element; a list of figures may
also be entered by a figure's metric (``facts.population.value``). JSON, JSON
Lines and YAML keep the nesting the paths name (``{"id": …, "source": {"id": …}}``);
CSV, TSV and Markdown have one column per path, headed by the path.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from operator import attrgetter
from typing import Any, NamedTuple

from hubquery.records import is_record

_MAX_DEPTH = 6  # result types nest three or four deep; a guard, not a limit anyone meets


class UnknownField(ValueError):
    """A --fields path that the result does not have (a usage error)."""


@cache
def field_paths(item_type: Any) -> tuple[str, ...]:
    """Every dotted path into ``item_type``, parents before their children."""
    return tuple(path for path, _, _ in _typed_paths(item_type))


@cache
def column_paths(item_type: Any) -> tuple[str, ...]:
    """The columns of a row in CSV and TSV: every path to a value (not to a record),
    except those through a list of records (a listing's figures, a claim's facts)."""
    typed = _typed_paths(item_type)
    parents = {path.rsplit(".", 1)[0] for path, _, _ in typed if "." in path}
    return tuple(path for path, _, listed in typed if path not in parents and not listed)


@cache
def _typed_paths(item_type: Any) -> tuple[tuple[str, Any, bool], ...]:
    return tuple(_paths(item_type, "", 0, False))


def _paths(kind: Any, prefix: str, depth: int, listed: bool) -> Iterator[tuple[str, Any, bool]]:
    record = _record_type(kind)
    if record is None or depth > _MAX_DEPTH:
        return
    for name, kind in typing.get_type_hints(record).items():
        path = prefix + name
        yield path, kind, listed
        inner = listed or (_record_type(kind) is not None and _is_list(kind))
        yield from _paths(kind, path + ".", depth + 1, inner)


def _is_list(kind: Any) -> bool:
    return typing.get_origin(kind) in (tuple, list)


def _by_metric(item_type: Any) -> frozenset[str]:
    """Paths to lists of figures, which a path may enter by a figure's metric id."""
    return frozenset(
        path
        for path, kind, _ in _typed_paths(item_type)
        if _is_list(kind) and "metric_id" in typing.get_type_hints(_record_type(kind) or object)
    )


def _record_type(kind: Any) -> type | None:
    """The record a field holds, through ``X | None``, ``tuple[X, ...]`` and ``list[X]``."""
    if is_record(kind):
        return typing.cast(type, kind)
    origin = typing.get_origin(kind)
    if origin in (tuple, list, typing.Union, types.UnionType):
        for argument in typing.get_args(kind):
            found = _record_type(argument)
            if found is not None:
                return found
    return None


class Projection(NamedTuple):
    """The paths a user asked for, checked against a result's fields."""

    paths: tuple[str, ...]

    def select(self, item: Mapping[str, Any]) -> dict[str, Any]:
        """The item (as JSON-ready data) with only the chosen paths, nested as they say."""
        return {key: _select(item.get(key), sub) for key, sub in _tree(self.paths).items()}

    def row(self, item: Mapping[str, Any]) -> dict[str, Any]:
        """One CSV row: each path's value, keyed by the path."""
        return {path: _get(item, path.split(".")) for path in self.paths}

    @property
    def heads(self) -> tuple[str, ...]:
        """The top-level fields the paths start from: only these need turning into data."""
        return tuple(dict.fromkeys(path.split(".", 1)[0] for path in self.paths))


def projection(item_type: Any, asked: Iterable[str], command: str = "") -> Projection:
    """Check the paths a user typed (``a,b`` or repeated options) against the item type."""
    valid = field_paths(item_type)
    paths = [p.strip() for text in asked for p in text.split(",") if p.strip()]
    if not paths:
        raise UnknownField("--fields needs at least one field name")
    for path in paths:
        if path not in valid and not _keyed(item_type, path, valid):
            raise UnknownField(unknown_field(path, valid, command))
    return Projection(tuple(dict.fromkeys(paths)))


def unknown_field(path: str, valid: Sequence[str], command: str = "") -> str:
    """The error for a mistyped field: the three nearest names, and where all are listed."""
    import difflib

    near = difflib.get_close_matches(path, valid, n=3, cutoff=0.5)
    hint = f" Did you mean: {', '.join(near)}?" if near else ""
    listing = f"hubquery schema {command} --fields" if command else "hubquery schema CMD --fields"
    return f"unknown field {path!r}.{hint} '{listing}' lists them all."


def _keyed(item_type: Any, path: str, valid: Sequence[str]) -> bool:
    """``facts.population.value``: a list of figures entered by a metric id."""
    parts = path.split(".")
    for i in range(1, len(parts) - 1):
        if (
            ".".join(parts[:i]) in _by_metric(item_type)
            and ".".join(parts[:i] + parts[i + 1 :]) in valid
        ):
            return True
    return False


def _tree(paths: Sequence[str]) -> dict[str, Any]:
    """``a, b.c, b.d`` → ``{a: None, b: {c: None, d: None}}`` (None: the whole value);
    a whole field wins over parts of it chosen too."""
    tree: dict[str, Any] = {}
    for path in paths:
        node: dict[str, Any] | None = tree
        *parents, last = path.split(".")
        for part in parents:
            assert node is not None
            node = node.setdefault(part, {})
            if node is None:
                break
        else:
            assert node is not None
            node[last] = None
    return tree


def _select(value: Any, tree: dict[str, Any] | None) -> Any:
    if tree is None:
        return value
    if isinstance(value, list):
        return [_select(item, tree) for item in value]
    if not isinstance(value, Mapping):
        return value  # null where a record could be
    return {key: _select(value.get(key), sub) for key, sub in tree.items()}


def _get(value: Any, parts: list[str]) -> Any:
    for i, part in enumerate(parts):
        if isinstance(value, list):
            chosen = [
                item
                for item in value
                if isinstance(item, Mapping) and item.get("metric_id") == part
            ]
            if chosen and part not in chosen[0]:  # a figure entered by its metric
                return _get(chosen[0], parts[i + 1 :])
            return [_get(item, parts[i:]) for item in value]
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def path_rows(paths: Sequence[str], items: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """Each item (a record) as one row of CSV or TSV: each path's value, keyed by the path.

    A path through records only is read from the record's attributes (``attrgetter``
    walks ``hub.id`` in C), and only the value found is turned into data; the item is
    turned into data, and the path walked through it, only where a null, a list or a
    mapping lies on the way. Turning every item into data and walking each path in
    Python made ``list --format tsv`` of 50,000 hubs spend 2.5 times the CPU it did
    (bench/run.py's large-table row; tests/unit/test_fields.py pins the rows to the
    walk through the data)."""
    from hubquery.render.data import SCALARS, jsonable

    split = [(path, path.split("."), attrgetter(path)) for path in paths]
    seen: dict[int, tuple[Any, Any]] = {}
    for item in items:
        if not is_record(type(item)):
            data = jsonable(item, seen)
            yield {path: _get(data, parts) for path, parts, _ in split}
            continue
        row: dict[str, Any] = {}
        data = None
        for path, parts, get in split:
            try:
                value = get(item)
            except AttributeError:  # a null, a list or a mapping on the way
                value = _THROUGH
            if type(value) not in SCALARS:
                if value is _THROUGH or callable(value):  # callable: a tuple's own method
                    if data is None:
                        data = jsonable(item, seen)
                    value = _get(data, parts)
                else:
                    value = jsonable(value, seen)
            row[path] = value
        yield row


_THROUGH = object()  # a path that cannot be read from the record's attributes alone
