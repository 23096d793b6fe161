"""A direction of change a sentence claims between two figures it states ("risen from
two-thirds in 2019 to 70 per cent in 2022"): each level is judged alone by the verdict,
the change between them only by ``judgement.changes.change`` (issue #19), the one rule
`history` asks too: a hedged figure or one stated in words ("two-thirds", which stands
for 63.33–70.83 %) is an interval, and a direction stands only where the change's
interval excludes zero. Where no change is established the sentence's change is unsupported, with a
note saying why, while its levels may still be supported. Totals over windows of
different lengths are two totals, each judged, not one quantity's change."""

from __future__ import annotations

import re
from collections.abc import Sequence

from hubquery.hedges import Interval
from hubquery.judgement.changes import Change, change
from hubquery.judgement.claims import interval_verdict
from hubquery.judgement.figures import Judgement
from hubquery.periods import sort_start
from hubquery.query import change_words as cw
from hubquery.query.reader import Reading
from hubquery.query.reader.rewrites import as_read
from hubquery.query.workings import Judged, derived
from hubquery.records import Fact

# "rose from X ... to Y", "has fallen from X to Y", "slid from X to Y", "up from X to Y", and
# the other way round: "fell to Y from X", "rose to Y, up from X"
_FROM_TO = re.compile(
    r"\b(?:(?P<up>rose|risen|rises|grew|grown|grows|increased|climbed|jumped|"
    rf"{cw.SURGED_VERBS}|up)|"
    rf"(?:{cw.FELL_VERBS}|{cw.SLID_VERBS}|fallen|falls|down))"
    r"\s+(?:from\b(?:[^.;]|\.\d)*?\bto\b|to\b(?:[^.;]|\.\d)*?\bfrom\b)"
)


def may_claim_direction(text: str) -> bool:
    """A cheap gate: the words every claimed change from one figure to another has."""
    return " from " in text and " to " in text


Said = tuple[Reading, str, Judged]


def claimed_direction(text: str, judged: Sequence[Said]) -> Said | None:
    """The sentence's claimed change between two of its supported levels of one hub and
    metric, judged, where the change is not the one ``change`` establishes; None where
    the sentence claims no such change or the held change bears it out."""
    found = _levels(text, judged)
    if found is None:
        return None
    word, (first, said_a, before), (_, said_b, after), held = found
    assert first.metric is not None
    hub_id = first.hub_id
    assert hub_id is not None
    read = " · ".join(
        [
            f"{word} from {said_a.split(' · ')[0]} to {said_b.split(' · ')[0]}",
            hub_id,
            first.metric.id,
        ]
    )
    reading = first._replace(figure=None, period=None, claimed=None)
    facts = (before, after)
    if isinstance(held, Change):
        if held.direction == word:
            return None
        why = f"hubquery works out the change from the two figures: {held.display}"
        return reading, read, derived("contradicted", why, hub_id, facts)
    if held.kind == "derived-from" and before.value != after.value:
        # (one level was worked out from the change the source states: its sign is it)
        rose = after.value > before.value
        if (rose != (after.unit == "rank")) == (word == "up"):  # (a rank is up as it falls)
            return None
        why = f"the source's figures go the other way: {before.display} to {after.display}"
        return reading, read, derived("contradicted", why, hub_id, facts)
    why = f"no change is established between the two figures: {held.reason}"
    return reading, read, derived("unsupported", why, hub_id, facts)


# "…, a rise of about 150 per cent", "…, up 151 %": a change in percent, just after the
# change claimed from one figure to another (its hedge between: "of some", "more than")
_OF_THE_CHANGE = re.compile(
    r"(?:\ban?\s+(?:\w+\s+)?(?:(?P<up>rise|increase|jump|gain|growth|climb|surge)|fall|drop|"
    r"decline|decrease|contraction)\s+of|,\s*(?:(?P<adv>up)|down))\s+(?:(?:some|about|around|"
    r"roughly|nearly|almost|more than|over|just over|less than|close to|by)\s+)*$"
)


def percent_of_change(text: str, judged: list[Said]) -> list[Said]:
    """The sentence's figures, where a percent said of the change just claimed between
    two of its levels ("rose from US$8.65 billion in 2010 to US$21.7 billion in 2013, a
    rise of about 150 per cent") is judged as that change in percent, worked out from
    the two figures, never as a growth figure its words might name (issue #19)."""
    if not any(r.figure is not None and r.figure.unit == "percent" for r, _, _ in judged) or (
        " of " not in text and ", up" not in text and ", down" not in text
    ):
        return judged  # (the cheap tests first: most changes claimed state no percent)
    lowered = as_read(text)
    at = next(
        (
            i
            for i, (reading, _, _) in enumerate(judged)
            if (figure := reading.figure) is not None
            and figure.unit == "percent"
            and _OF_THE_CHANGE.search(
                lowered[max(0, figure.number.start - 40) : figure.number.start]
            )
        ),
        None,
    )
    if at is None:
        return judged
    said = judged[at]
    found = _levels(text, judged[:at] + judged[at + 1 :])
    if found is None or said[0].claimed is None:
        return judged
    _, (first, _, before), (_, _, after), held = found
    assert first.metric is not None
    hub_id = first.hub_id
    assert hub_id is not None
    if not isinstance(held, Change) or held.percent_low is None:
        return judged
    start = said[0].figure.number.start if said[0].figure else 0
    tail = _OF_THE_CHANGE.search(lowered[max(0, start - 40) : start])
    claimed_up = tail is not None and (tail.group("up") or tail.group("adv")) is not None
    percent = Interval(held.percent_low, held.percent_high)
    verdict = (
        interval_verdict(said[0].claimed.interval, percent)
        if claimed_up == (held.direction == "up")
        else "contradicted"
    )
    why = f"hubquery works out the change from the two figures: {held.display}"
    result = derived(verdict, why, hub_id, (before, after))
    reading = said[0]._replace(metric=first.metric, hub_id=hub_id)
    span = f"change {before.period} to {after.period}"
    read = f"{said[1].split(' · ')[0]} · {hub_id} · {first.metric.id} · {span}"
    return [*judged[:at], (reading, read, result), *judged[at + 1 :]]


def _levels(
    text: str, judged: Sequence[Said]
) -> tuple[str, tuple[Reading, str, Fact], tuple[Reading, str, Fact], Change | Judgement] | None:
    """The direction a sentence claims from one of its supported levels of one hub and
    metric to another ("rose from X to Y"), the two, earlier first, and the change held
    between them; None where it claims none."""
    found = _FROM_TO.search(text.lower())
    if found is None:
        return None
    levels = [
        (reading, said, result.facts[0])
        for reading, said, result in judged
        if result.verdict == "supported"
        and reading.metric is not None
        and reading.hub_id is not None
        and len(result.facts) == 1
    ]
    if len(levels) != 2:
        return None
    first, second = levels
    assert first[0].metric is not None
    assert second[0].metric is not None
    if (first[0].hub_id, first[0].metric.id) != (second[0].hub_id, second[0].metric.id):
        return None
    if first[2].id == second[2].id:
        return None
    if sort_start(first[2].period) > sort_start(second[2].period):
        first, second = second, first
    metric = first[0].metric
    assert metric is not None
    held = change(first[2], second[2], metric.unit_kind)
    if not isinstance(held, Change) and held.kind == "windows-differ":
        return None  # (totals over windows of different lengths: two totals, each judged)
    return ("up" if found.group("up") is not None else "down"), first, second, held
