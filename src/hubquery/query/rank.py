"""Hubs in order of a metric (`rank`), one ranking per unit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hubquery.hedges import stored_interval
from hubquery.query.facts import caveats, cited_sources, join_names, overlapping
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
            hub = _hub(store, hubs, fact.hub_id)
            name = _name(store, hubs, fact)
            tied = rows and rows[-1].fact.value == fact.value \
                and rows[-1].fact.qualifier == fact.qualifier
            rows.append(RankRow(rows[-1].rank if tied else position, name, hub, fact.subject,
                                fact, position - 1 not in unknown))
        notes = list(caveats([(r.name, r.fact) for r in rows]))
        cut = _cut_tie(store, entries, limit)
        if cut:
            place = rows[-1].rank
            notes.append(Note("cut", f"--limit {limit} cuts a tie at #{place}: " + join_names(
                [_name(store, hubs, f) + f" ({f.display})" for f in cut])
                + (" also rank" if len(cut) > 1 else " also ranks")
                + f" #{place} but {'are' if len(cut) > 1 else 'is'} not shown.",
                tuple(f.hub_id for f in cut), tuple(f.id for f in cut)))
        rankings.append(Ranking(metric, unit, tuple(rows), tuple(notes),
                                tuple(cited_sources(store, [r.fact for r in rows])),
                                len(entries)))
    return rankings


def _cut_tie(store: Store, entries: list[tuple[Any, ...]], limit: int | None) -> list[Fact]:
    """The figures past ``limit`` that tie with the last one shown (same value and hedge)."""
    if limit is None or limit >= len(entries):
        return []
    last = entries[limit - 1]
    tied = []
    for entry in entries[limit:]:
        if (entry[3], entry[6]) != (last[3], last[6]):
            break
        tied.append(entry[0])
    return store.facts_by_ord(tied)


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
