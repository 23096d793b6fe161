"""A multiple of speed ("six times as fast as Silicon Valley", "six times faster than",
"… what took Silicon Valley 30 years, a pace six times faster")
between two places that each hold how long the same thing took them: the other's time
over the place's own (done in 5 years what took 30 is six times as fast), derived and
said to be, as any ratio of two held figures is (issue #19). And a multiple of a place's
own yearly pace ("more than ten times their earlier yearly pace"): of its counts per year
over their windows (`yearly_paces`)."""

from __future__ import annotations

import re

from hubquery.display import format_value
from hubquery.judgement.claims import FigureVerdict, claim_interval
from hubquery.judgement.figures import standing
from hubquery.judgement.forms import ratio_verdict
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.reader.rewrites import as_read
from hubquery.query.workings import DERIVED_KINDS, Judged
from hubquery.records import Fact, Note

_FAST = re.compile(
    r"\b(?:as (?:fast|quickly|rapidly|swiftly) as|(?:faster|quicker) than|more (?:quickly|"
    r"rapidly|swiftly) than|times (?:faster|quicker)(?! than))\b"
)


# What follows a multiple read as a growth ("grew six times as fast as"): a multiple of
# another place's growth, not six-fold of its own level.
_PACE_AFTER = re.compile(
    r" *times (?:as (?:fast|quickly|rapidly|swiftly) as|faster|quicker|more (?:quickly|"
    r"rapidly|swiftly))\b"
)


def growth_of_another(reading: Reading) -> Judged | None:
    """A growth said to be a multiple of another place's ("grew six times as fast as
    Silicon Valley"): unsupported, where no pace of both is judged (`as_fast`), never the
    place's own growth of six-fold against its held growth; None for any other figure."""
    figure = reading.figure
    if figure is None or not figure.growth or not _PACE_AFTER.match(figure.after):
        return None
    why = (
        "a growth “as fast as” another place's, a multiple of its growth: no growth of both is held"
    )
    return Judged("unsupported", (), (Note("missing", why),), False)


def may_be_pace(text: str) -> bool:
    """A cheap gate: the words of a multiple of speed."""
    return ("fast" in text or "quick" in text or "rapid" in text or "swift" in text) and (
        _FAST.search(text.lower()) is not None
    )


def as_fast(reader: ClaimReader, reading: Reading, hub_id: str) -> Judged | None:
    """The multiple judged against the other place's time over the place's own, of one
    metric of time both hold, of one period; None where the sentence names no other place
    or none holds such a time of the place's metrics."""
    figure, claimed = reading.figure, reading.claimed
    if figure is None or claimed is None or figure.unit != "times":
        return None
    above, text = reader.names.ancestors(hub_id), as_read(reading.text)
    found = _FAST.search(text.lower())
    if found is None:
        return None
    named = [m for m in reader.names.mentions(text) if m.subject is None]
    compared = not found.group().startswith("times")  # ("as fast as Y", "faster than Y")
    if compared and any(m.hub_id == hub_id and m.start >= found.end() for m in named):
        return None  # (the place read is the one compared with: the ratio the other way)
    others = {
        m.hub_id
        for m in named
        if m.hub_id not in (hub_id, *above) and (not compared or m.start >= found.end())
    }
    own = [
        f
        for f in reader.hub_facts(hub_id)
        if f.subject == reading.subject
        and standing(f).ok
        and f.value
        and (metric := reader.store.metric(f.metric_id)) is not None
        and metric.unit_kind == "duration"
    ]
    pairs = [
        (o, f)
        for f in own
        for other in sorted(others)
        for o in reader.facts_of(other, f.metric_id, None)
        if o.period == f.period and o.unit == f.unit and standing(o).ok and o.value
    ]
    if not compared:  # ("a pace six times faster": of the two, the slower's time over the other's)
        pairs = [(o, f) if o.value >= f.value else (f, o) for o, f in pairs]
    if not pairs:
        return None
    times = claimed.interval
    if figure.qualifier is None:  # "six times" is a writer's rounding
        times = claim_interval(figure.value, None, approximate=True)
    return ratio_judged(ratio_verdict(times, pairs), hub_id)


def ratio_judged(ratio: FigureVerdict, hub_id: str) -> Judged:
    """A ratio (or difference) of held figures judged: derived, its note saying how it
    was worked out ("derived" where it supports) and naming the figures."""
    kind = DERIVED_KINDS.get(ratio.verdict, ratio.kind)
    note = Note(kind, ratio.reason, (hub_id,), tuple(f.id for f in ratio.facts))
    return Judged(ratio.verdict, ratio.facts, (note,), True)


# "ten times their earlier yearly pace", "at three times the annual rate": a multiple of
# two counts per year
# "yearly pace", "annual rate", and a pace or rate said per year in other words ("the pace
# of", "counted per year"): a count over time, never the counts themselves
_PACE = re.compile(
    r"\b(?:(?:yearly|annual|per-year) (?:pace|rate|average)|pace|per year|annually|each year|"
    r"every year)\b"
)
# a window of months ("2020-05/2022-05") or of whole years ("2016/2019")
_WINDOW = re.compile(r"^(\d{4})(?:-(\d\d))?/(\d{4})(?:-(\d\d))?$")


def yearly_paces(reading: Reading, pairs: list[tuple[Fact, Fact]]) -> list[tuple[Fact, Fact]]:
    """Of a multiple said of a yearly pace ("more than ten times their earlier yearly
    pace"), each pair's counts over windows of two lengths as counts per year (more than
    860 over two years is more than 430 a year), derived; else the pairs as they are."""
    if not _PACE.search(reading.text.lower()):
        return pairs
    paced = []
    for a, b in pairs:
        years_a, years_b = _window_years(a), _window_years(b)
        if years_a and years_b and years_a != years_b:
            a, b = _per_year(a, years_a), _per_year(b, years_b)
        paced.append((a, b))
    return paced


def _window_years(fact: Fact) -> float | None:
    """How many years a count's stated window spans ("2020-05/2022-05": 2; "2016/2019":
    4); None for a figure of one period, or one whose period is only inferred."""
    found = _WINDOW.match(fact.period)
    if found is None or fact.period_inferred:
        return None
    first, first_month, last, last_month = found.groups()
    if (first_month is None) != (last_month is None):
        return None
    if first_month is None:
        return int(last) - int(first) + 1
    return (int(last) * 12 + int(last_month) - int(first) * 12 - int(first_month)) / 12 or None


def _per_year(fact: Fact, years: float) -> Fact:
    """The count a year over its window, derived from it."""
    low, high = (None if x is None else x / years for x in (fact.low, fact.high))
    shown = format_value(fact.value / years, fact.unit)
    said = f"{fact.qualifier} {shown}" if fact.qualifier else shown
    return fact._replace(
        value=fact.value / years,
        low=low,
        high=high,
        display=f"{said} a year",
        derived=True,
        derivation=f"{fact.display} ({fact.period}) over {years:g} years",
    )


# "about 40 a year", "45 new firms registered each year": a count stated of each year,
# the words after its figure up to the clause's end ("…, more than 400 a year" is another's)
_EACH_YEAR = re.compile(r"\b(?:(?:a|per|each|every) year|annually|yearly)\b")
_CLAUSE_END = re.compile(r"[,;:()—–]|\b(?:and|but|while|whereas|up from|compared)\b")


def counts_a_year(reading: Reading, facts: list[Fact]) -> list[Fact]:
    """Of a count stated "a year" ("registering about 40 a year in the four years
    before"), each held count over a window of more than one year as its count per year
    (170 over four years is 42.5 a year), derived; else the facts as they are."""
    figure, metric = reading.figure, reading.metric
    if (
        figure is None
        or metric is None
        or metric.unit_kind != "count"
        or figure.growth
        or figure.converted
        or (" year" not in reading.text and "ally" not in reading.text)
    ):
        return facts
    text = as_read(reading.text)
    rest = text[figure.number.end :]
    rest = rest[: end.start()] if (end := _CLAUSE_END.search(rest)) else rest
    if not _EACH_YEAR.search(rest.lower()):
        return facts
    return [_per_year(f, years) if (years := _window_years(f)) and years > 1 else f for f in facts]
