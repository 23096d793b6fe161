"""What every part of the compiled dataset's reader (``Store``) shares: the connection,
the as-of day, one condition for many ids, and how a row becomes a record."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from hubquery.records import Hub, Metric, Source
from hubquery.store.schema import (
    _HUB_READ,
    _METRIC_READ,
    _SOURCE_READ,
)

# The hubs a source published by a day (?) names, by a figure or a citation, and the
# hubs above them (so that a hierarchy shown as of a date stays whole).
_NAMED_BY = """WITH RECURSIVE named(id) AS (
    SELECT hub_id FROM facts WHERE known_from <= ?
    UNION SELECT hub FROM citations WHERE known_from <= ?
    UNION SELECT h.parent_id FROM hubs h JOIN named n ON h.id = n.id
        WHERE h.parent_id IS NOT NULL)
    SELECT id FROM named"""


class Dated:
    """The SQL condition that keeps what was published by the as-of day, and its
    parameters (both empty without an as-of day). A plain class: every run makes one,
    and a named tuple would cost it 0.9 M instructions to define."""

    __slots__ = ("parameters", "sql")

    def __init__(self, sql: str, parameters: tuple[str, ...]) -> None:
        self.sql = sql
        self.parameters = parameters


_UNDATED = Dated("", ())


class StoreBase:
    """What every part of ``Store`` shares: the connection, the day it reads as of, and
    how a query keeps only what was published by then."""

    def __init__(self, connection: sqlite3.Connection, as_of: str | None = None) -> None:
        """``as_of`` (an ISO day) restricts every fact, citation, source and count to
        sources that count as published on or before it (see ``known_from``)."""
        self.connection = connection
        self.as_of = as_of
        self._sources: dict[str, Source] = {}

    def _dated(self, alias: str = "", joiner: str = "AND") -> Dated:
        """The SQL condition (and its parameter) that keeps what was published by as_of."""
        if self.as_of is None:
            return _UNDATED
        column = f"{alias}.known_from" if alias else "known_from"
        return Dated(f" {joiner} {column} <= ?", (self.as_of,))

    def count(self, table: str) -> int:
        if table not in ("sources", "metrics", "hubs", "facts"):
            raise ValueError(table)
        dated = self._dated(joiner="WHERE") if table in ("sources", "facts") else _UNDATED
        if table == "hubs" and self.as_of is not None:
            dated = Dated(f" WHERE id IN ({_NAMED_BY})", (self.as_of, self.as_of))
        return int(
            self.connection.execute(
                f"SELECT count(*) FROM {table}{dated.sql}", dated.parameters
            ).fetchone()[0]
        )


def among(column: str, ids: Iterable[Any]) -> tuple[str, tuple[str]]:
    """``column`` in any number of ids, as a condition and its one parameter (SQLite caps
    the number of parameters: the ids go as a JSON array)."""
    return (
        f"{column} IN (SELECT value FROM json_each(?))",
        (json.dumps(list(ids), ensure_ascii=False),),
    )


def _hub(row: Sequence[Any]) -> Hub:
    return Hub._make([read(v) for read, v in zip(_HUB_READ, row, strict=True)])


def _metric(row: Sequence[Any]) -> Metric:
    return Metric._make([read(v) for read, v in zip(_METRIC_READ, row, strict=True)])


def _source(row: Sequence[Any]) -> Source:
    return Source._make([read(v) for read, v in zip(_SOURCE_READ, row, strict=True)])
