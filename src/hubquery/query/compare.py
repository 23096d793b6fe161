"""Hubs side by side (`compare`), saying where the figures are not alike."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from hubquery.display import join_names, quoted
from hubquery.judgement.figures import Judgement
from hubquery.judgement.orders import DEFAULT_WINDOW_YEARS, drawable
from hubquery.names import name_key
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
    """Hubs side by side. ``notes`` concern the comparison as a whole: the metrics left
    out (``left-out``) and the regions that take in a compared hub (``see-also``)."""

    hubs: tuple[Hub, ...]
    rows: tuple[ComparisonRow, ...]
    sources: tuple[Source, ...]
    notes: tuple[Note, ...] = ()


def compare(
    store: Store,
    hub_names: Iterable[str],
    metric_names: Iterable[str] = (),
    every_metric: bool = False,
) -> Comparison:
    """The hubs' figures, metric by metric: those named, else every metric two of the
    hubs share (``every_metric``: every metric any of them has), saying how many were
    left out. With one metric, a row whose compared figures may not be drawn as bars
    says why (``not-drawn``): the table draws a chart only then."""
    hubs = list(dict.fromkeys(resolve_hub(store, name) for name in hub_names))
    by_hub = {hub.id: [f for f in store.facts_for_hub(hub.id) if f.subject is None] for hub in hubs}
    wanted = [resolve_metric(store, name) for name in metric_names]
    notes: list[Note] = []
    if not wanted:
        counts: dict[str, int] = {}
        for facts in by_hub.values():
            for metric in dict.fromkeys(f.metric_id for f in facts):
                counts[metric] = counts.get(metric, 0) + 1
        shared = [m for m in counts if every_metric or counts[m] >= min(2, len(hubs))]
        wanted = store.metrics_by_id(shared)
        alone = len(counts) - len(shared)
        if alone:
            notes.append(
                Note(
                    "left-out",
                    f"Left out: {alone} metric{'s' if alone > 1 else ''} only one hub has "
                    "(use --all).",
                )
            )
    names = {h.id: note_name(h) for h in hubs}
    rows = [
        _comparison_row(
            metric,
            hubs,
            names,
            {h: [f for f in fs if f.metric_id == metric.id] for h, fs in by_hub.items()},
        )
        for metric in dict.fromkeys(wanted)
    ]
    if len(rows) == 1:
        judged = bars(rows[0])
        if judged is not None and not judged.ok:
            notes_of_row = (*rows[0].notes, _not_drawn(judged, rows[0]))
            rows[0] = rows[0]._replace(notes=notes_of_row)
    notes += see_also(store, hubs)
    cited = [f for row in rows for cell in row.cells for f in cell.facts]
    return Comparison(tuple(hubs), tuple(rows), tuple(cited_sources(store, cited)), tuple(notes))


def bars(row: ComparisonRow) -> Judgement | None:
    """Whether the row's compared figures may be drawn as bars side by side (the
    judgement's `drawable`, within an order's period window); None where fewer than two
    hubs have a figure, so there is nothing to set side by side."""
    facts = [cell.compared for cell in row.cells if cell.compared is not None]
    if len(facts) < 2:
        return None
    return drawable(facts, window_years=DEFAULT_WINDOW_YEARS)


def _not_drawn(judged: Judgement, row: ComparisonRow) -> Note:
    facts = [cell.compared for cell in row.cells if cell.compared is not None]
    return Note(
        "not-drawn",
        f"No bars: {judged.reason}.",
        tuple(f.hub_id for f in facts),
        tuple(f.id for f in facts),
    )


# A hub's name that reads as several ("Chengdu and Chongqing", "India, Pakistan"): a
# note that lists hubs quotes it, so that it reads as one.
_SEVERAL = re.compile(r" and | & |, ")


def note_name(hub: Hub) -> str:
    """The hub's name as a note lists it: quoted where it reads as several hubs."""
    return quoted(hub.name) if _SEVERAL.search(hub.name) else hub.name


def see_also(store: Store, hubs: Sequence[Hub]) -> list[Note]:
    """A note for each region, not compared itself, whose name joins a compared hub's
    with others ("Chengdu and Chongqing", alias "Chengdu-Chongqing") and that has figures
    of its own: they are not the compared hubs' figures, and the note says how to add
    it."""
    compared = {h.id for h in hubs}
    found: list[Note] = []
    for region in store.region_hubs():
        if region.id in compared:
            continue
        parts = set[str]()
        for name in (region.name, *region.aliases):
            pieces = [p for p in re.split(r" and | & |, |-", name) if p.strip()]
            if len(pieces) < 2:
                continue
            members = [store.hubs_named(name_key(p.strip().removeprefix("the "))) for p in pieces]
            if all(members):
                parts |= {ident for named in members for ident in named}
        inside = [h for h in hubs if h.id in parts]
        count = store.hub_fact_count(region.id) if inside else 0
        if count:
            found.append(
                Note(
                    "see-also",
                    f"See also the region {note_name(region)} ({region.id}), which takes "
                    f"in {join_names([note_name(h) for h in inside])}: {count} "
                    f"figure{'s' if count > 1 else ''} for the region as a whole. To include "
                    f"it: hubquery compare {' '.join(h.id for h in hubs)} {region.id}",
                    (region.id, *(h.id for h in inside)),
                )
            )
    return found


def _comparison_row(
    metric: Metric, hubs: list[Hub], names: dict[str, str], facts: dict[str, list[Fact]]
) -> ComparisonRow:
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
        # "or": "No figure for Chengdu and Chongqing" would name the region of that name
        listed = [names[h] for h in missing]
        either = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " or " + listed[-1]
        notes.append(Note("missing", f"No figure for {either}.", hub_ids=tuple(missing)))
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
