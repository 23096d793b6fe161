"""Hubs in order of a metric (`rank`), one ranking per unit."""

from __future__ import annotations

from dataclasses import dataclass

from hubquery.hedges import stored_interval
from hubquery.query.facts import caveats, cited_sources, overlapping
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
    hubs: dict[str, Hub] = {}
    rankings = []
    for unit in store.metric_units(metric.id, subjects=True):
        # (ord, hub, subject, value, low, high, qualifier) of each latest figure: the
        # order and the overlaps come from these; whole facts only for the rows shown.
        entries = store.latest_in_unit(metric.id, unit)
        entries.sort(key=lambda e: e[3], reverse=not ascending)
        unknown = overlapping([stored_interval(e[4], e[5], e[6]) for e in entries])
        shown = entries if limit is None else entries[:limit]
        rows: list[RankRow] = []
        for position, fact in enumerate(store.facts_by_ord([e[0] for e in shown]), start=1):
            hub = hubs.get(fact.hub_id) or hubs.setdefault(fact.hub_id, _hub(store, fact.hub_id))
            name = f"{fact.subject} ({hub.name})" if fact.subject else hub.name
            tied = rows and rows[-1].fact.value == fact.value \
                and rows[-1].fact.qualifier == fact.qualifier
            rows.append(RankRow(rows[-1].rank if tied else position, name, hub, fact.subject,
                                fact, position - 1 not in unknown))
        notes = caveats([(r.name, r.fact) for r in rows])
        rankings.append(Ranking(metric, unit, tuple(rows), tuple(notes),
                                tuple(cited_sources(store, [r.fact for r in rows])),
                                len(entries)))
    return rankings


def _hub(store: Store, ident: str) -> Hub:
    hub = store.hub(ident)
    assert hub is not None  # facts reference hubs; the model checks it
    return hub
