"""What several commands ask of a list of figures: which is latest, which sources it cites."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, overload

from hubquery.display import join_names
from hubquery.records import CitedName, Fact, Note, Source
from hubquery.store import Store

if TYPE_CHECKING:
    from hubquery.hedges import Interval


class StoredFacts(Sequence[Fact]):
    """Figures read from the store (``read``) each time they are walked: a hub's 100,000
    figures are written as JSON one at a time, never held. Indexing reads them all once
    and keeps them."""

    def __init__(self, read: Callable[[], Iterable[Fact]], size: int) -> None:
        self.read = read
        self.size = size
        self.held: tuple[Fact, ...] | None = None

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.held if self.held is not None else self.read())

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, index: int) -> Fact: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Fact]: ...

    def __getitem__(self, index: int | slice) -> Fact | Sequence[Fact]:
        if self.held is None:
            self.held = tuple(self.read())
        return self.held[index]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    __hash__ = None  # type: ignore[assignment]


def newest_first(facts: Iterable[Fact]) -> list[Fact]:
    """Latest period first (by its last day, then its first); reported before targets."""
    from hubquery.periods import sort_bounds

    def key(fact: Fact) -> tuple[bool, str, str]:
        start, end = sort_bounds(fact.period)
        return (fact.status != "target", end, start)

    return sorted(facts, key=key, reverse=True)


def latest(facts: Iterable[Fact], unit: str | None = None) -> Fact | None:
    """The figure that speaks for the latest value (in ``unit`` when given), as
    ``judgement.preferred`` chooses it: a report-period figure, a target or a threshold
    never wins over a dated one. The store's ``latest`` table chooses the same way."""
    from hubquery.judgement.orders import preferred

    return preferred(f for f in facts if unit is None or f.unit == unit)


def cited_sources(
    store: Store, facts: Iterable[Fact], citations: Iterable[CitedName] = ()
) -> Iterator[Source]:
    """The sources cited, each once, in order of first citation."""
    seen: dict[str, None] = {}
    for fact in facts:
        seen.setdefault(fact.source.id)
    for citation in citations:
        seen.setdefault(citation.source_id)
    for ident in seen:
        source = store.source(ident)
        if source is not None:
            yield source


def caveats(figures: list[tuple[str, Fact]]) -> Iterator[Note]:
    """What a reader must know before setting these (hub name, figure) pairs side by side:
    periods or definitions that differ, hedged figures whose order cannot be known,
    figures that may not be ordered at all (``judgement.figures.standing``), targets. One
    rule for every command that compares figures (compare, rank)."""
    if len(figures) < 2:
        return
    hub_ids = tuple(f.hub_id for _, f in figures)
    fact_ids = tuple(f.id for _, f in figures)
    periods = list(dict.fromkeys(f.period for _, f in figures))
    if len(periods) > 1:
        yield Note(
            "periods-differ",
            "Periods differ: " + ", ".join(f"{name} {f.period_label}" for name, f in figures) + ".",
            hub_ids,
            fact_ids,
        )
    if len({f.basis for _, f in figures}) > 1:
        yield Note(
            "definitions-differ",
            "Definitions differ ("
            + "; ".join(f"{name}: {f.basis or 'as the metric defines it'}" for name, f in figures)
            + "): not the same quantity.",
            hub_ids,
            fact_ids,
        )
    hedged = [(name, f) for name, f in figures if f.qualifier]
    if hedged:
        yield Note(
            "hedged",
            "Hedged: " + "; ".join(f"{name} {f.display}" for name, f in hedged) + ".",
            tuple(f.hub_id for _, f in hedged),
            tuple(f.id for _, f in hedged),
        )
    # A figure that did not hold as a count of its place (a threshold the source sets for
    # a group, a report's date, an aspiration) has no place in an order: the note says
    # what it is instead. A target has its own note, below.
    from hubquery.judgement.figures import standing  # only to order: 2.5 M of show --json

    judged = [(name, f, standing(f)) for name, f in figures]
    apart = [(name, f, j) for name, f, j in judged if not j.ok and j.kind != "target"]
    if apart:
        yield Note(
            "not-ordered",
            "Not ordered: " + "; ".join(f"{name}: {j.reason}" for name, _, j in apart) + ".",
            tuple(f.hub_id for _, f, _ in apart),
            tuple(f.id for _, f, _ in apart),
        )
    ordered = [(name, f) for name, f, j in judged if j.ok]
    uncertain = [
        pair
        for i, pair in enumerate(ordered)
        if i in overlapping([f.interval() for _, f in ordered])
    ]
    if uncertain:
        yield Note(
            "order-unknown",
            "Order unknown between "
            + join_names([f"{name} ({f.display})" for name, f in uncertain])
            + ": their hedged figures overlap.",
            tuple(f.hub_id for _, f in uncertain),
            tuple(f.id for _, f in uncertain),
        )
    targets = [(name, f) for name, f in figures if f.status == "target"]
    if targets:
        yield Note(
            "target",
            f"{join_names([n for n, _ in targets])}: a target, not a reported figure.",
            tuple(f.hub_id for _, f in targets),
            tuple(f.id for _, f in targets),
        )


def overlapping(intervals: list[Interval]) -> set[int]:
    """Positions of the figures whose interval overlaps another's: which of them is larger
    cannot be known (equal exact values are a tie, not an unknown order).

    A sweep in order of lower bounds, so a ranking of 50,000 figures stays fast; pinned
    to the pairwise definition (``overlapping_pairwise``) by a hypothesis test."""
    from hubquery.hedges import overlap

    order = sorted(range(len(intervals)), key=lambda k: (_low(intervals[k]), intervals[k].low_open))
    found: set[int] = set()
    active: list[int] = []  # earlier intervals not yet known to overlap another
    widest: int | None = None  # the earlier interval reaching highest, exact or not
    widest_hedged: int | None = None
    for k in order:
        current = intervals[k]
        for witness in (widest, widest_hedged):
            if witness is not None and _unordered(intervals[witness], current, overlap):
                found.update((witness, k))
        still = []
        for j in active:
            if _unordered(intervals[j], current, overlap):
                found.update((j, k))
            elif _high(intervals[j]) >= _low(current):
                still.append(j)
        active = still if k in found else [*still, k]
        # The witness is the earlier interval reaching furthest (a closed end beats an
        # open one at the same bound); an exact figure ties with an equal exact one, so
        # the furthest-reaching hedged figure is a witness of its own.
        if widest is None or _reach(current) > _reach(intervals[widest]):
            widest = k
        if not current.exact and (
            widest_hedged is None or _reach(current) > _reach(intervals[widest_hedged])
        ):
            widest_hedged = k
    return found


def overlapping_pairwise(intervals: list[Interval]) -> set[int]:
    """The reference ``overlapping`` is pinned to: every pair compared."""
    from hubquery.hedges import overlap

    return {
        i
        for i, a in enumerate(intervals)
        for j, b in enumerate(intervals)
        if i != j and _unordered(a, b, overlap)
    }


def disagreeing(facts: list[Fact], is_year: bool) -> list[Fact]:
    """The figures of one quantity that cannot all be true: each disagrees with a figure
    from another source, of an overlapping period (any two, for a year), whose interval
    does not overlap its own. In the order given.

    Not every pair is compared, so a hub with 100,000 figures of one metric stays fast.
    Figures of one source cannot disagree. Figures are grouped by period (a year's are
    one group): a figure disagrees with some figure of a group exactly when it does with
    one of that group's witnesses, its lowest-reaching and its highest-starting figure of
    two different sources. So each figure is compared with the few witnesses of each
    group whose period overlaps its own (found by a sweep in order of periods), never
    with every member. Pinned to the pairwise definition (``disagreeing_pairwise``) by a
    hypothesis test."""
    from hubquery.hedges import overlap
    from hubquery.periods import sort_bounds

    if len({f.source.id for f in facts}) < 2:
        return []
    intervals = [f.interval() for f in facts]
    groups: dict[str, list[int]] = {}
    for k, fact in enumerate(facts):
        groups.setdefault("" if is_year else fact.period, []).append(k)
    witnesses = {
        period: _witnesses(members, facts, intervals) for period, members in groups.items()
    }
    found: set[int] = set()

    def compare(members: list[int], against: list[list[int]]) -> None:
        for k in members:
            source = facts[k].source.id
            for best in against:
                other = next((w for w in best if facts[w].source.id != source), None)
                if other is not None and not overlap(intervals[other], intervals[k]):
                    found.add(k)
                    break

    spans = {period: sort_bounds(period) if period else ("", "") for period in groups}
    ends = {period: end for period, (_, end) in spans.items()}
    active: list[str] = []  # earlier periods that may overlap a later one
    for period in sorted(groups, key=lambda p: spans[p]):
        start, _ = spans[period]
        active = [p for p in active if ends[p] >= start]
        compare(groups[period], witnesses[period])
        for earlier in active:
            compare(groups[period], witnesses[earlier])
            compare(groups[earlier], witnesses[period])
        active.append(period)
    return [facts[k] for k in sorted(found)]


def _witnesses(members: list[int], facts: list[Fact], intervals: list[Interval]) -> list[list[int]]:
    """A group's witnesses below (lowest reach, an open end first) and above (highest
    start, an open end first), each of two different sources where it has two."""
    below = sorted(members, key=lambda k: _reach(intervals[k]))
    above = sorted(members, key=lambda k: (_low(intervals[k]), intervals[k].low_open), reverse=True)
    return [_two_sources(below, facts), _two_sources(above, facts)]


def _two_sources(order: list[int], facts: list[Fact]) -> list[int]:
    """The first figure in ``order`` and the first of another source."""
    first = order[0]
    other = next((k for k in order if facts[k].source.id != facts[first].source.id), None)
    return [first] if other is None else [first, other]


def disagreeing_pairwise(facts: list[Fact], is_year: bool) -> list[Fact]:
    """The reference ``disagreeing`` is pinned to: every pair compared."""
    from hubquery.hedges import overlap
    from hubquery.periods import sort_bounds

    def overlapping_periods(first: str, second: str) -> bool:
        (a_start, a_end), (b_start, b_end) = sort_bounds(first), sort_bounds(second)
        return a_start <= b_end and b_start <= a_end

    found = {
        k
        for k, a in enumerate(facts)
        for b in facts
        if a.source.id != b.source.id
        and (is_year or overlapping_periods(a.period, b.period))
        and not overlap(a.interval(), b.interval())
    }
    return [facts[k] for k in sorted(found)]


def _unordered(a: Interval, b: Interval, overlap: Callable[[Interval, Interval], bool]) -> bool:
    return not (a.exact and b.exact) and overlap(a, b)


def _low(i: Interval) -> float:
    return -math.inf if i.low is None else i.low


def _high(i: Interval) -> float:
    return math.inf if i.high is None else i.high


def _reach(i: Interval) -> tuple[float, bool]:
    return _high(i), not i.high_open
