"""What may be put side by side: the one judgement every view asks.

`history` (changes), `rank` and `list --sort` (orders), `compare` (bars), `check`
(verdicts), `cite` and charts never re-derive these rules; they ask here and print the
reason this module gives, in its words, when the answer is no. Pure: no I/O, no store,
no click, no rich; records in, small named tuples out.

The rules (PRODUCT.md, "What may be put side by side"):

- A figure *stands* on its own when it held in its period: not a report-period figure
  (``period_of: report``), not a target or an aspiration, not a threshold that a
  sentence sets for a group. Only standing figures are joined into a change, an order
  or a bar; the others are shown, with the reason, never numbered or joined.
- Two figures are *comparable* when metric, unit, subject, basis and status agree,
  currencies are not mixed and neither is derived from the other. A threshold is
  comparable only as an interval (``--where``, ``check``), never joined.
- A *change* is computed only between comparable standing figures of periods that do
  not overlap; it is an interval when either end is hedged, and no change is claimed
  when that interval contains zero. For ranks lower is better: 15th → 14th is "up 1
  place".
- A figure stated in words keeps them: "two-thirds (≈67 %)", approximate wherever it is
  compared.
- An *order* is made only among mutually comparable standing figures inside a period
  window; the rest are left out with the reason.
- A claim is *supported* when the held interval lies inside the claim's, *contradicted*
  when the two cannot both hold, *unsupported* otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Literal, NamedTuple, Protocol

from hubquery.hedges import Interval, interval, overlap
from hubquery.periods import sort_bounds

if TYPE_CHECKING:
    from hubquery.records import Fact
    from hubquery.vocabulary import Verdict

# How far before the newest figure an order reaches by default (years): a ranking of
# 2022 populations does not number a figure of 1979 among them.
DEFAULT_WINDOW_YEARS = 5

Direction = Literal["up", "down", "unchanged", "unknown"]


class Judgement(NamedTuple):
    """Yes, or no with the reason. ``kind`` is stable, for scripts and notes
    (``report-period``, ``target``, ``aspiration``, ``threshold``, ``metric-differs``,
    ``unit-differs``, ``currency-differs``, ``subject-differs``, ``basis-differs``,
    ``status-differs``, ``derived-from``, ``same-period``, ``windows-differ``, ``year``,
    ``no-change``, ``outside-window``, and for bars ``rank``, ``negative``); ``reason`` is
    the sentence a view prints."""

    ok: bool
    kind: str | None = None
    reason: str | None = None


YES = Judgement(True)


def standing(fact: Fact) -> Judgement:
    """Whether the figure held in its period, so that it may be joined into a change, an
    order or a bar. The reason says what the figure is instead."""
    figure = bare_display(fact)
    if fact.period_of == "report":
        return Judgement(False, "report-period",
                         f"{figure} is when the source reported it "
                         f"({period_label(fact)}), not when it held")
    if fact.status == "target":
        return Judgement(False, "target", f"{figure} is a target for {fact.period}")
    if fact.status == "aspiration":
        return Judgement(False, "aspiration",
                         f"{figure} is an aspiration the source gives no date")
    if fact.status == "threshold":
        return Judgement(False, "threshold",
                         f"{figure} is a threshold the source sets for a group, "
                         "not a count of this place")
    return YES


def bare_display(fact: Fact) -> str:
    """The figure as ``display`` reads, without the status word it adds ("(target)",
    "(threshold)"), for a sentence that says the status itself."""
    return fact.display.removesuffix(f" ({fact.status})")


def comparable(a: Fact, b: Fact) -> Judgement:
    """Whether two figures measure the same thing, so that one may be set against the
    other; standing is asked apart (`standing`): a threshold is comparable as an
    interval, and a change or an order asks both."""
    if a.metric_id != b.metric_id:
        return Judgement(False, "metric-differs", "they measure different things")
    if a.unit != b.unit:
        if _currency(a.unit) and _currency(b.unit):
            return Judgement(False, "currency-differs",
                             f"{a.unit} and {b.unit} are not converted into each other")
        return Judgement(False, "unit-differs", f"one is in {a.unit}, the other in {b.unit}")
    if a.subject != b.subject:
        return Judgement(False, "subject-differs",
                         f"one is about {_about(a.subject)}, the other about "
                         f"{_about(b.subject)}")
    if a.basis != b.basis:
        return Judgement(False, "basis-differs",
                         f"one counts {a.basis or 'without a stated basis'}, the other "
                         f"{b.basis or 'without a stated basis'}")
    if a.status != b.status:
        return Judgement(False, "status-differs",
                         f"one is {_status(a.status)}, the other {_status(b.status)}")
    if a.id in b.inputs or b.id in a.inputs:
        return Judgement(False, "derived-from",
                         "one is derived from the other, so a change between them says "
                         "nothing new")
    return YES


def joinable(a: Fact, b: Fact) -> Judgement:
    """Both standing and comparable: what a change, an order or a bar needs."""
    for fact in (a, b):
        judged = standing(fact)
        if not judged.ok:
            return judged
    return comparable(a, b)


# --- changes -------------------------------------------------------------------------


class Change(NamedTuple):
    """The change from one figure to a later comparable one; computed, never cited.

    ``low``/``high`` bound the absolute change (null where a hedge leaves it unbounded),
    ``percent_low``/``percent_high`` the change in percent of the earlier figure (null
    for shares, ranks and where it means nothing). ``direction`` is in the reader's
    sense: for ranks "up" is a better place (a lower number). ``across_sources`` is true
    when the two figures come from different sources."""

    from_fact_id: str
    to_fact_id: str
    unit: str
    low: float | None
    high: float | None
    percent_low: float | None
    percent_high: float | None
    direction: Direction
    display: str
    across_sources: bool
    derived: bool = True


# Units whose change is not meaningfully a percentage of the earlier figure.
_NO_PERCENT = ("percent", "rank", "year")


def change(before: Fact, after: Fact, unit_kind: str | None = None) -> Change | Judgement:
    """The change from ``before`` to ``after``, or why there is none to state."""
    judged = joinable(before, after)
    if not judged.ok:
        return judged
    if unit_kind == "year" or after.unit == "year":
        return Judgement(False, "year", "a year is when something happened; it does not "
                         "change")
    windows = _windows(before, after)
    if not windows.ok:
        return windows
    if sort_bounds(before.period)[1] >= sort_bounds(after.period)[0]:
        return Judgement(False, "same-period", "their periods overlap: they agree or "
                         "conflict, they do not change")
    a, b = precise_interval(before), precise_interval(after)
    low = None if b.low is None or a.high is None else b.low - a.high
    high = None if b.high is None or a.low is None else b.high - a.low
    percent_low = percent_high = None
    if after.unit not in _NO_PERCENT and a.low is not None and a.low > 0:
        percent_high = None if b.high is None else (b.high / a.low - 1) * 100
        if b.low is not None and a.high is not None:
            percent_low = (b.low / a.high - 1) * 100
    low, high, percent_low, percent_high = (
        None if x is None else round(x, 9) for x in (low, high, percent_low, percent_high))
    exact = low is not None and high is not None and _close(low, high)
    if not exact and (low is None or low <= 0) and (high is None or high >= 0):
        return Judgement(False, "no-change",
                         "the hedges admit a rise, a fall or no change at all")
    rank = after.unit == "rank"
    if exact and low is not None and _close(low, 0.0):
        direction: Direction = "unchanged"
    elif low is not None and low > 0:
        direction = "down" if rank else "up"
    else:
        direction = "up" if rank else "down"
    text = _change_text(low, high, percent_low, percent_high, after.unit, unit_kind)
    return Change(before.id, after.id, after.unit, low, high, percent_low, percent_high,
                  direction, text, before.source.id != after.source.id)


def _windows(a: Fact, b: Fact) -> Judgement:
    """Totals over windows of different lengths ("170 companies in the four years before",
    "860 in the past two") are not one quantity at two times."""
    if "/" not in a.period and "/" not in b.period:
        return YES
    from datetime import date

    def days(period: str) -> int:
        start, end = sort_bounds(period)
        return (date.fromisoformat(end) - date.fromisoformat(start)).days

    long, short = sorted((days(a.period), days(b.period)), reverse=True)
    if long > short * 1.1 + 31:  # a month's slack: 2012-01/2012-10 against 2013-01/2013-10
        return Judgement(False, "windows-differ",
                         f"one counts over {a.period}, the other over {b.period}: totals "
                         "over windows of different lengths are not one quantity at two "
                         "times")
    return YES


def _change_text(low: float | None, high: float | None, percent_low: float | None,
                 percent_high: float | None, unit: str, unit_kind: str | None) -> str:
    if unit == "rank" and low is not None and high is not None:
        return _places(low, high)

    def percent(x: float) -> str:
        from hubquery.display import plain_number

        return f"{_sign(x)}{plain_number(round(abs(x), 1))} %"

    text = _range(low, high, lambda x: _signed(x, unit, unit_kind))
    share = _range(percent_low, percent_high, percent)
    return text if share == "unknown" else f"{text} ({share})"


def _places(low: float, high: float) -> str:
    """A change of rank in the reader's words: a lower number is a better place."""
    from hubquery.display import plain_number

    def words(x: float) -> str:
        n = abs(x)
        return f"{plain_number(n)} place{'' if n == 1 else 's'}"

    if _close(low, high):
        if _close(low, 0.0):
            return "unchanged"
        return f"{'down' if low > 0 else 'up'} {words(low)}"
    if high < 0:
        return f"up {words(high)} to {words(low)}"
    return f"down {words(low)} to {words(high)}"


def _range(low: float | None, high: float | None, show: Callable[[float], str]) -> str:
    if low is None:
        return "unknown" if high is None else f"at most {show(high)}"
    if high is None:
        return f"at least {show(low)}"
    if _close(low, high):
        return show(low)
    return f"{show(low)} to {show(high)}"


def _signed(x: float, unit: str, unit_kind: str | None) -> str:
    from hubquery.display import format_value, plain_number

    if unit == "percent":
        return f"{_sign(x)}{plain_number(round(abs(x), 2))} pp"
    return _sign(x) + format_value(abs(x), unit, unit_kind if unit_kind != "growth" else None)


def _sign(x: float) -> str:
    return "+" if x > 0 else "−" if x < 0 else "±"


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


# --- precision -----------------------------------------------------------------------


class Precision(NamedTuple):
    """How precisely a figure is stated. ``words`` are the source's own ("two-thirds")
    where it states the figure in words; ``approximate`` is true for a hedge or words,
    and then a comparison allows the tolerance of ``interval``."""

    words: str | None
    approximate: bool
    interval: Interval


# Figures stated in words that name a fraction are approximate to within this many
# percentage points either way: "two-thirds" admits 66–67.5 %, "one in three" 33 %
# rounded either way, never the 66.67 % a table would print.
FRACTION_TOLERANCE = 1.0


def precision(fact: Fact) -> Precision:
    """The source's words for the figure, and the interval a comparison allows."""
    held = fact.interval()
    words = fact.stated_as
    if words and fact.unit == "percent" and not float(fact.value).is_integer() \
            and fact.qualifier is None:
        tolerance = FRACTION_TOLERANCE
        return Precision(words, True, Interval(max(0.0, fact.value - tolerance),
                                               min(100.0, fact.value + tolerance)))
    return Precision(words, bool(words) or fact.qualifier is not None, held)


def precise_interval(fact: Fact) -> Interval:
    """The interval a comparison of the figure uses (see `precision`)."""
    return precision(fact).interval


# --- orders --------------------------------------------------------------------------


class Ordering(NamedTuple):
    """Figures that may be put in one order, and those left out with the reason.

    ``ranked`` keeps the order it was given (the caller sorts); ``window`` is the period
    window the order was made in, as (first year, last year); ``reference`` is the figure
    the others were found comparable with (see `place`)."""

    ranked: tuple[Fact, ...]
    left_out: tuple[tuple[Fact, Judgement], ...]
    window: tuple[int, int] | None
    reference: Fact | None = None


def order(facts: Sequence[Fact], *, since: int | None = None, until: int | None = None,
          window_years: int | None = DEFAULT_WINDOW_YEARS,
          counts: Sequence[int] | None = None) -> Ordering:
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
    window: tuple[int, int] | None = None
    if alike and (since is not None or until is not None or window_years is not None):
        last = until if until is not None else max(_year(f, end=True) for f in alike)
        first = since if since is not None else (
            last - window_years if window_years is not None else min(_year(f) for f in alike))
        window = (first, last)
    ranked: list[Fact] = []
    left: list[tuple[Fact, Judgement]] = []
    for fact in facts:
        judged = place(fact, reference, window)
        (ranked.append(fact) if judged.ok else left.append((fact, judged)))
    return Ordering(tuple(ranked), tuple(left), window, reference)


def place(fact: Fact, reference: Fact | None, window: tuple[int, int] | None) -> Judgement:
    """Whether a figure has a place in an order about ``reference`` made in ``window``
    (as `order` found them): standing, comparable with the reference, inside the window."""
    judged = standing(fact)
    if judged.ok and reference is not None:
        judged = comparable(reference, fact)
    if judged.ok and window is not None and (
            _year(fact, end=True) < window[0] or _year(fact) > window[1]):
        return Judgement(False, "outside-window",
                         f"{fact.display} is of {period_label(fact)}, outside "
                         f"{window[0]}–{window[1]}")
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
    basis, unit = max(counts, key=lambda k: (counts[k], k[0] is None))
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
_SENSE = {"rank": (True, "best place first", "worst place first"),
          "year": (True, "earliest first", "latest first"),
          "duration": (True, "shortest first", "longest first")}


def sense(unit_kind: str, ascending: bool | None = None) -> tuple[bool, str]:
    """Whether an order of figures of this kind ascends (``ascending`` when the reader
    asks), and what comes first, in words for the reader: "largest first"."""
    default, first, reverse = _SENSE.get(unit_kind, (False, "largest first",
                                                      "smallest first"))
    if ascending is None:
        ascending = default
    return ascending, first if ascending == default else reverse


def _year(fact: Fact, end: bool = False) -> int:
    start, last = sort_bounds(fact.period)
    return int((last if end else start)[:4])


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


# --- periods as a reader reads them ---------------------------------------------------


class Dated(Protocol):
    """What `period_label` reads of a figure: a served record or a validated model."""

    @property
    def period(self) -> str: ...
    @property
    def period_inferred(self) -> bool: ...
    @property
    def period_of(self) -> str: ...
    @property
    def status(self) -> str: ...


def period_label(fact: Dated) -> str:
    """The period in words that say what it is: "c. 2014" where inferred, "reported
    2014" where it is only when the source reported it, "target for 2020" for a target,
    "no date; reported 2019" for an aspiration. One formatter for every view and
    format: the store keeps it as each fact's ``period_label`` when it compiles."""
    text = f"c. {fact.period}" if fact.period_inferred else fact.period
    if fact.status == "target":
        return f"target for {text}"
    if fact.status == "aspiration":
        return f"no date; reported {text}"
    if fact.period_of == "report":
        return f"reported {text}"
    return text


# --- bars ----------------------------------------------------------------------------


def drawable(facts: Sequence[Fact]) -> Judgement:
    """Whether bars may be drawn for these figures side by side: each an amount (a rank
    is a place and a year a date: a longer bar would not mean more), none below zero, and
    every two joinable. Linear: comparability is checked against the first figure (its
    parts are equalities) and derivation through the figures' ids."""
    for fact in facts:
        if fact.unit == "rank":
            return Judgement(False, "rank", "a rank is a place, not an amount: a longer "
                             "bar would not mean a better place")
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
            judged = _windows(facts[0], fact)
        if not judged.ok:
            return judged
    ids = {fact.id for fact in facts}
    if any(ident in ids for fact in facts for ident in fact.inputs):
        return Judgement(False, "derived-from", "one is derived from another, so their "
                         "bars would count the same thing twice")
    return YES


def bar_top(facts: Sequence[Fact]) -> float:
    """The value a full bar stands for: 100 for percentages (a 10 % share is a tenth of
    a bar, not a full one), else the largest figure."""
    top = max((fact.value for fact in facts), default=0)
    if facts and all(fact.unit == "percent" for fact in facts):
        return float(max(100, top))
    return float(top) or 1.0


# --- verdicts ------------------------------------------------------------------------


def interval_verdict(claimed: Interval, held: Interval) -> Verdict:
    """The claim against one held figure of the same thing: supported when every value
    the source admits lies inside the claim, contradicted when none does, unsupported
    when they only overlap (the source does not establish the claim)."""
    if not overlap(claimed, held):
        return "contradicted"
    if contains(claimed, held):
        return "supported"
    return "unsupported"


def contains(outer: Interval, inner: Interval) -> bool:
    """Whether every value ``inner`` admits is admitted by ``outer``."""
    o_lo = -math.inf if outer.low is None else outer.low
    o_hi = math.inf if outer.high is None else outer.high
    i_lo = -math.inf if inner.low is None else inner.low
    i_hi = math.inf if inner.high is None else inner.high
    # Bounds computed two ways ("a third" of 100 × 1.1) agree to within float error.
    if _same_bound(i_lo, o_lo):
        i_lo = o_lo
    if _same_bound(i_hi, o_hi):
        i_hi = o_hi
    if i_lo < o_lo or (i_lo == o_lo and outer.low_open and not inner.low_open
                       and math.isfinite(i_lo)):
        return False
    return not (i_hi > o_hi or (i_hi == o_hi and outer.high_open and not inner.high_open
                                and math.isfinite(i_hi)))


def _figure(fact: Fact) -> str:
    """The figure as a verdict's reason prints it, beside its period label (which says
    "target for 2020" itself)."""
    return fact.display.removesuffix(" (target)")


def _same_bound(a: float, b: float) -> bool:
    """Two finite bounds equal but for float error (relative, so that 0 is never 1e-22)."""
    return math.isfinite(a) and math.isfinite(b) and abs(a - b) <= 1e-12 * max(abs(a), abs(b))


def _currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def _about(subject: str | None) -> str:
    return subject if subject else "the place itself"


def _status(status: str) -> str:
    return {"reported": "reported as held", "target": "a target",
            "aspiration": "an aspiration", "threshold": "a threshold"}.get(status, status)



# --- a claim's figure judged against the figures held --------------------------------


class Claimed(NamedTuple):
    """What one figure of a writer's claim states, as a verdict reads it.

    ``interval`` is what the claim admits (`claim_interval`); ``first_year`` and
    ``last_year`` bound the period the claim allows (None: any); ``span_years`` is a
    window the claim counts over ("in the past two years": a period that long); ``now``
    is true when the claim says "now", "today", "currently" or "no longer"; ``target``
    when it states a goal ("aims to", "expects", "plans", "by 2020") rather than a
    figure that held."""

    interval: Interval
    first_year: int | None = None
    last_year: int | None = None
    span_years: int | None = None
    now: bool = False
    target: bool = False


class FigureVerdict(NamedTuple):
    """One claimed figure judged: the verdict, a stable ``kind`` (``established``,
    ``not-established``, ``disjoint``, ``superseded``, ``stale``, ``target-as-achieved``,
    ``period-differs``, ``report-period``, ``status-differs``), the reason in words, and
    the figures it rests on. ``derived`` is true when one of them is derived: no source
    prints it, and the reason never says "the source says" of it."""

    verdict: Verdict
    kind: str
    reason: str
    facts: tuple[Fact, ...]
    derived: bool = False


# A claim that says "now" is not supported by a figure older than this many years
# before its source was published ("today" is no year of 1979).
NOW_YEARS = 5


def claim_interval(value: float, qualifier: str | None, unit_kind: str | None = None, *,
                   rounding: float = 0.0, approximate: bool = False) -> Interval:
    """The values a claimed figure admits: its hedge's interval ("about X" gets the
    hedge's tolerance); a fraction in words ("a third", "one in ten") is approximate, as
    if "about"; an unhedged figure written to a rounding ("6 million", "21.2 million",
    "67 %") admits the values that round to it, both ends open (a boundary rounds either
    way); plain digits ("2,300") are exact."""
    if qualifier is None and approximate:
        return interval(value, "about", unit_kind)
    if qualifier is None and rounding:
        return Interval(value - rounding, value + rounding, low_open=True, high_open=True)
    hedged = interval(value, qualifier, unit_kind)
    if rounding and qualifier in ("about", "nearly") and hedged.low is not None \
            and hedged.high is not None:  # "about 33.33 %" is written to two decimals
        return hedged._replace(low=hedged.low - rounding, high=hedged.high + rounding)
    return hedged


def negated(claimed: Interval) -> Interval | None:
    """The interval a negation leaves ("not more than 1,500" is at most 1,500), or None
    when it is no one interval (not exactly 20 admits both sides)."""
    if claimed.low is not None and claimed.high is None:
        return Interval(None, claimed.low, high_open=not claimed.low_open)
    if claimed.high is not None and (claimed.low is None or claimed.low == 0):
        return Interval(claimed.high, None, low_open=not claimed.high_open)
    return None


def figure_verdict(claimed: Interval, fact: Fact) -> Verdict:
    """The claim against one held figure of the same thing: supported when every value
    the figure admits lies inside the claim; contradicted when none of the values the
    figure's precision allows does ("one in three" is approximate: "33 %" rounds it,
    "34 %" does not contradict it); unsupported otherwise."""
    if contains(claimed, fact.interval()):
        return "supported"
    held = precise_interval(fact)
    if claimed.exact:  # "840" against "more than 840": not established, not excluded
        held = held._replace(low_open=False, high_open=False)
    if not overlap(claimed, held):
        return "contradicted"
    return "unsupported"


def period_allows(claimed: Claimed, fact: Fact) -> Judgement:
    """Whether the claim's period admits the figure's: the figure's years lie inside the
    claim's; a report-period figure never answers for a stated period (it is when the
    source reported it, not when it held); a window ("the past two years") admits a
    figure counted over a period that long."""
    dated = claimed.first_year is not None or claimed.span_years is not None
    if not dated:
        return YES
    if fact.period_of == "report" or fact.status == "aspiration":
        return Judgement(False, "report-period",
                         f"{fact.display} is given as of its report ({period_label(fact)}), "
                         "not as holding in the period the claim states")
    first, last = _year(fact), _year(fact, end=True)
    if claimed.span_years is not None and not (
            "/" in fact.period and abs((last - first) - claimed.span_years) <= 1):
        return Judgement(False, "period-differs", f"{fact.display} is counted over "
                         f"{period_label(fact)}, not the {claimed.span_years} years the "
                         "claim counts")
    if claimed.first_year is not None and claimed.last_year is not None and not (
            claimed.first_year <= first and last <= claimed.last_year):
        return Judgement(False, "period-differs",
                         f"{fact.display} is of {period_label(fact)}")
    return YES


def status_allows(claimed: Claimed, fact: Fact) -> Judgement:
    """Whether the figure is of the status the claim states: a target or an aspiration
    answers only a claim of a goal, a figure that held only a claim that it held (a
    threshold is held: it is judged as an interval)."""
    goal = fact.status in ("target", "aspiration")
    if goal == claimed.target:
        return YES
    if goal:
        return Judgement(False, "target-as-achieved",
                         f"{_figure(fact)} is {_status(fact.status)} "
                         f"({period_label(fact)}), not a figure that was reached")
    return Judgement(False, "status-differs",
                     f"{fact.display} is a figure that held, not a goal")


def newest(facts: Iterable[Fact]) -> list[Fact]:
    """The standing figures of the latest period among ``facts`` (several when they share
    it), for a claim that says "now"."""
    standing_facts = [f for f in facts if standing(f).ok or f.status == "threshold"]
    if not standing_facts:
        return []
    last = max(sort_bounds(f.period)[1] for f in standing_facts)
    return [f for f in standing_facts if sort_bounds(f.period)[1] == last]


def stale(fact: Fact) -> bool:
    """Whether the figure is too old to answer for "now": of more than `NOW_YEARS`
    before its source was published."""
    return _year(fact, end=True) < int(fact.source.published[:4]) - NOW_YEARS


def says(facts: Sequence[Fact]) -> str:
    """What the figures are, in the words a note uses: "the source says only …" of
    printed figures, "hubquery derives …" of derived ones (no source prints those)."""
    printed = [f for f in facts if not f.derived]
    derived = [f for f in facts if f.derived]
    parts = []
    if printed:
        figures = "; ".join(f"{_figure(f)} ({period_label(f)}{'; ' + f.basis if f.basis else ''})"
                            for f in printed)
        parts.append(("the source says " if len({f.source.id for f in printed}) == 1
                      else "the sources say ") + figures)
    if derived:
        parts.append("hubquery derives " + "; ".join(
            f"{f.display} ({period_label(f)}) from {f.derivation or ', '.join(f.inputs)}"
            for f in derived) + " — no source prints it")
    return "; ".join(parts)


def claim_verdict(claimed: Claimed, facts: Sequence[Fact], shown: str,
                  support_only: Sequence[Fact] = ()) -> FigureVerdict:
    """The verdict on one claimed figure against every held figure of the same hub,
    subject, metric, unit and basis (the caller matches those). ``shown`` is the claimed
    figure as the note prints it ("2,000 companies"); ``support_only`` are figures that
    may support the claim but not contradict it (of a basis the claim does not name).

    supported     a figure of the claim's status, of a period the claim allows and not
                  superseded when the claim says "now", lies inside the claim's interval;
    contradicted  none does, and one cannot be true with the claim (disjoint), or the
                  claim states as reached what the source gives as a target, or the
                  newest figure makes "now" false;
    unsupported   anything else, with what the source does say."""
    answering: list[Fact] = []
    refused: list[tuple[Fact, Judgement]] = []
    for fact in facts:
        judged = status_allows(claimed, fact)
        if judged.ok:
            judged = period_allows(claimed, fact)
        (answering.append(fact) if judged.ok else refused.append((fact, judged)))
    superseded: list[Fact] = []
    if claimed.now and answering:
        latest_facts = newest(answering)
        superseded = [f for f in answering if f not in latest_facts]
        if latest_facts and all(stale(f) for f in latest_facts):
            return _verdict("unsupported", "stale", f"the claim says now; {says(latest_facts)}"
                            ", too old to say what holds now", latest_facts)
        answering = latest_facts
    verdicts = [(f, figure_verdict(claimed.interval, f)) for f in answering]
    supporting = [f for f, v in verdicts if v == "supported"]
    if supporting:
        return _verdict("supported", "established", says(supporting), supporting)
    goals = [f for f, j in refused if j.kind == "target-as-achieved"
             and overlap(claimed.interval, precise_interval(f))
             and period_allows(claimed._replace(target=True), f).ok]
    if goals:
        return _verdict("contradicted", "target-as-achieved",
                        f"{status_allows(claimed, goals[0]).reason}", goals)
    disjoint = [f for f, v in verdicts if v == "contradicted" and f not in support_only]
    if disjoint and len({f.basis for f in answering}) > 1 and len(disjoint) < len(answering):
        disjoint = []  # one basis excludes the claim, another admits it: not established
    if disjoint:
        older = [f for f in superseded if figure_verdict(claimed.interval, f) == "supported"]
        if older:
            return _verdict("contradicted", "superseded",
                            f"a newer figure makes “now” false: {says(disjoint)}; "
                            f"{shown} was {period_label(older[0])}'s", [*disjoint, *older])
        return _verdict("contradicted", "disjoint", says(disjoint), disjoint)
    if answering:
        return _verdict("unsupported", "not-established",
                        f"{says(answering).replace('says ', 'says only ', 1)} — it does "
                        f"not establish {shown}", answering)
    if refused:
        kinds = [j for _, j in refused]
        first = kinds[0]
        return _verdict("unsupported", first.kind or "period-differs",
                        "; ".join(dict.fromkeys(j.reason or "" for j in kinds)),
                        [f for f, _ in refused])
    return _verdict("unsupported", "missing", "no figure to judge it by", [])


def _verdict(verdict: Verdict, kind: str, reason: str, facts: Sequence[Fact]) -> FigureVerdict:
    return FigureVerdict(verdict, kind, reason, tuple(facts), any(f.derived for f in facts))
