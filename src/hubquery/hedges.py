"""Hedged figures as intervals: what "more than 20 million" admits, defined once.

A figure stated exactly is the interval [v, v]. A hedge widens it:

    qualifier   interval            example
    (none)      [v, v]              "2,300 companies"
    about       [0.9·v, 1.1·v]      "about 80,000 people"
    nearly      [0.9·v, v)          "nearly 20 %"
    more than   (v, ∞)              "more than 20 million"
    at least    [v, ∞)              "at least 500 companies"
    less than   [0, v)              "less than 300,000 people"
    at most     [0, v]              "no more than 10 %"

A fraction in words ("three in four", "two-thirds") is a share rounded to the simplest
fraction near it: `fraction_in_words` says which shares it stands for.

Shares are clipped to 0–100, and only growth rates go below zero ("less than"
a growth of 5 % admits a decline). Every comparison of a figure with a number,
or of one figure with another, goes through here and answers yes, no or maybe.
"""

from __future__ import annotations

import functools
import math
from typing import Literal, NamedTuple

Answer = Literal["yes", "no", "maybe"]


# "about" admits ±10 %, "nearly" up to 10 % below: v·9/10 and v·11/10 rather than
# v·0.9 and v·1.1, so that 100 gives exactly 90 and 110.
_TENTHS = 10


class Interval(NamedTuple):
    """The values a figure admits; ``None`` bounds are unbounded (open)."""

    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False

    @property
    def exact(self) -> bool:
        return self.low is not None and self.low == self.high

    def admits(self, x: float) -> bool:
        lo = -math.inf if self.low is None else self.low
        hi = math.inf if self.high is None else self.high
        above = x > lo if self.low_open or self.low is None else x >= lo
        below = x < hi if self.high_open or self.high is None else x <= hi
        return above and below


def interval(value: float, qualifier: str | None, unit_kind: str | None = None) -> Interval:
    """The interval of a stated value under its hedge (see the module's table)."""
    floor: float | None = None if unit_kind == "growth" else 0.0
    ceiling: float | None = 100.0 if unit_kind == "share" else None
    if qualifier is None:
        return Interval(value, value)
    if qualifier == "about":
        a, b = value * (_TENTHS - 1) / _TENTHS, value * (_TENTHS + 1) / _TENTHS
        low, high = _clip(min(a, b), floor, ceiling), _clip(max(a, b), floor, ceiling)
        return Interval(low, high)
    if qualifier == "nearly":
        # The same arithmetic as "about"'s lower end, so that "nearly X" and "about X"
        # share that bound to the last bit (value - value / 10 differs from it by one
        # ulp for some X, and "about X" would then not contain "nearly X").
        a, b = value * (_TENTHS - 1) / _TENTHS, value * (_TENTHS + 1) / _TENTHS
        return Interval(_clip(min(a, b), floor, ceiling), value, high_open=True)
    if qualifier == "more than":
        return Interval(value, ceiling, low_open=True)
    if qualifier == "at least":
        return Interval(value, ceiling)
    if qualifier == "less than":
        return Interval(floor, value, high_open=True)
    if qualifier == "at most":
        return Interval(floor, value)
    raise ValueError(f"unknown qualifier {qualifier!r}")


# The fractions a writer rounds a share to: halves, thirds, quarters and fifths, and a
# fraction's own kind ("one in ten" among tenths).
_SIMPLE = 5
_MOST_PARTS = 10


@functools.lru_cache(maxsize=64)  # a draft states the same few fractions again
def fraction_in_words(share: float) -> Interval | None:
    """The shares (0–100) a fraction in words stands for, or None when ``share`` (a
    percentage) is no fraction of ten parts or fewer: those nearer to it than to any other
    fraction as simple (of at most its own parts, or five), and within "about"'s
    tolerance. "Three in four" is no share of 70 % (nearer two-thirds), "two-thirds" is
    (63.3–70.8 %), "one in three" is 33 % (29.2–36.7 %), "one in ten" 9–10.6 %."""
    value = share / 100
    parts = next((q for q in range(2, _MOST_PARTS + 1) if _whole(value * q)), None)
    if parts is None or not 0 < value < 1:
        return None
    simple = _FRACTIONS[max(parts, _SIMPLE)]
    at = min(range(len(simple)), key=lambda i: abs(simple[i] - value))
    low = max((simple[at - 1] + value) / 2, value * (_TENTHS - 1) / _TENTHS)
    high = min((simple[at + 1] + value) / 2, value * (_TENTHS + 1) / _TENTHS)
    return Interval(low * 100, high * 100)


# The fractions of at most so many parts, in order (made once, not for each claim).
_FRACTIONS = {
    most: sorted({a / b for b in range(1, most + 1) for a in range(b + 1)})
    for most in range(_SIMPLE, _MOST_PARTS + 1)
}


def _whole(x: float) -> bool:
    return abs(x - round(x)) < 1e-9


def _clip(x: float, floor: float | None, ceiling: float | None) -> float:
    if floor is not None:
        x = max(x, floor)
    if ceiling is not None:
        x = min(x, ceiling)
    return x


def _bounds(i: Interval) -> tuple[float, bool, float, bool]:
    lo = -math.inf if i.low is None else i.low
    hi = math.inf if i.high is None else i.high
    return lo, i.low_open or i.low is None, hi, i.high_open or i.high is None


def satisfies(i: Interval, operator: str, number: float) -> Answer:
    """Does every value the interval admits satisfy ``x OP number`` (yes), none (no),
    or some but not all (maybe)?"""
    lo, lo_open, hi, hi_open = _bounds(i)
    if operator == ">":
        if lo > number or (lo == number and lo_open):
            return "yes"
        return "no" if hi <= number else "maybe"
    if operator == ">=":
        if lo >= number:
            return "yes"
        return "no" if hi < number or (hi == number and hi_open) else "maybe"
    if operator == "<":
        if hi < number or (hi == number and hi_open):
            return "yes"
        return "no" if lo >= number else "maybe"
    if operator == "<=":
        if hi <= number:
            return "yes"
        return "no" if lo > number or (lo == number and lo_open) else "maybe"
    if operator in ("=", "=="):
        if i.exact and lo == number:
            return "yes"
        return "maybe" if i.admits(number) else "no"
    if operator == "!=":
        equal = satisfies(i, "=", number)
        return "no" if equal == "yes" else "yes" if equal == "no" else "maybe"
    raise ValueError(f"unknown operator {operator!r}")


def overlap(a: Interval, b: Interval) -> bool:
    """Can the two figures be the same value? Then neither ranks above the other, and two
    statements of the same quantity can both be true."""
    a_lo, a_lo_open, a_hi, a_hi_open = _bounds(a)
    b_lo, b_lo_open, b_hi, b_hi_open = _bounds(b)
    if a_hi < b_lo or (a_hi == b_lo and (a_hi_open or b_lo_open)):
        return False
    return not (b_hi < a_lo or (b_hi == a_lo and (b_hi_open or a_lo_open)))


def stored_interval(low: float | None, high: float | None, qualifier: str | None) -> Interval:
    """An interval from the bounds a record stores; its hedge says which ends are open."""
    return Interval(
        low,
        high,
        low_open=qualifier == "more than" or low is None,
        high_open=qualifier in ("nearly", "less than") or high is None,
    )
