"""The compiled dataset: an SQLite database built once from a validated dataset.

Every query reads from here, whether the database is the on-disk cache or, with
``--no-cache``, built in memory for one run. Building is the only place that
touches the pydantic model; reading needs nothing but the standard library and
returns ``records``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import fields
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from hubquery.names import name_key
from hubquery.periods import parse_period
from hubquery.records import Citation, Fact, Hub, Metric, Source

if TYPE_CHECKING:
    from hubquery.models import Dataset

# Bump whenever the tables below change: old caches are then never read.
SCHEMA_VERSION = 2


def _stored(record: type) -> tuple[tuple[str, ...], tuple[Callable[[Any], Any], ...]]:
    """A record's columns, derived from its fields (written once, in ``records``), and
    how each column's value is read back: flags as bool, lists as JSON arrays."""
    names, readers = [], []
    for field in fields(record):
        if field.type == "Source":  # the embedded source is a reference in the table
            continue
        names.append(field.name)
        readers.append(bool if field.type == "bool"
                       else _json_tuple if field.type.startswith("tuple[") else _same)
    return tuple(names), tuple(readers)


def _same(value: Any) -> Any:
    return value


def _json_tuple(value: str | None) -> tuple[Any, ...]:
    return tuple(json.loads(value)) if value else ()


def _encode(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return json.dumps(list(value), ensure_ascii=False) if value else None
    return value


_SOURCE, _SOURCE_READ = _stored(Source)
_METRIC, _METRIC_READ = _stored(Metric)
_HUB, _HUB_READ = _stored(Hub)
_FACT, _FACT_READ = _stored(Fact)

_SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources ({", ".join(_SOURCE)}, ord INTEGER);
CREATE TABLE metrics ({", ".join(_METRIC)}, ord INTEGER);
CREATE TABLE metric_names (key TEXT, metric TEXT, name TEXT, how TEXT);
CREATE TABLE hubs ({", ".join(_HUB)}, ord INTEGER);
CREATE TABLE hub_names (key TEXT, hub TEXT, name TEXT);
CREATE TABLE citations (
    hub TEXT, field TEXT, name TEXT, source_id TEXT, quote TEXT, ord INTEGER);
CREATE TABLE facts (
    ord INTEGER PRIMARY KEY, {", ".join(_FACT)}, source_id TEXT,
    period_start TEXT, period_end TEXT);
"""

_INDEXES = """
CREATE UNIQUE INDEX sources_id ON sources (id);
CREATE UNIQUE INDEX metrics_id ON metrics (id);
CREATE UNIQUE INDEX hubs_id ON hubs (id);
CREATE INDEX hub_names_key ON hub_names (key);
CREATE INDEX hubs_parent ON hubs (parent_id);
CREATE INDEX metric_names_key ON metric_names (key);
CREATE INDEX citations_hub ON citations (hub, field, ord);
CREATE INDEX facts_hub ON facts (hub_id, ord);
CREATE INDEX facts_metric ON facts (metric_id, hub_id);
CREATE INDEX facts_source ON facts (source_id, ord);
CREATE UNIQUE INDEX facts_id ON facts (id);
"""

_FACT_COLUMNS = ", ".join([*(f"f.{n}" for n in _FACT), *(f"s.{n}" for n in _SOURCE)])
_HUB_COLUMNS = ", ".join(_HUB)
_SOURCE_COLUMNS = ", ".join(_SOURCE)
_METRIC_COLUMNS = ", ".join(_METRIC)


def _insert(table: str, count: int) -> str:
    return f"INSERT INTO {table} VALUES ({', '.join('?' * count)})"


def _row(names: Sequence[str], record: Any, **computed: Any) -> tuple[Any, ...]:
    """A record's column values: computed where given, else the model's field of that name."""
    return tuple(_encode(computed[n] if n in computed else getattr(record, n)) for n in names)


def build(connection: sqlite3.Connection, dataset: Dataset, meta: dict[str, str]) -> None:
    """Fill an empty database from a validated dataset (``models``, the document classes)."""
    from hubquery.display import format_fact
    from hubquery.hedges import interval

    connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
    connection.executescript(_SCHEMA)
    kinds = {m.id: m.unit_kind for m in dataset.metrics}
    with connection:
        connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        connection.executemany(
            _insert("sources", len(_SOURCE) + 1),
            ((*_row(_SOURCE, s), i) for i, s in enumerate(dataset.sources)),
        )
        connection.executemany(
            _insert("metrics", len(_METRIC) + 1),
            ((*_row(_METRIC, m), i) for i, m in enumerate(dataset.metrics)),
        )
        connection.executemany(
            "INSERT INTO metric_names VALUES (?, ?, ?, ?)",
            (
                (name_key(name), m.id, name, how)
                for m in dataset.metrics
                for name, how in [(m.id, "id"), (m.label, "label")]
                + [(alias, "alias") for alias in m.aliases]
            ),
        )
        connection.executemany(_insert("hubs", len(_HUB) + 1), _hub_rows(dataset))
        connection.executemany(
            "INSERT INTO hub_names VALUES (?, ?, ?)",
            (
                (name_key(name), h.id, name)
                for h in dataset.hubs
                for name in _hub_names(h.id, h.name, h.name_zh, h.aliases)
            ),
        )
        connection.executemany(
            "INSERT INTO citations VALUES (?, ?, ?, ?, ?, ?)",
            (
                row
                for h in dataset.hubs
                for row in [
                    (h.id, "tag", t.tag, t.source, t.quote, i) for i, t in enumerate(h.tags)
                ] + [
                    (h.id, "organisation", o.name, o.source, o.quote, i)
                    for i, o in enumerate(h.organisations)
                ]
            ),
        )

        def fact_rows() -> Iterator[tuple[Any, ...]]:
            for i, f in enumerate(dataset.facts):
                kind = kinds.get(f.metric)
                bounds = interval(f.value, f.qualifier, kind)
                display = format_fact(f.value, f.unit, f.qualifier, f.status, kind)
                yield (i, *_row(_FACT, f, hub_id=f.hub, metric_id=f.metric, low=bounds.low,
                                high=bounds.high, display=display),
                       f.source, *_period_bounds(f.period))

        connection.executemany(_insert("facts", len(_FACT) + 4), fact_rows())
    connection.executescript(_INDEXES)


@lru_cache(maxsize=4096)
def _period_bounds(period: str) -> tuple[str, str]:
    bounds = parse_period(period)
    return bounds.start, bounds.end


def _hub_names(ident: str, name: str, name_zh: str | None, aliases: Sequence[str]) -> list[str]:
    names = [ident, name, *aliases]
    if name_zh:
        names.append(name_zh)
    return names


def _hub_rows(dataset: Dataset) -> Iterator[tuple[Any, ...]]:
    by_id = {h.id: h for h in dataset.hubs}

    def inherited(ident: str) -> tuple[str | None, str | None]:
        region = country = None
        seen: set[str] = set()
        node = by_id.get(ident)
        while node is not None and node.id not in seen:
            seen.add(node.id)
            region = region or node.region
            if country is None and node.kind == "country":
                country = node.id
            node = by_id.get(node.parent) if node.parent else None
        return region, country

    for i, h in enumerate(dataset.hubs):
        region, country = inherited(h.id)
        tags = list(dict.fromkeys(t.tag for t in h.tags))
        yield (*_row(_HUB, h, parent_id=h.parent, region=region, country_id=country,
                     tags=tags), i)


class Store:
    """Read access to a compiled dataset."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self._sources: dict[str, Source] = {}

    def count(self, table: str) -> int:
        if table not in ("sources", "metrics", "hubs", "facts"):
            raise ValueError(table)
        return int(self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    # Hubs

    def hubs_named(self, key: str) -> list[str]:
        rows = self.connection.execute(
            "SELECT DISTINCT hub FROM hub_names WHERE key = ?", (key,)
        ).fetchall()
        return [row[0] for row in rows]

    def hub_names(self) -> list[tuple[str, str]]:
        """Every (name, hub id) pair, for suggestions and completion."""
        return self.connection.execute("SELECT name, hub FROM hub_names").fetchall()

    def hub(self, ident: str) -> Hub | None:
        row = self.connection.execute(
            f"SELECT {_HUB_COLUMNS} FROM hubs WHERE id = ?", (ident,)
        ).fetchone()
        return None if row is None else _hub(row)

    def hubs(self) -> list[Hub]:
        return self._hubs()

    def _hubs(self, where: str = "", parameters: Sequence[Any] = ()) -> list[Hub]:
        rows = self.connection.execute(
            f"SELECT {_HUB_COLUMNS} FROM hubs {where} ORDER BY ord", parameters
        ).fetchall()
        return [_hub(row) for row in rows]

    def children(self, ident: str) -> list[Hub]:
        return self._hubs("WHERE parent_id = ?", (ident,))

    def ancestors(self, hub: Hub) -> list[Hub]:
        """From the root down to the hub's parent."""
        chain: list[Hub] = []
        seen = {hub.id}
        parent = hub.parent_id
        while parent is not None and parent not in seen:
            seen.add(parent)
            found = self.hub(parent)
            if found is None:
                break
            chain.append(found)
            parent = found.parent_id
        chain.reverse()
        return chain

    def citations(self, hub: str, field: str) -> list[Citation]:
        rows = self.connection.execute(
            "SELECT name, source_id, quote FROM citations WHERE hub = ? AND field = ? ORDER BY ord",
            (hub, field),
        ).fetchall()
        return [Citation(*row) for row in rows]

    # Metrics

    def metrics_named(self, key: str) -> list[tuple[str, str]]:
        """(metric id, how it was matched) for an exact name key."""
        return self.connection.execute(
            "SELECT DISTINCT metric, how FROM metric_names WHERE key = ?", (key,)
        ).fetchall()

    def metric_names(self) -> list[tuple[str, str, str]]:
        """Every (key, metric id, name) triple."""
        return self.connection.execute("SELECT key, metric, name FROM metric_names").fetchall()

    def metric(self, ident: str) -> Metric | None:
        row = self.connection.execute(
            f"SELECT {_METRIC_COLUMNS} FROM metrics WHERE id = ?",
            (ident,),
        ).fetchone()
        return None if row is None else _metric(row)

    def metrics(self) -> list[Metric]:
        rows = self.connection.execute(
            f"SELECT {_METRIC_COLUMNS} FROM metrics ORDER BY ord"
        ).fetchall()
        return [_metric(row) for row in rows]

    # Sources

    def source(self, ident: str) -> Source | None:
        if ident not in self._sources:
            row = self.connection.execute(
                f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE id = ?", (ident,)
            ).fetchone()
            if row is None:
                return None
            self._sources[ident] = _source(row)
        return self._sources[ident]

    def sources(self) -> list[Source]:
        rows = self.connection.execute(
            f"SELECT {_SOURCE_COLUMNS} FROM sources ORDER BY ord"
        ).fetchall()
        return [_source(row) for row in rows]

    def source_ids(self) -> list[str]:
        return [row[0] for row in self.connection.execute("SELECT id FROM sources ORDER BY ord")]

    # Facts

    def _facts(self, where: str = "", parameters: Sequence[Any] = (), order: str = "f.ord",
               limit: int | None = None) -> list[Fact]:
        return list(self._iter_facts(where, parameters, order, limit))

    def iter_facts(self) -> Iterator[Fact]:
        """Every fact in dataset order, one at a time."""
        return self._iter_facts()

    def _iter_facts(self, where: str = "", parameters: Sequence[Any] = (),
                    order: str = "f.ord", limit: int | None = None) -> Iterator[Fact]:
        cursor = self.connection.execute(
            f"SELECT {_FACT_COLUMNS} FROM facts f JOIN sources s ON s.id = f.source_id "
            f"{where} ORDER BY {order}" + ("" if limit is None else f" LIMIT {int(limit)}"),
            parameters,
        )
        sources = self._sources
        split = len(_FACT)
        readers = _FACT_READ
        make: Callable[..., Fact] = Fact
        for row in cursor:
            source = sources.get(row[split])
            if source is None:
                source = sources[row[split]] = _source(row[split:])
            yield make(*[read(v) for read, v in zip(readers, row, strict=False)], source)

    def facts_for_hub(self, hub: str) -> list[Fact]:
        return self._facts("WHERE f.hub_id = ?", (hub,))

    def facts_for_metric(self, metric: str, subjects: bool = False) -> list[Fact]:
        """Figures for one metric: about hubs themselves, and with ``subjects`` also
        about organisations in them."""
        where = "WHERE f.metric_id = ?" + ("" if subjects else " AND f.subject IS NULL")
        return self._facts(where, (metric,), "f.hub_id, f.ord")

    def facts_for_source(self, source: str) -> list[Fact]:
        return self._facts("WHERE f.source_id = ?", (source,))

    def fact(self, ident: str) -> Fact | None:
        found = self._facts("WHERE f.id = ?", (ident,))
        return found[0] if found else None

    def fact_ids(self) -> list[str]:
        return [row[0] for row in self.connection.execute("SELECT id FROM facts ORDER BY ord")]

    def fact_subjects(self) -> list[tuple[str, str]]:
        """Every (subject, hub id) pair: the organisations and programmes figures are about."""
        return self.connection.execute(
            "SELECT DISTINCT subject, hub_id FROM facts WHERE subject IS NOT NULL"
        ).fetchall()

    # Hierarchy, tags and regions

    def descendants(self, ident: str) -> list[str]:
        rows = self.connection.execute(
            "WITH RECURSIVE below(id) AS (SELECT id FROM hubs WHERE parent_id = ? "
            "UNION SELECT h.id FROM hubs h JOIN below b ON h.parent_id = b.id) "
            "SELECT id FROM below",
            (ident,),
        ).fetchall()
        return [row[0] for row in rows]

    def tags(self) -> list[str]:
        rows = self.connection.execute(
            "SELECT DISTINCT name FROM citations WHERE field = 'tag' ORDER BY name"
        ).fetchall()
        return [row[0] for row in rows]

    def hubs_tagged(self, tag: str) -> set[str]:
        rows = self.connection.execute(
            "SELECT DISTINCT hub FROM citations WHERE field = 'tag' AND name = ?", (tag,)
        ).fetchall()
        return {row[0] for row in rows}

    def regions(self) -> list[str]:
        rows = self.connection.execute(
            "SELECT DISTINCT region FROM hubs WHERE region IS NOT NULL ORDER BY region"
        ).fetchall()
        return [row[0] for row in rows]

    def citations_for_source(self, source: str) -> list[tuple[str, str, Citation]]:
        """(hub, field, citation) for every tag and organisation a source supports."""
        rows = self.connection.execute(
            "SELECT hub, field, name, source_id, quote FROM citations WHERE source_id = ? "
            "ORDER BY hub, field, ord", (source,),
        ).fetchall()
        return [(row[0], row[1], Citation(row[2], row[3], row[4])) for row in rows]

    # Counts

    def metric_counts(self) -> dict[str, tuple[int, int]]:
        """metric id → (hubs with a figure for it, figures)."""
        rows = self.connection.execute(
            "SELECT metric_id, count(DISTINCT hub_id), count(*) FROM facts GROUP BY metric_id"
        ).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    def source_counts(self) -> dict[str, tuple[int, int]]:
        """source id → (hubs it gives figures for, figures)."""
        rows = self.connection.execute(
            "SELECT source_id, count(DISTINCT hub_id), count(*) FROM facts GROUP BY source_id"
        ).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    def metric_units(self, metric: str, subjects: bool = False) -> list[str]:
        """The units a metric is recorded in, the most used first."""
        rows = self.connection.execute(
            "SELECT unit FROM facts WHERE metric_id = ? "
            + ("" if subjects else "AND subject IS NULL ") + "GROUP BY unit "
            "ORDER BY count(*) DESC, unit", (metric,),
        ).fetchall()
        return [row[0] for row in rows]

    # Search

    def search_names(self, needle: str) -> list[tuple[str, str]]:
        """(hub, name) for hub names containing the needle (already a name key)."""
        return self.connection.execute(
            "SELECT hub, name FROM hub_names WHERE instr(key, ?) > 0", (needle,)
        ).fetchall()

    def search_citations(self, needle: str) -> list[tuple[str, str, Citation]]:
        rows = self.connection.execute(
            "SELECT hub, field, name, source_id, quote FROM citations "
            "WHERE instr(lower(name), ?) > 0 OR instr(lower(quote), ?) > 0 ORDER BY hub, ord",
            (needle, needle),
        ).fetchall()
        return [(row[0], row[1], Citation(row[2], row[3], row[4])) for row in rows]

    def search_facts(self, needle: str, limit: int) -> list[Fact]:
        return self._facts(
            "WHERE instr(lower(f.quote), ?) > 0 OR instr(lower(f.subject), ?) > 0",
            (needle, needle), limit=limit,
        )


def _hub(row: Sequence[Any]) -> Hub:
    return Hub(*[read(v) for read, v in zip(_HUB_READ, row, strict=True)])


def _metric(row: Sequence[Any]) -> Metric:
    return Metric(*[read(v) for read, v in zip(_METRIC_READ, row, strict=True)])


def _source(row: Sequence[Any]) -> Source:
    return Source(*[read(v) for read, v in zip(_SOURCE_READ, row, strict=True)])
