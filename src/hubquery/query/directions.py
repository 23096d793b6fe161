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

from hubquery.judgement.changes import Change, change
from hubquery.periods import sort_start
from hubquery.query.reader import Reading
from hubquery.query.workings import Judged, derived

# "rose from X ... to Y", "has fallen from X to Y", "up from X to Y"
_FROM_TO = re.compile(
    r"\b(?:(?P<up>rose|risen|rises|grew|grown|grows|increased|climbed|jumped|up)|"
    r"(?:fell|fallen|falls|dropped|declined|decreased|shrank|shrunk|down))"
    r"\s+from\b(?:[^.;]|\.\d)*?\bto\b"
)


def may_claim_direction(text: str) -> bool:
    """A cheap gate: the words every claimed change from one figure to another has."""
    return " from " in text and " to " in text


def claimed_direction(
    text: str, judged: Sequence[tuple[Reading, str, Judged]]
) -> tuple[Reading, str, Judged] | None:
    """The sentence's claimed change between two of its supported levels of one hub and
    metric, judged, where the change is not the one ``change`` establishes; None where
    the sentence claims no such change or the held change bears it out."""
    found = _FROM_TO.search(text.lower())
    if found is None:
        return None
    levels = [
        (reading, said, result)
        for reading, said, result in judged
        if result.verdict == "supported"
        and reading.metric is not None
        and reading.hub_id is not None
        and len(result.facts) == 1
    ]
    if len(levels) != 2:
        return None
    (first, said_a, a), (second, said_b, b) = levels
    assert first.metric is not None
    assert second.metric is not None
    if (first.hub_id, first.metric.id) != (second.hub_id, second.metric.id):
        return None
    before, after = a.facts[0], b.facts[0]
    if before.id == after.id:
        return None
    if sort_start(before.period) > sort_start(after.period):
        before, after, said_a, said_b = after, before, said_b, said_a
    rising = found.group("up") is not None
    word = "up" if rising else "down"
    hub_id = first.hub_id
    assert hub_id is not None
    held = change(before, after, first.metric.unit_kind)
    if not isinstance(held, Change) and held.kind == "windows-differ":
        return None  # (totals over windows of different lengths: two totals, each judged)
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
