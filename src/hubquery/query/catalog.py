"""What the dataset holds (`metrics`, `sources`, `source`)."""

from __future__ import annotations

from typing import NamedTuple

from hubquery.query.resolve import resolve_source
from hubquery.records import Fact, Hub, Metric, Source
from hubquery.store import Store


class MetricSummary(NamedTuple):
    id: str
    label: str
    description: str
    unit_kind: str
    aliases: tuple[str, ...]
    hub_count: int
    fact_count: int


def metrics(store: Store) -> list[MetricSummary]:
    counts = store.metric_counts()
    return [
        MetricSummary(
            m.id, m.label, m.description, m.unit_kind, m.aliases, *counts.get(m.id, (0, 0))
        )
        for m in store.metrics()
    ]


class SourceSummary(NamedTuple):
    """A source article, with how many hubs and figures it supports."""

    source: Source
    hub_count: int
    fact_count: int


def sources(store: Store) -> list[SourceSummary]:
    counts = store.source_counts()
    return [SourceSummary(s, *counts.get(s.id, (0, 0))) for s in store.sources()]


class CitedStatement(NamedTuple):
    """A tag or organisation a source supports for a hub."""

    hub_id: str
    field: str
    name: str
    quote: str


class SourceDetail(NamedTuple):
    source: Source
    facts: tuple[Fact, ...]
    statements: tuple[CitedStatement, ...]
    hubs: tuple[Hub, ...]
    metrics: tuple[Metric, ...]


def source_detail(store: Store, name: str) -> SourceDetail:
    source = resolve_source(store, name)
    facts = store.facts_for_source(source.id)
    statements = [
        CitedStatement(hub, field, c.name, c.quote)
        for hub, field, c in store.citations_for_source(source.id)
    ]
    hub_ids = list(dict.fromkeys([f.hub_id for f in facts] + [s.hub_id for s in statements]))
    metric_ids = list(dict.fromkeys(f.metric_id for f in facts))
    return SourceDetail(
        source,
        tuple(facts),
        tuple(statements),
        tuple(h for h in (store.hub(i) for i in hub_ids) if h is not None),
        tuple(store.metrics_by_id(metric_ids)),
    )
