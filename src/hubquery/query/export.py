"""The facts `export` writes: every one, or those the filters keep."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from hubquery.query.resolve import resolve_hub, resolve_metric, resolve_source
from hubquery.records import CitedName, Fact, Hub, Metric, Source
from hubquery.store import Store


def export_facts(
    store: Store,
    *,
    hubs: Iterable[str] = (),
    within: bool = False,
    metrics: Iterable[str] = (),
    sources: Iterable[str] = (),
    where: Iterable[str] = (),
) -> Iterator[Fact]:
    """Facts in dataset order that pass every filter given: about one of ``hubs`` (with
    ``within``, or any hub below one of them), for one of ``metrics``, from one of
    ``sources``, about a hub whose latest figures meet every ``where`` condition (as
    `list --where` reads them). Names are resolved (and refused) before the first fact."""
    hub_ids: set[str] | None = None
    for name in hubs:
        hub = resolve_hub(store, name)
        hub_ids = (hub_ids or set()) | {hub.id, *(store.descendants(hub.id) if within else ())}
    metric_ids = [resolve_metric(store, name).id for name in metrics] or None
    source_ids = [resolve_source(store, name).id for name in sources] or None
    conditions = list(where)
    if conditions:
        meeting = hubs_meeting(store, conditions)
        hub_ids = meeting if hub_ids is None else hub_ids & meeting
    return store.iter_facts(hub_ids=hub_ids, metric_ids=metric_ids, source_ids=source_ids)


def hubs_meeting(store: Store, conditions: Iterable[str]) -> set[str]:
    """Hubs whose latest figure for each condition's metric certainly meets it: a hedged
    figure that may or may not ("more than 20 m" > 25 m) does not count as meeting it.
    The hubs `list --where` lists, found the same way."""
    from hubquery.query.listing import list_hubs

    return {row.hub.id for row in list_hubs(store, where=conditions, figures=False).rows}


class Origin(NamedTuple):
    """Where an export's data comes from: the hubquery that compiled it, the dataset
    file's name, and its checksum (empty when not known)."""

    hubquery: str
    dataset: str
    sha256: str


class ExportTables(NamedTuple):
    """What a file export writes: every source, metric and hub, each hub's tags and
    organisations as (hub id, citation), read as they are written, and the ``facts``
    given (the whole dataset, or what export's filters kept)."""

    sources: list[Source]
    metrics: list[Metric]
    hubs: list[Hub]
    tags: Iterable[tuple[str, CitedName]]
    organisations: Iterable[tuple[str, CitedName]]
    facts: Iterable[Fact]
    origin: Origin


def export_tables(store: Store, facts: Iterable[Fact]) -> ExportTables:
    """The tables of a file export (``--format sqlite`` or ``datapackage``)."""
    info = store.dataset_info()
    origin = Origin(
        info.get("hubquery", ""), os.path.basename(info.get("dataset", "")), info.get("sha256", "")
    )
    return ExportTables(
        store.sources(),
        store.metrics(),
        store.hubs(),
        store.iter_citations("tag"),
        store.iter_citations("organisation"),
        facts,
        origin,
    )
