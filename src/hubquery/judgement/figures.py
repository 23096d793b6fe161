"""What one figure is, and whether two figures measure the same thing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple, Protocol

from hubquery.hedges import Interval, fraction_in_words
from hubquery.numbers import VAGUE_QUANTITIES
from hubquery.periods import sort_bounds

if TYPE_CHECKING:
    from hubquery.records import Fact


class Judgement(NamedTuple):
    """Yes, or no with the reason. ``kind`` is stable, for scripts and notes
    (``report-period``, ``target``, ``aspiration``, ``threshold``, ``metric-differs``,
    ``unit-differs``, ``currency-differs``, ``subject-differs``, ``basis-differs``,
    ``status-differs``, ``derived-from``, ``same-period``, ``windows-differ``, ``year``,
    ``no-change``, ``in-words``, ``outside-window``, and for bars ``rank``, ``negative``);
    ``reason`` is the sentence a view prints."""

    ok: bool
    kind: str | None = None
    reason: str | None = None


YES = Judgement(True)


def standing(fact: Fact) -> Judgement:
    """Whether the figure held in its period, so that it may be joined into a change, an
    order or a bar. The reason says what the figure is instead."""
    figure = bare_display(fact)
    if fact.period_of == "report":
        return Judgement(
            False,
            "report-period",
            f"{figure} is when the source reported it ({period_label(fact)}), not when it held",
        )
    if fact.status == "target":
        return Judgement(False, "target", f"{figure} is a target for {fact.period}")
    if fact.status == "aspiration":
        return Judgement(False, "aspiration", f"{figure} is an aspiration the source gives no date")
    if fact.status == "threshold":
        return Judgement(
            False,
            "threshold",
            f"{figure} is a threshold the source sets for a group, not a count of this place",
        )
    return YES


def bare_display(fact: Fact) -> str:
    """The figure as ``display`` reads, without the status word it adds ("(threshold)",
    "(aspiration)"), for a sentence that says the status itself."""
    return fact.display.removesuffix(f" ({fact.status})")


def comparable(a: Fact, b: Fact) -> Judgement:
    """Whether two figures measure the same thing, so that one may be set against the
    other; standing is asked apart (`standing`): a threshold is comparable as an
    interval, and a change or an order asks both."""
    if a.metric_id != b.metric_id:
        return Judgement(False, "metric-differs", "they measure different things")
    if a.unit != b.unit:
        if _currency(a.unit) and _currency(b.unit):
            return Judgement(
                False,
                "currency-differs",
                f"{a.unit} and {b.unit} are not converted into each other",
            )
        return Judgement(False, "unit-differs", f"one is in {a.unit}, the other in {b.unit}")
    if a.subject != b.subject:
        return Judgement(
            False,
            "subject-differs",
            f"one is about {_about(a.subject)}, the other about {_about(b.subject)}",
        )
    if a.basis != b.basis:
        return Judgement(
            False,
            "basis-differs",
            f"one counts {a.basis or 'without a stated basis'}, the other "
            f"{b.basis or 'without a stated basis'}",
        )
    if a.status != b.status:
        return Judgement(
            False,
            "status-differs",
            f"one is {status_words(a.status)}, the other {status_words(b.status)}",
        )
    if a.id in b.inputs or b.id in a.inputs:
        return Judgement(
            False,
            "derived-from",
            "one is derived from the other, so a change between them says nothing new",
        )
    return YES


def joinable(a: Fact, b: Fact) -> Judgement:
    """Both standing and comparable: what a change, an order or a bar needs."""
    for fact in (a, b):
        judged = standing(fact)
        if not judged.ok:
            return judged
    return comparable(a, b)


# --- precision -----------------------------------------------------------------------


class Precision(NamedTuple):
    """How precisely a figure is stated. ``words`` are the source's own ("two-thirds")
    where it states the figure in words; ``approximate`` is true for a hedge or words,
    and then a comparison allows the tolerance of ``interval``."""

    words: str | None
    approximate: bool
    interval: Interval


# Words that state a figure only roughly: a fraction or a ratio ("two-thirds", "half",
# "one in three", "one out of every 10", "five-fold", "a nickel" on the dollar) or a
# vague quantity ("nearly all", "most", "hundreds"). Words that state it exactly
# ("four", "the only one", "22", "six million", "third largest") are not in it: an
# ordinal "third" is exact, the fraction "two-thirds" is not.
# (A pattern, compiled by ``re`` on first use: a table that never asks pays nothing.)
_ROUGH_WORDS = (
    r"\b(?:half|halves|quarters?|(?:one|two|a)[- ]thirds?|thirds|"
    r"one (?:out of every|in|of every) \w+|\w+-fold|nickel|dime|penny|"
    r"hundreds|thousands|millions|billions|dozens|tens of|"
    r"all|most|many|several|few|some|nearly|almost|about|around|roughly)\b"
)


def rough_words(words: str | None) -> bool:
    """Whether the source's words state a figure only roughly (see ``_ROUGH_WORDS``)."""
    return bool(words) and re.search(_ROUGH_WORDS, words or "", re.IGNORECASE) is not None


# Each figure's precision, kept by the figure's id for the very record it was found of
# (a check judges a hub's few figures again for every claim of them; a record of the
# same id from another store is not the one kept, and is read afresh).
_PRECISIONS: dict[str, tuple[Fact, Precision]] = {}


def precision(fact: Fact) -> Precision:
    """``_precision`` of the figure, found once per record."""
    kept = _PRECISIONS.get(fact.id)
    if kept is not None and kept[0] is fact:
        return kept[1]
    found = _precision(fact)
    if len(_PRECISIONS) >= 100_000:  # (a bound on what a long process keeps)
        _PRECISIONS.clear()
    _PRECISIONS[fact.id] = (fact, found)
    return found


def _precision(fact: Fact) -> Precision:
    """The source's words for the figure, and the interval every comparison of it allows,
    decided here once for a claimed figure, a change and a sum alike: a vague quantity's
    ("hundreds"), and for a share stated as a fraction in words and not hedged otherwise
    every share the words stand for (``hedges.fraction_in_words``: "two-thirds" is
    63.3–70.8 %, so that a writer's 69 % is not established by it, nor contradicted)."""
    held = fact.interval()
    words = fact.stated_as
    if words in VAGUE_QUANTITIES:  # "hundreds": at least 200, and fewer than a thousand
        low, high = VAGUE_QUANTITIES[words]
        return Precision(words, True, Interval(low, high, high_open=True))
    rough = rough_words(words)
    if rough and fact.unit == "percent" and fact.qualifier is None:
        return Precision(words, True, fraction_in_words(fact.value) or held)
    return Precision(words, rough or fact.qualifier is not None, held)


def honest_interval(fact: Fact) -> Interval | None:
    """The values a figure honestly admits where a change or a sum is worked out from
    it: ``precision``'s interval, or None for words that state a figure only roughly and
    admit no range one could name ("five-fold", "most" unhedged)."""
    stated = precision(fact)
    if (
        stated.approximate
        and fact.qualifier is None
        and stated.words not in VAGUE_QUANTITIES
        and (fact.unit != "percent" or fraction_in_words(fact.value) is None)
    ):
        return None
    return stated.interval


def precise_interval(fact: Fact) -> Interval:
    """The interval a comparison of the figure uses (see `precision`)."""
    return precision(fact).interval


# --- periods as a reader reads them ---------------------------------------------------


if TYPE_CHECKING:  # a type only: a Protocol class costs a run's start-up to define

    class Dated(Protocol):
        """What `period_label` reads of a figure: a served record or a validated model."""

        @property
        def period(self) -> str: ...
        @property
        def period_inferred(self) -> bool: ...
        @property
        def period_of(self) -> str: ...
        @property
        def status(self) -> str: ...


def period_label(fact: Dated) -> str:
    """The period in words that say what it is: "c. 2014" where inferred, "reported
    2014" where it is only when the source reported it, "target for 2020" for a target,
    "no date; reported 2019" for an aspiration. One formatter for every view and
    format: the store keeps it as each fact's ``period_label`` when it compiles."""
    text = f"c. {fact.period}" if fact.period_inferred else fact.period
    if fact.status == "target":
        return f"target for {text}"
    if fact.status == "aspiration":
        return f"no date; reported {text}"
    if fact.period_of == "report":
        return f"reported {text}"
    return text


def part_of_a_year(period: str) -> bool:
    """ "2012-01/2012-10" is part of a year; "2012", "2012-01/2012-12" are not."""
    if "/" not in period:
        return False
    first, last = period.split("/", 1)
    if first[:4] != last[:4]:
        return False  # "2020-05/2022-05": two years, counted from May to May
    return not (first[5:7] in ("", "01") and last[5:7] in ("", "12"))


def year(fact: Fact, end: bool = False) -> int:
    """The first (or, with ``end``, the last) year of the figure's period."""
    start, last = sort_bounds(fact.period)
    return int((last if end else start)[:4])


def relative_year(years_back: int, fact: Fact) -> Judgement:
    """Whether a figure is of the year a claim's "last year" (1) or "this year" (0) names,
    read in the voice of the figure's source (the year before its date, or its own)."""
    said = int(fact.source.published[:4]) - years_back
    if year(fact) <= said <= year(fact, end=True):
        return YES
    whose = "the year before its source's" if years_back else "its source's year"
    return Judgement(
        False, "period-differs", f"{fact.display} is of {period_label(fact)}, not {said}, {whose}"
    )


def status_words(status: str) -> str:
    """A status as a sentence says it: "a target", "reported as held"."""
    return {
        "reported": "reported as held",
        "target": "a target",
        "aspiration": "an aspiration",
        "threshold": "a threshold",
    }.get(status, status)


def _currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def _about(subject: str | None) -> str:
    return subject if subject else "the place itself"
