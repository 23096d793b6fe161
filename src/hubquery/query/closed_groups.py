"""A group its source names in full: the threshold figures of each member, from one
sentence that also counts the group and names as many members as it counts ("Chengdu and
Chongqing are now two of the only four cities (the other two are Beijing and Shanghai) in
China with populations of more than 20 million"). A place of the members' kind and
country that the sentence leaves out is not above the threshold then: a claim that it is
contradicts the source (issue #19: "the intervals cannot both be true")."""

from __future__ import annotations

from typing import NamedTuple
from weakref import WeakKeyDictionary

from hubquery.judgement.figures import standing, year
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.workings import Judged
from hubquery.records import Fact, Metric, Note


class ClosedGroup(NamedTuple):
    """The members' threshold figures, the group's count (its total) and the members' kind."""

    thresholds: tuple[Fact, ...]
    total: Fact
    kind: str


def outside_the_list(
    reader: ClaimReader, reading: Reading, hub_id: str, metric: Metric, facts: list[Fact]
) -> Judged | None:
    """The claim contradicted where it puts a place above the threshold of a group its
    source names in full and leaves the place out of; None otherwise, and where the
    place's own figures (``facts``) answer the claim's time (they judge it)."""
    claimed = reading.claimed
    if (
        claimed is None
        or metric.unit_kind != "count"
        or (low := claimed.interval.low) is None
        or claimed.target
        or claimed.excluded
        or claimed.years_back is not None
        or any(
            standing(f).ok
            and (claimed.first_year is None or claimed.first_year <= year(f))
            and (claimed.last_year is None or year(f, end=True) <= claimed.last_year)
            for f in facts
        )
        or not (groups := _groups(reader, metric.id))
        or (hub := reader.names.hub(hub_id)) is None
    ):
        return None  # (most claims: no count's threshold held for a group named in full)
    for group in groups:
        threshold = group.thresholds[0]
        members = {f.hub_id for f in group.thresholds}
        when = year(group.total)
        if (
            hub_id in members
            or hub.kind != group.kind
            or hub.country_id != group.total.hub_id
            or threshold.low is None
            or not (low > threshold.low or (low == threshold.low and claimed.interval.low_open))
            or (claimed.first_year is not None and not claimed.first_year <= when)
            or (claimed.last_year is not None and not when <= claimed.last_year)
        ):
            continue
        named = sorted(found.name for m in members if (found := reader.names.hub(m)))
        listed = f"{', '.join(named[:-1])} and {named[-1]}" if len(named) > 1 else named[0]
        said = (
            f"the source names every one of the {group.total.display} "
            f"({group.total.period_label}) with {threshold.display.removesuffix(' (threshold)')}"
            f": {listed}; {hub.name} is not one of them"
        )
        held = (group.total, *group.thresholds)
        note = Note("contradicted", said, (hub_id,), tuple(f.id for f in held))
        return Judged("contradicted", held, (note,), False)
    return None


_GROUPS: WeakKeyDictionary[ClaimReader, dict[str, list[ClosedGroup]]] = WeakKeyDictionary()


def _groups(reader: ClaimReader, metric_id: str) -> list[ClosedGroup]:
    """The groups named in full whose members hold threshold figures of the metric
    (once a run for each metric asked of)."""
    known = _GROUPS.setdefault(reader, {})
    if metric_id in known:
        return known[metric_id]
    by_sentence: dict[tuple[str, str | None, float | None], list[Fact]] = {}
    for fact in reader.store.iter_facts(metric_ids=[metric_id]):
        if fact.status == "threshold" and fact.high is None:
            by_sentence.setdefault((fact.source.id, fact.quote, fact.low), []).append(fact)
    groups = []
    for (source, quote, _), thresholds in by_sentence.items():
        places = [reader.names.hub(f.hub_id) for f in thresholds]
        kinds = {p.kind for p in places if p is not None}
        if quote is None or len(kinds) != 1 or None in places:
            continue
        counts = [
            c
            for c in reader.store.iter_facts(source_ids=[source])
            if c.quote == quote
            and c.metric_id != metric_id
            and c.status == "reported"
            and c.qualifier is None
            and c.value == len({f.hub_id for f in thresholds})
        ]
        if len(counts) == 1:
            groups.append(ClosedGroup(tuple(thresholds), counts[0], kinds.pop()))
    known[metric_id] = groups
    return groups
