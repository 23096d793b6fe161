"""How a hub's figures changed over time (`history`): every figure of a metric, oldest
first, and what changed between consecutive figures of the same thing.

What may be joined into a change is not decided here: ``judgement`` says it. A series
holds the figures that may stand side by side (``judgement.comparable``); a change is
``judgement.change`` between consecutive figures of a series, computed, never cited, and
marked derived (and marked when the two figures come from different sources). Figures
that do not stand (a report-period figure, a target, an aspiration, a threshold) and
pairs with no change to state are kept with the judgement's reason, never joined.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import NamedTuple

from hubquery.judgement.changes import Change, change
from hubquery.judgement.figures import Judgement, comparable, standing
from hubquery.query.facts import StoredFacts
from hubquery.query.profile import differences
from hubquery.query.resolve import resolve_hub, resolve_metric
from hubquery.records import Fact, Hub, Metric, Note, Source
from hubquery.store import Store


class Series(NamedTuple):
    """Figures of one metric about the same thing (``judgement.comparable``: subject,
    basis, unit and status), oldest first, and the changes between consecutive ones."""

    subject: str | None
    basis: str | None
    unit: str
    status: str
    fact_ids: tuple[str, ...]
    changes: tuple[Change, ...]


class Unjoined(NamedTuple):
    """A figure not joined into a change, with the judgement's reason: one that does not
    stand (``from_fact_id`` null: a report-period figure, a target, an aspiration, a
    threshold), or one with no change to state from the figure before it in its series
    (their hedges admit no change, their periods overlap, one is derived from the
    other)."""

    fact_id: str
    from_fact_id: str | None
    kind: str
    reason: str


class MetricHistory(NamedTuple):
    """Every figure the hub has for one metric, oldest first. ``over_time`` is true when
    figures about the same thing are of different periods (the table sets them in order
    with their changes); otherwise the metric's figures join the table of the rest."""

    metric: Metric
    facts: Sequence[Fact]  # StoredFacts: read from the store as they are shown
    series: tuple[Series, ...]
    unjoined: tuple[Unjoined, ...]
    over_time: bool


class History(NamedTuple):
    hub: Hub
    metrics: tuple[MetricHistory, ...]
    notes: tuple[Note, ...]
    sources: tuple[Source, ...]


def history(store: Store, name: str, metric_names: Sequence[str] = ()) -> History:
    """Each metric asked for (default: every metric with figures over time, then the
    rest), its figures oldest first, and the changes between them.

    Worked out one metric at a time from its figures without their quotes, and only
    what the notes need kept of them; the figures themselves are read again, in full,
    as they are shown (``StoredFacts``): a hub of 100,000 figures is never held."""
    hub = resolve_hub(store, name)
    wanted = [resolve_metric(store, n) for n in metric_names]
    present = store.hub_metric_ids(hub.id)
    metrics = list({m.id: m for m in wanted}.values()) if wanted else store.metrics_by_id(present)
    notes: list[Note] = []
    missing = [m for m in metrics if m.id not in present]
    if missing:
        notes.append(
            Note(
                "missing",
                f"No figure for {hub.name}: " + ", ".join(m.label for m in missing) + ".",
                (hub.id,),
            )
        )
    parts = [_metric_part(store, hub.id, m) for m in metrics if m.id in present]
    if not wanted:
        parts.sort(key=lambda p: not p.result.over_time)
    notes += [note for p in parts for note in p.conflicts]
    changes = [c for p in parts for s in p.result.series for c in s.changes]
    if any(c.low != c.high for c in changes):
        notes.append(
            Note(
                "hedged",
                "Changes between hedged figures are ranges: a hedge "
                "(about, more than …) admits a range of values.",
                (hub.id,),
                tuple(i for p in parts for i in p.hedged),
            )
        )
    across = [c for c in changes if c.across_sources]
    if across:
        notes.append(
            Note(
                "across-sources",
                "A change between figures from different "
                "sources (marked ‡) may reflect how each source counts as well "
                "as what changed.",
                (hub.id,),
                tuple(i for c in across for i in (c.from_fact_id, c.to_fact_id)),
            )
        )
    cited = dict.fromkeys(i for p in parts for i in p.source_ids)  # in order of first citation
    sources = tuple(s for s in map(store.source, cited) if s is not None)
    return History(hub, tuple(p.result for p in parts), tuple(notes), sources)


class _MetricPart(NamedTuple):
    """One metric's history, its figures read again as they are shown, with what the
    notes need of them: its conflicts, its hedged figures, its sources in order."""

    result: MetricHistory
    conflicts: tuple[Note, ...]
    hedged: tuple[str, ...]
    source_ids: tuple[str, ...]


def _metric_part(store: Store, hub_id: str, metric: Metric) -> _MetricPart:
    found = metric_history(metric, store.facts_for_hub(hub_id, quotes=False, metric=metric.id))
    facts = found.facts
    return _MetricPart(
        found._replace(
            facts=StoredFacts(lambda: store.facts_oldest_first(hub_id, metric.id), len(facts))
        ),
        tuple(differences(facts, {metric.id: metric})),
        tuple(f.id for f in facts if f.qualifier),
        tuple(dict.fromkeys(f.source.id for f in facts)),
    )


def oldest_first(facts: Iterable[Fact]) -> list[Fact]:
    from hubquery.periods import sort_bounds

    return sorted(facts, key=lambda f: (*sort_bounds(f.period), f.subject or ""))


def metric_history(metric: Metric, facts: list[Fact]) -> MetricHistory:
    ordered = oldest_first(facts)
    unjoined: list[Unjoined] = []
    groups: list[list[Fact]] = []
    for fact in ordered:
        judged = standing(fact)
        if not judged.ok:
            unjoined.append(Unjoined(fact.id, None, judged.kind or "", judged.reason or ""))
            continue
        group = next((g for g in groups if _same_thing(g[0], fact)), None)
        if group is None:
            groups.append([fact])
        else:
            group.append(fact)
    series = []
    for group in groups:
        changes: list[Change] = []
        for before, after in pairwise(group):
            found = change(before, after, metric.unit_kind)
            if isinstance(found, Change):
                changes.append(found)
            else:
                unjoined.append(Unjoined(after.id, before.id, found.kind or "", found.reason or ""))
        first = group[0]
        series.append(
            Series(
                first.subject,
                first.basis,
                first.unit,
                first.status,
                tuple(f.id for f in group),
                tuple(changes),
            )
        )
    periods: dict[str | None, set[str]] = {}
    for fact in ordered:
        periods.setdefault(fact.subject, set()).add(fact.period)
    over_time = metric.unit_kind != "year" and any(len(p) > 1 for p in periods.values())
    return MetricHistory(metric, tuple(ordered), tuple(series), tuple(unjoined), over_time)


def _same_thing(first: Fact, fact: Fact) -> bool:
    """Whether ``fact`` belongs to the series ``first`` opens: comparable, or comparable
    but derived from it (kept in the series, where the judgement refuses the change)."""
    judged: Judgement = comparable(first, fact)
    return judged.ok or judged.kind == "derived-from"
