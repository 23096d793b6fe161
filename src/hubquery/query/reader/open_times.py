"""A time open at one end, read from the words around a year: every year before it ("Hefei
did not have 800 AI firms until 2023") or every year after it ("Dalian today has six
million people, much as it was in 2010")."""

from __future__ import annotations

import re

from hubquery.query.reader.times import Time

# "did not … until 2019", "it was not until 2019 that": a negation before the "until"
_NEGATION_BEFORE_UNTIL = re.compile(r"(?:\b(?:not|never)\b|n't\b)[^.;:]*$")
EARLIEST = 1000  # (the first year of a period open at its start: "before 2019")


def before_until(text: str, time: Time) -> Time:
    """ "Hefei did not have 800 AI firms until 2023": the figure held in no year before
    2023, so its time is every year before it ("before 2023"); any other time as it is."""
    if time.first != time.last or not text.endswith(("until ", "till "), 0, time.start):
        return time
    if _NEGATION_BEFORE_UNTIL.search(text, max(0, time.start - 90), time.start - 6) is None:
        return time
    return Time(time.start, time.end, EARLIEST, time.first - 1, f"before {time.first}", True)


LATEST = 9999  # (the last year of a period open at its end: "after 2010", now)
# "much as it was when NPR reported from there in 2010", "as it did in 2010", "as when …
# in 2010": a clause comparing with a past state, which the year dates
_AS_THEN = re.compile(
    r"\bas (?:(?:it|they|this|that) (?:was|were|did|had|has|have)(?: been)? )?"
    r"(?:(?:back )?when\b[^.;]{0,80}?\bin |back in |in )((?:19|20)\d\d)\b"
)
_NOW_BEFORE = re.compile(r"\b(?:today|now|nowadays|currently)\b")


def after_then(text: str, time: Time, at: int) -> Time:
    """ "Dalian today has six million people, much as it was in 2010": the year dates
    the past state compared with, so the figure written at ``at`` keeps its "today" and
    is of a time after that year ("after 2010"); any other time as it is. (Called only
    where the sentence says "now" and " as " is in it.)"""
    if time.first != time.last or time.start < at:
        return time
    match = _AS_THEN.search(text, at)
    if match is None or match.start(1) != time.start:
        return time
    if _NOW_BEFORE.search(text, 0, match.start()) is None:
        return time
    return Time(time.start, time.end, time.first + 1, LATEST, f"after {time.first}", after=True)
