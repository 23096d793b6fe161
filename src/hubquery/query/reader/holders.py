"""Which hub or organisation a figure is about, of those a sentence names: the one that
holds the metric (a place named, else a place above one named, "one of 10 pilot cities"
being China's count), an organisation before its city when the clause is about it, and
a place's own part of the metric's kind ("of which Chengdu's ranks fourth")."""

from __future__ import annotations

import re
from typing import Protocol

from hubquery.query import lexicon as lx
from hubquery.query.reader.frames import leading
from hubquery.query.reader.members import nearest_first, owner_first, part_holding
from hubquery.query.reader.mentions import Candidate, Mention, NameReader
from hubquery.query.reader.metrics import MetricCues
from hubquery.records import Metric

# "Chinese manufacturers": China's figure, when no place named holds the metric.
_DEMONYMS = (("chinese", "china"), ("american", "united-states"), ("indian", "india"))


class _Holding(Protocol):
    names: NameReader
    cues: MetricCues

    def held(self, hub: str, subject: str | None) -> set[str]: ...


# "… and accounts for 70 percent of Beijing's industrial land": the place after a share's
# "of" is its whole
_WHOLE_OF = re.compile(r"\s*(?:%|percent|per cent)?\s+of\s+(?:the\s+)?$")


def only_wholes(inside: list[Mention], text: str, end: int) -> bool:
    """Whether every place a share's clause names is the whole it is a share of (the
    share's ``end`` followed by "of …"): "… and accounts for 70 percent of Beijing's
    industrial land" is the share of the place the sentence named before, not Beijing's."""
    return bool(inside) and all(
        m.subject is None and _WHOLE_OF.match(text[end : m.start]) for m in inside
    )


def itself(candidates: list[Candidate], mentions: list[Mention], text: str) -> list[Candidate]:
    """ "Xi'an itself": the place's own figures and other places named, not those of an
    organisation or a part within it (a designation of its hi-tech zone)."""
    named = {m.hub_id for m in mentions if m.subject is None}
    itself = {m.hub_id for m in mentions if m.subject is None and text.startswith(" itself", m.end)}
    if not itself:
        return candidates  # ("Neusoft itself": an organisation's own, read as ever)
    return [c for c in candidates if c.hub in itself or (c.subject is None and c.hub in named)]


def holder(
    reader: _Holding,
    metric: Metric | None,
    candidates: list[Candidate],
    mentions: list[Mention],
    text: str,
    unnamed: str,
    figure_start: int,
) -> tuple[str | None, str | None]:
    """The hub (and organisation, or None) of the candidates that the figure is about."""
    above = [
        Candidate(a, None)
        for hub, subject in candidates
        if subject is None
        for a in reader.names.ancestors(hub)
    ]
    if metric and metric.unit_kind == "count" and not _of_places(reader, metric):
        above = []  # "Nanchang has 400 VR firms": the city's count, never its province's
    elif metric and metric.unit_kind == "duration" and metric.label.startswith("Years "):
        # "In 40 years Shenzhen grew": years of a place's own history ("Years of rapid
        # growth"), never its country's; a length it offers ("Work visa length") may be
        above = []
    above += [
        Candidate(hub, None)
        for word, hub in _DEMONYMS
        if word in unnamed and reader.names.hub(hub) is not None
    ]
    # An organisation that is what the clause is about ("NIIT trains …", "in Dalian,
    # NIIT trains …") is judged by its own figures only, never its city's.
    lead = leading(mentions, text)
    # (but a count of places is never a designation's: "named one of 10 pilot cities")
    if (
        lead is not None
        and lead.subject is not None
        and not (metric and _of_places(reader, metric))
    ):
        candidates = [c for c in candidates if c.subject is not None]
        above = []
    if metric is not None and all(c.subject is None for c in candidates):
        candidates = nearest_first(candidates, mentions, text, figure_start, metric.id, reader)
        candidates = owner_first(candidates, mentions, text, figure_start)
    hub_id, subject = next(
        (c for c in [*candidates, *above] if metric and metric.id in reader.held(*c)),
        candidates[0] if candidates else (None, None),
    )
    if (
        metric is not None
        and hub_id
        and subject is None
        and metric.id not in reader.held(hub_id, None)
    ):
        # "of which Chengdu's ranks fourth" (high-tech zones): the part of that kind
        hub_id = (
            part_holding(
                reader.names, hub_id, lambda h: metric.id in reader.held(h, None), unnamed, mentions
            )
            or hub_id
        )
    return hub_id, subject


def _of_places(reader: _Holding, metric: Metric) -> bool:
    """Whether the metric counts places ("pilot cities"): a group's count, held above."""
    return metric.unit_kind == "count" and bool(reader.cues.units[metric.id] & lx.PLACES)
