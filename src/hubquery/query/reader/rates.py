"""A rate read in the period its metric counts it in: "one a day" against a metric
counted "every two days" is two, "1,000 a month" against a yearly one 12,000."""

from __future__ import annotations

import functools

from hubquery.query import lexicon as lx
from hubquery.query.reader.figures import Figure
from hubquery.records import Metric


def per_rate(figure: Figure, metric: Metric, clause: str, after: str) -> None:
    """A rate read in the metric's period ("one a day" is two "every two days"; "1,000
    a month" is 12,000 a year): the period written nearest after the figure (``after``,
    the clause's text after it: "two every two days, one a day"), else the clause's."""
    held = _rate_period(metric.label)
    if not held:
        return  # most metrics count no rate: the clause is not looked at
    said = _nearest_rate(after) or _nearest_rate(clause)
    if held and said and held != said:
        figure.value *= held / said
        figure.rounding *= held / said
        figure.converted = f"a rate per {lx.RATE_NAMES[said]} read as one per {lx.RATE_NAMES[held]}"


def _nearest_rate(text: str) -> float | None:
    """The days of the rate period the text names first, if any."""
    found = [(at, days) for words, days in lx.RATE_PERIODS if (at := text.find(words)) >= 0]
    return min(found)[1] if found else None


@functools.lru_cache(maxsize=1024)
def _rate_period(label: str) -> float | None:
    """The days a metric's label counts a rate in ("a day", "per year"), if any."""
    label = label.lower()
    return next((days for words, days in lx.RATE_PERIODS if words in label), None)
