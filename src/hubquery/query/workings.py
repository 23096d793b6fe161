"""Figures a careful fact-checker works out from two the source prints before judging a
claim, flagged derived and said to be ("hubquery derives …", never "the source says"):
the growth over a span ("more than tripled between 2010 and 2013"), or of a window's
count over the window before ("quintupled … compared with the four years before"); and what the
sentence says of a figure that a verdict asks: that it is what a level rose by ("rose by
US$1 billion"), and the month it names for it ("in March 2016")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from hubquery.display import format_value
from hubquery.hedges import Interval, overlap
from hubquery.judgement.answering import period_allows
from hubquery.judgement.changes import Change, change
from hubquery.judgement.claims import interval_verdict
from hubquery.judgement.figures import (
    Judgement,
    honest_interval,
    period_label,
    precise_interval,
    standing,
    year,
)
from hubquery.judgement.forms import MONTHS, ratio_verdict
from hubquery.query.reader import ClaimReader, Reading
from hubquery.records import Fact, Note
from hubquery.vocabulary import Verdict


class Judged(NamedTuple):
    """A reading and its verdict, the figures it rests on and the notes."""

    verdict: Verdict
    facts: tuple[Fact, ...]
    notes: tuple[Note, ...]
    derived: bool


# The kind of note a verdict on a worked-out figure carries.
DERIVED_KINDS: dict[str, str] = {"supported": "derived", "contradicted": "contradicted"}


def derived(verdict: Verdict, reason: str, hub_id: str, facts: Sequence[Fact]) -> Judged:
    """A verdict on a figure hubquery worked out from held ones, no source's: flagged
    derived, its note ("derived" where it supports, "contradicted" where it contradicts,
    else "not-established") saying how it was worked out and naming the facts it rests on."""
    kind = DERIVED_KINDS.get(verdict, "not-established")
    ids = tuple(f.id for f in facts)
    return Judged(verdict, tuple(facts), (Note(kind, reason, (hub_id,), ids),), True)


def multiple_over(
    reading: Reading, years: tuple[int, int], facts: Sequence[Fact], hub_id: str, unit_kind: str
) -> Judged:
    """ "Revenue more than tripled between 2010 and 2013": the change from the figures of
    the span's first and last years, as the judgement module states it (`history`'s
    change: never from a figure dated by its report, a target or a threshold), judged
    as the claim's growth; unsupported when either year has no figure or no change can
    be stated between them."""
    assert reading.claimed is not None
    first, last = years
    ends = [[f for f in facts if year(f) == year(f, end=True) == at] for at in (first, last)]
    pairs = [(a, b) for a in ends[0] for b in ends[1] if a.unit == b.unit]
    if not pairs and (windows := window_before(reading, facts)):
        # ("more than quintupled in the two years to 2022 compared with the four before")
        low, high = reading.claimed.interval.low, reading.claimed.interval.high
        times = reading.claimed.interval._replace(
            low=None if low is None else 1 + low / 100,
            high=None if high is None else 1 + high / 100,
        )
        judged = ratio_verdict(times, windows)
        kind = DERIVED_KINDS.get(judged.verdict, "not-established")
        window_note = Note(kind, judged.reason, (hub_id,), tuple(f.id for f in judged.facts))
        return Judged(judged.verdict, judged.facts, (window_note,), True)
    if not pairs:
        note = (
            f"the dataset has no figures of {reading.subject or hub_id} for both {first} and {last}"
        )
        return Judged("unsupported", tuple(facts), (Note("missing", note, (hub_id,)),), False)
    changes = [(a, b, change(a, b, unit_kind)) for a, b in pairs]
    stated = [
        (a, b, c) for a, b, c in changes if isinstance(c, Change) and c.percent_low is not None
    ]
    if not stated:
        start, end, refused = changes[0]
        why = refused.reason if isinstance(refused, Judgement) else "it has no percentage"
        note = f"no change from {start.display} to {end.display} is derived: {why}"
        return Judged("unsupported", (end, start), (Note("missing", note, (hub_id,)),), False)
    start, end, changed = stated[0]
    grew = Interval(changed.percent_low, changed.percent_high)
    verdict = interval_verdict(reading.claimed.interval, grew)
    said = f"{(end.value / start.value - 1) * 100:+.1f} %"
    reason = (
        f"hubquery derives {said} ({first}–{last}) from {start.display} ({period_label(start)}) "
        f"and {end.display} ({period_label(end)}) — no source prints it"
    )
    return derived(verdict, reason, hub_id, (end, start))


# "compared with the four years before", "against the previous four": an earlier window
_BEFORE = re.compile(r"\b(?:before|previous|prior|preceding|earlier)\b")


def window_before(reading: Reading, facts: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """The counts over the claim's window, each with the count over the window that ends
    where it starts (2020-05/2022-05 with 2016-05/2020-05), where the sentence names an
    earlier window; none otherwise."""
    claimed = reading.claimed
    if claimed is None or not _BEFORE.search(reading.text.lower()):
        return []
    windows = [f for f in facts if "/" in f.period and not f.period_inferred and standing(f).ok]
    return [
        (later, earlier)
        for later in windows
        if period_allows(claimed._replace(span_years=None), later).ok  # (its years name it)
        for earlier in windows
        if earlier.period.split("/")[1] == later.period.split("/")[0] and earlier.unit == later.unit
    ]


def rose_by(reading: Reading) -> bool:
    """Whether the figure is what the level rose by ("revenue rose by US$1 billion"), as
    the reader read the words before it."""
    metric = reading.metric
    return (
        reading.change == "by"
        and metric is not None
        and reading.figure is not None
        and not metric.id.endswith("-change")
    )


def month_named(reading: Reading) -> tuple[int, int] | None:
    """The month and year the claim names for its figure ("in March 2016"): the one month
    the sentence names just before the year the figure is of, or is."""
    figure, claimed = reading.figure, reading.claimed
    if figure is None or claimed is None:
        return None
    at = int(figure.value) if figure.unit == "year" else claimed.first_year
    if at is None or (figure.unit != "year" and claimed.last_year != at):
        return None
    lowered, year = reading.text.lower(), str(at)
    if year not in lowered:
        return None  # (a year the sentence does not write: no month before it; no regex)
    named = {
        MONTHS.index(words[-1].rstrip(",")) + 1
        for found in re.finditer(year, lowered)
        if (
            words := lowered[max(0, found.start() - 14) : found.start()]
            .replace(" of ", " ")
            .split()
        )
        and words[-1].rstrip(",") in MONTHS
    }
    return (named.pop(), at) if len(named) == 1 else None


def span_sum(reading: Reading, facts: Sequence[Fact], hub_id: str) -> Judged | None:
    """ "Over the six years to May 2022, more than 1,000 companies were registered": a
    count over a span the source splits into spans that meet end to start (more than 860
    in the last two years, 170 in the four before) is their sum, derived, never one of
    them; None when no chain of two or more held spans runs from the claim's first year
    to its last."""
    claimed = reading.claimed
    if claimed is None or claimed.first_year is None or claimed.last_year is None:
        return None
    spans = sorted(
        (f for f in facts if "/" in f.period and f.status == "reported" and not f.derived),
        key=lambda f: f.period,
    )
    chain = [f for f in spans if year(f) == claimed.first_year][:1]
    while chain and year(chain[-1], end=True) < claimed.last_year:
        end = chain[-1].period.split("/")[1]
        chain += [f for f in spans if f.period.split("/")[0] == end][:1]
        if chain[-1].period.split("/")[0] != end:
            return None
    if len(chain) < 2 or year(chain[-1], end=True) != claimed.last_year:
        return None
    verdict, said = sum_verdict(claimed.interval, chain)
    parts = " + ".join(f"{f.display} ({period_label(f)})" for f in chain)
    reason = f"hubquery derives {said} ({claimed.first_year}–{claimed.last_year}) from {parts}"
    return derived(verdict, f"{reason} — no source prints it", hub_id, chain)


def sum_verdict(
    claimed: Interval, parts: Sequence[Fact], *, bases_differ: bool = False, bound: bool = False
) -> tuple[Verdict, str]:
    """A claim judged against the sum of held figures, and the sum as a writer reads it
    ("more than 1,030 companies", "US$3.2–3.3 billion"): never contradicted where the
    figures' precise values (not their hedges' widths) would admit it, or where the parts
    are counted on different bases. A ``bound`` ("more than half") is supported only where
    every value the figures' words admit passes it (``honest_interval``: "one out of
    every three" is 30–36.67 %), a rounding ("roughly half") by the figures as stated."""
    summed, loose = (_sum([held(f) for f in parts]) for held in (Fact.interval, precise_interval))
    verdict = interval_verdict(claimed, summed)
    if verdict == "contradicted" and (overlap(claimed, loose) or bases_differ):
        verdict = "unsupported"
    if verdict == "supported" and bound:
        honest = [honest_interval(f) for f in parts]
        if None in honest:
            verdict = "unsupported"
        else:
            summed = _sum([i for i in honest if i is not None])
            verdict = "supported" if interval_verdict(claimed, summed) == verdict else "unsupported"
    assert summed.low is not None
    said = format_value(summed.low, parts[0].unit)
    if summed.high is None:
        said = f"{'more than' if summed.low_open else 'at least'} {said}"
    elif summed.high != summed.low:
        said = f"{said}–{format_value(summed.high, parts[0].unit)}"
    return verdict, said


def _sum(intervals: list[Interval]) -> Interval:
    """The values a sum of figures admits: open above when any is."""
    highs = [i.high for i in intervals]
    return Interval(
        sum(i.low or 0 for i in intervals),
        None if None in highs else sum(h or 0 for h in highs),
        any(i.low_open for i in intervals),
        any(i.high_open for i in intervals),
    )


_UP_TO_NOW = re.compile(r"\b(?:has|have)(?: now)? been\b")


def years_since(reader: ClaimReader, reading: Reading, hub_id: str) -> Judged | None:
    """ "Accenture has been delivering services from Dalian for more than a decade": at
    least a duration up to now, of a subject held with no such figure but the year it was
    established (2002), derived to the date of that year's source (2014: eleven full years
    at the least, the months unknown, and more since); supported when that many admit the
    claim, else None (a duration running past its source is never contradicted by it)."""
    claimed = reading.claimed
    if (
        claimed is None
        or reading.subject is None
        or claimed.interval.high is not None
        or not _UP_TO_NOW.search(reading.text.lower())
    ):
        return None
    founded = [
        f for f in reader.facts_of(hub_id, "year-established", reading.subject) if standing(f).ok
    ]
    if len(founded) != 1:
        return None
    fact = founded[0]
    at, since = fact.source.published[:4], int(fact.source.published[:4]) - int(fact.value) - 1
    if interval_verdict(claimed.interval, Interval(since, None)) != "supported":
        return None
    reason = (
        f"hubquery derives at least {since} years from {fact.display}, the year the source "
        f"gives {reading.subject} in {hub_id}, to that source's {at} — no source prints it"
    )
    return Judged("supported", (fact,), (Note("derived", reason, (hub_id,), (fact.id,)),), True)
