"""The change from one figure to a later comparable one: computed, never cited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Literal, NamedTuple

from hubquery.display import percent_number, plain_number
from hubquery.hedges import Interval
from hubquery.judgement.figures import YES, Judgement, honest_interval, joinable
from hubquery.periods import sort_bounds, sort_end, sort_start

if TYPE_CHECKING:
    from hubquery.records import Fact

Direction = Literal["up", "down", "unchanged", "unknown"]
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
        return Judgement(False, "year", "a year is when something happened; it does not change")
    windows = same_window(before, after)
    if not windows.ok:
        return windows
    if sort_end(before.period) >= sort_start(after.period):
        return Judgement(
            False,
            "same-period",
            "their periods overlap: they agree or conflict, they do not change",
        )
    a, b = honest_interval(before), honest_interval(after)
    if a is None or b is None:
        rough = before if a is None else after
        return Judgement(
            False,
            "in-words",
            f"{rough.display} is stated only in words (“{rough.stated_as}”) that admit "
            "no range one could name: no change from or to it is established",
        )
    low = None if b.low is None or a.high is None else b.low - a.high
    high = None if b.high is None or a.low is None else b.high - a.low
    percent_low = percent_high = None
    if after.unit not in _NO_PERCENT and a.low is not None and a.low > 0:
        percent_high = None if b.high is None else (b.high / a.low - 1) * 100
        if b.low is not None and a.high is not None:
            percent_low = (b.low / a.high - 1) * 100
    low, high, percent_low, percent_high = (
        None if x is None else round(x, 9) for x in (low, high, percent_low, percent_high)
    )
    exact = low is not None and high is not None and _close(low, high)
    if not exact and (low is None or low <= 0) and (high is None or high >= 0):
        return Judgement(False, "no-change", _admits_zero(before, after, a, b))
    rank = after.unit == "rank"
    if exact and low is not None and _close(low, 0.0):
        direction: Direction = "unchanged"
    elif low is not None and low > 0:
        direction = "down" if rank else "up"
    else:
        direction = "up" if rank else "down"
    text = _change_text(low, high, percent_low, percent_high, after.unit, unit_kind)
    return Change(
        before.id,
        after.id,
        after.unit,
        low,
        high,
        percent_low,
        percent_high,
        direction,
        text,
        before.source.id != after.source.id,
    )


def _admits_zero(before: Fact, after: Fact, a: Interval, b: Interval) -> str:
    """Why no direction is established: the range a figure in words stands for, or the
    hedges."""
    for fact, held in ((before, a), (after, b)):
        if fact.qualifier is None and not held.exact and held.low is not None:
            if fact.unit == "percent":
                low, high = percent_number(held.low), percent_number(held.high or 0)
                share = f"any share from {low} % to {high} %"
            elif held.high is None:
                share = f"{plain_number(held.low)} or more"
            else:
                share = f"anything from {plain_number(held.low)} to {plain_number(held.high)}"
            return f"“{fact.stated_as}” stands for {share}: it admits {_ANY_WAY}"
    return f"the hedges admit {_ANY_WAY}"


_ANY_WAY = "a rise, a fall or no change at all"


def same_window(a: Fact, b: Fact) -> Judgement:
    """Totals over windows of different lengths ("170 companies in the four years before",
    "860 in the past two") are not one quantity at two times."""
    if "/" not in a.period and "/" not in b.period:
        return YES

    def days(period: str) -> int:
        start, end = sort_bounds(period)
        return (date.fromisoformat(end) - date.fromisoformat(start)).days

    long, short = sorted((days(a.period), days(b.period)), reverse=True)
    if long > short * 1.1 + 31:  # a month's slack: 2012-01/2012-10 against 2013-01/2013-10
        return Judgement(
            False,
            "windows-differ",
            f"one counts over {a.period}, the other over {b.period}: totals "
            "over windows of different lengths are not one quantity at two "
            "times",
        )
    return YES


def _change_text(
    low: float | None,
    high: float | None,
    percent_low: float | None,
    percent_high: float | None,
    unit: str,
    unit_kind: str | None,
) -> str:
    if unit == "rank" and low is not None and high is not None:
        return _places(low, high)

    def percent(x: float) -> str:
        from hubquery.display import percent_number

        return f"{_sign(x)}{percent_number(abs(x))} %"

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
    from hubquery.display import format_value, percent_number

    if unit == "percent":
        return f"{_sign(x)}{percent_number(abs(x))} pp"
    return _sign(x) + format_value(abs(x), unit, unit_kind if unit_kind != "growth" else None)


def _sign(x: float) -> str:
    return "+" if x > 0 else "−" if x < 0 else "±"


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
