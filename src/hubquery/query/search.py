"""Search over names, tags, organisations, metrics, source titles and quotes (`search`)."""

from __future__ import annotations

from typing import NamedTuple

from hubquery.errors import QueryError
from hubquery.names import fold, name_key
from hubquery.store import Store


class SearchHit(NamedTuple):
    """Something that matched a search, named so that two rows are never alike.

    ``kind`` is hub (a name or alias), tag, organisation, metric, source or fact.
    ``name`` says what the row is: the hub's name, the tag, the organisation, the
    metric's label, the source's title, or for a fact the figure itself ("Population:
    6 million people, 2014"). ``text`` is where the search text was found: the alias, the
    quote, the title."""

    kind: str
    hub_id: str | None
    hub_name: str | None
    name: str
    text: str
    fact_id: str | None
    metric_id: str | None
    source_id: str | None
    score: int


class SearchResult(NamedTuple):
    """The best ``hits`` of a search, and how many there are in all (``hit_count``)."""

    hits: tuple[SearchHit, ...]
    hit_count: int


def search(store: Store, text: str, limit: int = 50) -> SearchResult:
    """Names and aliases first (exact, then prefix, then partial), then tags,
    organisations, metrics and sources, then figures whose quote or subject mentions
    the text. Text is compared folded: case, width, apostrophes, quotation marks and
    hyphens never matter (``china's`` finds ``China’s``)."""
    needle = fold(text)
    if not needle:
        raise QueryError("search for at least one letter or digit")
    key = name_key(text)
    rows, fact_total = store.search(needle, limit)
    names: dict[str, str] = {}

    def hub_name(ident: str | None) -> str | None:
        if ident is None:
            return None
        if ident not in names:
            hub = store.hub(ident)
            names[ident] = hub.name if hub else ident
        return names[ident]

    facts = store.facts_by_id([ref for kind, _, ref, _, _, _ in rows if kind == "fact" and ref])
    metric_labels: dict[str, str] = {}
    hits: dict[tuple[str, str | None, str], SearchHit] = {}
    for kind, hub, ref, name, shown, _ in rows:
        if kind == "hub":
            assert hub is not None
            own = name_key(name)
            score = 100 if own == key else 80 if own.startswith(key) else 60
            # The id is matched too, but the name a reader knows is the better answer.
            alias = hub_name(hub) or name if name == hub else name
            hit = SearchHit(kind, hub, hub_name(hub), hub_name(hub) or name, alias, None, None,
                            None, score)
        elif kind in ("tag", "organisation"):
            score = 50 if needle in fold(name) else 30
            hit = SearchHit(kind, hub, hub_name(hub), name, shown, None, None, ref, score)
        elif kind == "metric":
            hit = SearchHit(kind, None, None, name, shown, None, ref, None, 40)
        elif kind == "source":
            hit = SearchHit(kind, None, None, name, shown, None, None, ref, 35)
        else:
            fact = facts.get(ref or "")
            if fact is None:
                continue
            if fact.metric_id not in metric_labels:
                metric = store.metric(fact.metric_id)
                metric_labels[fact.metric_id] = metric.label if metric else fact.metric_id
            label = metric_labels[fact.metric_id]
            if fact.subject:
                label = f"{fact.subject}: {label}"
            hit = SearchHit(kind, fact.hub_id, hub_name(fact.hub_id),
                            f"{label}: {fact.display}" + (
                                "" if fact.unit == "year" else f", {fact.period_label}"),
                            fact.quote or "",
                            fact.id, fact.metric_id, fact.source.id, 20)
        slot = (hit.kind, hit.hub_id, hit.fact_id or hit.metric_id or hit.name)
        if slot not in hits or hits[slot].score < hit.score:
            hits[slot] = hit
    ordered = sorted(hits.values(), key=lambda h: (-h.score, h.hub_name or "", h.name))
    total = len([h for h in hits.values() if h.kind != "fact"]) + fact_total
    return SearchResult(tuple(ordered[:limit]), total)
