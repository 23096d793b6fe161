"""Hubs in order of a metric (`rank`), one ranking per unit."""

from __future__ import annotations

from dataclasses import dataclass

from hubquery.hedges import overlap
from hubquery.query.facts import caveats, cited_sources, join_names, latest
from hubquery.query.resolve import resolve_metric
from hubquery.records import Fact, Hub, Metric, Note, Source
from hubquery.store import Store


@dataclass(frozen=True, slots=True)
class RankRow:
    """A place in a ranking. ``name`` is the hub's, or the organisation's with its hub's
    ("Neusoft Institute of Information (Dalian)") for a figure about an organisation.
    ``order_known`` is false where the figure's interval overlaps a neighbour's, so
    which of the two is larger cannot be known."""

    rank: int
    name: str
    hub: Hub
    subject: str | None
    fact: Fact
    order_known: bool


@dataclass(frozen=True, slots=True)
class Ranking:
    """Hubs (and organisations in them) ordered by their latest figure for a metric, in
    one unit; ``notes`` say where periods, definitions or the order itself differ."""

    metric: Metric
    unit: str
    rows: tuple[RankRow, ...]
    notes: tuple[Note, ...]
    sources: tuple[Source, ...]
    row_count: int


def rank(store: Store, metric_name: str, *, ascending: bool | None = None,
         limit: int | None = None) -> list[Ranking]:
    """One ranking per unit the metric is recorded in: values in different units
    are never ranked against each other. A metric of ranks (#1 first) ascends.
    Hedged figures are ordered by their stated value; where two intervals overlap
    the order is marked unknown and a note says so."""
    metric = resolve_metric(store, metric_name)
    if ascending is None:
        ascending = metric.unit_kind == "rank"
    grouped: dict[tuple[str, str | None], list[Fact]] = {}
    for fact in store.facts_for_metric(metric.id, subjects=True):
        grouped.setdefault((fact.hub_id, fact.subject), []).append(fact)
    hubs: dict[str, Hub] = {}
    rankings = []
    for unit in store.metric_units(metric.id, subjects=True):
        best = [(key, latest(facts, unit)) for key, facts in grouped.items()]
        entries = [(key, fact) for key, fact in best if fact is not None]
        entries.sort(key=lambda e: e[1].value, reverse=not ascending)
        intervals = [fact.interval() for _, fact in entries]
        unknown = [False] * len(entries)
        for i in range(1, len(entries)):
            same = entries[i - 1][1].value == entries[i][1].value and intervals[i - 1].exact \
                and intervals[i].exact
            if not same and overlap(intervals[i - 1], intervals[i]):
                unknown[i - 1] = unknown[i] = True
        rows: list[RankRow] = []
        for position, ((hub_id, subject), fact) in enumerate(entries, start=1):
            hub = hubs.get(hub_id) or hubs.setdefault(hub_id, _hub(store, hub_id))
            name = f"{subject} ({hub.name})" if subject else hub.name
            tied = rows and rows[-1].fact.value == fact.value \
                and rows[-1].fact.qualifier == fact.qualifier
            rows.append(RankRow(rows[-1].rank if tied else position, name, hub, subject, fact,
                                not unknown[position - 1]))
        total = len(rows)
        cut_tie = [r for r in rows[limit:] if r.rank == rows[limit - 1].rank] if limit else []
        if limit is not None:
            rows = rows[:limit]
        notes = list(caveats([(r.name, r.fact) for r in rows]))
        if cut_tie:
            place = cut_tie[0].rank
            notes.append(Note("cut", f"--limit {limit} cuts a tie at #{place}: " + join_names(
                [f"{r.name} ({r.fact.display})" for r in cut_tie])
                + (" also rank" if len(cut_tie) > 1 else " also ranks")
                + f" #{place} but {'are' if len(cut_tie) > 1 else 'is'} not shown.",
                tuple(r.hub.id for r in cut_tie), tuple(r.fact.id for r in cut_tie)))
        uncertain = [r for r in rows if not r.order_known]
        if uncertain:
            notes.append(Note("order-unknown", "Order unknown between " + join_names(
                [f"{r.name} ({r.fact.display})" for r in uncertain])
                + ": their hedged figures overlap.", tuple(r.hub.id for r in uncertain),
                tuple(r.fact.id for r in uncertain)))
        rankings.append(Ranking(metric, unit, tuple(rows), tuple(notes),
                                tuple(cited_sources(store, [r.fact for r in rows])), total))
    return rankings


def _hub(store: Store, ident: str) -> Hub:
    hub = store.hub(ident)
    assert hub is not None  # facts reference hubs; the model checks it
    return hub
