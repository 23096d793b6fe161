"""How far a level has come toward a goal ("already more than halfway to its goal of 1
trillion yuan"): the newest level held before the goal's date as a share of the goal,
derived, judged against the part of the way the claim says was covered; and how far a
plan has come: the year the source gives only as that of a plan announced ("said this
year it will build a pilot zone") dates no opening in or after it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from weakref import WeakKeyDictionary

from hubquery.hedges import Interval, interval
from hubquery.judgement.claims import claim_verdict, interval_verdict
from hubquery.judgement.figures import period_label, standing, year
from hubquery.periods import sort_end
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.subjects import designation_named
from hubquery.query.workings import Judged, derived
from hubquery.records import Fact, Note
from hubquery.vocabulary import Verdict

# "more than halfway to", "nearly two-thirds of the way toward": the part of the way
_WAY_TO = re.compile(
    r"\b(?:(more than|over|well over|nearly|almost|about|roughly|around|at least|less than|"
    r"under)\s+)?(halfway|half[ -]way|(?:a|one) third of the way|two[ -]thirds of the way|"
    r"(?:a|one) quarter of the way|three[ -]quarters of the way)\s+(?:to|toward|towards)\b"
)
# (the first word that tells the part: "two" before "third", "three" before "quarter")
_PARTS = (("half", 0.5), ("two", 2 / 3), ("three", 0.75), ("third", 1 / 3), ("quarter", 0.25))
_HEDGES = {
    "over": "more than",
    "well over": "more than",
    "almost": "nearly",
    "roughly": "about",
    "around": "about",
    "under": "less than",
}


def way_to_goal(reading: Reading, facts: Sequence[Fact], hub_id: str) -> Judged | None:
    """A claim of a goal that says how far the way to it was covered ("more than halfway
    to its goal of CN¥1 trillion"): each goal the claim's figure names, over the newest
    level of the same unit held before its date (CN¥480 billion, 48 %), judged against
    the part the claim names (more than half), derived; None where the claim says no
    such part, or no goal it names has a level before it."""
    claimed, figure = reading.claimed, reading.figure
    if claimed is None or figure is None or not claimed.target:
        return None
    said = _WAY_TO.search(reading.text.lower())
    if said is None:
        return None
    part = next(share for word, share in _PARTS if word in said.group(2))
    hedge = _HEDGES.get(said.group(1) or "", said.group(1) or "about")
    way = interval(part * 100, hedge, "share")
    at = claimed.last_year  # ("by 2016 it was halfway": of a level of 2016, not the goal's)
    for goal in facts:
        if goal.status != "target" or goal.unit != figure.unit or not goal.value:
            continue
        if interval_verdict(claimed.interval, goal.interval()) != "supported":
            continue
        before = [
            f
            for f in facts
            if f.status != "target"
            and standing(f).ok
            and f.unit == goal.unit
            and sort_end(f.period) < sort_end(goal.period)
            and (at is None or at == year(goal) or year(f) <= at <= year(f, end=True))
        ]
        if not before:
            continue
        level = max(before, key=lambda f: sort_end(f.period))
        held = level.interval()
        covered = Interval(
            None if held.low is None else held.low / goal.value * 100,
            None if held.high is None else held.high / goal.value * 100,
        )
        verdict = interval_verdict(way, covered)
        shown = f"{(level.value / goal.value) * 100:.0f} %"
        reason = (
            f"hubquery derives {shown} of the way from {level.display} "
            f"({period_label(level)}) to the goal of {goal.display} ({period_label(goal)}) "
            "— no source prints it"
        )
        return derived(verdict, reason, hub_id, (level, goal))
    return None


# A claim of the announcement itself: "announced plans", "said … it would build"
_ANNOUNCING = re.compile(
    r"\b(?:announc\w*|plan\w*|said|says|say|will|would|unveil\w*|pledg\w*|vow\w*|propos\w*)\b"
)


def planned(reading: Reading, announced: Sequence[Fact], hub_id: str, shown: str) -> Judged:
    """A claim of when something was done (opened, built, set up) of which the source
    gives only the year its plan was announced ("said this year it will build a pilot
    zone", 2022): done before it is contradicted (it was still to come), in or after it
    unsupported (the source gives no year it was done); a claim of the announcement
    itself ("announced plans in 2022") is judged by that year."""
    assert reading.claimed is not None
    ids = tuple(f.id for f in announced)
    if _ANNOUNCING.search(reading.text.lower()):
        judged = claim_verdict(reading.claimed, announced, shown)
        notes = (
            ()
            if judged.verdict == "supported"
            else (Note(judged.kind, judged.reason, (hub_id,), ids),)
        )
        return Judged(judged.verdict, judged.facts, notes, False)
    high = reading.claimed.interval.high
    said = "; ".join(f"{f.display} ({f.metric_id.replace('-', ' ')})" for f in announced)
    if high is not None and high < min(f.value for f in announced):
        reason = f"the source says {said}: it was still to come then, not done by {shown}"
        verdict: Verdict = "contradicted"
    else:
        reason = f"the source says only {said}; it gives no year it was done"
        verdict = "unsupported"
    note = Note(verdict if verdict == "contradicted" else "not-established", reason, (hub_id,), ids)
    return Judged(verdict, tuple(announced), (note,), False)


def announced_of(reader: ClaimReader, reading: Reading, hub_id: str) -> list[Fact]:
    """The years of plans announced the claim is of: the hub's (or its organisation's)
    figures of year-announced, else those whose subject the claim names by its last two
    words; none for a hub that holds none (most: remembered for the reader's run)."""
    known = _ANNOUNCED.setdefault(reader, {})
    if hub_id not in known:
        known[hub_id] = [f for f in reader.hub_facts(hub_id) if f.metric_id == _METRIC]
    if not known[hub_id]:
        return []
    return reader.facts_of(hub_id, _METRIC, reading.subject) or designation_named(
        reader, reading, hub_id, _METRIC
    )


_METRIC = "year-announced"
_ANNOUNCED: WeakKeyDictionary[ClaimReader, dict[str, list[Fact]]] = WeakKeyDictionary()
