"""Hubs filtered by place, tag and figures, and sorted (`list`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain, islice, repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple

from hubquery.errors import QueryError
from hubquery.hedges import Answer, satisfies, stored_interval
from hubquery.judgement.orders import sense
from hubquery.query.conditions import Condition, parse_condition, parse_sort
from hubquery.query.facts import caveats, cited_sources
from hubquery.query.rank import (
    Entry,
    Verdicts,
    Window,
    judge,
    left_out_note,
    order_notes,
    split,
    subset_verdicts,
)
from hubquery.query.rank import places as rank_places
from hubquery.query.rank import window as rank_window
from hubquery.query.resolve import resolve_hub, resolve_label
from hubquery.records import Fact, Hub, LatestFigure, Metric, Note, Source
from hubquery.store import Store


class HubRow(NamedTuple):
    """A hub in a listing, with its latest figures for the metrics asked about.

    ``match`` is ``yes`` when every condition certainly holds, ``maybe`` when a hedged
    figure ("more than 20 million") leaves it undecided (kept only with --maybe).
    Sorted (--sort), ``rank`` is the hub's place in the order, as `rank` gives it (None
    for a hub whose figure the judgement leaves out of the order, or that has none),
    ``order_known`` false where a hedge leaves the place uncertain, and ``notes`` what
    `rank` says about its figure: why it is left out, where periods differ …"""

    hub: Hub
    parent_name: str | None
    facts: tuple[Fact, ...]
    match: Answer
    rank: int | None = None
    order_known: bool | None = None
    notes: tuple[Note, ...] = ()


class HubList(NamedTuple):
    """The hubs a listing shows (``rows``), and how many matched before --limit
    (``hub_count``). Sorted, ``sort`` is the metric, ``order`` what comes first
    ("largest first"), ``window`` the years of the order and ``notes`` what `rank`
    notes of the same figures."""

    rows: tuple[HubRow, ...]
    metrics: tuple[Metric, ...]
    sources: tuple[Source, ...]
    hub_count: int
    sort: Metric | None = None
    order: str | None = None
    window: Window | None = None
    notes: tuple[Note, ...] = ()


def list_hubs(
    store: Store,
    *,
    kinds: Iterable[str] = (),
    parent: str | None = None,
    country: str | None = None,
    region: str | None = None,
    tags: Iterable[str] = (),
    where: Iterable[str] = (),
    sort: str | None = None,
    ascending: bool | None = None,
    limit: int | None = None,
    maybe: bool = False,
    figures: bool = True,
    since: int | None = None,
    until: int | None = None,
) -> HubList:
    """Hubs matching every filter given, optionally sorted by a metric's latest value:
    largest first, or for a metric of ranks #1 first, unless ``ascending`` says.

    A condition on a hedged figure can be undecidable ("more than 20 million" against
    "> 25 million"): such hubs are left out unless ``maybe`` keeps them, marked.

    Sorted, the hubs are in `rank`'s order of the same figures: those the judgement
    leaves out of the order (a report-period figure, a threshold, a figure outside the
    window of ``since``/``until`` or the default span) follow, unnumbered, with the
    reason; then the hubs without a figure.

    ``figures`` False is for output that prints no figure (``--fields hub.id``): the
    rows then carry none (nor the result any source), and none is read whole."""
    conditions = [parse_condition(store, text) for text in where]
    # The hubs that can pass every condition, asked of the store's indexes first, so a
    # selective condition never loads every hub and every figure of the metric: the
    # latest figures each condition may hold for, by range scans (``hubs_that_may`` of
    # the facts with --as-of, the latest figures then read for the hubs found).
    candidates: set[str] | None = None
    scanned: dict[tuple[str, str | None], list[LatestFigure]] = {}
    for condition in conditions:
        reading = (condition.metric.id, condition.unit)
        found = store.latest_that_may(*reading, condition.operator, condition.number)
        if found is None:
            possible = store.hubs_that_may(*reading, condition.operator, condition.number)
        else:
            possible = set(map(_HUB_ID, found))
            scanned.setdefault(reading, found)
        candidates = possible if candidates is None else candidates & possible
    # Each reading is a metric in a unit (None: its only one), as ``_one_unit`` gives it.
    readings = {(c.metric.id, c.unit): c.metric for c in conditions}
    sort_metric: Metric | None = None
    sort_reading = None
    words = None
    if sort is not None:
        sort_metric, sort_unit = parse_sort(store, sort)
        # Units are named only for a metric recorded in several, so any other is a conflict.
        other = sorted(
            str(unit)
            for metric_id, unit in readings
            if metric_id == sort_metric.id and unit != sort_unit
        )
        if other:
            raise QueryError(
                f"--where reads {sort_metric.id!r} in {', '.join(other)} "
                f"but --sort in {sort_unit}: use one unit"
            )
        sort_reading = (sort_metric.id, sort_unit)
        readings.setdefault(sort_reading, sort_metric)
        ascending, words = sense(sort_metric.unit_kind, ascending)
    # Sorted, every hub is read in the order of its figure, with it (then the rest).
    ordered = None
    if sort_reading is not None and candidates is None:
        ordered = store.hubs_by_figure(*sort_reading, bool(ascending))
    by_figure: list[LatestFigure] | None = None
    if ordered is not None:
        hubs, by_figure = ordered
    else:
        hubs = store.hubs() if candidates is None else store.hubs_by_id(candidates)
    read = len(hubs)
    names = {h.id: h.name for h in hubs}
    parents = {h.parent_id for h in hubs if h.parent_id} - names.keys()
    names.update((h.id, h.name) for h in store.hubs_by_id(parents))
    kinds = set(kinds)
    if kinds:
        hubs = [h for h in hubs if h.kind in kinds]
    if parent is not None:
        below = set(store.descendants(resolve_hub(store, parent).id))
        hubs = [h for h in hubs if h.id in below]
    if country is not None:
        named = resolve_hub(store, country)
        if named.kind != "country":
            raise QueryError(
                f"{named.id} is a {named.kind}, not a country; see 'hubquery list --kind country'"
            )
        hubs = [h for h in hubs if h.country_id == named.id]
    if region is not None:
        wanted = resolve_label("region", region, store.regions())
        hubs = [h for h in hubs if h.region == wanted]
    for tag in tags:
        tagged = store.hubs_tagged(resolve_label("tag", tag, store.tags()))
        hubs = [h for h in hubs if h.id in tagged]

    metrics = list(dict.fromkeys(readings.values()))
    # Each hub's latest figure of each reading: enough to test the conditions and to
    # sort. Only the figures of the hubs shown are then read whole.
    # The sort reading's come in the order of their values (SQLite's, through an index).
    # By hub only where a condition tests them or a row shows them.
    read_figures = {
        reading: by_figure
        if by_figure is not None and reading == sort_reading
        else store.latest_of_hubs(
            *reading,
            candidates,
            bool(ascending) if reading == sort_reading else None,
            scanned.get(reading),
        )
        for reading in readings
    }
    latest = (
        {reading: _by_hub(found) for reading, found in read_figures.items()}
        if conditions or figures
        else {}
    )

    # The hubs kept, each with its answer; its figures are looked up again only for the
    # rows shown (a listing of 50,000 hubs makes no record per hub it need not).
    kept: list[tuple[Hub, Answer]]
    if conditions:
        kept = []
        for hub in hubs:
            entries = {
                reading: found[hub.id] for reading, found in latest.items() if hub.id in found
            }
            answer = _all_hold(conditions, entries)
            if answer == "yes" or (answer == "maybe" and maybe):
                kept.append((hub, answer))
    else:
        kept = list(zip(hubs, repeat("yes")))
    places: dict[str, tuple[int, bool]] = {}
    left: dict[str, Entry] = {}
    verdicts: Verdicts | None = None
    if sort_reading is not None and sort_metric is not None:
        _, sort_unit = sort_reading
        # Read in the order of their figures and none filtered out, the kept begin with
        # every hub with a figure, in that order: nothing to look up, nothing to move.
        aligned = by_figure is not None and len(kept) == read
        ids = None if aligned else list(map(_ID, map(_FIRST, kept)))
        verdicts, places, left = _order(
            store,
            sort_metric,
            sort_unit,
            ids,
            read_figures[sort_reading],
            candidates is None,
            bool(ascending),
            since,
            until,
        )
        # The ranked in order, those left out, then the rest as they were: each taken out
        # of one map of the kept (no sort of every row in Python).
        if not aligned or left or not verdicts.whole:
            ids = ids or list(map(_ID, map(_FIRST, kept)))
            by_hub = dict(zip(ids, kept, strict=True))
            kept = [*map(by_hub.pop, places), *map(by_hub.pop, left), *by_hub.values()]
    matched = len(kept)
    if limit is not None:
        kept = kept[:limit]
    maps = list(latest.values()) if figures else []
    shown = (
        [[found[hub.id] for found in maps if hub.id in found] for hub, _ in kept]
        if maps
        else [[]] * len(kept)
    )
    facts = store.facts_by_ord([e.ord for found in shown for e in found])
    # The ranked come first, in the order of ``places``: each row is given its place as
    # it is made (a row of 50,000 replaced, or looked up, costs more than the sort).
    placed = islice(chain(places.values(), repeat((None, None))), len(kept))
    rows, start = [], 0
    for (hub, answer), found, (place, known) in zip(kept, shown, placed, strict=True):
        count = len(found)
        rows.append(
            HubRow(
                hub,
                names.get(hub.parent_id or ""),
                tuple(facts[start : start + count]),
                answer,
                place,
                known,
            )
        )
        start += count
    notes: tuple[Note, ...] = ()
    window = None
    if verdicts is not None and sort_metric is not None:
        if figures:  # (without figures no row has a note)
            rows, notes = _sorted_rows(rows, places, left, verdicts, sort_metric.id)
        window = rank_window(verdicts, since, until)
        notes = (*notes, *order_notes(window, 0, 0))
    return HubList(
        tuple(rows),
        tuple(metrics),
        tuple(cited_sources(store, facts)),
        matched,
        sort_metric,
        words,
        window,
        notes,
    )


def _order(
    store: Store,
    metric: Metric,
    unit: str | None,
    kept: Sequence[str] | None,
    entries: Sequence[Entry],
    every: bool,
    ascending: bool,
    since: int | None,
    until: int | None,
) -> tuple[Verdicts, dict[str, tuple[int, bool]], dict[str, Entry]]:
    """The place of each kept hub's figure (``kept``: their ids; None: every hub with a
    figure, in the order of ``entries``) of the sort metric in `rank`'s order, by hub id
    in that order; and the figures the judgement leaves out, by hub. ``entries`` are
    every candidate hub's figures in the order of their values (``Store.latest_of_hubs``
    with ``ascending``). Judged once for every hub's figures:
    when nothing is left out of those, nothing is of any hubs'; otherwise among the
    kept."""
    verdicts = judge(
        store,
        metric,
        unit,
        store.latest_kinds(metric.id, unit, subjects=False),
        since=since,
        until=until,
    )
    # the kept hubs' figures, in the order of ``kept``
    if kept is None:
        figures = list(entries)
    else:
        by_hub = _by_hub(list(entries))
        figures = [by_hub[hub] for hub in kept if hub in by_hub]
    left: Sequence[Entry]
    if verdicts.whole:
        if len(figures) == len(entries):  # every hub with a figure kept: already in order
            ordered = list(entries)
        else:
            hubs = set(map(_HUB_ID, figures))
            ordered = [e for e in entries if e.hub_id in hubs]
        left = []
    else:
        # each with its kind: judged again among themselves unless they are every hub's
        if not every or len(figures) != len(entries):
            verdicts = subset_verdicts(store, metric, unit, figures, since=since, until=until)
        ordered, left = split(sorted(figures, key=lambda e: e.hub_id), verdicts, ascending)
    found = dict(zip(map(_HUB_ID, ordered), rank_places(ordered, len(ordered)), strict=True))
    return verdicts, found, {e.hub_id: e for e in left}


def _sorted_rows(
    rows: list[HubRow],
    places: dict[str, tuple[int, bool]],
    left: dict[str, Entry],
    verdicts: Verdicts,
    metric_id: str,
) -> tuple[list[HubRow], tuple[Note, ...]]:
    """Each row (its place given already) with the judgement's reason where the order
    leaves its figure out; and the notes `rank` gives of the ranked figures shown, each
    also on the rows it names. Only the rows with a note are made again."""
    ranked: list[tuple[str, Fact]] = []
    reasons: dict[str, list[Note]] = {}
    for row in rows:
        if not row.facts:  # nothing read (--fields without figures) or no figure
            continue
        figure = next((f for f in row.facts if f.metric_id == metric_id), None)
        if figure is None:
            continue
        if row.hub.id in places:
            ranked.append((row.hub.name, figure))
        elif row.hub.id in left:
            reasons[row.hub.id] = [left_out_note(figure, verdicts)]
    notes = tuple(caveats(ranked))
    for note in notes:
        for hub in dict.fromkeys(note.hub_ids):
            reasons.setdefault(hub, []).append(note)
    if not reasons:
        return rows, notes
    return [
        row._replace(notes=(*row.notes, *reasons[row.hub.id])) if row.hub.id in reasons else row
        for row in rows
    ], notes


def _by_hub(entries: list[LatestFigure]) -> dict[str, LatestFigure]:
    """Entries by hub id, in their order (made in C: one per hub of a listing)."""
    return dict(zip(map(_HUB_ID, entries), entries, strict=True))


_HUB_ID = attrgetter("hub_id")
_ID = attrgetter("id")
_FIRST = itemgetter(0)


def _all_hold(
    conditions: list[Condition], figures: dict[tuple[str, str | None], LatestFigure]
) -> Answer:
    """yes if every condition certainly holds, no if any certainly fails (or has no
    figure to test), else maybe. ``figures`` are as ``Store.latest_of_hubs`` gives them,
    by (metric id, unit)."""
    answer: Answer = "yes"
    for condition in conditions:
        figure = figures.get((condition.metric.id, condition.unit))
        if figure is None:
            return "no"
        found = satisfies(
            stored_interval(figure.low, figure.high, figure.qualifier),
            condition.operator,
            condition.number,
        )
        if found == "no":
            return "no"
        if found == "maybe":
            answer = "maybe"
    return answer
