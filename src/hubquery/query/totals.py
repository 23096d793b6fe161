"""Shares of one total held by several places: what another place's share of the same
total leaves to a place that holds none ("70 percent of the world's iPads" of Chongqing,
where Chengdu holds 70 % of them for the same time), and the sum of a list's members'
shares ("between them, Chengdu and Chongqing turn out half of the world's laptops")."""

from __future__ import annotations

import re
from collections import defaultdict
from weakref import WeakKeyDictionary

from hubquery.judgement.answering import period_allows
from hubquery.judgement.figures import period_label, standing
from hubquery.numbers import normalise
from hubquery.periods import sort_end
from hubquery.query.facts import newest_first
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.shown import shown_figure
from hubquery.query.subjects import adds_up, wholes
from hubquery.query.workings import Judged, derived, sum_verdict
from hubquery.records import Fact, Hub, Metric, Note


def left_by_others(
    reader: ClaimReader, reading: Reading, hub_id: str, metric: Metric, shown: str | None
) -> Judged | None:
    """A share of a total outside the place (the world's iPads) the place holds no
    figure of, contradicted where another place, neither part nor whole of it, holds so
    much of the same total (of no basis, or the one the claim names) that the two cannot
    together be more than all of it, in every period the claim allows that it is held
    for; None otherwise (of a share of the place's own things, which do not add up)."""
    claimed = reading.claimed
    if (
        claimed is None
        or metric.unit_kind != "share"
        or claimed.interval.low is None
        or not adds_up(metric)
    ):
        return None
    related = {hub_id, *wholes(reader, hub_id), *reader.store.descendants(hub_id)}
    hub = reader.names.hub(hub_id)
    if hub is not None and " and " in hub.name:
        related |= set(reader.names.listed(hub))
    dated = claimed.first_year is not None
    bases = set(reading.bases.values())
    by_period: dict[str, list[Fact]] = defaultdict(list)
    for fact in _of_metric(reader, metric.id):
        if (
            fact.hub_id not in related
            and fact.subject is None
            and fact.unit == "percent"
            and standing(fact).ok
            and (fact.basis is None or fact.basis in bases)
            and (not dated or period_allows(claimed, fact).ok)
            and fact.interval().low is not None
        ):
            by_period[fact.period].append(fact)
    if not by_period:
        return None
    low = claimed.interval.low
    # (the largest share held of each period: places that overlap are never added up)
    most = [max(held, key=lambda f: f.interval().low or 0) for held in by_period.values()]
    if any(low + (f.interval().low or 0) <= 100 for f in most):
        return None
    facts = tuple(newest_first(most))
    held = "; ".join(
        f"{f.display} for {_name(reader, f.hub_id)} ({period_label(f)})" for f in facts
    )
    reason = (
        f"the source says {held} of the same total: {_name(reader, hub_id)} cannot hold "
        f"{shown or shown_figure(reading)} of it as well"
    )
    note = Note("contradicted", reason, (hub_id,), tuple(f.id for f in facts))
    return Judged("contradicted", facts, (note,), True)


def members_sum(
    reader: ClaimReader, reading: Reading, hub_id: str, metric: Metric
) -> Judged | None:
    """A claim of places named as a list ("between them, Chengdu and Chongqing turn out
    half of the world's laptops") where the list holds no figure but each member holds
    one of a period they share: their sum, derived, of the newest such period the claim
    allows; contradicted only where the claim and the sum cannot meet however loosely the
    figures are read, and the members' figures are of one basis. None where a member holds
    none, or the metric does not add up (a share of each place's own things)."""
    claimed, figure = reading.claimed, reading.figure
    hub = reader.names.hub(hub_id)
    if claimed is None or figure is None or hub is None or " and " not in hub.name:
        return None  # (most places are no list: the cheap test first)
    if not adds_up(metric):
        return None
    members = [m for m in reader.names.listed(hub) if m != hub_id]
    if len(members) < 2:
        return None
    dated = claimed.first_year is not None
    held = [
        {
            f.period: f
            for f in newest_first(reader.facts_of(m, metric.id, None))[::-1]
            if f.unit == figure.unit
            and standing(f).ok
            and (not dated or period_allows(claimed, f).ok)
        }
        for m in members
    ]
    shared = set.intersection(*(set(h) for h in held))
    if not shared:
        return None
    period = max(shared, key=lambda p: (sort_end(p), p))
    parts = [h[period] for h in held]
    verdict, said = sum_verdict(
        claimed.interval,
        parts,
        bases_differ=len({f.basis for f in parts}) > 1,
        bound=figure.qualifier in ("more than", "at least", "less than", "at most"),
    )
    each = " + ".join(
        f"{f.display} for {_name(reader, f.hub_id)}" + (f" ({f.basis})" if f.basis else "")
        for f in parts
    )
    reason = f"hubquery derives {said} ({period_label(parts[0])}) from {each} — no source prints it"
    return derived(verdict, reason, hub_id, parts)


# "together", "between them", "combined", "jointly": the places named, summed
_TOGETHER = re.compile(r"\b(?:together|between them|between the two|combined|jointly)\b")


def list_meant(reader: ClaimReader, reading: Reading, hub_id: str) -> str | None:
    """The place held as a list ("Chengdu and Chongqing") a claim of one of its members
    means, where the sentence names every member, in any order ("Chongqing and Chengdu
    together"), and says their figures are summed; None otherwise."""
    text = normalise(reading.text)
    if not _TOGETHER.search(text):
        return None
    lists = _LISTS.get(reader)
    if lists is None:
        lists = _LISTS[reader] = [h for h in reader.store.hubs() if " and " in h.name]
    named = {m.hub_id for m in reader.names.mentions(text)}
    return next(
        (
            h.id
            for h in lists
            if hub_id in (members := reader.names.listed(h)) and named.issuperset(members)
        ),
        None,
    )


_LISTS: WeakKeyDictionary[ClaimReader, list[Hub]] = WeakKeyDictionary()


def _of_metric(reader: ClaimReader, metric_id: str) -> list[Fact]:
    """Every place's figures of a metric (remembered for the reader's run)."""
    known = _OF_METRIC.setdefault(reader, {})
    if metric_id not in known:
        known[metric_id] = list(reader.store.iter_facts(metric_ids=[metric_id]))
    return known[metric_id]


_OF_METRIC: WeakKeyDictionary[ClaimReader, dict[str, list[Fact]]] = WeakKeyDictionary()


def _name(reader: ClaimReader, hub_id: str) -> str:
    hub = reader.names.hub(hub_id)
    return hub.name if hub else hub_id
