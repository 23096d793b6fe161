"""The compiled dataset: an SQLite database built once from a validated dataset.

Every query reads from here, whether the database is the on-disk cache or, with
``--no-cache``, built in memory for one run. Building is the only place that
touches the pydantic model; reading needs nothing but the standard library and
returns ``records``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from hubquery.names import name_key
from hubquery.periods import parse_period
from hubquery.records import Citation, Fact, Hub, Metric, Source

if TYPE_CHECKING:
    from hubquery.models import Dataset

# Bump whenever the tables below change: old caches are then never read.
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (
    id TEXT PRIMARY KEY, title TEXT, publisher TEXT, author TEXT, published TEXT,
    date_inferred INTEGER, date_note TEXT, url TEXT, note TEXT, ord INTEGER);
CREATE TABLE metrics (
    id TEXT PRIMARY KEY, label TEXT, description TEXT, unit_kind TEXT, aliases TEXT,
    ord INTEGER);
CREATE TABLE metric_names (key TEXT, metric TEXT, name TEXT, how TEXT);
CREATE TABLE hubs (
    id TEXT PRIMARY KEY, name TEXT, name_zh TEXT, kind TEXT, parent TEXT, aliases TEXT,
    region TEXT, country TEXT, tags TEXT, ord INTEGER);
CREATE TABLE hub_names (key TEXT, hub TEXT, name TEXT);
CREATE TABLE citations (
    hub TEXT, field TEXT, name TEXT, source TEXT, quote TEXT, ord INTEGER);
CREATE TABLE facts (
    ord INTEGER PRIMARY KEY, id TEXT, hub TEXT, metric TEXT, subject TEXT, value,
    unit TEXT, qualifier TEXT, period TEXT, period_start TEXT, period_end TEXT,
    status TEXT, basis TEXT, note TEXT, quote TEXT, derived INTEGER, method TEXT,
    inputs TEXT, source TEXT);
"""

_INDEXES = """
CREATE INDEX hub_names_key ON hub_names (key);
CREATE INDEX hubs_parent ON hubs (parent);
CREATE INDEX metric_names_key ON metric_names (key);
CREATE INDEX citations_hub ON citations (hub, field, ord);
CREATE INDEX facts_hub ON facts (hub, ord);
CREATE INDEX facts_metric ON facts (metric, hub);
CREATE INDEX facts_source ON facts (source, ord);
CREATE UNIQUE INDEX facts_id ON facts (id);
"""

_FACT_COLUMNS = (
    "f.id, f.hub, f.metric, f.subject, f.value, f.unit, f.qualifier, f.period, f.status, "
    "f.basis, f.note, f.quote, f.derived, f.method, f.inputs, "
    "s.id, s.title, s.publisher, s.author, s.published, s.date_inferred, s.date_note, "
    "s.url, s.note"
)
_HUB_COLUMNS = "id, name, name_zh, kind, parent, aliases, region, country, tags"
_SOURCE_COLUMNS = (
    "id, title, publisher, author, published, date_inferred, date_note, url, note"
)


def build(connection: sqlite3.Connection, dataset: Dataset, meta: dict[str, str]) -> None:
    """Fill an empty database from a validated dataset."""
    connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
    connection.executescript(_SCHEMA)
    with connection:
        connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        connection.executemany(
            "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (s.id, s.title, s.publisher, s.author, s.published, s.date_inferred,
                 s.date_note, s.url, s.note, i)
                for i, s in enumerate(dataset.sources)
            ),
        )
        connection.executemany(
            "INSERT INTO metrics VALUES (?, ?, ?, ?, ?, ?)",
            (
                (m.id, m.label, m.description, m.unit_kind, json.dumps(m.aliases), i)
                for i, m in enumerate(dataset.metrics)
            ),
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
        connection.executemany(
            f"INSERT INTO hubs ({_HUB_COLUMNS}, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _hub_rows(dataset),
        )
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
        connection.executemany(
            "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (i, f.id, f.hub, f.metric, f.subject, f.value, f.unit, f.qualifier, f.period,
                 *_period_bounds(f.period), f.status, f.basis, f.note, f.quote, f.derived,
                 f.method, json.dumps(f.inputs) if f.inputs else None, f.source)
                for i, f in enumerate(dataset.facts)
            ),
        )
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
        yield (h.id, h.name, h.name_zh, h.kind, h.parent, json.dumps(h.aliases, ensure_ascii=False),
               region, country, json.dumps(tags), i)


class Store:
    """Read access to a compiled dataset."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self._sources: dict[str, Source] = {}

    def close(self) -> None:
        self.connection.close()

    def meta(self, key: str) -> str | None:
        row = self.connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

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

    def hubs(self, where: str = "", parameters: Sequence[Any] = ()) -> list[Hub]:
        rows = self.connection.execute(
            f"SELECT {_HUB_COLUMNS} FROM hubs {where} ORDER BY ord", parameters
        ).fetchall()
        return [_hub(row) for row in rows]

    def children(self, ident: str) -> list[Hub]:
        return self.hubs("WHERE parent = ?", (ident,))

    def ancestors(self, hub: Hub) -> list[Hub]:
        """From the root down to the hub's parent."""
        chain: list[Hub] = []
        seen = {hub.id}
        parent = hub.parent
        while parent is not None and parent not in seen:
            seen.add(parent)
            found = self.hub(parent)
            if found is None:
                break
            chain.append(found)
            parent = found.parent
        chain.reverse()
        return chain

    def citations(self, hub: str, field: str) -> list[Citation]:
        rows = self.connection.execute(
            "SELECT name, source, quote FROM citations WHERE hub = ? AND field = ? ORDER BY ord",
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
            "SELECT id, label, description, unit_kind, aliases FROM metrics WHERE id = ?",
            (ident,),
        ).fetchone()
        return None if row is None else _metric(row)

    def metrics(self) -> list[Metric]:
        rows = self.connection.execute(
            "SELECT id, label, description, unit_kind, aliases FROM metrics ORDER BY ord"
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

    def facts(self, where: str = "", parameters: Sequence[Any] = (),
              order: str = "f.ord") -> list[Fact]:
        return list(self.iter_facts(where, parameters, order))

    def iter_facts(self, where: str = "", parameters: Sequence[Any] = (),
                   order: str = "f.ord") -> Iterator[Fact]:
        cursor = self.connection.execute(
            f"SELECT {_FACT_COLUMNS} FROM facts f JOIN sources s ON s.id = f.source "
            f"{where} ORDER BY {order}",
            parameters,
        )
        sources = self._sources
        for row in cursor:
            source = sources.get(row[15])
            if source is None:
                source = sources[row[15]] = _source(row[15:])
            yield Fact(
                row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                row[9], row[10], row[11], bool(row[12]), row[13],
                tuple(json.loads(row[14])) if row[14] else (), source,
            )

    def facts_for_hub(self, hub: str) -> list[Fact]:
        return self.facts("WHERE f.hub = ?", (hub,))

    def facts_for_metric(self, metric: str) -> list[Fact]:
        """Figures about hubs themselves (not their organisations) for one metric."""
        return self.facts("WHERE f.metric = ? AND f.subject IS NULL", (metric,), "f.hub, f.ord")

    def facts_for_source(self, source: str) -> list[Fact]:
        return self.facts("WHERE f.source = ?", (source,))

    # Hierarchy, tags and regions

    def descendants(self, ident: str) -> list[str]:
        rows = self.connection.execute(
            "WITH RECURSIVE below(id) AS (SELECT id FROM hubs WHERE parent = ? "
            "UNION SELECT h.id FROM hubs h JOIN below b ON h.parent = b.id) SELECT id FROM below",
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
            "SELECT hub, field, name, source, quote FROM citations WHERE source = ? "
            "ORDER BY hub, field, ord", (source,),
        ).fetchall()
        return [(row[0], row[1], Citation(row[2], row[3], row[4])) for row in rows]

    # Counts

    def metric_counts(self) -> dict[str, tuple[int, int]]:
        """metric id → (hubs with a figure for it, figures)."""
        rows = self.connection.execute(
            "SELECT metric, count(DISTINCT hub), count(*) FROM facts GROUP BY metric"
        ).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    def source_counts(self) -> dict[str, tuple[int, int]]:
        """source id → (hubs it gives figures for, figures)."""
        rows = self.connection.execute(
            "SELECT source, count(DISTINCT hub), count(*) FROM facts GROUP BY source"
        ).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    def metric_units(self, metric: str) -> list[str]:
        rows = self.connection.execute(
            "SELECT unit FROM facts WHERE metric = ? AND subject IS NULL GROUP BY unit "
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
            "SELECT hub, field, name, source, quote FROM citations "
            "WHERE instr(lower(name), ?) > 0 OR instr(lower(quote), ?) > 0 ORDER BY hub, ord",
            (needle, needle),
        ).fetchall()
        return [(row[0], row[1], Citation(row[2], row[3], row[4])) for row in rows]

    def search_facts(self, needle: str, limit: int) -> list[Fact]:
        return self.facts(
            "WHERE instr(lower(f.quote), ?) > 0 OR instr(lower(f.subject), ?) > 0",
            (needle, needle), f"f.ord LIMIT {int(limit)}",
        )


def _hub(row: Sequence[Any]) -> Hub:
    return Hub(row[0], row[1], row[2], row[3], row[4], tuple(json.loads(row[5])), row[6],
               row[7], tuple(json.loads(row[8])))


def _metric(row: Sequence[Any]) -> Metric:
    return Metric(row[0], row[1], row[2], row[3], tuple(json.loads(row[4])))


def _source(row: Sequence[Any]) -> Source:
    return Source(row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6], row[7], row[8])
