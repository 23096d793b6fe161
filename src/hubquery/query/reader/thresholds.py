"""Numbers that define another figure's metric ("companies with a turnover above 1
billion yuan", "the four cities of more than 20 million"): no figure of their own,
except as what a member named of such a group claims of itself ("Xi'an is one of the
four cities of more than 20 million" claims Xi'an has more than 20 million people;
"not among them", at most 20 million)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from hubquery.hedges import Interval
from hubquery.judgement.claims import negated
from hubquery.numbers import states
from hubquery.query.reader import gates
from hubquery.query.reader.gates import Gated
from hubquery.records import Note

if TYPE_CHECKING:
    from hubquery.query.reader import Reading
    from hubquery.query.reader.metrics import MetricCues

# "one of the four", "two of only four", "among the four", "not among China's four"
# "the (single) most successful of the 114", "the best among China's 114" (not "one of
# the best", "among the most successful of": one of the top)
_FIRST_OF = Gated(
    re.compile(
        r"\b(?<!one of )(?<!among )the (?:single |very )?(?:most [a-z]+|[a-z]+est|best|worst) "
        r"(?:of|among)\s+(?:(?:the|just|only|[a-z]*'s)\s+)*$"  # (names are blanked)
    ),
    "est ",  # ("[a-z]+est", "best")
    "most ",
    "worst ",
)
_MEMBER_OF = re.compile(r"\b(?:among|of)\s+(?:(?:the|just|only|[a-z]+'s)\s+)*$")


def without_thresholds(
    readings: list[Reading],
    label_numbers: dict[str, set[float]],
    text: str,
    holds: Callable[[str, str | None, str], bool],
) -> list[Reading]:
    """Leave out numbers that are part of another figure's metric, or read them as the
    claim of a member named, when the group's count is the figure beside them and
    ``holds(hub, subject, metric)`` says the member has figures of that metric."""
    labels = {
        r.metric.id: numbers
        for r in readings
        if r.metric and (numbers := label_numbers.get(r.metric.id))
    }
    if not labels:
        return readings
    every = set().union(*labels.values())
    kept = []
    dated: dict[int, Reading] = {}  # a count's id: the threshold whose year it takes
    for index, reading in enumerate(readings):
        value = reading.figure.value if reading.figure else None
        if value is None or not states(value, every):
            kept.append(reading)
            continue
        others = [r for i, r in enumerate(readings) if i != index and r.metric]
        defining = [r for r in others if r.metric and states(value, labels.get(r.metric.id, set()))]
        numbers = set().union(*(labels.get(r.metric.id, set()) for r in others if r.metric))
        # Left out only beside a figure that is not itself a number of the definition.
        figure_beside = any(
            r.figure is not None and not states(r.figure.value, numbers) for r in others
        )
        if not (defining and figure_beside):
            kept.append(reading)
        elif (member := _member(reading, defining, text, holds)) is not None:
            kept.append(member)
        else:
            dated[id(defining[0])] = reading
    if dated:
        kept = [_dated(r, dated[id(r)]) if id(r) in dated else r for r in kept]
    return kept


def _dated(count: Reading, threshold: Reading) -> Reading:
    """ "more than 300 firms with turnover above 1 billion yuan in 2012": the year bound
    to the threshold is the count's, where the count has no time of its own."""
    claimed, given = count.claimed, threshold.claimed
    if (
        claimed is None
        or given is None
        or given.first_year is None
        or count.period is not None
        or claimed.first_year is not None
        or claimed.span_years is not None
        or claimed.now
        or claimed.years_back is not None
    ):
        return count
    return count._replace(
        period=threshold.period,
        claimed=claimed._replace(
            first_year=given.first_year, last_year=given.last_year, whole_year=given.whole_year
        ),
    )


def one_group_count(
    readings: list[Reading],
    cues: MetricCues,
    held: Callable[[str, str | None], set[str]],
) -> list[Reading]:
    """ "Zhongguancun's 2,300 companies included more than 300 with turnover above 1
    billion yuan": of two counts read as the group a label's number defines, the one
    nearest that number keeps it; another is the plain count its clause names in full
    (``MetricCues.plain``), where what it is of holds one."""
    label_numbers = cues.label_numbers
    groups: dict[tuple[str, str | None, str | None], list[int]] = {}
    for index, r in enumerate(readings):
        numbers = label_numbers.get(r.metric.id, set()) if r.metric else set()
        if r.metric and r.figure and numbers and not states(r.figure.value, numbers):
            groups.setdefault((r.metric.id, r.hub_id, r.subject), []).append(index)
    found = list(readings)
    for (metric_id, _, _), indexes in groups.items():
        numbers = label_numbers[metric_id]
        at = [
            r.figure.number.start
            for r in readings
            if r.figure is not None and states(r.figure.value, numbers)
        ]
        if len(indexes) < 2 or not at:
            continue
        keep = min(indexes, key=lambda i: abs(_start(readings[i]) - at[0]))
        for index in indexes:
            r = readings[index]
            other = cues.plain(r.words, held(r.hub_id or "", r.subject), r.figure)
            if index != keep and other is not None:
                found[index] = r._replace(metric=other)
    return found


def _start(reading: Reading) -> int:
    return reading.figure.number.start if reading.figure is not None else 0


def _member(
    reading: Reading,
    groups: list[Reading],
    text: str,
    holds: Callable[[str, str | None, str], bool],
) -> Reading | None:
    """The threshold as what a member named claims of itself, or None."""
    group = next((g for g in groups if g.figure is not None and g.hub_id != reading.hub_id), None)
    if (
        group is None
        or group.figure is None
        or reading.hub_id is None
        or reading.metric is None
        or reading.claimed is None
        or reading.figure is None
        or reading.note is not None
        or not holds(reading.hub_id, reading.subject, reading.metric.id)
    ):
        return None
    before = text[: group.figure.number.start]
    if _MEMBER_OF.search(before) is None:
        return None
    if gates.NEGATION.search(before) is None:
        return reading
    interval: Interval | None = negated(reading.claimed.interval)
    if interval is None:
        return None
    reading.figure.qualifier = "at most" if interval.high is not None else "at least"
    return reading._replace(claimed=reading.claimed._replace(interval=interval))


def first_places(readings: list[Reading], text: str) -> list[Reading]:
    """Each count of a group a sentence names something the first of ("the most
    successful of China's 114 zones"), with a reading of that first place, which no
    count establishes (unsupported, unless a rank is held: never read as one here)."""
    found = []
    for reading in readings:
        found.append(reading)
        figure = reading.figure
        if figure is None or reading.note is not None or figure.unit == "rank":
            continue
        if _FIRST_OF.search(text[max(0, figure.number.start - 60) : figure.number.start]):
            note = Note(
                "unreadable",
                "claims first place among the group it counts, which no figure held ranks",
                (reading.hub_id,) if reading.hub_id else (),
            )
            found.append(
                reading._replace(metric=None, figure=None, period=None, claimed=None, note=note)
            )
    return found
