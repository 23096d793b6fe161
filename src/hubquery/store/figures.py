"""Reading facts from the compiled dataset, as ``records.Fact``."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

from hubquery.records import Fact
from hubquery.store.base import StoreBase, _source, among
from hubquery.store.schema import (
    _FACT,
    _FACT_COLUMNS,
    _FACT_COLUMNS_UNQUOTED,
    _FACT_READ,
    _FACT_SHARED,
    _same,
)


class Figures(StoreBase):
    """Facts: one, many, a hub's or a source's, or every one as a stream."""

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
                condition, ids = among(column, values)
                clauses.append(condition)
                parameters += ids
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
        dated = self._dated("f", "AND" if where else "WHERE")
        cursor = self.connection.execute(
            f"SELECT {columns} FROM facts f JOIN sources s ON s.id = f.source_id "
            f"{where}{dated.sql} ORDER BY {order}"
            + ("" if limit is None else f" LIMIT {int(limit)}"),
            (*parameters, *dated.parameters),
        )
        sources = self._sources
        split = len(_FACT)
        # Only the columns that need reading back (flags, lists) go through a reader;
        # the others are passed as SQLite gives them (a fact has 20 fields, 3 of them).
        converted = [(i, read) for i, read in enumerate(_FACT_READ) if read is not _same]
        # Read to be held (a profile's notes, a history's changes): the words many figures
        # share (hub, metric, unit, period …) are kept once, not once per figure.
        shared: dict[Any, Any] = {}
        keep = shared.setdefault
        kept = (
            [_FACT.index(name) for name in _FACT_SHARED]
            if columns is _FACT_COLUMNS_UNQUOTED
            else []
        )
        make = Fact._make
        for row in cursor:
            source = sources.get(row[split])
            if source is None:
                source = sources[row[split]] = _source(row[split:])
            values = list(row[:split])
            for i, read in converted:
                values[i] = read(values[i])
            for i in kept:
                value = values[i]
                values[i] = keep(value, value)
            values.append(source)
            yield make(values)

    def facts_for_hub(self, hub: str, quotes: bool = True, metric: str | None = None) -> list[Fact]:
        """A hub's facts (of one metric, if given) in dataset order; ``quotes`` False
        reads each without its quote and note (None), the words many share kept once
        (``profile_facts``)."""
        columns = _FACT_COLUMNS if quotes else _FACT_COLUMNS_UNQUOTED
        if metric is None:
            return list(self._iter_facts("WHERE f.hub_id = ?", (hub,), columns=columns))
        where, parameters = "WHERE f.hub_id = ? AND f.metric_id = ?", (hub, metric)
        return list(self._iter_facts(where, parameters, columns=columns))

    def facts_oldest_first(self, hub: str, metric: str) -> Iterator[Fact]:
        """A hub's facts of one metric, one at a time, as ``history.oldest_first`` orders
        them (period's first day, its last, the subject, then dataset order): read in one
        pass in SQLite's order, not by their ids."""
        return self._iter_facts(
            "WHERE f.hub_id = ? AND f.metric_id = ?",
            (hub, metric),
            "f.period_start, f.period_end, coalesce(f.subject, ''), f.ord",
        )

    def hub_metric_ids(self, hub: str) -> list[str]:
        """The metrics a hub has figures of, in order of its first figure of each."""
        dated = self._dated()
        rows = self.connection.execute(
            f"SELECT metric_id FROM facts WHERE hub_id = ?{dated.sql} GROUP BY metric_id "
            "ORDER BY min(ord)",
            (hub, *dated.parameters),
        )
        return [row[0] for row in rows]

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
        dated = self._dated()
        return int(
            self.connection.execute(
                f"SELECT count(*) FROM facts WHERE hub_id = ?{dated.sql}", (hub, *dated.parameters)
            ).fetchone()[0]
        )

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

    def facts_by_ord(self, ords: Sequence[int]) -> list[Fact]:
        """Facts by their place in the dataset, in the order asked."""
        wanted = sorted(set(ords))
        # _facts reads them in dataset order, so they come back in the order of ``wanted``.
        condition, parameters = among("f.ord", wanted)
        found = dict(zip(wanted, self._facts(f"WHERE {condition}", parameters), strict=True))
        return [found[o] for o in ords]

    def facts_by_id(self, ids: Sequence[str]) -> dict[str, Fact]:
        condition, parameters = among("f.id", ids)
        return {f.id: f for f in self._facts(f"WHERE {condition}", parameters)}

    def ords_of(self, ids: Sequence[str]) -> list[int]:
        """The places in the dataset of the facts named (those that exist)."""
        condition, parameters = among("id", ids)
        return [
            row[0]
            for row in self.connection.execute(
                f"SELECT ord FROM facts WHERE {condition} ORDER BY ord", parameters
            )
        ]
