"""Reading hubs, metrics, sources and citations from the compiled dataset."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from hubquery.records import CitedName, Hub, Metric, Source
from hubquery.store.base import _NAMED_BY, StoreBase, _hub, _metric, _source, among
from hubquery.store.schema import (
    _HUB_COLUMNS,
    _METRIC_COLUMNS,
    _SOURCE_COLUMNS,
)


class Places(StoreBase):
    """Hubs, metrics, sources and the citations of tags and organisations."""

    # Hubs

    def hubs_named(self, key: str) -> list[str]:
        rows = self.connection.execute(
            "SELECT DISTINCT hub FROM hub_names WHERE key = ?", (key,)
        ).fetchall()
        return [row[0] for row in rows]

    def hub_name_begins(self, text: str) -> bool:
        """Whether any hub's name key begins with ``text`` (an index range, not a scan)."""
        row = self.connection.execute(
            "SELECT 1 FROM hub_names WHERE key >= ? AND key < ? LIMIT 1",
            (text, text + "\U0010ffff"),
        ).fetchone()
        return row is not None

    def hub_keys_from(self, first: str) -> list[tuple[str, str]]:
        """Every (name key, hub id) pair whose key sorts at or after ``first`` (Chinese
        names, from U+3400): an index range."""
        return self.connection.execute(
            "SELECT key, hub FROM hub_names WHERE key >= ?", (first,)
        ).fetchall()

    def hub_names(self) -> list[tuple[str, str]]:
        """Every (name, hub id) pair, for suggestions and completion: each hub's names
        once, in order (kept once, in the hubs' search rows)."""
        return self.connection.execute(
            "SELECT name, hub FROM search_items WHERE kind = 'hub' ORDER BY rowid"
        ).fetchall()

    def hub(self, ident: str) -> Hub | None:
        row = self.connection.execute(
            f"SELECT {_HUB_COLUMNS} FROM hubs WHERE id = ?", (ident,)
        ).fetchone()
        return None if row is None else self._hub(row)

    def hubs(self) -> list[Hub]:
        """Every hub; as of a date, only those a source of that date names (by a figure,
        a tag or an organisation), with the hubs above them."""
        if self.as_of is None:
            return self._hubs()
        return self._hubs(f"WHERE id IN ({_NAMED_BY})", (self.as_of, self.as_of))

    def _hubs(self, where: str = "", parameters: Sequence[Any] = ()) -> list[Hub]:
        rows = self.connection.execute(
            f"SELECT {_HUB_COLUMNS} FROM hubs {where} ORDER BY ord", parameters
        ).fetchall()
        return [self._hub(row) for row in rows]

    def _hub(self, row: Sequence[Any]) -> Hub:
        hub = _hub(row)
        if self.as_of is None or not hub.tags:
            return hub
        # Tags are cited: as of a date, a hub has only the tags cited by then.
        cited = self.citations(hub.id, "tag")
        return hub._replace(tags=tuple(dict.fromkeys(c.name for c in cited)))

    def region_hubs(self) -> list[Hub]:
        """The hubs of kind region (a handful in any dataset), for compare's see-also."""
        return self._hubs("WHERE kind = 'region'")

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

    def hubs_by_id(self, ids: Iterable[str]) -> list[Hub]:
        """The hubs named, in dataset order."""
        condition, parameters = among("id", ids)
        rows = self.connection.execute(
            f"SELECT {_HUB_COLUMNS} FROM hubs WHERE {condition} ORDER BY ord", parameters
        )
        return [self._hub(row) for row in rows]

    def citations(self, hub: str, field: str) -> list[CitedName]:
        dated = self._dated()
        rows = self.connection.execute(
            "SELECT name, source_id, quote, note FROM citations WHERE hub = ? AND field = ?"
            f"{dated.sql} ORDER BY ord",
            (hub, field, *dated.parameters),
        ).fetchall()
        return [CitedName._make(row) for row in rows]

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

    def metrics_by_id(self, ids: Iterable[str]) -> list[Metric]:
        """The metrics named that exist, in the order named: one query, however many."""
        wanted = list(dict.fromkeys(ids))
        condition, parameters = among("id", wanted)
        rows = self.connection.execute(
            f"SELECT {_METRIC_COLUMNS} FROM metrics WHERE {condition}", parameters
        ).fetchall()
        found = {metric.id: metric for metric in map(_metric, rows)}
        return [found[ident] for ident in wanted if ident in found]

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
        dated = self._dated(joiner="WHERE")
        rows = self.connection.execute(
            f"SELECT {_SOURCE_COLUMNS} FROM sources{dated.sql} ORDER BY ord", dated.parameters
        ).fetchall()
        return [_source(row) for row in rows]

    def source_ids(self) -> list[str]:
        dated = self._dated(joiner="WHERE")
        return [
            row[0]
            for row in self.connection.execute(
                f"SELECT id FROM sources{dated.sql} ORDER BY ord", dated.parameters
            )
        ]

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
            f"SELECT DISTINCT name FROM citations WHERE field = 'tag'{self._dated().sql} "
            "ORDER BY name",
            self._dated().parameters,
        ).fetchall()
        return [row[0] for row in rows]

    def hubs_tagged(self, tag: str) -> set[str]:
        rows = self.connection.execute(
            f"SELECT DISTINCT hub FROM citations WHERE field = 'tag' AND name = ?"
            f"{self._dated().sql}",
            (tag, *self._dated().parameters),
        ).fetchall()
        return {row[0] for row in rows}

    def regions(self) -> list[str]:
        rows = self.connection.execute(
            "SELECT DISTINCT region FROM hubs WHERE region IS NOT NULL ORDER BY region"
        ).fetchall()
        return [row[0] for row in rows]

    def citations_for_source(self, source: str) -> list[tuple[str, str, CitedName]]:
        """(hub, field, citation) for every tag and organisation a source supports."""
        rows = self.connection.execute(
            "SELECT hub, field, name, source_id, quote, note FROM citations WHERE source_id = ?"
            f"{self._dated().sql} ORDER BY hub, field, ord",
            (source, *self._dated().parameters),
        ).fetchall()
        return [(hub, field, CitedName._make(cited)) for hub, field, *cited in rows]

    def iter_citations(self, field: str) -> Iterator[tuple[str, CitedName]]:
        """(hub, citation) for every tag (``field`` "tag") or organisation, hub by hub."""
        dated = self._dated("c")
        cursor = self.connection.execute(
            "SELECT c.hub, c.name, c.source_id, c.quote, c.note FROM citations c "
            f"JOIN hubs h ON h.id = c.hub WHERE c.field = ?{dated.sql} ORDER BY h.ord, c.ord",
            (field, *dated.parameters),
        )
        return ((hub, CitedName._make(cited)) for hub, *cited in cursor)

    def dataset_info(self) -> dict[str, str]:
        """What the cache records about its dataset: path, sha256, hubquery version …"""
        return dict(self.connection.execute("SELECT key, value FROM meta").fetchall())

    # Counts

    def metric_counts(self) -> dict[str, tuple[int, int]]:
        """metric id → (hubs with a figure for it, figures)."""
        rows = self.connection.execute(
            "SELECT metric_id, count(DISTINCT hub_id), count(*) FROM facts"
            f"{self._dated(joiner='WHERE').sql} GROUP BY metric_id",
            self._dated().parameters,
        ).fetchall()
        return {ident: (hubs, figures) for ident, hubs, figures in rows}

    def source_counts(self) -> dict[str, tuple[int, int]]:
        """source id → (hubs it supports a figure, tag or organisation for, figures)."""
        rows = self.connection.execute(
            "SELECT source_id, count(DISTINCT hub), sum(figure) FROM ("
            "SELECT source_id, hub_id AS hub, 1 AS figure, known_from FROM facts "
            "UNION ALL SELECT source_id, hub, 0, known_from FROM citations)"
            f"{self._dated(joiner='WHERE').sql} GROUP BY source_id",
            self._dated().parameters,
        ).fetchall()
        return {ident: (hubs, figures) for ident, hubs, figures in rows}
