"""Hubs in order of a metric (`rank`), one ranking per unit."""

from __future__ import annotations

from typing import NamedTuple

from hubquery.display import join_names
from hubquery.hedges import stored_interval
from hubquery.query.facts import caveats, cited_sources, overlapping
from hubquery.query.resolve import resolve_metric
from hubquery.records import Fact, Hub, LatestFigure, Metric, Note, Source
from hubquery.store import Store


class RankRow(NamedTuple):
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


class Ranking(NamedTuple):
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
        # Each hub's LatestFigure: the order and the overlaps come from these; whole
        # facts only for the rows shown.
        shown, total = store.ranked(metric.id, unit, ascending, limit)
        # Whether a shown row's place is known: the overlaps among the rows shown and the
        # entries below the cut whose intervals reach up to them.
        if len(shown) < total:
            bounds = [b for e in shown if (b := e.high if ascending else e.low) is not None]
            # an unbounded row (None) reaches every entry below the cut
            bound = None if len(bounds) < len(shown) else (max if ascending else min)(bounds)
            band = shown + store.reaching(metric.id, unit, [e.ord for e in shown], ascending,
                                          bound)
        else:
            band = shown
        unknown = overlapping([stored_interval(e.low, e.high, e.qualifier) for e in band])
        rows: list[RankRow] = []
        for position, fact in enumerate(store.facts_by_ord([e.ord for e in shown]), start=1):
            hub = _hub(store, hubs, fact.hub_id)
            name = _name(store, hubs, fact)
            tied = rows and rows[-1].fact.value == fact.value \
                and rows[-1].fact.qualifier == fact.qualifier
            rows.append(RankRow(rows[-1].rank if tied else position, name, hub, fact.subject,
                                fact, position - 1 not in unknown))
        notes = list(caveats([(r.name, r.fact) for r in rows]))
        cut = _cut_tie(store, shown, band[len(shown):], limit)
        if cut:
            place = rows[-1].rank
            notes.append(Note("cut", f"--limit {limit} cuts a tie at #{place}: " + join_names(
                [_name(store, hubs, f) + f" ({f.display})" for f in cut])
                + (" also rank" if len(cut) > 1 else " also ranks")
                + f" #{place} but {'are' if len(cut) > 1 else 'is'} not shown.",
                tuple(f.hub_id for f in cut), tuple(f.id for f in cut)))
        rankings.append(Ranking(metric, unit, tuple(rows), tuple(notes),
                                tuple(cited_sources(store, [r.fact for r in rows])),
                                total))
    return rankings


def _cut_tie(store: Store, shown: list[LatestFigure], below: list[LatestFigure],
             limit: int | None) -> list[Fact]:
    """The figures below the cut that tie with the last one shown (same value and hedge):
    they are among the entries reaching up to the shown rows."""
    if limit is None or not shown or len(shown) < limit:
        return []
    last = shown[-1]
    tied = sorted((e for e in below
                   if e.value == last.value and e.qualifier == last.qualifier),
                  key=lambda e: (e.hub_id, e.ord))
    return store.facts_by_ord([e.ord for e in tied])


def _name(store: Store, hubs: dict[str, Hub], fact: Fact) -> str:
    """The hub's name, or the organisation's with its hub's for a figure about one."""
    hub = _hub(store, hubs, fact.hub_id)
    return f"{fact.subject} ({hub.name})" if fact.subject else hub.name


def _hub(store: Store, hubs: dict[str, Hub], ident: str) -> Hub:
    if ident not in hubs:
        hub = store.hub(ident)
        assert hub is not None  # facts reference hubs; the model checks it
        hubs[ident] = hub
    return hubs[ident]
