"""Search over names, tags, organisations, metrics, source titles and quotes (`search`)."""

from __future__ import annotations

from typing import NamedTuple

from hubquery.display import figure_name
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
    """The best ``hits`` of a search, and how many there are in all (``hit_count``);
    ``hit_count_exact`` false: more than that many (the figures are counted up to a limit)."""

    hits: tuple[SearchHit, ...]
    hit_count: int
    hit_count_exact: bool = True


def search(store: Store, text: str, limit: int = 50) -> SearchResult:
    """Names and aliases first (exact, then prefix, then partial), then tags,
    organisations, metrics and sources, then figures whose quote or subject mentions
    the text. Text is compared folded: case, width, apostrophes, quotation marks and
    hyphens never matter (``china's`` finds ``China’s``)."""
    needle = fold(text)
    if not needle:
        raise QueryError("search for at least one letter or digit")
    key = name_key(text)
    found = store.search(needle, key, limit)
    names: dict[str, str] = {}

    def hub_name(ident: str | None) -> str | None:
        if ident is None:
            return None
        if ident not in names:
            hub = store.hub(ident)
            names[ident] = hub.name if hub else ident
        return names[ident]

    hits: list[SearchHit] = []
    for kind, hub, hub_title, ref, name, shown, score in found.others:
        if kind == "hub":
            # The id is matched too, but the name a reader knows is the better answer (a
            # hub's row always has its hub's name).
            title = hub_title or name
            hits.append(
                SearchHit(
                    kind,
                    hub,
                    title,
                    title,
                    title if name == hub else name,
                    None,
                    None,
                    None,
                    score,
                )
            )
        elif kind in ("tag", "organisation"):
            hits.append(SearchHit(kind, hub, hub_title, name, shown, None, None, ref, score))
        elif kind == "metric":
            hits.append(SearchHit(kind, None, None, name, shown, None, ref, None, score))
        else:
            hits.append(SearchHit(kind, None, None, name, shown, None, None, ref, score))
    facts = store.facts_by_id(found.fact_ids)
    metric_labels: dict[str, str] = {}
    for ident in found.fact_ids:
        fact = facts.get(ident)
        if fact is None:
            continue
        if fact.metric_id not in metric_labels:
            metric = store.metric(fact.metric_id)
            metric_labels[fact.metric_id] = metric.label if metric else fact.metric_id
        label = figure_name(metric_labels[fact.metric_id], fact.subject, fact.basis)
        hits.append(
            SearchHit(
                "fact",
                fact.hub_id,
                hub_name(fact.hub_id),
                f"{label}: {fact.display}"
                + ("" if fact.unit == "year" else f", {fact.period_label}"),
                fact.quote or "",
                fact.id,
                fact.metric_id,
                fact.source.id,
                20,
            )
        )
    # The others come scored and ordered from the store; the figures after them, in order.
    ordered = hits[: len(found.others)] + sorted(
        hits[len(found.others) :], key=lambda h: (h.hub_name or "", h.name)
    )
    return SearchResult(
        tuple(ordered[:limit]), found.other_count + found.fact_count, found.facts_exact
    )
