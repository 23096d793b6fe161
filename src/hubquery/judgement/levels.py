"""A level a careful fact-checker works out from the source's level and its growth over
the year, never printed there and always said to be derived ("hubquery derives …"):
the level a year before ("more than 840 … in 2021, up 23.2 percent" gives 2020 more than
681.8), and the change over the year ("rose by US$1.253 billion")."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from hubquery.display import format_value
from hubquery.hedges import Interval, overlap
from hubquery.judgement.claims import Claimed, FigureVerdict, contains, says, verdict_of
from hubquery.judgement.figures import period_label, precise_interval, standing, year
from hubquery.judgement.forms import less

if TYPE_CHECKING:
    from hubquery.records import Fact
    from hubquery.vocabulary import Verdict


def year_before(
    claimed: Claimed, levels: Sequence[Fact], growths: Sequence[Fact], shown: str
) -> FigureVerdict | None:
    """A claim of a level in a year the source holds none for, but the next year's with
    its growth over that year ("more than 840 … in 2021, up 23.2 percent year-on-year"
    gives 2020 more than 681.8): the year's level is the next one's over (1 + growth),
    derived, and judged as a held figure is (contradicted only beyond the inputs' precision
    and 2 % more). None where the source holds no such pair."""
    at = claimed.first_year
    if at is None or claimed.last_year != at:
        return None
    for level, growth, tight, loose in _with_growth(levels, growths, at + 1, _before):
        said = (
            f"{_range(tight, level.unit)} ({at}) from {level.display} "
            f"({period_label(level)}) and {growth.display} ({period_label(growth)})"
        )
        return _worked_out(claimed, tight, loose, said, (level, growth), shown)
    return None


def _with_growth(
    levels: Sequence[Fact],
    growths: Sequence[Fact],
    at: int | None,
    work: Callable[[Interval, Interval], Interval | None],
) -> Iterator[tuple[Fact, Fact, Interval, Interval]]:
    """Each held level of the one year ``at`` (of any year where None) that stands as a
    figure (never a target, a threshold or a report-period figure), with each growth in
    percent held for its year, and ``work`` of their intervals: as held, and at the
    inputs' precision; where either cannot be worked out, none."""
    for level in levels:
        if not standing(level).ok or (
            at is not None and (year(level) != at or year(level, end=True) != at)
        ):
            continue
        for growth in growths:
            if growth.period[:4] != level.period[:4] or growth.unit != "percent":
                continue
            tight = work(level.interval(), growth.interval())
            loose = work(precise_interval(level), precise_interval(growth))
            if tight is not None and loose is not None:
                yield level, growth, tight, loose


def _worked_out(
    claimed: Claimed,
    tight: Interval,
    loose: Interval,
    said: str,
    inputs: tuple[Fact, Fact],
    shown: str,
) -> FigureVerdict:
    """The claim against a figure worked out (``tight``; ``loose`` at its inputs'
    precision), derived: supported inside, contradicted beyond ``loose`` and 2 % more."""
    verdict: Verdict = "supported" if contains(claimed.interval, tight) else "unsupported"
    if not overlap(claimed.interval, _widened(loose, _WORKED_OUT)):
        verdict = "contradicted"
    reason = f"hubquery derives {said} — no source prints it"
    if verdict == "unsupported":
        reason = f"{reason}; it does not establish {shown}"
    kind = {"supported": "established", "contradicted": "disjoint"}.get(verdict, "not-established")
    return FigureVerdict(verdict, kind, reason, inputs, True)


# A level worked out through a rate is what a writer estimates too ("up from 680" of more
# than 681.8): a claim within 2 % of it is not excluded.
_WORKED_OUT = 0.02


def _widened(held: Interval, by: float) -> Interval:
    return held._replace(
        low=None if held.low is None else held.low * (1 - by),
        high=None if held.high is None else held.high * (1 + by),
    )


def _before(level: Interval, growth: Interval) -> Interval | None:
    """A level's interval a year before, from its interval and its growth's (in %)."""
    if level.low is None or growth.low is None or growth.high is None or growth.low <= -100:
        return None
    return Interval(
        level.low / (1 + growth.high / 100),
        None if level.high is None else level.high / (1 + growth.low / 100),
        low_open=level.low_open or growth.high_open,
        high_open=level.high_open or growth.low_open,
    )


def _range(held: Interval, unit: str) -> str:
    """A derived interval as a note prints it: "more than 681.8 companies"."""
    low = format_value(_rounded(held.low or 0.0), unit)
    if held.high is None:
        return f"more than {low}" if held.low_open else f"at least {low}"
    if held.high == held.low:
        return low
    return f"{low}–{format_value(_rounded(held.high), unit)}"


def _rounded(value: float) -> float:
    """To four significant figures (US$3.247 billion, 681.8): a derived figure is no more
    precise than that."""
    return float(f"{value:.4g}")


def change_of_level(
    claimed: Claimed, levels: Sequence[Fact], growths: Sequence[Fact], shown: str
) -> FigureVerdict:
    """A claim that a level changed by an amount ("rose by more than US$3 billion in
    2010", "increased by 150") where the source holds the level, never judged as the
    level: the change is the year's level less the one a year before, worked out from the
    year's growth (US$4.5 billion, up 38.6 %, rose by US$1.253 billion), derived and said
    to be; over a span ("grew by US$13 billion between 2010 and 2013"), the level of its
    last year less that of its first; else unsupported: the source states the level, not
    the change."""
    at, last = claimed.first_year, claimed.last_year
    if at is not None and last is not None and at < last:
        ends = [[f for f in levels if year(f) == year(f, end=True) == y] for y in (last, at)]
        for end in (f for f in ends[0] if standing(f).ok):
            for start in (f for f in ends[1] if standing(f).ok and f.unit == end.unit):
                tight = less(end.interval(), start.interval())
                loose = less(precise_interval(end), precise_interval(start))
                if tight is not None and loose is not None:
                    said = (
                        f"a change of {_range(tight, end.unit)} ({at}–{last}) from "
                        f"{start.display} ({period_label(start)}) to {end.display} "
                        f"({period_label(end)})"
                    )
                    return _worked_out(claimed, tight, loose, said, (end, start), shown)
    for level, growth, tight, loose in _with_growth(levels, growths, at, _change):
        said = (
            f"a change of {_range(tight, level.unit)} ({period_label(level)}) from "
            f"{level.display} and {growth.display}"
        )
        return _worked_out(claimed, tight, loose, said, (level, growth), shown)
    reason = (
        f"the claim is of a change; {says(levels).replace('says ', 'says only ', 1)}, a "
        f"level — it does not establish a change of {shown}"
    )
    return verdict_of("unsupported", "not-established", reason, levels)


def _change(level: Interval, growth: Interval) -> Interval | None:
    """The rise over a year to a level, from its interval and its growth's (in %, not a
    fall): the level less the level over (1 + growth)."""
    if level.low is None or growth.low is None or growth.high is None or growth.low < 0:
        return None
    return Interval(
        level.low * growth.low / (100 + growth.low),
        None if level.high is None else level.high * growth.high / (100 + growth.high),
        low_open=level.low_open or growth.low_open,
        high_open=level.high_open or growth.high_open,
    )
