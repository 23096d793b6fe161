"""What a figure read from a sentence claims: its interval (the hedge's, a rounding's, a
decade's), a negated rank, its period, and whether it says "now" or states a goal."""

from __future__ import annotations

import re

from hubquery.hedges import Interval
from hubquery.judgement.claims import Claimed, claim_interval, negated
from hubquery.query import lexicon as lx
from hubquery.query.reader import gates
from hubquery.query.reader.figures import Figure
from hubquery.query.reader.goals import of_a_multiple
from hubquery.query.reader.times import Time, in_appositive, own_span, whole_year
from hubquery.records import Metric

_SAID_IN = re.compile(
    r"\b(?:said|says|stated|states|announced|announces|declared|revealed|disclosed) in $"
)
# "from X to Y": the "to" of a figure after it ("to US$21.7 billion", "to 14th", "to
# eight million"), not of a verb ("dates from 1980, when Beijing decided to experiment")
_TO_A_FIGURE = re.compile(
    r"\bto\s+(?:[a-z.-]+\s+){0,2}?(?:us\$|\$|rmb|cn¥|¥)?\s*(?:\d|(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundreds?|thousands?|millions?|half|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth)\b)",
    re.IGNORECASE,
)
# "launched in 2015", "founded back in 1998": the year of an event that happened (not "to
# be launched in 2016", "will be opened in": a plan)
_HAPPENED_IN = re.compile(
    r"(?<!\bbe )(?<!\bbeen )\b(?:launched|founded|established|set up|opened|created|started|"
    r"begun|began|introduced|unveiled|inaugurated)\s+(?:back\s+)?in\s+$",
    re.IGNORECASE,
)
_RELATIVE_YEAR = re.compile(r"(?<!the )\b(last|this) year\b(?!\s+(?:to|before|after)\b)")


def claim_of(
    figure: Figure,
    metric: Metric,
    clause: str,
    sentence: str,
    time: Time | None,
    span: int | None,
) -> Claimed | None:
    """What the figure claims ("not 4th" claims that it is not, ``excluded``)."""
    if figure.years is not None:  # "in the 1990s": any year of the decade
        first_year, last_year = figure.years
        interval = claim_interval(first_year, "at least")._replace(high=float(last_year))
    elif figure.bounds is not None:  # "hundreds of": at least 200, fewer than 1,000
        low_open = figure.qualifier == "more than"  # ("fell by less than 30 %")
        interval = Interval(figure.bounds[0], figure.bounds[1], low_open, not figure.through)
    else:
        interval = claim_interval(
            figure.value,
            figure.qualifier,
            metric.unit_kind,
            rounding=figure.rounding,
            approximate=figure.approximate,
        )
    excluded = False
    yet = time is not None and time.before  # "not … until 2019": not yet, before 2019
    if (
        figure.qualifier is None
        and figure.unit == "rank"
        and (yet or gates.NEGATION.search(clause))
    ):
        # "no longer the biggest": a rank below the first; "not 4th" is no one interval
        flipped = (
            negated(interval)
            if not interval.exact
            else (Interval(1, None, low_open=True) if interval.low == 1 else None)
        )
        if flipped is None:
            excluded = True  # "no longer 15th": not that rank (judged as its opposite)
        else:
            interval, figure.qualifier = flipped, "more than"
    elif figure.qualifier is None and yet:  # ("did not have 800 until 2023": fewer)
        figure.qualifier = "less than"
        interval = claim_interval(figure.value, "less than", metric.unit_kind)
    elif (
        figure.qualifier is None
        and not figure.year_like
        and "n" in (before := sentence[max(0, figure.number.start - 32) : figure.number.start])
    ):
        if gates.NOT_REACHED_BEFORE.search(before):  # "did not reach US$20 billion"
            figure.qualifier = "less than"
            interval = claim_interval(figure.value, "less than", metric.unit_kind)
        elif gates.NOT_BEFORE.search(before):
            excluded = True  # "Dalian does not have 50 universities"
    # ("founded in 2000, now enrols …": the year of a founding is no figure of now)
    now = time is None and figure.unit != "year" and gates.NOW.search(sentence) is not None
    now = now or (time is not None and time.after)  # ("now …, as it was in 2010")
    # "moved from 15th to 14th", "grew from X to Y" with no year: Y is where it stands now
    now = now or (
        time is None and gates.FROM_TO_BEFORE.search(sentence[: figure.number.start]) is not None
    )
    target = (
        gates.TARGET.search(clause) is not None
        # "said in 2017 that its revenue would reach …": a plan made known, reported
        or ("would" in clause and lx.SAID_WOULD.search(clause) is not None)
    ) and (
        (lx.GOAL_MET.search(clause) is None and gates.GOAL_KEPT.search(sentence) is None)
        or figure.year_like  # (a deadline met: its goal)
    )
    if target and in_appositive(sentence, figure.number.start):
        target = False  # ("Dalian, a city of six million, wants to …": what it is, in passing)
    if target and figure.year_like and _SAID_IN.search(sentence, 0, figure.number.start):
        target = False  # ("said in 2022 that it would …": when the plan was made known)
    if target and figure.year_like and _HAPPENED_IN.search(sentence, 0, figure.number.start):
        target = False  # ("Made in China 2025, launched in 2015, aims to …": it happened)
    if not target and "from" in sentence:  # ("aims to grow it from X to Y": Y the goal)
        target = _goal_to(sentence, figure.number.start)
    # ("has to double its 480 billion yuan to hit its goal": a level held before the goal)
    earlier = target and of_a_multiple(
        sentence[max(0, figure.number.start - 24) : figure.number.start]
    )
    if earlier:
        target, time = False, None
    if target and "already" in clause:  # ("is already earning X, the figure it targeted")
        target = not _already(sentence[max(0, figure.number.start - 60) : figure.number.start])
    # "in the past two years": a window that ends at the source's "now" (not a span of
    # the figure's own, "170 in the four years before that")
    recent = span is not None and time is None and own_span(sentence, figure.number.end) is None
    first, last = (time.first, time.last) if time else (None, None)
    if (
        metric.unit_kind == "growth"
        and span is None
        and time
        and time.first < time.last
        and not time.within  # ("grew 7.7 % in the late 2010s": in a year of them)
    ):
        span = time.last - time.first  # "doubled between 2010 and 2013": over three years
    whole = first is not None and first == last and whole_year(sentence)
    # "grew from 5 million to 6 million", no year: the figure before "to" is of some
    # time earlier than the one after it
    earlier = earlier or (
        time is None
        and gates.FROM_BEFORE.search(
            sentence[max(0, figure.number.start - 24) : figure.number.start]
        )
        is not None
        and _TO_A_FIGURE.search(sentence, figure.number.end) is not None
    )
    # "last year", "this year" with no year named: of the year before its source's, or
    # its source's own (what the source calls "last year")
    relative = _RELATIVE_YEAR.search(clause) if time is None and "year" in clause else None
    years_back = (1 if relative.group(1) == "last" else 0) if relative else None
    return Claimed(
        interval, first, last, span, now, target, whole, excluded, recent, earlier, years_back
    )


def _already(before: str) -> bool:
    """Whether the words before a figure state it as reached already ("is already earning
    1 trillion yuan"), with no goal's word after "already" ("already expected to")."""
    at = before.rfind("already")
    return at >= 0 and gates.TARGET.search(before[at:]) is None


def _goal_to(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` is the "to" of a goal's "from … to …" ("aims to
    grow revenue from 480 billion yuan to 1 trillion yuan")."""
    if sentence.find("to", max(0, start - 32), start) < 0:
        return False  # (most figures: no "to" just before them)
    found = gates.FROM_TO_BEFORE.search(sentence[:start])
    return (
        found is not None
        and gates.TARGET.search(sentence[max(0, found.start() - 80) : found.start()]) is not None
        and lx.GOAL_MET.search(sentence) is None
    )
