"""ISO 8601 periods as the dataset writes them: a year, a month, a day, or ``a/b``."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from datetime import date

_PART = r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$"  # compiled on first use (re caches it)


class Period(NamedTuple):
    """The first and last day a period covers, as ISO dates."""

    start: str
    end: str


def _bounds(text: str) -> tuple[date, date]:
    import calendar

    match = re.match(_PART, text)
    if not match:
        raise ValueError(
            f"{text!r} is not an ISO 8601 period: write a year (2012), a month (2012-10), "
            "a date (2012-10-31) or an interval (2012-01/2012-10)"
        )
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            _, last = calendar.monthrange(year, month)  # (first weekday, days)
            return date(year, month, 1), date(year, month, last)
        exact = date(year, month, day)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a real date ({error})") from None
    return exact, exact


def parse_period(text: str) -> Period:
    """Parse ``2012``, ``2012-10``, ``2012-10-31`` or an interval ``a/b`` of those."""
    if not isinstance(text, str):
        raise ValueError("a period is a string such as '2012' or '2012-01/2012-10'")
    first, slash, last = text.partition("/")
    start, end = _bounds(first)
    if slash:
        last_start, end = _bounds(last)
        if last_start < start:
            raise ValueError(f"the interval {text!r} ends before it starts")
    return Period(start.isoformat(), end.isoformat())


# (remembered: a check judges the same few periods again for every claim of a figure,
# and builds them here from strings each time)
@lru_cache(maxsize=4096)
def sort_bounds(text: str) -> tuple[str, str]:
    """(start, end) keys that order and compare periods as their dates would.

    For periods the model has already validated: string work only, so a lookup
    that sorts figures by period never imports datetime. ``2012`` spans
    ``2012-01-01``…``2012-12-31``, ``2012-02`` ends on ``2012-02-29``.
    """
    first, _, last = text.partition("/")
    return _first_day(first), _last_day(last or first)


def sort_start(text: str) -> str:
    """The start key of `sort_bounds` alone: the first day of the period."""
    return _first_day(text.partition("/")[0])


def sort_end(text: str) -> str:
    """The end key of `sort_bounds` alone: the last day of the period."""
    first, _, last = text.partition("/")
    return _last_day(last or first)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _first_day(part: str) -> str:
    return part + ("-01-01" if len(part) == 4 else "-01" if len(part) == 7 else "")


def _last_day(part: str) -> str:
    if len(part) == 4:
        return part + "-12-31"
    if len(part) == 7:
        year, month = int(part[:4]), int(part[5:])
        leap = month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return f"{part}-{_MONTH_DAYS[month - 1] + leap:02d}"
    return part


def as_of_day(text: str) -> str:
    """The last day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: what ``--as-of`` means.

    "As of 2015" is the dataset as it stood at the end of 2015. Raises ValueError for
    anything else, intervals included."""
    if "/" in text:
        raise ValueError(
            f"{text!r} is an interval; --as-of takes one date (YYYY, YYYY-MM or YYYY-MM-DD)"
        )
    return parse_period(text.strip()).end
