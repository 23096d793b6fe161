"""A hub's profile (`show`): everything the dataset says about one hub."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from hubquery.query.facts import cited_sources
from hubquery.query.resolve import resolve_hub
from hubquery.records import Citation, Fact, Hub, Metric, Source
from hubquery.store import Store


@dataclass(frozen=True, slots=True)
class Difference:
    """Sources that give different values for the same thing.

    ``same_period`` is true when the values describe overlapping periods (or a
    single year, such as a founding date): then they cannot both be right.
    Otherwise they may describe change over time, and the reader should know
    the figures come from different sources.
    """

    metric: str
    subject: str | None
    basis: str | None
    unit: str
    fact_ids: tuple[str, ...]
    same_period: bool


@dataclass(frozen=True, slots=True)
class Profile:
    """Everything the dataset says about one hub."""

    hub: Hub
    ancestors: tuple[Hub, ...]
    children: tuple[Hub, ...]
    tags: tuple[Citation, ...]
    organisations: tuple[Citation, ...]
    facts: tuple[Fact, ...]
    metrics: tuple[Metric, ...]
    sources: tuple[Source, ...]
    differences: tuple[Difference, ...]


def profile(store: Store, name: str) -> Profile:
    hub = resolve_hub(store, name)
    facts = sort_facts(store.facts_for_hub(hub.id))
    tags = store.citations(hub.id, "tag")
    organisations = store.citations(hub.id, "organisation")
    metric_ids = list(dict.fromkeys(f.metric_id for f in facts))
    metrics = tuple(m for m in (store.metric(i) for i in metric_ids) if m is not None)
    return Profile(
        hub=hub,
        ancestors=tuple(store.ancestors(hub)),
        children=tuple(store.children(hub.id)),
        tags=tuple(tags),
        organisations=tuple(organisations),
        facts=tuple(facts),
        metrics=metrics,
        sources=tuple(cited_sources(store, facts, [*tags, *organisations])),
        differences=tuple(differences(facts, {m.id: m for m in metrics})),
    )


def sort_facts(facts: list[Fact]) -> list[Fact]:
    """Figures about the hub first, grouped by metric in order of first mention,
    oldest period first; then figures about organisations, grouped the same way."""
    first_seen: dict[tuple[str | None, str], int] = {}
    for fact in facts:
        first_seen.setdefault((fact.subject, fact.metric_id), len(first_seen))
    return sorted(
        facts,
        key=lambda f: (f.subject is not None, first_seen[(f.subject, f.metric_id)], f.period),
    )


def differences(facts: Iterable[Fact], metrics: dict[str, Metric]) -> Iterator[Difference]:
    """Groups of figures for the same thing on which different sources disagree."""
    groups: dict[tuple[str, str | None, str | None, str, str, str], list[Fact]] = {}
    for fact in facts:
        key = (fact.hub_id, fact.subject, fact.basis, fact.unit, fact.status, fact.metric_id)
        groups.setdefault(key, []).append(fact)
    for (_, subject, basis, unit, _, metric), group in groups.items():
        if len({f.value for f in group}) < 2 or len({f.source.id for f in group}) < 2:
            continue
        is_year = metrics.get(metric) is not None and metrics[metric].unit_kind == "year"
        same_period = is_year or any(
            a.source.id != b.source.id and a.value != b.value and _overlap(a.period, b.period)
            for i, a in enumerate(group)
            for b in group[i + 1:]
        )
        yield Difference(metric, subject, basis, unit, tuple(f.id for f in group), same_period)


def _overlap(first: str, second: str) -> bool:
    from hubquery.periods import sort_bounds

    (a_start, a_end), (b_start, b_end) = sort_bounds(first), sort_bounds(second)
    return a_start <= b_end and b_start <= a_end
