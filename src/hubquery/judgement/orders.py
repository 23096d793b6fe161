"""Which figures may be put in one order, which way it runs, and which may be drawn
as bars side by side."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from hubquery.judgement.changes import same_window
from hubquery.judgement.figures import (
    YES,
    Judgement,
    comparable,
    period_label,
    standing,
    year,
)
from hubquery.periods import sort_bounds

if TYPE_CHECKING:
    from hubquery.records import Fact

# How far before the newest figure an order reaches by default (years): a ranking of
# 2022 populations does not number a figure of 1979 among them.
DEFAULT_WINDOW_YEARS = 5


# --- orders --------------------------------------------------------------------------


class Years(NamedTuple):
    """The period window an order is made in: its first and last year."""

    first: int
    last: int


class Ordering(NamedTuple):
    """Figures that may be put in one order, and those left out with the reason.

    ``ranked`` keeps the order it was given (the caller sorts); ``window`` is the period
    window the order was made in, as (first year, last year); ``reference`` is the figure
    the others were found comparable with (see `place`)."""

    ranked: tuple[Fact, ...]
    left_out: tuple[tuple[Fact, Judgement], ...]
    window: Years | None
    reference: Fact | None = None


def order(
    facts: Sequence[Fact],
    *,
    since: int | None = None,
    until: int | None = None,
    window_years: int | None = DEFAULT_WINDOW_YEARS,
    counts: Sequence[int] | None = None,
) -> Ordering:
    """The figures that may be ordered together: standing, comparable with the reference
    figure (the first standing figure about the place itself, in the basis most figures
    share), and inside the period window. Without ``since``, the window reaches
    ``window_years`` back from the newest figure kept (None: no window). Left out in the
    order given.

    ``counts``, where given, says how many figures each of ``facts`` stands for: a caller
    may judge one figure of each kind (alike in subject, basis, status, period and
    period_of, none derived) for all of its kind; the counts weigh the basis most share."""
    weights = [1] * len(facts) if counts is None else list(counts)
    kept = [(f, n) for f, n in zip(facts, weights, strict=True) if standing(f).ok]
    reference = _reference(kept)
    alike = [f for f, _ in kept if reference is None or comparable(reference, f).ok]
    window: Years | None = None
    if alike and (since is not None or until is not None or window_years is not None):
        last = until if until is not None else max(year(f, end=True) for f in alike)
        first = (
            since
            if since is not None
            else (last - window_years if window_years is not None else min(year(f) for f in alike))
        )
        window = Years(first, last)
    ranked: list[Fact] = []
    left: list[tuple[Fact, Judgement]] = []
    for fact in facts:
        judged = place(fact, reference, window)
        (ranked.append(fact) if judged.ok else left.append((fact, judged)))
    return Ordering(tuple(ranked), tuple(left), window, reference)


def place(fact: Fact, reference: Fact | None, window: Years | None) -> Judgement:
    """Whether a figure has a place in an order about ``reference`` made in ``window``
    (as `order` found them): standing, comparable with the reference, inside the window."""
    judged = standing(fact)
    if judged.ok and reference is not None:
        judged = comparable(reference, fact)
    if (
        judged.ok
        and window is not None
        and (year(fact, end=True) < window.first or year(fact) > window.last)
    ):
        return Judgement(
            False,
            "outside-window",
            f"{fact.display} is of {period_label(fact)}, outside {window.first}–{window.last}",
        )
    return judged


def _reference(facts: Sequence[tuple[Fact, int]]) -> Fact | None:
    """The figure an order is about: about the place itself where there is one, in the
    basis most such figures share (each figure weighing as many as it stands for)."""
    if not facts:
        return None
    own = [(f, n) for f, n in facts if f.subject is None] or list(facts)
    counts: dict[tuple[str | None, str], int] = {}
    for fact, n in own:
        counts[(fact.basis, fact.unit)] = counts.get((fact.basis, fact.unit), 0) + n

    def weight(key: tuple[str | None, str]) -> tuple[int, bool]:
        basis, _ = key
        return counts[key], basis is None

    basis, unit = max(counts, key=weight)
    return next(f for f, _ in own if (f.basis, f.unit) == (basis, unit))


def default_window(unit_kind: str) -> int | None:
    """How many years before the newest figure an order of this kind reaches unless told:
    a year (founded, designated) is when something happened and never goes out of date,
    so an order of years has no window by default."""
    return None if unit_kind == "year" else DEFAULT_WINDOW_YEARS


# What comes first in an order of each kind of figure, by default and reversed: a place
# in an order means only this, never "best". A rank's #1 comes first; the earliest year
# (founded first); the shortest duration (a duration is no achievement: Silicon Valley's
# 30 years to build what Zhongguancun built in 5 is not a first place); else the largest.
_SENSE = {
    "rank": (True, "best place first", "worst place first"),
    "year": (True, "earliest first", "latest first"),
    "duration": (True, "shortest first", "longest first"),
}


def sense(unit_kind: str, ascending: bool | None = None) -> tuple[bool, str]:
    """Whether an order of figures of this kind ascends (``ascending`` when the reader
    asks), and what comes first, in words for the reader: "largest first"."""
    default, first, reverse = _SENSE.get(unit_kind, (False, "largest first", "smallest first"))
    if ascending is None:
        ascending = default
    return ascending, first if ascending == default else reverse


def preferred(facts: Iterable[Fact]) -> Fact | None:
    """The figure that speaks for a place's latest value: the newest standing figure,
    else the newest of the rest, targets last. A report-period figure or a target never
    wins over a dated one."""
    best: tuple[bool, bool, str, str] | None = None
    found: Fact | None = None
    for fact in facts:
        start, end = sort_bounds(fact.period)
        key = (standing(fact).ok, fact.status != "target", end, start)
        if best is None or key > best:
            best, found = key, fact
    return found


# --- bars ----------------------------------------------------------------------------


def drawable(facts: Sequence[Fact], window_years: int | None = None) -> Judgement:
    """Whether bars may be drawn for these figures side by side: each an amount (a rank
    is a place and a year a date: a longer bar would not mean more), none below zero,
    every two joinable, and with ``window_years`` (hubs side by side, not one hub over
    time) each within that many years of the newest, as an order's window. Linear:
    comparability is checked against the first figure (its parts are equalities) and
    derivation through the figures' ids."""
    for fact in facts:
        if fact.unit == "rank":
            return Judgement(
                False,
                "rank",
                "a rank is a place, not an amount: a longer bar would not mean a better place",
            )
        if fact.unit == "year":
            return Judgement(False, "year", "a year is a date, not an amount")
        if fact.value < 0:
            return Judgement(False, "negative", f"{fact.display} is below zero")
        judged = standing(fact)
        if not judged.ok:
            return judged
    for fact in facts[1:]:
        judged = comparable(facts[0], fact)
        if judged.ok:
            judged = same_window(facts[0], fact)
        if not judged.ok:
            return judged
    if window_years is not None and facts:
        last = max(year(fact, end=True) for fact in facts)
        for fact in facts:
            judged = place(fact, None, Years(last - window_years, last))
            if not judged.ok:
                return judged
    ids = {fact.id for fact in facts}
    if any(ident in ids for fact in facts for ident in fact.inputs):
        return Judgement(
            False,
            "derived-from",
            "one is derived from another, so their bars would count the same thing twice",
        )
    return YES


def bar_top(facts: Sequence[Fact]) -> float:
    """The value a full bar stands for: 100 for percentages (a 10 % share is a tenth of
    a bar, not a full one), else the largest figure."""
    top = max((fact.value for fact in facts), default=0)
    if facts and all(fact.unit == "percent" for fact in facts):
        return float(max(100, top))
    return float(top) or 1.0
