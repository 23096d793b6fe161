"""Which held figures answer a claim's time and status, before their values are
compared: a figure of the status the claim states (a target answers only a goal), of a
period the claim allows (never a report-period figure for a stated year), the newest of
them for a claim that says "now", and none too old to say what holds now."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from hubquery.judgement.figures import (
    YES,
    Judgement,
    part_of_a_year,
    period_label,
    relative_year,
    standing,
    status_words,
    year,
)
from hubquery.periods import sort_end, sort_start

if TYPE_CHECKING:
    from hubquery.judgement.claims import Claimed
    from hubquery.records import Fact

# A claim that says "now" is not supported by a figure older than this many years
# before its source was published ("today" is no year of 1979).
NOW_YEARS = 5


def period_allows(claimed: Claimed, fact: Fact) -> Judgement:
    """Whether the claim's period admits the figure's: the figure's years lie inside the
    claim's; a report-period figure never answers for a stated period (it is when the
    source reported it, not when it held); a window ("the past two years") admits a
    figure counted over a period that long."""
    if claimed.years_back is not None:  # "last year", "this year": of its source's date
        return relative_year(claimed.years_back, fact)
    dated = claimed.first_year is not None or claimed.span_years is not None
    if not dated:
        return YES
    if fact.period_of == "report" or fact.status == "aspiration":
        return Judgement(
            False,
            "report-period",
            f"{fact.display} is given as of its report ({period_label(fact)}), "
            "not as holding in the period the claim states",
        )
    first, last = year(fact), year(fact, end=True)
    if claimed.span_years is not None and not (
        "/" in fact.period and abs((last - first) - claimed.span_years) <= 1
    ):
        return Judgement(
            False,
            "period-differs",
            f"{fact.display} is counted over "
            f"{period_label(fact)}, not the {claimed.span_years} years the "
            "claim counts",
        )
    if claimed.recent and last < int(fact.source.published[:4]) - 1:
        return Judgement(
            False,
            "period-differs",
            f"{fact.display} is counted over {period_label(fact)}, not the "
            f"{claimed.span_years} years to its source's date",
        )
    if (
        claimed.first_year is not None
        and claimed.last_year is not None
        and not (claimed.first_year <= first and last <= claimed.last_year)
    ):
        return Judgement(False, "period-differs", f"{fact.display} is of {period_label(fact)}")
    if claimed.whole_year and part_of_a_year(fact.period):
        return Judgement(
            False,
            "period-differs",
            f"{fact.display} is of {period_label(fact)}, not the whole year the claim states",
        )
    return YES


def part_exceeds(claimed: Claimed, fact: Fact) -> bool:
    """Whether the claim counts, over part of the period a figure counts, more than the
    figure itself (a count of a period is the most any part of it counts; an inferred
    period such as "2017/2018" is one year of two, not a count over both)."""
    if (
        "/" not in fact.period
        or fact.period_inferred
        or fact.unit in ("percent", "rank", "year", "times")
        or claimed.first_year is None
        or claimed.last_year is None
        or claimed.interval.low is None
    ):
        return False
    high = fact.interval().high
    return (
        sort_start(fact.period) <= f"{claimed.first_year}-01-01"
        and f"{claimed.last_year}-12-31" <= sort_end(fact.period)
        and high is not None
        and high >= 0
        and claimed.interval.low >= high
        and (claimed.interval.low > high or claimed.interval.low_open)
    )


def status_allows(claimed: Claimed, fact: Fact) -> Judgement:
    """Whether the figure is of the status the claim states: a target or an aspiration
    answers only a claim of a goal, a figure that held only a claim that it held (a
    threshold is held: it is judged as an interval)."""
    goal = fact.status in ("target", "aspiration")
    if goal == claimed.target:
        return YES
    if goal:
        return Judgement(
            False,
            "target-as-achieved",
            f"{fact.display} is {status_words(fact.status)} "
            f"({period_label(fact)}), not a figure that was reached",
        )
    return Judgement(False, "status-differs", f"{fact.display} is a figure that held, not a goal")


def newest(facts: Iterable[Fact]) -> list[Fact]:
    """The standing figures of the latest period among ``facts`` (several when they share
    it), for a claim that says "now"."""
    standing_facts = [f for f in facts if standing(f).ok or f.status == "threshold"]
    if not standing_facts:
        return []
    # A threshold bounds the figure held beside it, it never supersedes it ("one of the
    # cities of more than 20 million" is no newer population than 21.192 million).
    figures = [f for f in standing_facts if f.status != "threshold"] or standing_facts
    last = max(sort_end(f.period) for f in figures)
    return [f for f in standing_facts if sort_end(f.period) >= last]


def stale(fact: Fact) -> bool:
    """Whether the figure is too old to answer for "now": of more than `NOW_YEARS`
    before its source was published, or of a year the source itself dates more than
    two years before it was published ("In 2010, the DLSP generated …" in 2014: the
    source says what held then, not what holds at its writing)."""
    published = int(fact.source.published[:4])
    if not fact.period_inferred and year(fact, end=True) < published - 2:
        return True
    return year(fact, end=True) < published - NOW_YEARS
