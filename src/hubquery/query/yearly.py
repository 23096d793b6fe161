"""A growth a claim states per year over a span of years ("grew at an average of
roughly 36 percent a year between 2010 and 2013"): the compound yearly rate of the
change from the level of the span's first year to that of its last, derived from two
figures the source prints, as a fact-checker works it out."""

from __future__ import annotations

import re
from collections.abc import Sequence

from hubquery.hedges import Interval
from hubquery.judgement.changes import Change, change
from hubquery.judgement.claims import FigureVerdict, interval_verdict, says
from hubquery.judgement.figures import period_label, standing, year
from hubquery.query.ratios import named_metric
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.reader.rewrites import as_read
from hubquery.query.workings import Judged, derived
from hubquery.records import Fact

# "a year", "per year", "annually", "an annual 36 percent", "compound": a rate of each year
_YEARLY = re.compile(r"\b(?:(?:a|per|each|every) year|annual(?:ly)?|yearly|compound\w*|cagr)\b")
# (the kinds of level a yearly growth may be worked out from)
_LEVELS = ("money", "count")


def yearly_growth(
    reader: ClaimReader, reading: Reading, hub_id: str, held: Sequence[Fact]
) -> Judged | None:
    """A growth stated per year over a span of two or more years, judged as the compound
    yearly rate of the level it is of (read as a growth of the level, or a growth metric
    of the level the sentence names), from its figures of the span's first
    and last years ((21.7 / 8.65) ** (1 / 3) - 1 = 35.9 % a year, 2010-2013); None where
    the claim is no such growth, names no level held for both years, or a growth over
    the whole span is held (``held``: the claim's metric's figures), which judges it."""
    claimed, figure, metric = reading.claimed, reading.figure, reading.metric
    if (
        claimed is None
        or figure is None
        or metric is None
        or not (metric.unit_kind == "growth" or (figure.growth and metric.unit_kind in _LEVELS))
        or figure.unit != "percent"
        or claimed.first_year is None
        or claimed.last_year is None
        or claimed.last_year - claimed.first_year < 2
        or not _YEARLY.search(reading.text.lower())
    ):
        return None
    text = as_read(reading.text)
    near = text[max(0, figure.number.start - 40) : figure.number.end + 30].lower()
    if not _YEARLY.search(near):  # ("…, a year after the park opened" is no rate)
        return None
    first, last = claimed.first_year, claimed.last_year
    if metric.unit_kind == "growth" and any(
        year(f) == first and year(f, end=True) == last for f in held
    ):
        return None
    level = (
        metric
        if metric.unit_kind in _LEVELS  # ("revenue grew 36 percent a year": its own level)
        else named_metric(reader, reading, hub_id, text)
    )
    if level is None or level.unit_kind not in _LEVELS:
        return None
    facts = [f for f in reader.facts_of(hub_id, level.id, reading.subject) if standing(f).ok]
    ends = [[f for f in facts if year(f) == year(f, end=True) == at] for at in (first, last)]
    for start in ends[0]:
        for end in ends[1]:
            changed = change(start, end, level.unit_kind) if start.unit == end.unit else None
            if not isinstance(changed, Change) or changed.percent_low is None:
                continue
            years = last - first
            low = ((1 + changed.percent_low / 100) ** (1 / years) - 1) * 100
            high = (
                None
                if changed.percent_high is None
                else ((1 + changed.percent_high / 100) ** (1 / years) - 1) * 100
            )
            verdict = interval_verdict(claimed.interval, Interval(low, high))
            reason = (
                f"hubquery derives {low:+.1f} % a year ({first}–{last}, compounded over "
                f"{years} years) from {start.display} ({period_label(start)}) and "
                f"{end.display} ({period_label(end)}) — no source prints it"
            )
            return derived(verdict, reason, hub_id, (end, start))
    return None


# "35 percent a year", "36 percent annually": a rate right after its figure
_A_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent\b|per cent\b)\s*(?:(?:a|per|each|every) year|annually|yearly)\b"
)


def yearly_rate(reading: Reading) -> str | None:
    """Why a share is no share: its figure is a rate each year ("expanded by some 35
    percent a year"), which no share of a whole is; None otherwise."""
    figure = reading.figure
    if (
        figure is None
        or figure.unit != "percent"
        or (" year" not in reading.text and "ally" not in reading.text)
    ):
        return None
    text = as_read(reading.text)
    if _A_YEAR_AFTER.match(text, figure.number.end) is None:
        return None
    return "the claim states a rate each year, not a share"


# "for a second straight year", "the third year running", "two consecutive years": the
# same claimed of the year(s) before too
_IN_A_ROW = re.compile(
    r"\b(?:(?:second|third|fourth|fifth|sixth|[2-9](?:nd|rd|th))\s+(?:straight|consecutive|"
    r"successive)\s+year|(?:second|third|fourth|fifth|sixth)\s+year\s+(?:running|in a row)|"
    r"(?:two|three|four|five|six|[2-9])\s+(?:straight|consecutive|successive)\s+years|"
    r"(?:two|three|four|five|six|[2-9])\s+years\s+(?:running|in a row))\b"
)


def in_a_row_said(text: str) -> bool:
    """A cheap gate: the words every "for a second straight year" has (see `in_a_row`)."""
    return (
        "straight" in text
        or "consecutive" in text
        or "successive" in text
        or ("running" in text or "in a row" in text)
    )


def in_a_row(reading: Reading, judged: FigureVerdict, facts: Sequence[Fact]) -> FigureVerdict:
    """A figure claimed of a year "for a second straight year" claims the same of the
    year before: supported only where a figure of that year is held too (the verdict
    judged it among ``facts``), else unsupported, with why."""
    if judged.verdict != "supported" or not _IN_A_ROW.search(reading.text.lower()):
        return judged
    claimed = reading.claimed
    last = claimed.last_year if claimed and claimed.last_year else year(judged.facts[0], True)
    if any(year(f, end=True) == last - 1 for f in facts):
        return judged
    return judged._replace(
        verdict="unsupported",
        kind="period-differs",
        reason=f"the claim says the same of the year before {last} too; {says(judged.facts)}, "
        "and nothing of that year",
    )
