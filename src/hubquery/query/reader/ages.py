"""A duration up to a year the sentence names ("By 2014 the institute had been running
for more than a decade"), of an organisation or part the dataset holds no such duration
of but the one year it began: a claim of that year (before 2004 at the latest), the
duration's interval counted back from the named year (a year wider for the months)."""

from __future__ import annotations

import dataclasses
import re

from hubquery.hedges import Interval
from hubquery.judgement.claims import Claimed, claim_interval
from hubquery.query.reader.figures import Figure
from hubquery.records import Metric

# "By 2014 … had been running for", "had been … for 15 years by 2014"
_BY_YEAR = re.compile(r"\bby ((?:19|20)\d\d)\b")
_HAD_BEEN_FOR = re.compile(r"\bhad been\b[^.;]*\bfor(?: [a-z]+){0,3}\s*$")


def aged_by(
    figure: Figure, text: str, metric: Metric | None, held: set[str], by_id: dict[str, Metric]
) -> tuple[Figure, Metric, Claimed] | None:
    """The year a duration up to a named year claims something began (the figure, as
    shown, the metric and the claim), as the one year metric ``held`` of it, where it
    holds no figure of the metric read; else None."""
    years = [by_id[m] for m in held if m in by_id and by_id[m].unit_kind == "year"]
    if (metric is not None and metric.id in held) or len(years) != 1 or figure.bounds:
        return None
    by = _BY_YEAR.search(text)
    if by is None or not _HAD_BEEN_FOR.search(text[: figure.number.start]):
        return None
    at = int(by.group(1))
    span = claim_interval(figure.value, figure.qualifier, "duration", rounding=figure.rounding)
    low = None if span.high is None else at - span.high - 1
    high = at - (span.low or 0)
    interval = Interval(low, high, low_open=False, high_open=False)
    year = dataclasses.replace(
        figure, value=high, unit="year", qualifier="at most", year_like=True, rounding=0.0
    )
    if low is not None:  # ("by 2012 … for about ten years": 2001–2003)
        year = dataclasses.replace(year, years=(int(low), int(high)), qualifier=None)
    return year, years[0], Claimed(interval)
