"""Claims in forms a careful fact-checker works out before judging them: a share written
as a fraction in words ("three in four"); a figure of a part judged by its whole's
("Chengdu alone is half of the world's industry" by Chengdu and Chongqing's third); the
source's number said per another period ("more than 800 every month" of "more than 800
a year"); a month the claim names against the source's ("March 2016" of April 2016); a
ratio or a difference of two held figures ("more than five to one", "exceeded … by US$260
million"), derived and said to be."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from hubquery.display import format_value, plain_number
from hubquery.hedges import Interval, fraction_in_words, overlap
from hubquery.judgement.answering import NOW_YEARS, period_allows, status_allows
from hubquery.judgement.claims import (
    Claimed,
    FigureVerdict,
    claim_verdict,
    contains,
    figure_verdict,
    says,
    verdict_of,
)
from hubquery.judgement.figures import period_label, precise_interval, standing, year

if TYPE_CHECKING:
    from hubquery.records import Fact


def in_words(judged: FigureVerdict, share: float, shown: str) -> FigureVerdict:
    """An unhedged fraction in words is supported only by a share it is the nearest simple
    fraction to (`hedges.fraction_in_words`): "two-thirds" by 70 %, not "three in four"
    (unsupported: within "about"'s ±10 % both can be a writer's rounding). Against a
    source that states its share as another fraction in words it is contradicted: no
    share is nearer both "two in five" and the source's "one-third" (each stands for the
    shares nearer it than any other fraction as simple, `figures.precision`)."""
    near = fraction_in_words(share)
    if near is None:
        return judged
    if judged.verdict == "unsupported" and judged.kind == "not-established" and judged.facts:
        if all(_another_fraction(f, near) for f in judged.facts):
            words = "; ".join(
                f"{f.stated_as} stands for {_range(precise_interval(f))}" for f in judged.facts
            )
            reason = (
                f"{says(judged.facts)}; a fraction in words of {share:.3g} % stands for "
                f"{_range(near)}, {words}: no share is nearer both"
            )
            return verdict_of("contradicted", "disjoint", reason, judged.facts)
        return judged
    if judged.verdict != "supported":
        return judged
    kept = [f for f in judged.facts if f.value == share or contains(near, f.interval())]
    if kept:
        return judged._replace(facts=tuple(kept))
    reason = (
        f"{says(judged.facts).replace('says ', 'says only ', 1)}; a fraction in words of "
        f"{share:.3g} % stands for {_range(near)}, the shares nearer it than any other as simple"
    )
    return verdict_of("unsupported", "not-established", reason, judged.facts)


def _another_fraction(fact: Fact, near: Interval) -> bool:
    """Whether the source states ``fact`` as a fraction in words of its own whose shares
    are none of ``near``'s: the two meet at most at the midpoint between the fractions
    (computed two ways, equal but for float error), which neither stands for."""
    words = precise_interval(fact)
    if (
        fact.qualifier is not None
        or fact.unit != "percent"
        or words != fraction_in_words(fact.value)
    ):
        return False
    low = max(words.low or 0.0, near.low or 0.0)
    high = min(
        100.0 if words.high is None else words.high, 100.0 if near.high is None else near.high
    )
    return high <= low or math.isclose(high, low)


def _range(shares: Interval) -> str:
    return f"{shares.low:.3g}–{shares.high:.3g} %"


def of_a_part(
    claimed: Claimed, facts: Sequence[Fact], shown: str, part: str, whole: str
) -> FigureVerdict:
    """A claim of a part ("Chengdu") where only its whole ("Chengdu and Chongqing") has
    a figure: a part is never more than its whole, so the claim is contradicted when the
    whole's figure is below what the claim says of the part; else it is unsupported,
    with what the source says of the whole."""
    low = claimed.interval._replace(high=None, high_open=False)
    judged = claim_verdict(claimed._replace(interval=low), facts, shown)
    if judged.verdict == "contradicted" and judged.kind == "disjoint":
        reason = f"{says(judged.facts)} for {whole}; {part}, a part of it, cannot be more than that"
        return verdict_of("contradicted", "disjoint", reason, judged.facts)
    held = judged.facts or tuple(facts)
    reason = (
        f"{says(held).replace('says ', 'says only ', 1)} for {whole} as a whole — it does "
        f"not establish {shown} of {part} alone"
    )
    return verdict_of("unsupported", "not-established", reason, held)


def of_a_whole(
    claimed: Claimed, facts: Sequence[Fact], shown: str, whole: str, part: str
) -> FigureVerdict:
    """A claim of a whole ("Anhui") where only a part ("Hefei, its capital") has a
    figure: the whole has at least what its part has, so a lower bound carries from the
    part to the whole, never an upper bound or an exact figure. Supported when the
    part's floor lies inside the claim; else unsupported, never contradicted (a place
    misread as the whole, "this seaport of six million" read as China's, would be
    contradicted by Beijing's population)."""
    floors = [f._replace(high=None) for f in facts if f.qualifier in (None, "more than")]
    judged = claim_verdict(claimed, floors, shown) if floors else None
    held = judged.facts if judged and judged.facts else tuple(floors or facts)
    of_part = f"{says(held)} for {part}, a part of {whole}"
    if judged and judged.verdict == "supported":
        return verdict_of("supported", judged.kind, f"{of_part}: {whole} has at least that", held)
    reason = (
        f"{of_part.replace('says ', 'says only ', 1)} — it does not establish {shown} of {whole}"
    )
    return verdict_of("unsupported", "not-established", reason, held)


def per_other_period(
    judged: FigureVerdict,
    claimed: Claimed,
    facts: Sequence[Fact],
    shown: str,
    factor: float,
    converted: str,
) -> FigureVerdict:
    """A rate the claim states per another period than the source's, read in the source's
    (``factor`` times the number written; ``converted`` says how). Where the number as
    written is the source's, the claim has moved the source's figure to another period,
    and the note says so: "more than 800 every month" of the source's "more than 800 a
    year" is 12 times as many, which that "more than" (open above) neither establishes
    nor excludes: unsupported; "two every day" of "two every two days" stays contradicted."""
    if judged.verdict == "supported" or factor <= 0 or abs(factor - 1) < 1e-9:
        return judged
    low, high = claimed.interval.low, claimed.interval.high
    written = claimed.interval._replace(
        low=None if low is None else low / factor, high=None if high is None else high / factor
    )
    same = claim_verdict(claimed._replace(interval=Interval(*written)), facts, shown)
    if same.verdict != "supported":
        return judged
    said, _, per = converted.removeprefix("a rate per ").partition(" read as one per ")
    times = "twice as many" if factor == 2 else f"{factor:.3g} times as many"
    if factor < 1:
        times = f"a {1 / factor:.3g}th as many"
    reason = f"{says(same.facts)} every {per}; the claim says that many every {said}, {times}"
    if judged.verdict == "unsupported":
        reason = f"{reason.replace('says ', 'says only ', 1)} — it does not establish {shown}"
    return judged._replace(reason=reason)


MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def of_another_month(
    judged: FigureVerdict, month: int, year: int, of_a_year: bool
) -> FigureVerdict:
    """A claim that names a month of its year ("named in March 2016") against figures the
    source dates to another month of it (April 2016): the year of an event named in
    another month is contradicted (``of_a_year``: the figure is the year); a figure of
    another month is not established for the claim's (unsupported). Figures dated to
    the year alone, or to the claim's month, stand."""
    if judged.verdict != "supported":
        return judged
    other = [
        f
        for f in judged.facts
        if "/" not in f.period
        and len(f.period) >= 7
        and f.period[:4] == str(year)
        and int(f.period[5:7]) != month
    ]
    if not other or len(other) < len(judged.facts):
        return judged
    when = ", ".join(
        dict.fromkeys(f"{MONTHS[int(f.period[5:7]) - 1].title()} {year}" for f in other)
    )
    said = f"{MONTHS[month - 1].title()} {year}"
    if of_a_year:
        return verdict_of("contradicted", "disjoint", f"{says(other)}: {when}, not {said}", other)
    reason = f"{says(other)}: of {when}, not {said}"
    return verdict_of("unsupported", "period-differs", reason, other)


def ratio_verdict(
    claimed: Interval, pairs: Sequence[tuple[Fact, Fact]], difference: bool = False
) -> FigureVerdict:
    """A claimed ratio (or, with ``difference``, a difference: "exceeded … by US$260
    million") against those of pairs of held figures (larger, smaller):
    supported when one pair's lies inside the claim; contradicted when none can be the
    claim's, even at the figures' precision ("6 million" is rounded); else unsupported.
    Derived: no source prints it, and the note says so."""
    judged: list[tuple[str, str, tuple[Fact, Fact]]] = []
    for a, b in pairs:
        of = less if difference else _ratio
        ratio, loose = of(a.interval(), b.interval()), of(precise_interval(a), precise_interval(b))
        if ratio is None or loose is None or ratio.low is None:
            continue

        unit = a.unit if difference else None
        high = (
            ""
            if ratio.exact
            else " or more"
            if ratio.high is None
            else f"–{_said(ratio.high, unit)}"
        )
        said = f"{_said(ratio.low, unit)}{high}"
        if ratio.low == 0 and ratio.low_open and ratio.high is not None:
            said = f"less than {_said(ratio.high, unit)}"  # (170 over more than 860)
        reason = (
            f"hubquery derives a {'difference' if difference else 'ratio'} of "
            f"{said} from {a.display} ({a.period}) and "
            f"{b.display} ({b.period}) — no source prints it"
        )
        verdict = "supported" if contains(claimed, ratio) else "unsupported"
        if not overlap(claimed, loose):
            verdict = "contradicted"
        judged.append((verdict, reason, (a, b)))
    for verdict, reason, pair in judged:
        if verdict == "supported":
            return verdict_of("supported", "derived", reason, pair)
    facts = [f for _, _, pair in judged for f in pair]
    reason = "; ".join(r for _, r, _ in judged) or "no two figures to derive a ratio from"
    if judged and all(v == "contradicted" for v, _, _ in judged):
        return verdict_of("contradicted", "disjoint", reason, facts)
    return verdict_of("unsupported", "not-established", reason, facts)


def _said(value: float, unit: str | None) -> str:
    """A derived figure as a note prints it: a difference in its unit, a ratio plain."""
    return format_value(value, unit) if unit else plain_number(round(value, 2))


def less(top: Interval, bottom: Interval) -> Interval | None:
    """The difference of two intervals, larger less smaller; None where the smaller is
    open-ended above."""
    if top.low is None or bottom.high is None:
        return None
    return Interval(
        top.low - bottom.high,
        None if top.high is None or bottom.low is None else top.high - bottom.low,
        low_open=top.low_open or bottom.high_open,
        high_open=top.high_open or bottom.low_open,
    )


def _ratio(top: Interval, bottom: Interval) -> Interval | None:
    """The ratio of two positive intervals (170 over more than 860 is below 0.2); None
    where the divisor's low bound is open-ended or zero, or both are open above."""
    if top.low is None or not bottom.low or (bottom.high is None and top.high is None):
        return None
    return Interval(
        0.0 if bottom.high is None else top.low / bottom.high,
        None if top.high is None else top.high / bottom.low,
        low_open=top.low_open or bottom.high_open or bottom.high is None,
        high_open=top.high_open or bottom.low_open,
    )


# Yuan to the US dollar stayed within 6.0–8.3 from 2005 to 2024, a factor under 1.4: two
# sums in dollars more than 1.5 times apart are no one sum in yuan at two years' rates.
# (A bound on how far a rate moves, never a rate.)
_RATE_DRIFT = 1.5


def in_another_currency(
    judged: FigureVerdict, claimed: Claimed, facts: Sequence[Fact], unit: str, shown: str
) -> FigureVerdict:
    """A sum the claim states in one currency for a period the source gives in the other
    only ("135 billion yuan in 2010" where the source says US$8.65 billion for 2010).
    hubquery converts no currency at a rate of its own; but where the claimed sum is the
    source's own figure of another period (CN¥135 billion, of 2013), which the source
    pairs with a sum in the other currency (US$21.7 billion) more than 1.5 times the
    period's (or under two-thirds of it), it is that other period's figure, no rate
    of those years makes it the claim's: contradicted, flagged derived. Else unsupported,
    with the figure the source gives in the other currency."""
    other = [
        f
        for f in facts
        if f.unit in ("USD", "CNY")
        and f.unit != unit
        and standing(f).ok
        and period_allows(claimed, f).ok
        and status_allows(claimed, f).ok
    ]
    if not other or judged.verdict == "supported":
        return judged
    pairs = [
        (c, d)
        for c in facts
        if c.unit == unit and standing(c).ok and figure_verdict(claimed.interval, c) == "supported"
        for d in facts
        if d.unit == other[0].unit and d.period == c.period and d.source.id == c.source.id
    ]
    for c, d in pairs:
        for f in other:
            paired, held = precise_interval(d), precise_interval(f)
            if not overlap(
                paired,
                Interval(
                    None if held.low is None else held.low / _RATE_DRIFT,
                    None if held.high is None else held.high * _RATE_DRIFT,
                ),
            ):
                reason = (
                    f"{says([f])}; {shown} is the source's figure of {period_label(c)}, "
                    f"which it gives as {d.display}: hubquery derives a ratio of "
                    f"{plain_number(round(max(d.value, f.value) / min(d.value, f.value), 2))} "
                    "between the two, more than any change of rate (no source prints it)"
                )
                return FigureVerdict("contradicted", "disjoint", reason, (f, c, d), True)
    reason = (
        f"{says(other).replace('says ', 'says only ', 1)} in {other[0].unit} — hubquery "
        f"converts no currency, so it does not establish {shown}"
    )
    return verdict_of("unsupported", "unit-differs", reason, other)


def long_before(judged: FigureVerdict, claimed: Claimed, shown: str) -> FigureVerdict:
    """A claim that states no time, contradicted only by figures the source gives for a
    time long before its writing (more than `NOW_YEARS`: "the park covers about four
    square miles" against its 3 km² at its opening in 1999, in a source of 2014): the
    source says what held then, and nothing of what held later, so it neither
    establishes nor excludes the claim: unsupported. Not of years or ranks (a year a
    thing happened, the order it came in, do not change)."""
    undated = (
        claimed.first_year is None
        and claimed.span_years is None
        and claimed.years_back is None
        and not (claimed.now or claimed.target or claimed.earlier or claimed.excluded)
    )
    if (
        not undated
        or judged.verdict != "contradicted"
        or judged.kind != "disjoint"
        or not judged.facts
        or not all(
            f.unit not in ("year", "rank")
            and year(f, end=True) < int(f.source.published[:4]) - NOW_YEARS
            for f in judged.facts
        )
    ):
        return judged
    reason = (
        f"{says(judged.facts)}, long before its source's date; the claim states no time, and "
        f"the source does not say what held later — it neither establishes nor excludes {shown}"
    )
    return verdict_of("unsupported", "period-differs", reason, judged.facts)


def between_bases(
    judged: FigureVerdict, claimed: Claimed, facts: Sequence[Fact], shown: str
) -> FigureVerdict:
    """A claim that names no basis, of a figure the source gives only on two or more
    bases ("signed" US$1.79 billion, "conducted" US$1.53 billion), that lies between
    them ("worth US$1.6 billion"): the claim may measure it another way, so none of
    them excludes it: unsupported, never contradicted."""
    low, high = claimed.interval.low, claimed.interval.high
    if (
        judged.verdict != "contradicted"
        or judged.kind != "disjoint"
        or low is None
        or high is None
        or len({f.basis for f in facts}) < 2
        or any(f.basis is None for f in facts)
        or not min(f.value for f in facts) <= low <= high <= max(f.value for f in facts)
    ):
        return judged
    reason = (
        f"{says(facts).replace('says ', 'says only ', 1)}, a figure on each basis; the claim "
        f"names none, and {shown} lies between them — it does not establish it or exclude it"
    )
    return verdict_of("unsupported", "basis-differs", reason, facts)
