"""What the commands compute: pure functions from a Store to small frozen results.

Nothing here prints or knows about the terminal; names that match nothing raise
NotFound with suggestions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from hubquery.errors import Ambiguous, NotFound
from hubquery.names import name_key
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
    facts: tuple[str, ...]
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


def suggest(name: str, candidates: Iterable[tuple[str, str]], limit: int = 3) -> list[str]:
    """Ids of the closest (name, id) candidates to a name that matched nothing."""
    import difflib

    key = name_key(name)
    if not key:
        return []
    by_key: dict[str, str] = {}
    for candidate, ident in candidates:
        by_key.setdefault(name_key(candidate), ident)
    close = difflib.get_close_matches(key, list(by_key), n=limit * 3, cutoff=0.6)
    prefixed = [k for k in by_key if k.startswith(key)] if len(key) >= 2 else []
    ordered = list(dict.fromkeys(by_key[k] for k in [*close, *sorted(prefixed)]))
    return ordered[:limit]


def resolve_hub(store: Store, name: str) -> Hub:
    """The hub named by id, name, alias or Chinese name, in any case or spacing."""
    key = name_key(name)
    found = store.hubs_named(key) if key else []
    if len(found) > 1:
        raise Ambiguous("hub", name, sorted(found))
    hub = store.hub(found[0]) if found else None
    if hub is None:
        raise NotFound("hub", name, suggest(name, store.hub_names()))
    return hub


def profile(store: Store, name: str) -> Profile:
    hub = resolve_hub(store, name)
    facts = sort_facts(store.facts_for_hub(hub.id))
    tags = store.citations(hub.id, "tag")
    organisations = store.citations(hub.id, "organisation")
    metric_ids = list(dict.fromkeys(f.metric for f in facts))
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
        first_seen.setdefault((fact.subject, fact.metric), len(first_seen))
    return sorted(
        facts,
        key=lambda f: (f.subject is not None, first_seen[(f.subject, f.metric)], f.period),
    )


def cited_sources(store: Store, facts: Iterable[Fact],
                  citations: Iterable[Citation] = ()) -> Iterator[Source]:
    """The sources cited, each once, in order of first citation."""
    seen: dict[str, None] = {}
    for fact in facts:
        seen.setdefault(fact.source.id)
    for citation in citations:
        seen.setdefault(citation.source)
    for ident in seen:
        source = store.source(ident)
        if source is not None:
            yield source


def differences(facts: Iterable[Fact], metrics: dict[str, Metric]) -> Iterator[Difference]:
    """Groups of figures for the same thing on which different sources disagree."""
    groups: dict[tuple[str, str | None, str | None, str, str, str], list[Fact]] = {}
    for fact in facts:
        key = (fact.hub, fact.subject, fact.basis, fact.unit, fact.status, fact.metric)
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
    from hubquery.periods import parse_period

    a, b = parse_period(first), parse_period(second)
    return a.start <= b.end and b.start <= a.end


def all_facts(store: Store) -> Iterator[Fact]:
    return store.iter_facts()


# Metrics


def resolve_metric(store: Store, name: str) -> Metric:
    """A metric by id, alias or label, or by a prefix that only one metric's names start with."""
    key = name_key(name)
    if not key:
        raise NotFound("metric", name)
    exact = {metric for metric, _ in store.metrics_named(key)}
    if not exact:
        names = store.metric_names()
        exact = {metric for name_key_, metric, _ in names if name_key_.startswith(key)}
        if not exact:
            raise NotFound("metric", name, suggest(name, [(n, m) for _, m, n in names]))
    if len(exact) > 1:
        raise Ambiguous("metric", name, sorted(exact))
    metric = store.metric(exact.pop())
    assert metric is not None
    return metric


# Latest values


def newest_first(facts: Iterable[Fact]) -> list[Fact]:
    """Latest period first (by its last day, then its first); reported before targets."""
    from hubquery.periods import parse_period

    def key(fact: Fact) -> tuple[bool, str, str]:
        period = parse_period(fact.period)
        return (fact.status != "target", period.end, period.start)

    return sorted(facts, key=key, reverse=True)


def latest(facts: Iterable[Fact], unit: str | None = None) -> Fact | None:
    """The newest reported figure (in ``unit`` when given), else the newest target."""
    candidates = [f for f in facts if unit is None or f.unit == unit]
    ordered = newest_first(candidates)
    return ordered[0] if ordered else None


# Compare


@dataclass(frozen=True, slots=True)
class Cell:
    """One hub's figures for one metric: all of them, and the one compared."""

    hub: str
    facts: tuple[Fact, ...]
    compared: Fact | None


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    metric: Metric
    unit: str | None
    cells: tuple[Cell, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Comparison:
    hubs: tuple[Hub, ...]
    rows: tuple[ComparisonRow, ...]
    sources: tuple[Source, ...]


def compare(store: Store, hub_names: Iterable[str], metric_names: Iterable[str] = ()) -> Comparison:
    hubs = list(dict.fromkeys(resolve_hub(store, name) for name in hub_names))
    by_hub = {
        hub.id: [f for f in store.facts_for_hub(hub.id) if f.subject is None] for hub in hubs
    }
    wanted = [resolve_metric(store, name) for name in metric_names]
    if not wanted:
        counts: dict[str, int] = {}
        order: dict[str, None] = {}
        for facts in by_hub.values():
            for metric in dict.fromkeys(f.metric for f in facts):
                counts[metric] = counts.get(metric, 0) + 1
                order.setdefault(metric)
        shared = [m for m in order if counts[m] >= min(2, len(hubs))]
        wanted = [m for m in (store.metric(i) for i in shared) if m is not None]
    rows = [
        _comparison_row(metric, hubs, {h: [f for f in fs if f.metric == metric.id]
                                       for h, fs in by_hub.items()})
        for metric in dict.fromkeys(wanted)
    ]
    cited = [f for row in rows for cell in row.cells for f in cell.facts]
    return Comparison(tuple(hubs), tuple(rows), tuple(cited_sources(store, cited)))


def _comparison_row(metric: Metric, hubs: list[Hub], facts: dict[str, list[Fact]]) -> ComparisonRow:
    names = {h.id: h.name for h in hubs}
    present = [h.id for h in hubs if facts[h.id]]
    unit = _common_unit([facts[h] for h in present])
    cells = tuple(
        Cell(h.id, tuple(newest_first(facts[h.id])),
             latest(facts[h.id], unit) if unit is not None else None)
        for h in hubs
    )
    notes: list[str] = []
    missing = [names[h.id] for h in hubs if not facts[h.id]]
    if missing:
        notes.append(f"No figure for {_join(missing)}.")
    if unit is None and len(present) > 1:
        units = "; ".join(
            f"{names[h]} in {', '.join(sorted({f.unit for f in facts[h]}))}" for h in present
        )
        notes.append(f"Units differ ({units}): not compared.")
    compared = [c for c in cells if c.compared is not None]
    if len(compared) > 1:
        periods = {c.compared.period for c in compared if c.compared}
        if len(periods) > 1:
            notes.append("Periods differ: " + ", ".join(
                f"{names[c.hub]} {c.compared.period}" for c in compared if c.compared) + ".")
        bases = {c.compared.basis for c in compared if c.compared}
        if len(bases) > 1:
            notes.append("Definitions differ: " + "; ".join(
                f"{names[c.hub]} counts {(c.compared.basis or 'as defined')}"
                for c in compared if c.compared) + ".")
        targets = [names[c.hub] for c in compared if c.compared and c.compared.status == "target"]
        if targets:
            notes.append(f"{_join(targets)}: a target, not a reported figure.")
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


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# List and filter


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
    figures: tuple[Fact, ...]


@dataclass(frozen=True, slots=True)
class HubList:
    rows: tuple[HubRow, ...]
    metrics: tuple[Metric, ...]
    sources: tuple[Source, ...]


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
        from hubquery.errors import QueryError

        raise QueryError(
            f"cannot read the condition {text!r}: write METRIC OP NUMBER, e.g. "
            "'companies>500' or 'population >= 20m' (OP is one of > >= < <= = !=)"
        )
    metric = resolve_metric(store, match["metric"])
    number = float(match["number"].replace(",", "").replace("_", ""))
    number *= _SUFFIXES[(match["suffix"] or "").lower()] if match["suffix"] else 1
    unit = match["unit"].strip() if match["unit"] else None
    units = store.metric_units(metric.id)
    if unit is not None:
        matching = [u for u in units if u.lower() == unit.lower()]
        if not matching:
            from hubquery.errors import QueryError

            raise QueryError(f"metric {metric.id!r} has no figures in {unit!r} "
                             f"(it has: {', '.join(units) or 'none'})")
        unit = matching[0]
    elif len(units) > 1:
        from hubquery.errors import QueryError

        raise QueryError(
            f"metric {metric.id!r} is recorded in {', '.join(units)}: name the unit, "
            f"e.g. --where '{metric.id} {match['op']} {match['number']} {units[0]}'"
        )
    return Condition(metric, match["op"], number, unit)


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
    ascending: bool = False,
    limit: int | None = None,
) -> HubList:
    """Hubs matching every filter given, optionally sorted by a metric's latest value."""
    hubs = store.hubs()
    kinds = set(kinds)
    if kinds:
        hubs = [h for h in hubs if h.kind in kinds]
    if parent is not None:
        below = set(store.descendants(resolve_hub(store, parent).id))
        hubs = [h for h in hubs if h.id in below]
    if country is not None:
        country_id = resolve_hub(store, country).id
        hubs = [h for h in hubs if h.country == country_id]
    if region is not None:
        wanted = _resolve_label("region", region, store.regions())
        hubs = [h for h in hubs if h.region == wanted]
    for tag in tags:
        tagged = store.hubs_tagged(_resolve_label("tag", tag, store.tags()))
        hubs = [h for h in hubs if h.id in tagged]

    conditions = [parse_condition(store, text) for text in where]
    sort_metric = resolve_metric(store, sort) if sort is not None else None
    metrics = list(dict.fromkeys([c.metric for c in conditions]
                                 + ([sort_metric] if sort_metric else [])))
    units = {c.metric.id: c.unit for c in conditions}
    facts = {m.id: _facts_by_hub(store.facts_for_metric(m.id)) for m in metrics}

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
            rows.append(HubRow(hub, tuple(figures[m.id] for m in metrics if m.id in figures)))
    if sort_metric is not None:
        with_value = [r for r in rows if any(f.metric == sort_metric.id for f in r.figures)]
        without = [r for r in rows if r not in with_value]
        with_value.sort(
            key=lambda r: next(f.value for f in r.figures if f.metric == sort_metric.id),
            reverse=not ascending,
        )
        rows = with_value + without
    if limit is not None:
        rows = rows[:limit]
    cited = [f for row in rows for f in row.figures]
    return HubList(tuple(rows), tuple(metrics), tuple(cited_sources(store, cited)))


def _facts_by_hub(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    grouped: dict[str, list[Fact]] = {}
    for fact in facts:
        grouped.setdefault(fact.hub, []).append(fact)
    return grouped


def _resolve_label(kind: str, name: str, known: list[str]) -> str:
    key = name_key(name)
    for label in known:
        if name_key(label) == key:
            return label
    raise NotFound(kind, name, suggest(name, [(label, label) for label in known]))


# Rank


@dataclass(frozen=True, slots=True)
class RankRow:
    rank: int
    hub: Hub
    fact: Fact


@dataclass(frozen=True, slots=True)
class Ranking:
    """Hubs ordered by their latest figure for a metric, in one unit."""

    metric: Metric
    unit: str
    rows: tuple[RankRow, ...]
    notes: tuple[str, ...]
    sources: tuple[Source, ...]


def rank(store: Store, metric_name: str, *, ascending: bool | None = None,
         limit: int | None = None) -> list[Ranking]:
    """One ranking per unit the metric is recorded in: values in different units
    are never ranked against each other. A metric of ranks (#1 first) ascends."""
    metric = resolve_metric(store, metric_name)
    if ascending is None:
        ascending = metric.unit_kind == "rank"
    grouped = _facts_by_hub(store.facts_for_metric(metric.id))
    rankings = []
    for unit in store.metric_units(metric.id):
        best = [(hub, latest(facts, unit)) for hub, facts in grouped.items()]
        entries = [(hub, fact) for hub, fact in best if fact is not None]
        entries.sort(key=lambda e: e[1].value, reverse=not ascending)
        rows: list[RankRow] = []
        for position, (hub_id, fact) in enumerate(entries, start=1):
            hub = store.hub(hub_id)
            assert hub is not None
            tied = rows and rows[-1].fact.value == fact.value
            rows.append(RankRow(rows[-1].rank if tied else position, hub, fact))
        if limit is not None:
            rows = rows[:limit]
        notes = _rank_notes(rows)
        rankings.append(Ranking(metric, unit, tuple(rows), notes,
                                tuple(cited_sources(store, [r.fact for r in rows]))))
    return rankings


def _rank_notes(rows: list[RankRow]) -> tuple[str, ...]:
    notes = []
    periods = sorted({r.fact.period for r in rows})
    if len(periods) > 1:
        notes.append(f"Periods differ ({', '.join(periods)}): each hub's latest figure is used.")
    bases = {r.fact.basis for r in rows}
    if len(bases) > 1:
        notes.append("Definitions differ: " + "; ".join(
            f"{r.hub.name} counts {r.fact.basis or 'as defined'}" for r in rows) + ".")
    if any(r.fact.qualifier for r in rows):
        notes.append("Some figures are hedged (nearly, more than …): the order is approximate.")
    if any(r.fact.status == "target" for r in rows):
        notes.append("Some figures are targets, not reported values.")
    return tuple(notes)


# Metrics, sources, search


@dataclass(frozen=True, slots=True)
class MetricSummary:
    id: str
    label: str
    description: str
    unit_kind: str
    aliases: tuple[str, ...]
    hubs: int
    facts: int


def metrics(store: Store) -> list[MetricSummary]:
    counts = store.metric_counts()
    return [
        MetricSummary(m.id, m.label, m.description, m.unit_kind, m.aliases,
                      *counts.get(m.id, (0, 0)))
        for m in store.metrics()
    ]


@dataclass(frozen=True, slots=True)
class SourceSummary:
    id: str
    title: str
    publisher: str | None
    author: str | None
    published: str
    date_inferred: bool
    url: str | None
    hubs: int
    facts: int


def sources(store: Store) -> list[SourceSummary]:
    counts = store.source_counts()
    return [
        SourceSummary(s.id, s.title, s.publisher, s.author, s.published, s.date_inferred, s.url,
                      *counts.get(s.id, (0, 0)))
        for s in store.sources()
    ]


@dataclass(frozen=True, slots=True)
class CitedStatement:
    """A tag or organisation a source supports for a hub."""

    hub: str
    field: str
    name: str
    quote: str


@dataclass(frozen=True, slots=True)
class SourceDetail:
    source: Source
    facts: tuple[Fact, ...]
    statements: tuple[CitedStatement, ...]
    hubs: tuple[Hub, ...]
    metrics: tuple[Metric, ...]


def resolve_source(store: Store, name: str) -> Source:
    key = name_key(name)
    ids = store.source_ids()
    matches = [i for i in ids if name_key(i) == key]
    matches = matches or [i for i in ids if name_key(i).startswith(key)]
    if len(matches) > 1:
        raise Ambiguous("source", name, matches)
    source = store.source(matches[0]) if matches and key else None
    if source is None:
        raise NotFound("source", name, suggest(name, [(i, i) for i in ids]))
    return source


def source_detail(store: Store, name: str) -> SourceDetail:
    source = resolve_source(store, name)
    facts = store.facts_for_source(source.id)
    statements = [CitedStatement(hub, field, c.name, c.quote)
                  for hub, field, c in store.citations_for_source(source.id)]
    hub_ids = list(dict.fromkeys([f.hub for f in facts] + [s.hub for s in statements]))
    metric_ids = list(dict.fromkeys(f.metric for f in facts))
    return SourceDetail(
        source, tuple(facts), tuple(statements),
        tuple(h for h in (store.hub(i) for i in hub_ids) if h is not None),
        tuple(m for m in (store.metric(i) for i in metric_ids) if m is not None),
    )


@dataclass(frozen=True, slots=True)
class SearchHit:
    """Something that matched a search: a hub's name, a tag, an organisation or a quote."""

    kind: str
    hub: str
    hub_name: str
    text: str
    fact: str | None
    source: str | None
    score: int


def search(store: Store, text: str, limit: int = 50) -> list[SearchHit]:
    """Names and aliases first (exact, then prefix, then partial), then tags and
    organisations, then figures whose quote or subject mentions the text."""
    from hubquery.errors import QueryError

    key = name_key(text)
    needle = " ".join(text.split()).lower()
    if not key:
        raise QueryError("search for at least one letter or digit")
    hits: list[SearchHit] = []
    names: dict[str, str] = {}

    def hub_name(ident: str) -> str:
        if ident not in names:
            hub = store.hub(ident)
            names[ident] = hub.name if hub else ident
        return names[ident]

    for hub, name in store.search_names(key):
        score = 100 if name_key(name) == key else 80 if name_key(name).startswith(key) else 60
        hits.append(SearchHit("hub", hub, hub_name(hub), name, None, None, score))
    for hub, field, citation in store.search_citations(needle):
        in_name = needle in citation.name.lower()
        hits.append(SearchHit(field, hub, hub_name(hub),
                              citation.name if in_name else citation.quote, None,
                              citation.source, 50 if in_name else 30))
    for fact in store.search_facts(needle, limit):
        hits.append(SearchHit("fact", fact.hub, hub_name(fact.hub), fact.quote or "", fact.id,
                              fact.source.id, 20))
    best: dict[tuple[str, str, str | None], SearchHit] = {}
    for hit in hits:
        slot = (hit.kind, hit.hub, hit.fact or (hit.text if hit.kind != "hub" else None))
        if slot not in best or best[slot].score < hit.score:
            best[slot] = hit
    ordered = sorted(best.values(), key=lambda h: (-h.score, h.hub_name, h.text))
    return ordered[:limit]
