"""Hubs in order of a metric (`rank`), one ranking per unit."""

from __future__ import annotations

from dataclasses import dataclass

from hubquery.query.facts import by_hub, cited_sources, latest
from hubquery.query.resolve import resolve_metric
from hubquery.records import Fact, Hub, Metric, Source
from hubquery.store import Store


@dataclass(frozen=True, slots=True)
class RankRow:
    rank: int
    hub: Hub
    fact: Fact


@dataclass(frozen=True, slots=True)
class Ranking:
    """Hubs ordered by their latest figure for a metric, in one unit."""

    metric: Metric
    unit: str
    rows: tuple[RankRow, ...]
    notes: tuple[str, ...]
    sources: tuple[Source, ...]


def rank(store: Store, metric_name: str, *, ascending: bool | None = None,
         limit: int | None = None) -> list[Ranking]:
    """One ranking per unit the metric is recorded in: values in different units
    are never ranked against each other. A metric of ranks (#1 first) ascends."""
    metric = resolve_metric(store, metric_name)
    if ascending is None:
        ascending = metric.unit_kind == "rank"
    grouped = by_hub(store.facts_for_metric(metric.id))
    rankings = []
    for unit in store.metric_units(metric.id):
        best = [(hub, latest(facts, unit)) for hub, facts in grouped.items()]
        entries = [(hub, fact) for hub, fact in best if fact is not None]
        entries.sort(key=lambda e: e[1].value, reverse=not ascending)
        rows: list[RankRow] = []
        for position, (hub_id, fact) in enumerate(entries, start=1):
            hub = store.hub(hub_id)
            assert hub is not None
            tied = rows and rows[-1].fact.value == fact.value
            rows.append(RankRow(rows[-1].rank if tied else position, hub, fact))
        if limit is not None:
            rows = rows[:limit]
        notes = _rank_notes(rows)
        rankings.append(Ranking(metric, unit, tuple(rows), notes,
                                tuple(cited_sources(store, [r.fact for r in rows]))))
    return rankings


def _rank_notes(rows: list[RankRow]) -> tuple[str, ...]:
    notes = []
    periods = sorted({r.fact.period for r in rows})
    if len(periods) > 1:
        notes.append(f"Periods differ ({', '.join(periods)}): each hub's latest figure is used.")
    bases = {r.fact.basis for r in rows}
    if len(bases) > 1:
        notes.append("Definitions differ (" + "; ".join(
            f"{r.hub.name}: {r.fact.basis or 'as the metric defines it'}" for r in rows)
            + "): not the same quantity.")
    if any(r.fact.qualifier for r in rows):
        notes.append("Some figures are hedged (nearly, more than …): the order is approximate.")
    if any(r.fact.status == "target" for r in rows):
        notes.append("Some figures are targets, not reported values.")
    return tuple(notes)
