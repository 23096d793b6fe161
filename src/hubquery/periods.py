"""ISO 8601 periods as the dataset writes them: a year, a month, a day, or ``a/b``."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_PART = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class Period:
    """The first and last day a period covers, as ISO dates."""

    start: str
    end: str


def _bounds(text: str) -> tuple[date, date]:
    match = _PART.match(text)
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
            last = calendar.monthrange(year, month)[1]
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
