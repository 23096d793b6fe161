"""A writer's claimed figure judged against the figures held: `check`'s verdicts,
written once."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from hubquery.hedges import Interval, interval, overlap
from hubquery.judgement.answering import (
    newest,
    part_exceeds,
    period_allows,
    stale,
    status_allows,
)
from hubquery.judgement.figures import Judgement, period_label, precise_interval, year
from hubquery.numbers import VAGUE_QUANTITIES

if TYPE_CHECKING:
    from hubquery.records import Fact
    from hubquery.vocabulary import Verdict


# --- verdicts ------------------------------------------------------------------------


def interval_verdict(claimed: Interval, held: Interval) -> Verdict:
    """The claim against one held figure of the same thing: supported when every value
    the source admits lies inside the claim, contradicted when none does, unsupported
    when they only overlap (the source does not establish the claim)."""
    if not overlap(claimed, held):
        return "contradicted"
    if contains(claimed, held):
        return "supported"
    return "unsupported"


def contains(outer: Interval, inner: Interval) -> bool:
    """Whether every value ``inner`` admits is admitted by ``outer``."""
    o_lo = -math.inf if outer.low is None else outer.low
    o_hi = math.inf if outer.high is None else outer.high
    i_lo = -math.inf if inner.low is None else inner.low
    i_hi = math.inf if inner.high is None else inner.high
    # Bounds computed two ways ("a third" of 100 × 1.1) agree to within float error.
    if _same_bound(i_lo, o_lo):
        i_lo = o_lo
    if _same_bound(i_hi, o_hi):
        i_hi = o_hi
    if i_lo < o_lo or (
        i_lo == o_lo and outer.low_open and not inner.low_open and math.isfinite(i_lo)
    ):
        return False
    return not (
        i_hi > o_hi
        or (i_hi == o_hi and outer.high_open and not inner.high_open and math.isfinite(i_hi))
    )


def _same_bound(a: float, b: float) -> bool:
    """Two finite bounds equal but for float error (relative, so that 0 is never 1e-22)."""
    return math.isfinite(a) and math.isfinite(b) and abs(a - b) <= 1e-12 * max(abs(a), abs(b))


# --- a claim's figure judged against the figures held --------------------------------


class Claimed(NamedTuple):
    """What one figure of a writer's claim states, as a verdict reads it.

    ``interval`` is what the claim admits (`claim_interval`); ``first_year`` and
    ``last_year`` bound the period the claim allows (None: any); ``span_years`` is a
    window the claim counts over ("in the past two years": a period that long); ``now``
    is true when the claim says "now", "today", "currently" or "no longer"; ``target``
    when it states a goal ("aims to", "expects", "plans", "by 2020") rather than a
    figure that held; ``whole_year`` when it says the whole of its year ("over the
    whole of 2012", or "in 2012" with no month), which a figure of part of the year does
    not establish; ``excluded`` when it says the figure is not in ``interval`` ("no longer
    15th", "not 4th")."""

    interval: Interval
    first_year: int | None = None
    last_year: int | None = None
    span_years: int | None = None
    now: bool = False
    target: bool = False
    whole_year: bool = False
    excluded: bool = False  # "no longer 15th": the claim is that the figure is NOT this
    recent: bool = False  # the span is a window back from the source's "now"
    earlier: bool = False  # "grew from X to Y" with no year: X held at some time before
    years_back: int | None = None  # "last year" (1), "this year" (0): from its source's date


class FigureVerdict(NamedTuple):
    """One claimed figure judged: the verdict, a stable ``kind`` (``established``,
    ``not-established``, ``disjoint``, ``superseded``, ``stale``, ``target-as-achieved``,
    ``period-differs``, ``report-period``, ``status-differs``), the reason in words, and
    the figures it rests on. ``derived`` is true when one of them is derived: no source
    prints it, and the reason never says "the source says" of it."""

    verdict: Verdict
    kind: str
    reason: str
    facts: tuple[Fact, ...]
    derived: bool = False


# A figure the source says held until a time ("Until the late 1970s, Shenzhen was …").
_UNTIL = re.compile(r"\s*(?:…\s*)?until\b", re.IGNORECASE)


def _held_until(claimed: Claimed, fact: Fact) -> bool:
    """Whether the source says the figure held until its period ("Until the late 1970s
    … less than 300,000") and the claim's period ends before that period does."""
    return (
        claimed.last_year is not None
        and fact.quote is not None
        and _UNTIL.match(fact.quote) is not None
        and claimed.last_year <= year(fact, end=True)
    )


def claim_interval(
    value: float,
    qualifier: str | None,
    unit_kind: str | None = None,
    *,
    rounding: float = 0.0,
    approximate: bool = False,
) -> Interval:
    """The values a claimed figure admits: its hedge's interval ("about X" gets the
    hedge's tolerance); a fraction in words ("a third", "one in ten") is approximate, as
    if "about"; an unhedged figure written to a rounding ("6 million", "21.2 million",
    "67 %") admits the values that round to it, both ends open (a boundary rounds either
    way); plain digits ("2,300") are exact. "About" a share is not cut at 100 %: cut,
    "about 95 %" would read as "at least 85.5 %" (see `figure_verdict`)."""
    if unit_kind == "share" and (qualifier == "about" or (qualifier is None and approximate)):
        unit_kind = None
    if qualifier is None and approximate:
        return interval(value, "about", unit_kind)
    if qualifier is None and rounding:
        return Interval(value - rounding, value + rounding, low_open=True, high_open=True)
    hedged = interval(value, qualifier, unit_kind)
    if (
        rounding
        and qualifier in ("about", "nearly")
        and hedged.low is not None
        and hedged.high is not None
    ):  # "about 33.33 %" is written to two decimals: the hedge widened by its rounding
        if rounding * 20 > abs(value):  # "about 7 million": coarser than 5 %, the hedge's own
            low, high = min(hedged.low, value - rounding), max(hedged.high, value + rounding)
            return hedged._replace(low=low, high=high)  # (6 million is not about 7 million)
        return hedged._replace(low=hedged.low - rounding, high=hedged.high + rounding)
    return hedged


def negated(claimed: Interval) -> Interval | None:
    """The interval a negation leaves ("not more than 1,500" is at most 1,500), or None
    when it is no one interval (not exactly 20 admits both sides)."""
    if claimed.low is not None and claimed.high is None:
        return Interval(None, claimed.low, high_open=not claimed.low_open)
    if claimed.high is not None and (claimed.low is None or claimed.low == 0):
        return Interval(claimed.high, None, low_open=not claimed.high_open)
    return None


def figure_verdict(claimed: Interval, fact: Fact) -> Verdict:
    """The claim against one held figure of the same thing: supported when every value
    the figure admits lies inside the claim; contradicted when none of the values the
    figure's precision allows does ("one in three" is approximate: "33 %" rounds it,
    "34 %" does not contradict it); unsupported otherwise. A figure bounded below ("more
    than 90 %") is closed above only by its unit's ceiling (100 %), which says nothing of
    where it lies: it establishes a claim closed there too ("over 85 %"), never one
    closed below the ceiling or above it ("about 95 %")."""
    held = precise_interval(fact)
    stated = fact.interval()
    if fact.high is not None and fact.qualifier in _BELOW and claimed.high != fact.high:
        stated, held = stated._replace(high=None), held._replace(high=None)
    if contains(claimed, stated) or (
        fact.stated_as in VAGUE_QUANTITIES and contains(claimed, held)
    ):  # ("hundreds of" is what the source's "hundreds" means)
        return "supported"
    if claimed.exact:  # "840" against "more than 840": not established, not excluded
        held = held._replace(low_open=False, high_open=False)
    if not overlap(claimed, held):
        return "contradicted"
    return "unsupported"


_BELOW = ("more than", "at least")


def says(facts: Sequence[Fact]) -> str:
    """What the figures are, in the words a note uses: "the source says only …" of
    printed figures, "hubquery derives …" of derived ones (no source prints those)."""
    printed = [f for f in facts if not f.derived]
    derived = [f for f in facts if f.derived]
    parts = []
    if printed:
        figures = "; ".join(
            f"{f.display} ({period_label(f)}{'; ' + f.basis if f.basis else ''})" for f in printed
        )
        parts.append(
            ("the source says " if len({f.source.id for f in printed}) == 1 else "the sources say ")
            + figures
        )
    if derived:
        parts.append(
            "hubquery derives "
            + "; ".join(
                f"{f.display} ({period_label(f)}) from {f.derivation or ', '.join(f.inputs)}"
                for f in derived
            )
            + " — no source prints it"
        )
    return "; ".join(parts)


def claim_verdict(
    claimed: Claimed, facts: Sequence[Fact], shown: str, support_only: Sequence[Fact] = ()
) -> FigureVerdict:
    """The verdict on one claimed figure against every held figure of the same hub,
    subject, metric, unit and basis (the caller matches those). ``shown`` is the claimed
    figure as the note prints it ("2,000 companies"); ``support_only`` are figures that
    may support the claim but not contradict it (of a basis the claim does not name).

    supported     a figure of the claim's status, of a period the claim allows and not
                  superseded when the claim says "now", lies inside the claim's interval;
    contradicted  none does, and one cannot be true with the claim (disjoint), or the
                  claim states as reached what the source gives as a target, or the
                  newest figure makes "now" false;
    unsupported   anything else, with what the source does say.

    A claim that the figure is not something ("no longer 15th") is the opposite of the
    claim that it is: supported where that is contradicted by a figure that held,
    contradicted where that is supported, else unsupported."""
    if claimed.earlier:
        # "grew from X to Y", no year given: X held some time before Y; a figure may
        # establish it, none can exclude it
        undated = claim_verdict(claimed._replace(earlier=False), facts, shown, support_only)
        if undated.verdict != "contradicted":
            return undated
        reason = (
            f"{says(undated.facts).replace('says ', 'says only ', 1)} — it does not establish "
            f"{shown} at an earlier time, which the claim does not date"
        )
        return verdict_of("unsupported", "not-established", reason, undated.facts)
    if claimed.excluded:
        opposite = claim_verdict(claimed._replace(excluded=False), facts, shown, support_only)
        if opposite.verdict == "supported":
            reason = f"{says(opposite.facts)}; the claim says not {shown}"
            return verdict_of("contradicted", "disjoint", reason, opposite.facts)
        if opposite.verdict == "contradicted" and opposite.kind in ("disjoint", "superseded"):
            reason = f"{says(opposite.facts)}: not {shown}"
            return verdict_of("supported", "established", reason, opposite.facts)
        return opposite
    answering: list[Fact] = []
    refused: list[tuple[Fact, Judgement]] = []
    for fact in facts:
        judged = status_allows(claimed, fact)
        if judged.ok:
            judged = period_allows(claimed, fact)
        if not judged.ok and judged.kind == "period-differs" and _held_until(claimed, fact):
            judged = judged._replace(ok=True)  # ("Until the late 1970s …": before it too)
        (answering.append(fact) if judged.ok else refused.append((fact, judged)))
    superseded: list[Fact] = []
    if claimed.now and answering:
        latest_facts = newest(answering)
        superseded = [f for f in answering if f not in latest_facts]
        if latest_facts and all(stale(f) for f in latest_facts):
            # "Until the late 1970s … less than 300,000": the source says it held no longer
            ended = [f for f in latest_facts if f.quote and _UNTIL.match(f.quote)]
            if ended and all(figure_verdict(claimed.interval, f) == "supported" for f in ended):
                return verdict_of(
                    "contradicted",
                    "superseded",
                    f"the claim says now; {says(ended)}, and that it held only until then: "
                    f"“{ended[0].quote}”",
                    ended,
                )
            return verdict_of(
                "unsupported",
                "stale",
                f"the claim says now; {says(latest_facts)}, too old to say what holds now",
                latest_facts,
            )
        answering = latest_facts
    verdicts = [(f, figure_verdict(claimed.interval, f)) for f in answering]
    supporting = [f for f, v in verdicts if v == "supported"]
    if supporting:
        return verdict_of("supported", "established", says(supporting), supporting)
    goals = [
        f
        for f, j in refused
        if j.kind == "target-as-achieved"
        and overlap(claimed.interval, precise_interval(f))
        and period_allows(claimed._replace(target=True), f).ok
    ]
    if goals:
        return verdict_of(
            "contradicted",
            "target-as-achieved",
            f"{status_allows(claimed, goals[0]).reason}",
            goals,
        )
    # "more than 860 in 2019 alone" against 170 counted from May 2016 to May 2020
    within = [f for f, j in refused if j.kind == "period-differs" and part_exceeds(claimed, f)]
    if within and not answering:
        return verdict_of(
            "contradicted",
            "disjoint",
            f"{says(within)}; no part of that period counts more",
            within,
        )
    disjoint = [f for f, v in verdicts if v == "contradicted" and f not in support_only]
    admitting = [f for f, v in verdicts if v != "contradicted"]
    if disjoint and len({f.basis for f in answering}) > 1 and admitting:
        disjoint = []  # one basis excludes the claim, another admits it: not established
    if disjoint:
        older = [f for f in superseded if figure_verdict(claimed.interval, f) == "supported"]
        if older:
            return verdict_of(
                "contradicted",
                "superseded",
                f"a newer figure makes “now” false: {says(disjoint)}; "
                f"{shown} was {period_label(older[0])}'s",
                [*disjoint, *older],
            )
        return verdict_of("contradicted", "disjoint", says(disjoint), disjoint)
    if answering:
        return verdict_of(
            "unsupported",
            "not-established",
            f"{says(answering).replace('says ', 'says only ', 1)} — it does not establish {shown}",
            answering,
        )
    if refused:
        kinds = [j for _, j in refused]
        first = kinds[0]
        return verdict_of(
            "unsupported",
            first.kind or "period-differs",
            "; ".join(dict.fromkeys(j.reason or "" for j in kinds)),
            [f for f, _ in refused],
        )
    return verdict_of("unsupported", "missing", "no figure to judge it by", [])


def verdict_of(verdict: Verdict, kind: str, reason: str, facts: Sequence[Fact]) -> FigureVerdict:
    return FigureVerdict(verdict, kind, reason, tuple(facts), any(f.derived for f in facts))
