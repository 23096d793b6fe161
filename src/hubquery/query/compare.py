"""Hubs side by side (`compare`), saying where the figures are not alike."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from hubquery.display import join_names
from hubquery.query.facts import caveats, cited_sources, latest, newest_first
from hubquery.query.resolve import resolve_hub, resolve_metric
from hubquery.records import Fact, Hub, Metric, Note, Source
from hubquery.store import Store


class Cell(NamedTuple):
    """One hub's figures for one metric: all of them, and the one compared."""

    hub_id: str
    facts: tuple[Fact, ...]
    compared: Fact | None


class ComparisonRow(NamedTuple):
    metric: Metric
    unit: str | None
    cells: tuple[Cell, ...]
    notes: tuple[Note, ...]


class Comparison(NamedTuple):
    hubs: tuple[Hub, ...]
    rows: tuple[ComparisonRow, ...]
    sources: tuple[Source, ...]


def compare(store: Store, hub_names: Iterable[str], metric_names: Iterable[str] = ()) -> Comparison:
    hubs = list(dict.fromkeys(resolve_hub(store, name) for name in hub_names))
    by_hub = {hub.id: [f for f in store.facts_for_hub(hub.id) if f.subject is None] for hub in hubs}
    wanted = [resolve_metric(store, name) for name in metric_names]
    if not wanted:
        counts: dict[str, int] = {}
        order: dict[str, None] = {}
        for facts in by_hub.values():
            for metric in dict.fromkeys(f.metric_id for f in facts):
                counts[metric] = counts.get(metric, 0) + 1
                order.setdefault(metric)
        shared = [m for m in order if counts[m] >= min(2, len(hubs))]
        wanted = store.metrics_by_id(shared)
    rows = [
        _comparison_row(
            metric,
            hubs,
            {h: [f for f in fs if f.metric_id == metric.id] for h, fs in by_hub.items()},
        )
        for metric in dict.fromkeys(wanted)
    ]
    cited = [f for row in rows for cell in row.cells for f in cell.facts]
    return Comparison(tuple(hubs), tuple(rows), tuple(cited_sources(store, cited)))


def _comparison_row(metric: Metric, hubs: list[Hub], facts: dict[str, list[Fact]]) -> ComparisonRow:
    names = {h.id: h.name for h in hubs}
    present = [h.id for h in hubs if facts[h.id]]
    unit = _common_unit([facts[h] for h in present])
    cells = tuple(
        Cell(
            h.id,
            tuple(newest_first(facts[h.id])),
            latest(facts[h.id], unit) if unit is not None else None,
        )
        for h in hubs
    )
    notes: list[Note] = []
    missing = [h.id for h in hubs if not facts[h.id]]
    if missing:
        notes.append(
            Note(
                "missing",
                f"No figure for {join_names([names[h] for h in missing])}.",
                hub_ids=tuple(missing),
            )
        )
    if unit is None and len(present) > 1:
        units = "; ".join(
            f"{names[h]} in {', '.join(sorted({f.unit for f in facts[h]}))}" for h in present
        )
        notes.append(
            Note("units-differ", f"Units differ ({units}): not compared.", hub_ids=tuple(present))
        )
    compared = [(c.hub_id, c.compared) for c in cells if c.compared is not None]
    notes += caveats([(names[h], f) for h, f in compared])
    return ComparisonRow(metric, unit, cells, tuple(notes))


def _common_unit(fact_lists: list[list[Fact]]) -> str | None:
    """The unit every hub has a figure in, preferring the one most figures use."""
    if not fact_lists:
        return None
    common = set.intersection(*({f.unit for f in facts} for facts in fact_lists))
    if not common:
        return None
    usage: dict[str, int] = {}
    for facts in fact_lists:
        for fact in facts:
            usage[fact.unit] = usage.get(fact.unit, 0) + 1
    return max(sorted(common), key=lambda unit: usage[unit])
