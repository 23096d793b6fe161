"""Hubs filtered by place, tag and figures, and sorted (`list`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hubquery.errors import HubqueryError, QueryError
from hubquery.query.facts import by_hub, cited_sources, latest
from hubquery.query.resolve import resolve_hub, resolve_label, resolve_metric
from hubquery.records import Fact, Hub, Metric, Source
from hubquery.store import Store


@dataclass(frozen=True, slots=True)
class Condition:
    """``METRIC OP NUMBER [UNIT]`` from --where."""

    metric: Metric
    operator: str
    number: float
    unit: str | None


@dataclass(frozen=True, slots=True)
class HubRow:
    """A hub in a listing, with its latest figures for the metrics asked about."""

    hub: Hub
    parent_name: str | None
    facts: tuple[Fact, ...]


@dataclass(frozen=True, slots=True)
class HubList:
    """The hubs a listing shows (``rows``), and how many matched before --limit
    (``hub_count``)."""

    rows: tuple[HubRow, ...]
    metrics: tuple[Metric, ...]
    sources: tuple[Source, ...]
    hub_count: int


_OPERATORS = {
    ">": lambda a, b: a > b, ">=": lambda a, b: a >= b, "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b, "=": lambda a, b: a == b, "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
}
_SUFFIXES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9,
             "billion": 1e9, "tn": 1e12, "trillion": 1e12, "%": 1.0}


def parse_condition(store: Store, text: str) -> Condition:
    """Parse ``companies>500``, ``population >= 20m``, ``revenue > 1bn USD``."""
    import re

    match = re.fullmatch(
        r"\s*(?P<metric>.+?)\s*(?P<op>>=|<=|!=|==|=|>|<)\s*(?P<number>[-+]?\d[\d,_]*(?:\.\d+)?"
        r"(?:e[-+]?\d+)?)\s*(?P<suffix>k|thousand|m|million|bn|b|billion|tn|trillion|%)?"
        r"\s*(?P<unit>[A-Za-z][A-Za-z ]*)?\s*", text, re.IGNORECASE,
    )
    if not match:
        raise QueryError(
            f"cannot read the condition {text!r}: write METRIC OP NUMBER, e.g. "
            "'companies>500' or 'population >= 20m' (OP is one of > >= < <= = !=)"
        )
    metric = resolve_metric(store, match["metric"])
    number = float(match["number"].replace(",", "").replace("_", ""))
    number *= _SUFFIXES[(match["suffix"] or "").lower()] if match["suffix"] else 1
    example = f"--where '{metric.id} {match['op']} {match['number']} {{unit}}'"
    unit = _one_unit(store, metric, match["unit"], example)
    return Condition(metric, match["op"], number, unit)


def _one_unit(store: Store, metric: Metric, asked: str | None, example: str) -> str | None:
    """The unit to read a metric in: the one asked for, or its only one. Values in
    different units are never compared, so a metric with several needs one named."""
    units = store.metric_units(metric.id)
    if asked is not None and asked.strip():
        matching = [u for u in units if u.lower() == asked.strip().lower()]
        if not matching:
            raise QueryError(f"metric {metric.id!r} has no figures in {asked.strip()!r} "
                             f"(it has: {', '.join(units) or 'none'})")
        return matching[0]
    if len(units) > 1:
        raise QueryError(f"metric {metric.id!r} is recorded in {', '.join(units)}: name "
                         f"the unit, e.g. {example.format(unit=units[0])}")
    return None


def parse_sort(store: Store, text: str) -> tuple[Metric, str | None]:
    """``population`` or ``outsourcing-revenue USD``: a metric and, optionally, its unit."""
    head, _, last = text.strip().rpartition(" ")
    if head:
        try:
            metric = resolve_metric(store, head)
        except HubqueryError:
            pass
        else:
            if last.lower() in {u.lower() for u in store.metric_units(metric.id)}:
                return metric, _one_unit(store, metric, last, "")
    metric = resolve_metric(store, text)
    return metric, _one_unit(store, metric, None, f"--sort '{metric.id} {{unit}}'")


def list_hubs(
    store: Store,
    *,
    kinds: Iterable[str] = (),
    parent: str | None = None,
    country: str | None = None,
    region: str | None = None,
    tags: Iterable[str] = (),
    where: Iterable[str] = (),
    sort: str | None = None,
    ascending: bool | None = None,
    limit: int | None = None,
) -> HubList:
    """Hubs matching every filter given, optionally sorted by a metric's latest value:
    largest first, or for a metric of ranks #1 first, unless ``ascending`` says."""
    hubs = store.hubs()
    names = {h.id: h.name for h in hubs}
    kinds = set(kinds)
    if kinds:
        hubs = [h for h in hubs if h.kind in kinds]
    if parent is not None:
        below = set(store.descendants(resolve_hub(store, parent).id))
        hubs = [h for h in hubs if h.id in below]
    if country is not None:
        named = resolve_hub(store, country)
        if named.kind != "country":
            raise QueryError(f"{named.id} is a {named.kind}, not a country; see "
                             "'hubquery list --kind country'")
        hubs = [h for h in hubs if h.country_id == named.id]
    if region is not None:
        wanted = resolve_label("region", region, store.regions())
        hubs = [h for h in hubs if h.region == wanted]
    for tag in tags:
        tagged = store.hubs_tagged(resolve_label("tag", tag, store.tags()))
        hubs = [h for h in hubs if h.id in tagged]

    conditions = [parse_condition(store, text) for text in where]
    units = {c.metric.id: c.unit for c in conditions}
    sort_metric: Metric | None = None
    if sort is not None:
        sort_metric, sort_unit = parse_sort(store, sort)
        if units.get(sort_metric.id, sort_unit) != sort_unit:
            raise QueryError(f"--where reads {sort_metric.id!r} in {units[sort_metric.id]} "
                             f"but --sort in {sort_unit}: use one unit")
        units[sort_metric.id] = sort_unit
        if ascending is None:
            ascending = sort_metric.unit_kind == "rank"
    metrics = list(dict.fromkeys([c.metric for c in conditions]
                                 + ([sort_metric] if sort_metric else [])))
    facts = {m.id: by_hub(store.facts_for_metric(m.id)) for m in metrics}

    rows = []
    for hub in hubs:
        figures: dict[str, Fact] = {}
        for metric in metrics:
            found = latest(facts[metric.id].get(hub.id, []), units.get(metric.id))
            if found is not None:
                figures[metric.id] = found
        if all(
            c.metric.id in figures
            and _OPERATORS[c.operator](figures[c.metric.id].value, c.number)
            for c in conditions
        ):
            figures_asked = tuple(figures[m.id] for m in metrics if m.id in figures)
            rows.append(HubRow(hub, names.get(hub.parent_id or ""), figures_asked))
    if sort_metric is not None:
        with_value = [r for r in rows if any(f.metric_id == sort_metric.id for f in r.facts)]
        without = [r for r in rows if r not in with_value]
        with_value.sort(
            key=lambda r: next(f.value for f in r.facts if f.metric_id == sort_metric.id),
            reverse=not ascending,
        )
        rows = with_value + without
    matched = len(rows)
    if limit is not None:
        rows = rows[:limit]
    cited = [f for row in rows for f in row.facts]
    return HubList(tuple(rows), tuple(metrics), tuple(cited_sources(store, cited)), matched)
