"""Hubs in order of a metric (`rank`, and `list --sort`), one order per unit.

What may be ordered together is `judgement.order`'s to say, never this module's: each
hub (or organisation) is represented by its preferred latest figure (the store's
``latest`` table, as `judgement.preferred` chooses), the figures are judged, and those
the judgement leaves out are listed after the order with its reason, never numbered.
Figures alike in everything the judgement asks (the store's ``latest_kinds``) get one
verdict, so a ranking of 50,000 hubs judges a handful of figures, not every one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import accumulate, chain, count, repeat, tee
from operator import attrgetter, mul, ne, not_
from typing import NamedTuple

from hubquery.display import join_names
from hubquery.hedges import stored_interval
from hubquery.judgement.figures import comparable
from hubquery.judgement.orders import (
    DEFAULT_WINDOW_YEARS,
    Ordering,
    default_window,
    order,
    place,
    sense,
)
from hubquery.query.facts import caveats, cited_sources, overlapping
from hubquery.query.resolve import resolve_metric
from hubquery.records import Fact, Hub, LatestFigure, Metric, Note, Source
from hubquery.store import Store

# A latest figure, as the store ranks it, with its kind.
Entry = LatestFigure


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


class LeftOut(NamedTuple):
    """A figure listed after an order, never numbered into it: ``note`` is the
    judgement's reason (its ``kind``: report-period, target, aspiration, threshold,
    subject-differs, basis-differs, status-differs, derived-from, outside-window …)."""

    name: str
    hub: Hub
    subject: str | None
    fact: Fact
    note: Note


class Window(NamedTuple):
    """The years an order was made in. ``default`` is true when no --since or --until
    set it: it then reaches ``judgement.DEFAULT_WINDOW_YEARS`` back from the newest
    figure that may be ranked."""

    since: int
    until: int
    default: bool


class Ranking(NamedTuple):
    """Hubs (and organisations in them) ordered by their latest figure for a metric, in
    one unit, ``order`` saying what comes first ("largest first"); the figures the
    judgement leaves out follow (``left_out``, the first of ``left_out_count``);
    ``notes`` say where periods, definitions or the order itself differ."""

    metric: Metric
    unit: str
    order: str
    window: Window | None
    rows: tuple[RankRow, ...]
    left_out: tuple[LeftOut, ...]
    notes: tuple[Note, ...]
    sources: tuple[Source, ...]
    row_count: int
    left_out_count: int


class Verdicts(NamedTuple):
    """A metric's latest figures in one unit, judged: which kinds of figure may be
    ranked, in what window, about what reference; ``whole`` when nothing is left out,
    so that any subset of the figures may be ranked whole too."""

    ordering: Ordering
    ranked: frozenset[int]  # the kinds (LatestFigure.kind) that may be ranked
    excluded: frozenset[int]  # ords of figures the reference is derived from
    whole: bool


def judge(
    store: Store,
    metric: Metric,
    unit: str | None,
    kinds: Iterable[tuple[int, int, int]],
    *,
    since: int | None,
    until: int | None,
) -> Verdicts:
    """Judge one figure of each kind (``Store.latest_kinds`` rows: the kind, the ord of
    its first figure, how many figures) for all of its kind."""
    alike: list[int] = []
    firsts: list[int] = []
    counts: list[int] = []
    for kind, first, figures in kinds:
        alike.append(kind)
        firsts.append(first)
        counts.append(figures)
    representatives = store.facts_by_ord(firsts)
    ordering = order(
        representatives,
        counts=counts,
        since=since,
        until=until,
        window_years=default_window(metric.unit_kind),
    )
    placed = {f.id for f in ordering.ranked}
    ranked = frozenset(
        kind for kind, f in zip(alike, representatives, strict=True) if f.id in placed
    )
    excluded: frozenset[int] = frozenset()
    reference = ordering.reference
    if reference is not None and reference.inputs:
        # A derived reference is never set against its inputs: each is judged on its own.
        excluded = frozenset(
            store.ords_of(
                [
                    f.id
                    for f in store.facts_by_id(list(reference.inputs)).values()
                    if f.metric_id == metric.id and unit in (None, f.unit)
                ]
            )
        )
    return Verdicts(ordering, ranked, excluded, not ordering.left_out and not excluded)


def split(
    entries: Sequence[LatestFigure],
    verdicts: Verdicts,
    ascending: bool,
) -> tuple[list[LatestFigure], list[LatestFigure]]:
    """Entries as (ranked, in order; left out, in the order given). Ties in value keep
    the order of hub ids (then of the hub's first figure), as the store's own ranking
    does."""
    ranked: list[LatestFigure] = []
    left: list[LatestFigure] = []
    for entry in entries:
        (
            ranked if entry.kind in verdicts.ranked and entry.ord not in verdicts.excluded else left
        ).append(entry)
    ranked.sort(key=lambda e: e.value, reverse=not ascending)
    return ranked, left


def places(band: Sequence[Entry], shown: int) -> list[tuple[int, bool]]:
    """The place of each of the first ``shown`` entries of ``band`` (equal figures, of
    the same value and hedge, share one) and whether it is known: ``band`` holds the
    shown entries in order, then any below them whose interval may reach up to them."""
    hedges = list(map(_HEDGE, band))
    unknown = (
        overlapping([stored_interval(e.low, e.high, e.qualifier) for e in band])
        if hedges.count(None) != len(hedges)
        else set()
    )
    # Made in C, with no Python step per entry (a sorted listing places every hub): each
    # entry's (value, hedge); one unlike the entry's before starts a place (its position,
    # from 1; else 0), and the running greatest carries that place down its equals.
    head = band[:shown]
    figures, before = tee(zip(map(_VALUE, head), hedges[:shown], strict=True))
    starts = map(mul, map(ne, figures, chain((None,), before)), count(1))
    numbers = accumulate(starts, max)
    if not unknown:
        return list(zip(numbers, repeat(True)))
    return list(zip(numbers, map(not_, map(unknown.__contains__, range(len(head)))), strict=True))


_VALUE = attrgetter("value")
_HEDGE = attrgetter("qualifier")


def left_out_note(fact: Fact, verdicts: Verdicts) -> Note:
    """Why a figure is not in the order, in the judgement's words."""
    ordering = verdicts.ordering
    judged = place(fact, ordering.reference, ordering.window)
    if judged.ok:  # the figure the reference is derived from
        reference = ordering.reference
        assert reference is not None
        judged = comparable(reference, fact)
    return Note(
        judged.kind or "left-out", f"not ranked: {judged.reason}", (fact.hub_id,), (fact.id,)
    )


def window(verdicts: Verdicts, since: int | None, until: int | None) -> Window | None:
    span = verdicts.ordering.window
    if span is None:
        return None
    first, last = span
    return Window(first, last, since is None and until is None)


def order_notes(window: Window | None, shown: int, left_out: int) -> list[Note]:
    """The years an order is made in, and how many figures it leaves out unshown."""
    found = []
    if window is not None:
        span = f"{window.since}–{window.until}"
        found.append(
            Note(
                "window",
                f"Ranked: figures of {span}"
                + (
                    f" (the {DEFAULT_WINDOW_YEARS} years to the newest; --since and "
                    "--until choose others)."
                    if window.default
                    else "."
                ),
            )
        )
    if left_out > shown:
        found.append(
            Note("left-out", f"{left_out - shown} more left out of the order (not shown: --limit).")
        )
    return found


def rank(
    store: Store,
    metric_name: str,
    *,
    ascending: bool | None = None,
    limit: int | None = None,
    since: int | None = None,
    until: int | None = None,
) -> list[Ranking]:
    """One ranking per unit the metric is recorded in: values in different units
    are never ranked against each other. Each order runs as ``judgement.sense`` says
    (a metric of ranks #1 first, years earliest first, durations shortest first, else
    largest first) unless ``ascending`` says. Hedged figures are ordered by their stated
    value; where two intervals overlap the order is marked unknown and a note says so."""
    metric = resolve_metric(store, metric_name)
    ascending, words = sense(metric.unit_kind, ascending)
    hubs: dict[str, Hub] = {}
    rankings = []
    for unit in store.metric_units(metric.id, subjects=True):
        verdicts = judge(
            store,
            metric,
            unit,
            store.latest_kinds(metric.id, unit),
            since=since,
            until=until,
        )
        shown: Sequence[Entry]
        below: Sequence[Entry]
        if verdicts.whole:
            # Each latest figure (a LatestFigure): the order and the overlaps come from
            # these; whole facts only for the rows shown.
            shown, total = store.ranked(metric.id, unit, ascending, limit)
            # Whether a shown row's place is known: the overlaps among the rows shown and
            # the entries below the cut whose intervals reach up to them.
            if len(shown) < total:
                bounds = [b for e in shown if (b := e.high if ascending else e.low) is not None]
                # an unbounded row (None) reaches every entry below the cut
                bound = None if len(bounds) < len(shown) else (max if ascending else min)(bounds)
                below = store.reaching(metric.id, unit, [e.ord for e in shown], ascending, bound)
            else:
                below = []
            left: Sequence[Entry] = []
        else:
            ordered, left = split(store.latest_entries(metric.id, unit), verdicts, ascending)
            total = len(ordered)
            shown, below = ordered[:limit], ordered[limit:] if limit is not None else []
        facts = store.facts_by_ord([e.ord for e in shown])
        rows = [
            RankRow(
                place,
                _name(store, hubs, fact),
                _hub(store, hubs, fact.hub_id),
                fact.subject,
                fact,
                known,
            )
            for fact, (place, known) in zip(
                facts, places([*shown, *below], len(shown)), strict=True
            )
        ]
        notes = list(caveats([(r.name, r.fact) for r in rows]))
        cut = _cut_tie(store, shown, below, limit)
        if cut:
            place = rows[-1].rank
            notes.append(
                Note(
                    "cut",
                    f"--limit {limit} cuts a tie at #{place}: "
                    + join_names([_name(store, hubs, f) + f" ({f.display})" for f in cut])
                    + (" also rank" if len(cut) > 1 else " also ranks")
                    + f" #{place} but {'are' if len(cut) > 1 else 'is'} not shown.",
                    tuple(f.hub_id for f in cut),
                    tuple(f.id for f in cut),
                )
            )
        omitted = store.facts_by_ord([e.ord for e in left[:limit]])
        left_out = tuple(
            LeftOut(
                _name(store, hubs, f),
                _hub(store, hubs, f.hub_id),
                f.subject,
                f,
                left_out_note(f, verdicts),
            )
            for f in omitted
        )
        cited = [r.fact for r in rows] + [r.fact for r in left_out]
        span = window(verdicts, since, until)
        notes += order_notes(span, len(left_out), len(left))
        rankings.append(
            Ranking(
                metric,
                unit,
                words,
                span,
                tuple(rows),
                left_out,
                tuple(notes),
                tuple(cited_sources(store, cited)),
                total,
                len(left),
            )
        )
    return rankings


def _cut_tie(
    store: Store, shown: Sequence[Entry], below: Sequence[Entry], limit: int | None
) -> list[Fact]:
    """The figures below the cut that tie with the last one shown (same value and hedge):
    they are among the entries reaching up to the shown rows."""
    if limit is None or not shown or len(shown) < limit:
        return []
    last = shown[-1]
    tied = sorted(
        (e for e in below if (e.value, e.qualifier) == (last.value, last.qualifier)),
        key=lambda e: (e.hub_id, e.ord),
    )
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


def subset_verdicts(
    store: Store,
    metric: Metric,
    unit: str | None,
    entries: Sequence[LatestFigure],
    *,
    since: int | None,
    until: int | None,
) -> Verdicts:
    """The verdicts for some hubs' figures only (``list`` after its filters): their own
    kinds, judged among themselves (each by its first figure among them)."""
    first: dict[int, int] = {}
    figures: dict[int, int] = {}
    for entry in entries:
        first[entry.kind] = min(first.get(entry.kind, entry.ord), entry.ord)
        figures[entry.kind] = figures.get(entry.kind, 0) + 1
    rows = sorted((first[kind], kind, figures[kind]) for kind in first)
    return judge(
        store,
        metric,
        unit,
        [(kind, ord_, count) for ord_, kind, count in rows],
        since=since,
        until=until,
    )
