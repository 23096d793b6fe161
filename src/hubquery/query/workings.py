"""Figures a careful fact-checker works out from two the source prints before judging a
claim, flagged derived and said to be ("hubquery derives …", never "the source says"):
the growth over a span ("more than tripled between 2010 and 2013"), and a year's level
from the next year's and its growth over the year ("up 23.2 percent year-on-year")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from hubquery.hedges import Interval
from hubquery.judgement.changes import Change, change
from hubquery.judgement.claims import interval_verdict
from hubquery.judgement.figures import Judgement, period_label, year
from hubquery.query.reader import Reading
from hubquery.records import Fact, Note
from hubquery.vocabulary import Verdict


class Judged(NamedTuple):
    """A reading and its verdict, the figures it rests on and the notes."""

    verdict: Verdict
    facts: tuple[Fact, ...]
    notes: tuple[Note, ...]
    derived: bool


def multiple_over(
    reading: Reading, years: tuple[int, int], facts: Sequence[Fact], hub_id: str, unit_kind: str
) -> Judged:
    """ "Revenue more than tripled between 2010 and 2013": the change from the figures of
    the span's first and last years, as the judgement module states it (`history`'s
    change: never from a figure dated by its report, a target or a threshold), judged
    as the claim's growth; unsupported when either year has no figure or no change can
    be stated between them."""
    assert reading.claimed is not None
    first, last = years
    ends = [[f for f in facts if year(f) == year(f, end=True) == at] for at in (first, last)]
    pairs = [(a, b) for a in ends[0] for b in ends[1] if a.unit == b.unit]
    if not pairs:
        note = (
            f"the dataset has no figures of {reading.subject or hub_id} for both {first} and {last}"
        )
        return Judged("unsupported", tuple(facts), (Note("missing", note, (hub_id,)),), False)
    changes = [(a, b, change(a, b, unit_kind)) for a, b in pairs]
    stated = [
        (a, b, c) for a, b, c in changes if isinstance(c, Change) and c.percent_low is not None
    ]
    if not stated:
        start, end, refused = changes[0]
        why = refused.reason if isinstance(refused, Judgement) else "it has no percentage"
        note = f"no change from {start.display} to {end.display} is derived: {why}"
        return Judged("unsupported", (end, start), (Note("missing", note, (hub_id,)),), False)
    start, end, changed = stated[0]
    grew = Interval(changed.percent_low, changed.percent_high)
    verdict = interval_verdict(reading.claimed.interval, grew)
    said = f"{(end.value / start.value - 1) * 100:+.1f} %"
    reason = (
        f"hubquery derives {said} ({first}–{last}) from {start.display} ({period_label(start)}) "
        f"and {end.display} ({period_label(end)}) — no source prints it"
    )
    kind = {"supported": "derived", "contradicted": "contradicted"}.get(verdict, "not-established")
    ids = (end.id, start.id)
    return Judged(verdict, (end, start), (Note(kind, reason, (hub_id,), ids),), True)
