"""A count added over a year ("Hefei added more than 150 AI companies in 2021") read as
the change of the level its words name, where the place holds that level and its growth
(issue #19): the reader reads "added … companies" as a count of new ones, of whichever
such count the dataset has ("new robotics companies"), which the place may not hold."""

from __future__ import annotations

import re

from hubquery.numbers import normalise
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.reader.added import may_add
from hubquery.query.reader.rewrites import rewrite
from hubquery.records import Metric

# "added", "gained" … just before the figure (its hedge between: "added more than 150")
_ADDED = re.compile(
    r"\b(?:added|adding|adds|add|gained|gaining|gains)\s+(?:(?:some|about|around|roughly|"
    r"nearly|almost|more than|over|just|only|less than|fewer than|at least|at most|"
    r"no more than|another|a further)\s+)?$",
    re.IGNORECASE,
)


def added_count(reading: Reading) -> bool:
    """Whether the figure is a count the sentence says was added ("added more than 150
    …"; ``rewrite`` writes "added" before a count of new ones, "had more than 150 new …",
    and of more than a year before, "150 more … than in 2020"); a sentence that may add
    nothing (``added.may_add``) is never searched."""
    figure, lowered = reading.figure, reading.text.lower()
    if figure is None or not may_add(lowered):
        return False
    before = rewrite(normalise(reading.text))[: figure.number.start]
    return _ADDED.search(before[-40:]) is not None


def level_added(reader: ClaimReader, reading: Reading, hub_id: str, flow: Metric) -> Metric | None:
    """The count the claim's words name ("AI" of AI companies) of which the place holds
    the level and its growth in percent, where the place holds no figure of the count of
    new ones the reader read and the claim names none of that count's own words; None
    unless exactly one such count fits."""
    held = reader.held(hub_id, reading.subject)
    if flow.id in held:
        return None
    own = reader.metric_words(flow)
    found = [
        metric
        for m in sorted(held)
        if f"{m}-growth" in held
        and (metric := reader.cues.by_id.get(m)) is not None
        and metric.unit_kind == "count"
        and reading.words & (reader.metric_words(metric) - own)
    ]
    if len(found) != 1 or reading.words & (own - reader.metric_words(found[0])):
        return None
    return found[0]
