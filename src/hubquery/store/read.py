"""Read access to a compiled dataset (``Store``): every query reads through it, and it
needs nothing but the standard library and ``records``."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any

from hubquery.names import fold
from hubquery.records import Citation, Fact, Hub, LatestFigure, Metric, Source
from hubquery.store.schema import (
    _FACT,
    _FACT_COLUMNS,
    _FACT_COLUMNS_UNQUOTED,
    _FACT_READ,
    _FACT_SHARED,
    _HUB_COLUMNS,
    _HUB_READ,
    _KIND,
    _METRIC_COLUMNS,
    _METRIC_READ,
    _PREFERRED,
    _RANKED,
    _SEARCH_OTHERS,
    _SOURCE_COLUMNS,
    _SOURCE_READ,
    _same,
    fact_search_text,
)

# Matching figures past those shown are counted up to this many, then said as "more than".
SEARCH_COUNT_LIMIT = 10_000


# What ``Store.search`` finds: the best hits that are not figures, as (kind, hub, hub's
# name, ref, name, text shown, score), and how many there are; the ids of the first
# figures, and how many there are, and whether exactly (else: more than that).
SearchRows = tuple[list[tuple[Any, ...]], int, list[str], int, bool]


# The hubs a source published by a day (?) names, by a figure or a citation, and the
# hubs above them (so that a hierarchy shown as of a date stays whole).
_NAMED_BY = """WITH RECURSIVE named(id) AS (
    SELECT hub_id FROM facts WHERE known_from <= ?
    UNION SELECT hub FROM citations WHERE known_from <= ?
    UNION SELECT h.parent_id FROM hubs h JOIN named n ON h.id = n.id
        WHERE h.parent_id IS NOT NULL)
    SELECT id FROM named"""


class Store:
    """Read access to a compiled dataset."""

    def __init__(self, connection: sqlite3.Connection, as_of: str | None = None) -> None:
        """``as_of`` (an ISO day) restricts every fact, citation, source and count to
        sources that count as published on or before it (see ``known_from``)."""
        self.connection = connection
        self.as_of = as_of
        self._sources: dict[str, Source] = {}

    def _dated(self, alias: str = "", joiner: str = "AND") -> tuple[str, tuple[str, ...]]:
        """The SQL condition (and its parameter) that keeps what was published by as_of."""
        if self.as_of is None:
            return "", ()
        column = f"{alias}.known_from" if alias else "known_from"
        return f" {joiner} {column} <= ?", (self.as_of,)

    def count(self, table: str) -> int:
        if table not in ("sources", "metrics", "hubs", "facts"):
            raise ValueError(table)
        dated, parameters = (
            self._dated(joiner="WHERE") if table in ("sources", "facts") else ("", ())
        )
        if table == "hubs" and self.as_of is not None:
            dated, parameters = f" WHERE id IN ({_NAMED_BY})", (self.as_of, self.as_of)
        return int(
            self.connection.execute(f"SELECT count(*) FROM {table}{dated}", parameters).fetchone()[
                0
            ]
        )

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

    def citations(self, hub: str, field: str) -> list[Citation]:
        dated, as_of = self._dated()
        rows = self.connection.execute(
            "SELECT name, source_id, quote, note FROM citations WHERE hub = ? AND field = ?"
            f"{dated} ORDER BY ord",
            (hub, field, *as_of),
        ).fetchall()
        return [Citation._make(row) for row in rows]

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
        rows = self.connection.execute(
            f"SELECT {_METRIC_COLUMNS} FROM metrics WHERE id {_IN_MANY}", (_many(wanted),)
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
        dated, as_of = self._dated(joiner="WHERE")
        rows = self.connection.execute(
            f"SELECT {_SOURCE_COLUMNS} FROM sources{dated} ORDER BY ord", as_of
        ).fetchall()
        return [_source(row) for row in rows]

    def source_ids(self) -> list[str]:
        dated, as_of = self._dated(joiner="WHERE")
        return [
            row[0]
            for row in self.connection.execute(f"SELECT id FROM sources{dated} ORDER BY ord", as_of)
        ]

    # Facts

    def _facts(
        self,
        where: str = "",
        parameters: Sequence[Any] = (),
        order: str = "f.ord",
        limit: int | None = None,
    ) -> list[Fact]:
        return list(self._iter_facts(where, parameters, order, limit))

    def iter_facts(
        self,
        *,
        hub_ids: Collection[str] | None = None,
        metric_ids: Collection[str] | None = None,
        source_ids: Collection[str] | None = None,
    ) -> Iterator[Fact]:
        """Facts in dataset order, one at a time: every one, or those of any of the hubs,
        metrics and sources given (each filter that is not None must hold)."""
        clauses: list[str] = []
        parameters: list[str] = []
        for column, wanted in (
            ("f.hub_id", hub_ids),
            ("f.metric_id", metric_ids),
            ("f.source_id", source_ids),
        ):
            if wanted is not None:
                values = list(dict.fromkeys(wanted))
                clauses.append(f"{column} {_IN_MANY}")
                parameters.append(_many(values))
        where = "WHERE " + " AND ".join(clauses) if clauses else ""
        return self._iter_facts(where, parameters)

    def _iter_facts(
        self,
        where: str = "",
        parameters: Sequence[Any] = (),
        order: str = "f.ord",
        limit: int | None = None,
        columns: str = _FACT_COLUMNS,
    ) -> Iterator[Fact]:
        dated, as_of = self._dated("f", "AND" if where else "WHERE")
        cursor = self.connection.execute(
            f"SELECT {columns} FROM facts f JOIN sources s ON s.id = f.source_id "
            f"{where}{dated} ORDER BY {order}" + ("" if limit is None else f" LIMIT {int(limit)}"),
            (*parameters, *as_of),
        )
        sources = self._sources
        split = len(_FACT)
        # Only the columns that need reading back (flags, lists) go through a reader;
        # the others are passed as SQLite gives them (a fact has 20 fields, 3 of them).
        converted = [(i, read) for i, read in enumerate(_FACT_READ) if read is not _same]
        if columns is _FACT_COLUMNS_UNQUOTED:
            # Read to be held (a profile's notes): the words many figures share (hub,
            # metric, unit, period …) are kept once, not once per figure.
            shared: dict[Any, Any] = {}
            converted += [
                (_FACT.index(name), lambda v: shared.setdefault(v, v)) for name in _FACT_SHARED
            ]
        make = Fact._make
        for row in cursor:
            source = sources.get(row[split])
            if source is None:
                source = sources[row[split]] = _source(row[split:])
            values = list(row[:split])
            for i, read in converted:
                values[i] = read(values[i])
            values.append(source)
            yield make(values)

    def facts_for_hub(self, hub: str) -> list[Fact]:
        return self._facts("WHERE f.hub_id = ?", (hub,))

    def profile_facts(self, hub: str, quotes: bool = True) -> Iterator[Fact]:
        """A hub's figures in the order its profile shows them, one at a time: about the
        hub itself first, then about organisations in it; grouped by (subject, metric) in
        order of first mention; oldest period first; then in dataset order.
        ``quotes`` False reads each figure without its quote and note (None), for a pass
        that needs neither: a hub of 100,000 figures then holds a fraction of them."""
        return self._iter_facts(
            "WHERE f.hub_id = ?",
            (hub,),
            "f.subject IS NOT NULL, min(f.ord) OVER (PARTITION BY f.subject, f.metric_id), "
            "f.period, f.ord",
            columns=_FACT_COLUMNS if quotes else _FACT_COLUMNS_UNQUOTED,
        )

    def hub_fact_count(self, hub: str) -> int:
        dated, as_of = self._dated()
        return int(
            self.connection.execute(
                f"SELECT count(*) FROM facts WHERE hub_id = ?{dated}", (hub, *as_of)
            ).fetchone()[0]
        )

    def hubs_that_may(
        self, metric: str, unit: str | None, operator: str, number: float
    ) -> set[str]:
        """Hubs with a figure of the metric (about the hub itself) whose interval may
        satisfy ``x OP number``: a superset of those whose latest figure does, found
        through the (metric, low) and (metric, high) indexes."""
        clauses = {
            ">": ["high > ?"],
            ">=": ["high >= ?"],
            "<": ["low < ?"],
            "<=": ["low <= ?"],
            "=": ["low <= ? AND high >= ?"],
        }
        clauses["=="] = clauses["="]
        if operator not in clauses:
            return {
                row[0]
                for row in self.connection.execute(
                    f"SELECT DISTINCT hub_id FROM facts WHERE metric_id = ?{self._dated()[0]}",
                    (metric, *self._dated()[1]),
                )
            }
        # The figures open at the end the condition reaches for, each a range scan of its
        # own index (an OR of them would walk every figure of the metric).
        unbounded = {
            ">": ["high IS NULL"],
            ">=": ["high IS NULL"],
            "<": ["low IS NULL"],
            "<=": ["low IS NULL"],
            "=": ["low IS NULL", "high IS NULL"],
        }
        unbounded["=="] = unbounded["="]
        base = (
            "SELECT hub_id FROM facts WHERE metric_id = ? AND subject IS NULL"
            + ("" if unit is None else " AND unit = ?")
            + self._dated()[0]
        )
        head: tuple[Any, ...] = ((metric,) if unit is None else (metric, unit)) + self._dated()[1]
        bound = clauses[operator][0]
        scans = [f"{base} AND {bound}", *(f"{base} AND {end}" for end in unbounded[operator])]
        parameters = [*head, *(number,) * bound.count("?")] + [*head] * (len(scans) - 1)
        rows = self.connection.execute(" UNION ".join(scans), parameters).fetchall()
        return {row[0] for row in rows}

    def hubs_by_id(self, ids: Iterable[str]) -> list[Hub]:
        """The hubs named, in dataset order."""
        rows = self.connection.execute(
            f"SELECT {_HUB_COLUMNS} FROM hubs WHERE id {_IN_MANY} ORDER BY ord", (_many(ids),)
        )
        return [self._hub(row) for row in rows]

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
            f"SELECT DISTINCT name FROM citations WHERE field = 'tag'{self._dated()[0]} "
            "ORDER BY name",
            self._dated()[1],
        ).fetchall()
        return [row[0] for row in rows]

    def hubs_tagged(self, tag: str) -> set[str]:
        rows = self.connection.execute(
            f"SELECT DISTINCT hub FROM citations WHERE field = 'tag' AND name = ?"
            f"{self._dated()[0]}",
            (tag, *self._dated()[1]),
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
            "SELECT hub, field, name, source_id, quote, note FROM citations WHERE source_id = ?"
            f"{self._dated()[0]} ORDER BY hub, field, ord",
            (source, *self._dated()[1]),
        ).fetchall()
        return [(row[0], row[1], Citation._make(row[2:])) for row in rows]

    def iter_citations(self, field: str) -> Iterator[tuple[str, Citation]]:
        """(hub, citation) for every tag (``field`` "tag") or organisation, hub by hub."""
        dated, as_of = self._dated("c")
        cursor = self.connection.execute(
            "SELECT c.hub, c.name, c.source_id, c.quote, c.note FROM citations c "
            f"JOIN hubs h ON h.id = c.hub WHERE c.field = ?{dated} ORDER BY h.ord, c.ord",
            (field, *as_of),
        )
        return ((row[0], Citation._make(row[1:])) for row in cursor)

    def dataset_info(self) -> dict[str, str]:
        """What the cache records about its dataset: path, sha256, hubquery version …"""
        return dict(self.connection.execute("SELECT key, value FROM meta").fetchall())

    # Counts

    def metric_counts(self) -> dict[str, tuple[int, int]]:
        """metric id → (hubs with a figure for it, figures)."""
        rows = self.connection.execute(
            "SELECT metric_id, count(DISTINCT hub_id), count(*) FROM facts"
            f"{self._dated(joiner='WHERE')[0]} GROUP BY metric_id",
            self._dated()[1],
        ).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    def source_counts(self) -> dict[str, tuple[int, int]]:
        """source id → (hubs it supports a figure, tag or organisation for, figures)."""
        rows = self.connection.execute(
            "SELECT source_id, count(DISTINCT hub), sum(figure) FROM ("
            "SELECT source_id, hub_id AS hub, 1 AS figure, known_from FROM facts "
            "UNION ALL SELECT source_id, hub, 0, known_from FROM citations)"
            f"{self._dated(joiner='WHERE')[0]} GROUP BY source_id",
            self._dated()[1],
        ).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    def metric_units(self, metric: str, subjects: bool = False) -> list[str]:
        """The units a metric is recorded in, the most used first."""
        if self.as_of is None:
            count = "facts" if subjects else "hub_facts"
            return [
                row[0]
                for row in self.connection.execute(
                    f"SELECT unit FROM units WHERE metric_id = ? AND {count} > 0 "
                    f"ORDER BY {count} DESC, unit",
                    (metric,),
                )
            ]
        rows = self.connection.execute(
            "SELECT unit FROM facts WHERE metric_id = ? "
            + ("" if subjects else "AND subject IS NULL ")
            + self._dated()[0]
            + " GROUP BY unit "
            "ORDER BY count(*) DESC, unit",
            (metric, *self._dated()[1]),
        ).fetchall()
        return [row[0] for row in rows]

    # Search

    def search(
        self, needle: str, key: str, limit: int, count_limit: int | None = None
    ) -> SearchRows:
        """What contains ``needle`` (folded text; ``key``: the same as a name key), each
        kind limited in SQL: the best ``limit`` hits of names, tags, organisations,
        metrics and sources (scored, one per thing, ordered as ``query.search`` shows
        them) with how many there are, and the first ``limit`` figures' ids with how many
        there are, counted up to ``count_limit`` (``facts_exact`` false: more than that).

        Three characters or more use the trigram indexes; shorter needles (``成都``) scan.
        The figures are read in dataset order, as the index gives them, so they stop at
        the limit, and are counted past it only up to ``count_limit``."""
        # Each figure proposed is confirmed against its folded text (``fact_index``
        # keeps neither the text nor where each trigram is), in Python: only those read.
        confirmed = "instr(hubquery_fact_text(f.subject, f.quote), ?) > 0"
        if len(needle) >= 3:
            # In the index's own rowid order, which it gives as it finds them (ordered by
            # the items' rowid, SQLite would sort every match first).
            source = (
                "search_index x JOIN search_items i ON i.rowid = x.rowid WHERE search_index MATCH ?"
            )
            parameter = '"' + needle.replace('"', '""') + '"'
            # The facts that have every trigram of the needle.
            trigrams = dict.fromkeys(needle[i : i + 3] for i in range(len(needle) - 2))
            figures = (
                "fact_index t JOIN facts f ON f.ord = t.rowid WHERE fact_index MATCH ? "
                f"AND {confirmed}"
            )
            proposing: tuple[str, ...] = (
                " AND ".join('"' + t.replace('"', '""') + '"' for t in trigrams),
            )
            order = "t.rowid"
        else:
            source = "search_items i WHERE instr(i.text, ?) > 0"
            parameter = needle
            # A short needle is letters and digits: ASCII text folds to hold it exactly
            # where its lower case holds it (a scan in C); other text may fold into it
            # (ｄａ, ﬁ, 成都), so only that is confirmed in Python.
            # (A text is not ASCII where it has fewer characters than bytes.)
            proposed = " OR ".join(
                f"instr(lower(f.{c}), ?) OR length(CAST(f.{c} AS BLOB)) > length(f.{c})"
                for c in ("subject", "quote")
            )
            figures = f"facts f WHERE ({proposed}) AND {confirmed}"
            proposing, order = (needle, needle), "f.ord"
        if self.as_of is not None:  # names and metrics are always known
            source += " AND (i.known_from IS NULL OR i.known_from <= ?)"
            figures += " AND f.known_from <= ?"
        dated = self._dated()[1]
        self.connection.create_function("hubquery_fold", 1, fold, deterministic=True)
        self.connection.create_function(
            "hubquery_fact_text", 2, fact_search_text, deterministic=True
        )
        others = self.connection.execute(
            _SEARCH_OTHERS.format(source=source),
            (parameter, *dated, key, key, key, needle, limit),
        ).fetchall()
        facts = [
            row[0]
            for row in self.connection.execute(
                f"SELECT f.id FROM {figures} ORDER BY {order} LIMIT ?",
                (*proposing, needle, *dated, limit + 1),
            )
        ]
        if len(facts) <= limit:
            count, exact = len(facts), True
        else:
            facts.pop()
            cap = max(SEARCH_COUNT_LIMIT if count_limit is None else count_limit, limit)
            total = int(
                self.connection.execute(
                    f"SELECT count(*) FROM (SELECT 1 FROM {figures} LIMIT ?)",
                    (*proposing, needle, *dated, cap + 1),
                ).fetchone()[0]
            )
            count, exact = min(total, cap), total <= cap
        return ([row[:-1] for row in others], others[0][-1] if others else 0, facts, count, exact)

    def ranked(
        self, metric: str, unit: str, ascending: bool, limit: int | None
    ) -> tuple[list[LatestFigure], int]:
        """A ranking's entries as ``latest_in_unit`` gives them, ordered by value (ties in
        the order hubs first appear), the first ``limit`` of them; and how many there are.
        Without --as-of the top comes straight from the ``latest`` table's index."""
        if self.as_of is not None or limit is None:
            entries = self.latest_in_unit(metric, unit)
            entries.sort(key=lambda e: e.value, reverse=not ascending)
            return (entries if limit is None else entries[:limit]), len(entries)
        direction = "ASC" if ascending else "DESC"
        rows = self.connection.execute(
            f"SELECT {_RANKED} FROM latest WHERE metric_id = ? AND unit = ? "
            f"ORDER BY value {direction}, hub_id, first LIMIT ?",
            (metric, unit, limit),
        )
        # Stored when the cache was built: counting a ranking of 250,000 hubs reads them all.
        total = self.connection.execute(
            "SELECT entries FROM latest_counts WHERE metric_id = ? AND unit = ?", (metric, unit)
        )
        found = total.fetchone()
        return list(map(LatestFigure._make, rows)), 0 if found is None else int(found[0])

    def reaching(
        self, metric: str, unit: str, shown: Sequence[int], ascending: bool, bound: float | None
    ) -> list[LatestFigure]:
        """The entries of a ranking, other than the ``shown`` ones (by ord), whose
        interval reaches past ``bound`` towards the top of the ranking (at or above it
        when the ranking descends): the only ones that may overlap a row shown above
        the cut. ``bound`` None: every entry."""
        seen = set(shown)
        if self.as_of is not None:
            return [
                e
                for e in self.latest_in_unit(metric, unit)
                if e.ord not in seen and _reaches(e, ascending, bound)
            ]
        select = f"SELECT {_RANKED} FROM latest WHERE metric_id = ? AND unit = ?"
        if bound is None:
            rows = self.connection.execute(select, (metric, unit)).fetchall()
        else:
            # Two range scans of the (metric, unit, low|high) index: the bounded ends past
            # ``bound`` and the open ones. An OR of the two would walk every entry.
            column, operator = ("low", "<=") if ascending else ("high", ">=")
            rows = self.connection.execute(
                f"{select} AND {column} {operator} ? UNION ALL {select} AND {column} IS NULL",
                (metric, unit, bound, metric, unit),
            ).fetchall()
        return [e for e in map(LatestFigure._make, rows) if e.ord not in seen]

    def latest_in_unit(
        self,
        metric: str,
        unit: str | None,
        subjects: bool = True,
        hub_ids: Collection[str] | None = None,
    ) -> list[LatestFigure]:
        """The latest figure of a metric in one unit for each hub (and, with ``subjects``,
        each organisation in it),
        in the order hubs and their subjects first appear; of every hub, or of those in
        ``hub_ids``. ``unit`` None reads a metric recorded in one unit. Latest means as
        ``judgement.preferred`` says: standing figures first, reported before targets,
        then the latest period (its last day, then its first), then dataset order
        (``_PREFERRED``). Computed in SQLite, so a
        ranking of a metric with 50,000 hubs loads only the rows it shows."""
        clauses, parameters = "", [metric]
        if unit is not None:
            clauses, parameters = " AND unit = ?", [metric, unit]
        if not subjects:
            clauses += " AND subject IS NULL"
        if hub_ids is not None:
            clauses += f" AND hub_id {_IN_MANY}"
            parameters.append(_many(hub_ids))
        return list(
            map(
                LatestFigure._make,
                self.connection.execute(
                    f"SELECT {_RANKED} FROM ("
                    f" SELECT {_RANKED},"
                    "  row_number() OVER (PARTITION BY hub_id, subject"
                    f" ORDER BY {_PREFERRED}) AS n,"
                    "  min(ord) OVER (PARTITION BY hub_id, subject) AS first"
                    f" FROM facts WHERE metric_id = ?{clauses}{self._dated()[0]}"
                    ") WHERE n = 1 ORDER BY hub_id, first",
                    (*parameters, *self._dated()[1]),
                ),
            )
        )

    def latest_of_hubs(
        self, metric: str, unit: str | None, hub_ids: Collection[str] | None = None
    ) -> list[LatestFigure]:
        """Each hub's latest figure of a metric, about the hub itself (never an
        organisation in it), as ``latest_in_unit`` gives them, in no particular order.
        Every hub's, without --as-of, comes from the ``latest`` table: a listing of
        50,000 hubs sorted by a figure then reads one row per hub, not every figure."""
        if self.as_of is not None or hub_ids is not None:
            return self.latest_in_unit(metric, unit, subjects=False, hub_ids=hub_ids)
        unit_clause, parameters = (
            ("", (metric,)) if unit is None else (" AND unit = ?", (metric, unit))
        )
        return list(
            map(
                LatestFigure._make,
                self.connection.execute(
                    f"SELECT {_RANKED} FROM latest WHERE metric_id = ?{unit_clause} "
                    "AND subject IS NULL",
                    parameters,
                ),
            )
        )

    def facts_by_ord(self, ords: Sequence[int]) -> list[Fact]:
        """Facts by their place in the dataset, in the order asked."""
        wanted = sorted(set(ords))
        # _facts reads them in dataset order, so they come back in the order of ``wanted``.
        found = dict(
            zip(wanted, self._facts(f"WHERE f.ord {_IN_MANY}", (_many(wanted),)), strict=True)
        )
        return [found[o] for o in ords]

    def facts_by_id(self, ids: Sequence[str]) -> dict[str, Fact]:
        return {f.id: f for f in self._facts(f"WHERE f.id {_IN_MANY}", (_many(ids),))}

    # Kinds of latest figures, for ``judgement.order`` (see ``_KIND``)

    def latest_kinds(
        self, metric: str, unit: str | None, subjects: bool = True
    ) -> list[tuple[Any, ...]]:
        """The kinds of a metric's latest figures in one unit (of hubs and, with
        ``subjects``, of organisations in them), as (first ord, figures, subject, basis,
        status, period_of, period, period_inferred, derived ord): the figures of one kind
        are alike in all ``judgement.order`` asks, so one of each (the first) is judged
        for all. In order of their first figure."""
        if self.as_of is not None:
            counts: dict[tuple[Any, ...], list[int]] = {}
            for entry in self.latest_judged(metric, unit, subjects):
                found = counts.setdefault(entry[7:], [entry[0], 0])
                found[0], found[1] = min(found[0], entry[0]), found[1] + 1
            return sorted((first, n, *kind) for kind, (first, n) in counts.items())
        clauses, parameters = _unit_clause(metric, unit)
        if not subjects:
            clauses += " AND subject IS NULL"
        return self.connection.execute(
            f"SELECT first, figures, {_KIND} FROM latest_kinds WHERE metric_id = ?{clauses} "
            "ORDER BY first",
            parameters,
        ).fetchall()

    def latest_judged(
        self,
        metric: str,
        unit: str | None,
        subjects: bool = True,
        hub_ids: Collection[str] | None = None,
    ) -> list[tuple[Any, ...]]:
        """The latest figures as ``latest_in_unit`` gives them, each followed by its kind
        (subject, basis, status, period_of, period, period_inferred, derived ord), in the
        order hubs and their subjects first appear."""
        if self.as_of is not None:
            entries = self.latest_in_unit(metric, unit, subjects, hub_ids)
            kinds = {
                row[0]: row[1:]
                for row in self.connection.execute(
                    f"SELECT ord, {_KIND.replace('derived_ord', 'CASE WHEN derived THEN ord END')} "
                    f"FROM facts WHERE ord {_IN_MANY}",
                    (_many(e[0] for e in entries),),
                )
            }
            return [(*e, *kinds[e[0]]) for e in entries]
        clauses, parameters = _unit_clause(metric, unit)
        if not subjects:
            clauses += " AND subject IS NULL"
        if hub_ids is not None:
            clauses += f" AND hub_id {_IN_MANY}"
            parameters = (*parameters, _many(hub_ids))
        return self.connection.execute(
            f"SELECT {_RANKED}, {_KIND} FROM latest WHERE metric_id = ?{clauses} "
            "ORDER BY hub_id, first",
            parameters,
        ).fetchall()

    def ords_of(self, ids: Sequence[str]) -> list[int]:
        """The places in the dataset of the facts named (those that exist)."""
        return [
            row[0]
            for row in self.connection.execute(
                f"SELECT ord FROM facts WHERE id {_IN_MANY} ORDER BY ord", (_many(ids),)
            )
        ]


def _unit_clause(metric: str, unit: str | None) -> tuple[str, tuple[Any, ...]]:
    return ("", (metric,)) if unit is None else (" AND unit = ?", (metric, unit))


def _reaches(entry: LatestFigure, ascending: bool, bound: float | None) -> bool:
    if bound is None:
        return True
    low, high = entry.low, entry.high
    return (low is None or low <= bound) if ascending else (high is None or high >= bound)


# Any number of ids as one parameter, for SQLite caps the number of parameters: the
# ids as a JSON array (``_many``), in a condition ``column {_IN_MANY}``.
_IN_MANY = "IN (SELECT value FROM json_each(?))"


def _many(ids: Iterable[Any]) -> str:
    return json.dumps(list(ids), ensure_ascii=False)


def _hub(row: Sequence[Any]) -> Hub:
    return Hub._make([read(v) for read, v in zip(_HUB_READ, row, strict=True)])


def _metric(row: Sequence[Any]) -> Metric:
    return Metric._make([read(v) for read, v in zip(_METRIC_READ, row, strict=True)])


def _source(row: Sequence[Any]) -> Source:
    return Source._make([read(v) for read, v in zip(_SOURCE_READ, row, strict=True)])
