"""Reading each metric's latest figures from the compiled dataset (the ``latest`` tables),
or working them out from the facts as of a day."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import partial
from itertools import compress, count, islice
from operator import eq, itemgetter
from typing import Any, NamedTuple

from hubquery.records import Hub, LatestFigure
from hubquery.store.base import StoreBase, _hub, among
from hubquery.store.schema import _FIGURE, _HUB, _HUB_COLUMNS, _KIND, _PREFERRED, _RANKED


class Rankings(StoreBase):
    """Each metric's latest figures: rankings, listings filtered or sorted by a figure,
    and the kinds of figures ``judgement.order`` judges."""

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
            + self._dated().sql
            + " GROUP BY unit "
            "ORDER BY count(*) DESC, unit",
            (metric, *self._dated().parameters),
        ).fetchall()
        return [row[0] for row in rows]

    def hubs_that_may(
        self, metric: str, unit: str | None, operator: str, number: float
    ) -> set[str]:
        """Hubs with a figure of the metric (about the hub itself) whose interval may
        satisfy ``x OP number``: a superset of those whose latest figure does, found
        through the (metric, low) and (metric, high) indexes."""
        scans = _MAY.get(operator)
        if scans is None:
            return {
                row[0]
                for row in self.connection.execute(
                    f"SELECT DISTINCT hub_id FROM facts WHERE metric_id = ?{self._dated().sql}",
                    (metric, *self._dated().parameters),
                )
            }
        base = (
            "SELECT hub_id FROM facts WHERE metric_id = ? AND subject IS NULL"
            + ("" if unit is None else " AND unit = ?")
            + self._dated().sql
        )
        head: tuple[Any, ...] = (
            (metric,) if unit is None else (metric, unit)
        ) + self._dated().parameters
        union = _union(lambda column: base, scans, head, number)
        rows = self.connection.execute(*union).fetchall()
        return {row[0] for row in rows}

    def latest_that_may(
        self, metric: str, unit: str | None, operator: str, number: float
    ) -> list[LatestFigure] | None:
        """The latest figures of a metric (each hub's own) whose interval may satisfy
        ``x OP number`` (a superset: an open end at the number is kept), in the order
        ``latest_entries`` gives them, read by range scans of the ``latest`` table's
        (metric, unit, high|low) indexes: a selective condition reads only the figures
        it may hold for. None with --as-of, or for an operator no range answers
        (``hubs_that_may`` then)."""
        scans = _MAY.get(operator)
        if self.as_of is not None or scans is None:
            return None
        clauses, head = self._hub_figures(metric, unit)
        # Each scan through its own index, named: the planner would rather walk the
        # covering latest_value index over every entry of the metric.
        union, parameters = _union(
            lambda column: f"SELECT rowid FROM latest INDEXED BY latest_{column} {clauses}",
            scans,
            head,
            number,
        )
        rows = self.connection.execute(
            f"SELECT {_RANKED} FROM latest WHERE rowid IN ({union}) ORDER BY hub_id, first",
            parameters,
        )
        return list(map(_latest, rows))

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
        return list(map(_latest, rows)), 0 if found is None else int(found[0])

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
            # (Named: the planner would rather walk the covering latest_value index.)
            column, operator = ("low", "<=") if ascending else ("high", ">=")
            select = select.replace("latest", f"latest INDEXED BY latest_{column}", 1)
            rows = self.connection.execute(
                f"{select} AND {column} {operator} ? UNION ALL {select} AND {column} IS NULL",
                (metric, unit, bound, metric, unit),
            ).fetchall()
        return [e for e in map(_latest, rows) if e.ord not in seen]

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
        head, first = _unit_clause(metric, unit)
        clauses = " AND subject IS NULL" if not subjects else ""
        last: tuple[str, ...] = ()
        if hub_ids is not None:
            condition, last = among("hub_id", hub_ids)
            clauses += f" AND {condition}"
        # Each figure's kind among the latest figures of every hub (``schema.KIND_OF``),
        # before any are left out, so that a kind is named alike whichever are asked for.
        return list(
            map(
                _latest,
                self.connection.execute(
                    f"SELECT {_RANKED} FROM ("
                    f" SELECT *, min(ord) OVER (PARTITION BY unit, {_KIND}) AS kind FROM ("
                    f"  SELECT {_FIGURE}, unit, basis, status, period_of, period,"
                    "   period_inferred, derived,"
                    "   row_number() OVER (PARTITION BY hub_id, subject"
                    f"  ORDER BY {_PREFERRED}) AS n,"
                    "   min(ord) OVER (PARTITION BY hub_id, subject) AS first"
                    f"  FROM facts WHERE metric_id = ?{head}{self._dated().sql}"
                    " ) WHERE n = 1"
                    f") WHERE 1{clauses} ORDER BY hub_id, first",
                    (*first, *self._dated().parameters, *last),
                ),
            )
        )

    def latest_of_hubs(
        self,
        metric: str,
        unit: str | None,
        hub_ids: Collection[str] | None = None,
        ascending: bool | None = None,
        scanned: list[LatestFigure] | None = None,
    ) -> list[LatestFigure]:
        """Each hub's latest figure of a metric, about the hub itself (never an
        organisation in it), as ``latest_in_unit`` gives them: in no particular order, or
        with ``ascending`` (True or False) in the order of their values (ties in the order
        of hub ids), as ``ranked`` orders them. Every hub's, without --as-of, comes from
        the ``latest`` table (of ``hub_ids`` only, where given), ordered by SQLite through
        its (metric, unit, value) index: a listing of 50,000 hubs sorted by a figure reads
        one row per hub, in order. ``scanned``: what ``latest_that_may`` read for a
        condition that every one of ``hub_ids`` passed (the table has no index by hub:
        reading them again walks every entry of the metric, 6 times a warm show at 5M)."""
        if self.as_of is not None or hub_ids is not None:
            # The candidates of a --where read from the latest table too (latest_entries):
            # ranking every hub's figures to name their kinds took 2.3 s at 5M facts.
            entries = (
                self.latest_entries(metric, unit, subjects=False, hub_ids=hub_ids)
                if scanned is None or hub_ids is None
                else [e for e in scanned if e.hub_id in hub_ids]
            )
            if ascending is not None:  # in order of hub ids already: ties stay so
                entries.sort(key=lambda e: e.value, reverse=not ascending)
            return entries
        clauses, parameters = self._hub_figures(metric, unit)
        order = "" if ascending is None else _by_value(ascending)
        rows = self.connection.execute(f"SELECT {_RANKED} FROM latest {clauses}{order}", parameters)
        return list(map(_latest, rows))

    def hubs_by_figure(
        self, metric: str, unit: str | None, ascending: bool
    ) -> tuple[list[Hub], list[LatestFigure]] | None:
        """Every hub: those with a figure of the metric (their own) first, in the order
        of their values as ``latest_of_hubs`` gives them with ``ascending``, then the
        rest in dataset order; and those figures, in that order. Read in that order, so
        that a sorted listing walks records that lie in memory in the order it walks
        them (walked out of order, the hubs of a listing of 250,000 cost a third more
        CPU to write). None with --as-of."""
        if self.as_of is not None:
            return None
        clauses, parameters = self._hub_figures(metric, unit)
        figure = ", ".join(f"l.{name}" for name in LatestFigure._fields)
        hub = ", ".join(f"h.{name}" for name in _HUB)
        # Largest first, the index read backwards gives equal values' hubs in descending
        # order too (no sort of every row to order the ties): each run is turned round.
        order = "" if ascending else " ORDER BY value DESC, hub_id DESC, first DESC"
        rows = self.connection.execute(
            f"SELECT {figure}, {hub} FROM latest l JOIN hubs h ON h.rowid = l.hub_row "
            f"{clauses}{order or _by_value(ascending)}",
            parameters,
        ).fetchall()
        if order:
            _turn_ties(rows)
        width = len(LatestFigure._fields)
        entries = [_latest(row[:width]) for row in rows]
        hubs = [_hub(row[width:]) for row in rows]
        if len(hubs) < self.connection.execute("SELECT count(*) FROM hubs").fetchone()[0]:
            condition, ids = among("id", [e.hub_id for e in entries])
            rest = self.connection.execute(
                f"SELECT {_HUB_COLUMNS} FROM hubs WHERE NOT {condition} ORDER BY ord", ids
            )
            hubs += map(_hub, rest)
        return hubs, entries

    def _hub_figures(self, metric: str, unit: str | None) -> tuple[str, tuple[Any, ...]]:
        """The condition on the ``latest`` table for each hub's figure of a metric (in
        its one unit when ``unit`` is None, named so that the index orders it)."""
        if unit is None:
            units = self.metric_units(metric)
            unit = units[0] if len(units) == 1 else None
        clauses, parameters = _unit_clause(metric, unit)
        return f"WHERE metric_id = ?{clauses} AND subject IS NULL", parameters

    # Kinds of latest figures, for ``judgement.order`` (see ``schema.KIND_OF``)

    def latest_kinds(
        self, metric: str, unit: str | None, subjects: bool = True
    ) -> list[tuple[int, int, int]]:
        """The kinds of a metric's latest figures in one unit (of hubs and, with
        ``subjects``, of organisations in them), as (kind, the ord of its first figure,
        how many figures): the figures of one kind are alike in all ``judgement.order``
        asks, so one of each (the first) is judged for all. In order of their first
        figure."""
        if self.as_of is not None:
            first: dict[int, int] = {}
            figures: dict[int, int] = {}
            for entry in self.latest_entries(metric, unit, subjects):
                first[entry.kind] = min(first.get(entry.kind, entry.ord), entry.ord)
                figures[entry.kind] = figures.get(entry.kind, 0) + 1
            return sorted(((kind, first[kind], figures[kind]) for kind in first), key=_second)
        clauses, parameters = _unit_clause(metric, unit)
        if not subjects:
            clauses += " AND subject IS NULL"
        return self.connection.execute(
            f"SELECT kind, kind, figures FROM latest_kinds WHERE metric_id = ?{clauses} "
            "ORDER BY kind",
            parameters,
        ).fetchall()

    def latest_entries(
        self,
        metric: str,
        unit: str | None,
        subjects: bool = True,
        hub_ids: Collection[str] | None = None,
    ) -> list[LatestFigure]:
        """The latest figures as ``latest_in_unit`` gives them (each with its kind), in
        the order hubs and their subjects first appear; from the ``latest`` table
        without --as-of."""
        if self.as_of is not None:
            return self.latest_in_unit(metric, unit, subjects, hub_ids)
        clauses, parameters = _unit_clause(metric, unit)
        if not subjects:
            clauses += " AND subject IS NULL"
        if hub_ids is not None:
            condition, ids = among("hub_id", hub_ids)
            clauses += f" AND {condition}"
            parameters = (*parameters, *ids)
        rows = self.connection.execute(
            f"SELECT {_RANKED} FROM latest WHERE metric_id = ?{clauses} ORDER BY hub_id, first",
            parameters,
        )
        return list(map(_latest, rows))


class _Scan(NamedTuple):
    """One range scan of a figure's interval: ``condition`` on the ``latest``/``facts``
    row, read through the index of ``column`` (the column it bounds first), with the
    number bound to each of its ``?``."""

    column: str
    condition: str


# The ranges of a figure's interval that may satisfy ``x OP number``: the bounded end
# past the number, and each end the condition reaches for left open, each one range scan
# of its own index (an OR of them would walk every figure of the metric).
_MAY = {
    ">": (_Scan("high", "high > ?"), _Scan("high", "high IS NULL")),
    ">=": (_Scan("high", "high >= ?"), _Scan("high", "high IS NULL")),
    "<": (_Scan("low", "low < ?"), _Scan("low", "low IS NULL")),
    "<=": (_Scan("low", "low <= ?"), _Scan("low", "low IS NULL")),
    "=": (
        _Scan("low", "low <= ? AND high >= ?"),
        _Scan("low", "low IS NULL"),
        _Scan("high", "high IS NULL"),
    ),
}
_MAY["=="] = _MAY["="]


def _union(
    select: Callable[[str], str], scans: Sequence[_Scan], head: Sequence[Any], number: float
) -> tuple[str, list[Any]]:
    """One statement, and its parameters, of ``select(scan.column)`` narrowed by each
    of ``scans`` (``_MAY``) in turn: ``head`` the parameters of ``select``, then
    ``number`` for each ``?`` of the scan's own condition."""
    statement = " UNION ".join(f"{select(scan.column)} AND {scan.condition}" for scan in scans)
    parameters = [v for scan in scans for v in (*head, *(number,) * scan.condition.count("?"))]
    return statement, parameters


def _turn_ties(rows: list[Any]) -> None:
    """Turn round, in place, each run of rows of equal values (a row's value is its 4th
    column, as in ``LatestFigure``). Found in C: runs are few."""
    values = list(map(_VALUE_COLUMN, rows))
    ties = list(compress(count(1), map(eq, values, islice(values, 1, None))))
    i = 0
    while i < len(ties):
        j = i
        while j + 1 < len(ties) and ties[j + 1] == ties[j] + 1:
            j += 1
        first, last = ties[i] - 1, ties[j] + 1
        rows[first:last] = rows[first:last][::-1]
        i = j + 1


_VALUE_COLUMN = itemgetter(LatestFigure._fields.index("value"))


def _by_value(ascending: bool) -> str:
    """The order of a ranking: by value, ties in the order of hub ids (then of the
    hub's first figure), as the (metric, unit, value) index gives it."""
    return f" ORDER BY value {'ASC' if ascending else 'DESC'}, hub_id, first"


# A row of the ``latest`` table as a record, in C (``_make`` is a Python function).
_latest = partial(tuple.__new__, LatestFigure)


def _second(row: tuple[int, int, int]) -> int:
    return row[1]


def _unit_clause(metric: str, unit: str | None) -> tuple[str, tuple[Any, ...]]:
    return ("", (metric,)) if unit is None else (" AND unit = ?", (metric, unit))


def _reaches(entry: LatestFigure, ascending: bool, bound: float | None) -> bool:
    if bound is None:
        return True
    low, high = entry.low, entry.high
    return (low is None or low <= bound) if ascending else (high is None or high >= bound)
