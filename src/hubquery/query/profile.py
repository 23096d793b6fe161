"""A hub's profile (`show`): everything the dataset says about one hub."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from hubquery.display import quantity_label
from hubquery.query.facts import StoredFacts, cited_sources, disagreeing
from hubquery.query.resolve import resolve_hub
from hubquery.records import CitedName, Fact, Hub, Metric, Note, Source
from hubquery.store import Store


class Profile(NamedTuple):
    """Everything the dataset says about one hub."""

    hub: Hub
    ancestors: tuple[Hub, ...]
    children: tuple[Hub, ...]
    tags: tuple[CitedName, ...]
    organisations: tuple[CitedName, ...]
    facts: Sequence[Fact]  # StoredFacts: read from the store as they are shown
    metrics: tuple[Metric, ...]
    sources: tuple[Source, ...]
    notes: tuple[Note, ...]


# A hub of at most this many figures is read once, quotes and all, and held: reading
# the figures a second time as they are shown pays only for a hub too large to hold
# (100,000 figures). Read twice, the packaged Dalian's 60 figures cost `show --json`
# 4.3 M instructions more (callgrind), 2 % of the run.
HELD_FIGURES = 1_000


def profile(store: Store, name: str) -> Profile:
    hub = resolve_hub(store, name)
    count = store.hub_fact_count(hub.id)
    held = count <= HELD_FIGURES
    # Else the notes, metrics and sources are worked out from the figures without their
    # quotes, and the figures themselves are read again, in full, as they are shown.
    facts = list(store.profile_facts(hub.id, quotes=held))
    tags = store.citations(hub.id, "tag")
    organisations = store.citations(hub.id, "organisation")
    metrics = tuple(store.metrics_by_id(f.metric_id for f in facts))
    return Profile(
        hub=hub,
        ancestors=tuple(store.ancestors(hub)),
        children=tuple(store.children(hub.id)),
        tags=tuple(tags),
        organisations=tuple(organisations),
        facts=tuple(facts) if held else StoredFacts(lambda: store.profile_facts(hub.id), count),
        metrics=metrics,
        sources=tuple(cited_sources(store, facts, [*tags, *organisations])),
        notes=(
            *differences(facts, {m.id: m for m in metrics}),
            *over_time(hub, facts, {m.id: m for m in metrics}),
        ),
    )


def sort_facts(facts: list[Fact]) -> list[Fact]:
    """The order `Store.profile_facts` reads a hub's figures in (pinned to this by a test):
    figures about the hub first, grouped by metric in order of first mention,
    oldest period first; then figures about organisations, grouped the same way."""
    first_seen: dict[tuple[str | None, str], int] = {}
    for fact in facts:
        first_seen.setdefault((fact.subject, fact.metric_id), len(first_seen))
    return sorted(
        facts,
        key=lambda f: (f.subject is not None, first_seen[(f.subject, f.metric_id)], f.period),
    )


def _same_thing(
    facts: Iterable[Fact],
) -> dict[tuple[str | None, str | None, str, str, str], list[Fact]]:
    """Figures of the same quantity: metric, subject, basis, unit and status."""
    groups: dict[tuple[str | None, str | None, str, str, str], list[Fact]] = {}
    for fact in facts:
        key = (fact.subject, fact.basis, fact.unit, fact.status, fact.metric_id)
        groups.setdefault(key, []).append(fact)
    return groups


def differences(facts: Iterable[Fact], metrics: dict[str, Metric]) -> Iterator[Note]:
    """Figures from different sources that cannot both be true (kind ``conflict``): the
    same metric, subject, basis and unit, overlapping periods (any two founding years),
    and intervals that do not overlap (``hedges.overlap``: "about 200" and "210" agree).
    Figures of different periods are change over time, not a conflict."""
    for (_, _, _, _, metric_id), group in _same_thing(facts).items():
        metric = metrics.get(metric_id)
        is_year = metric is not None and metric.unit_kind == "year"
        clashing = disagreeing(group, is_year)
        if not clashing:
            continue
        label = quantity_label(group[0], metric)
        figures = " vs ".join(
            f"{f.display}{'' if is_year else ' in ' + f.period_label} ({f.source.id})"
            for f in clashing
        )
        yield Note(
            "conflict",
            f"{label}: {figures}: these cannot all be true.",
            tuple(dict.fromkeys(f.hub_id for f in clashing)),
            tuple(f.id for f in clashing),
        )


def over_time(hub: Hub, facts: Iterable[Fact], metrics: dict[str, Metric]) -> Iterator[Note]:
    """One note (kind ``over-time``) naming the metrics with figures of different periods,
    pointing to `history`, where they are set in order."""
    changing: dict[str, list[Fact]] = {}
    for (_, _, _, _, metric_id), group in _same_thing(facts).items():
        metric = metrics.get(metric_id)
        if metric is not None and metric.unit_kind == "year":
            continue
        if len({f.period for f in group}) > 1:
            changing.setdefault(metric_id, []).extend(group)
    if not changing:
        return
    labels = [metrics[m].label if m in metrics else m for m in changing]
    count = len(changing)
    yield Note(
        "over-time",
        f"{count} metric{'s' * (count != 1)} ha{'ve' if count != 1 else 's'}"
        f" figures over time ({', '.join(labels)}): see hubquery history {hub.id}",
        (hub.id,),
        tuple(f.id for group in changing.values() for f in group),
    )
