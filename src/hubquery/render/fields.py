"""--fields: a result's items cut down to the dotted paths a user names.

The paths are read from the result's item type (record fields, recursively:
``source.id`` is the ``id`` of a fact's ``source``), so they are exactly the keys
``--format jsonl`` prints. A path through a list (``facts.value`` of a listing's
row) selects that field of every element. JSON, JSON Lines and YAML keep the
nesting the paths name (``{"id": …, "source": {"id": …}}``); CSV, TSV and
Markdown have one column per path, headed by the path.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple

from hubquery.records import is_record

_MAX_DEPTH = 6  # result types nest three or four deep; a guard, not a limit anyone meets


class UnknownField(ValueError):
    """A --fields path that the result does not have (a usage error)."""


@cache
def field_paths(item_type: Any) -> tuple[str, ...]:
    """Every dotted path into ``item_type``, parents before their children."""
    return tuple(_paths(item_type, "", 0))


def _paths(kind: Any, prefix: str, depth: int) -> Iterator[str]:
    record = _record_type(kind)
    if record is None or depth > _MAX_DEPTH:
        return
    for name, kind in typing.get_type_hints(record).items():
        path = prefix + name
        yield path
        yield from _paths(kind, path + ".", depth + 1)


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


def projection(item_type: Any, asked: Iterable[str]) -> Projection:
    """Check the paths a user typed (``a,b`` or repeated options) against the item type."""
    import difflib

    valid = field_paths(item_type)
    paths = [p.strip() for text in asked for p in text.split(",") if p.strip()]
    if not paths:
        raise UnknownField("--fields needs at least one field name")
    for path in paths:
        if path not in valid:
            near = difflib.get_close_matches(path, valid, n=1, cutoff=0.6)
            hint = f" Did you mean: {near[0]}?" if near else ""
            raise UnknownField(f"unknown field {path!r}.{hint} Valid fields: {', '.join(valid)}")
    return Projection(tuple(dict.fromkeys(paths)))


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
            return [_get(item, parts[i:]) for item in value]
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value
