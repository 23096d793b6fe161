"""A part written with its whole ("exports of US$1.08 billion out of US$4.5 billion"):
the whole is no figure of the part's metric, but of the one other metric of its kind
that the sentence names and the place holds (its sales)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from hubquery.query import lexicon as lx

if TYPE_CHECKING:
    from hubquery.query.reader import Reading
    from hubquery.query.reader.metrics import MetricCues

# "… out of US$4.5 billion", "of a total of 650": the figure after is the whole
_OUT_OF = re.compile(r"\b(?:out of|of a total(?: of)?)\s*(?:us\$|\$|rmb|cn¥|¥)?\s*$")


def wholes(
    readings: list[Reading],
    text: str,
    cues: MetricCues,
    held: Callable[[str, str | None], set[str]],
) -> list[Reading]:
    """The readings, each whole written after its part read as the other metric of its
    kind the sentence names (where there is exactly one)."""
    found = list(readings)
    for index in range(1, len(found)):
        part, whole = found[index - 1], found[index]
        if (
            whole.figure is None
            or whole.metric is None
            or part.metric is None
            or whole.metric.id != part.metric.id
            or whole.hub_id is None
            or whole.hub_id != part.hub_id
            or not _OUT_OF.search(
                text, max(0, whole.figure.number.start - 24), whole.figure.number.start
            )
        ):
            continue
        words = lx.stems(text)
        others = [
            m
            for m in cues.fitting(whole.figure)
            if m.id != part.metric.id
            and m.unit_kind == part.metric.unit_kind
            and m.id in held(whole.hub_id, whole.subject)
            and cues.metric_words(m) & words
        ]
        if len(others) == 1:
            found[index] = whole._replace(metric=others[0])
    return found
