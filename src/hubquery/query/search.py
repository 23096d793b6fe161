"""Full-text search over names, tags, organisations and quotes (`search`)."""

from __future__ import annotations

from dataclasses import dataclass

from hubquery.errors import QueryError
from hubquery.names import name_key
from hubquery.store import Store


@dataclass(frozen=True, slots=True)
class SearchHit:
    """Something that matched a search: a hub's name, a tag, an organisation or a quote."""

    kind: str
    hub_id: str
    hub_name: str
    text: str
    fact_id: str | None
    source_id: str | None
    score: int


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The best ``hits`` of a search, and how many there are in all (``hit_count``)."""

    hits: tuple[SearchHit, ...]
    hit_count: int


def search(store: Store, text: str, limit: int = 50) -> SearchResult:
    """Names and aliases first (exact, then prefix, then partial), then tags and
    organisations, then figures whose quote or subject mentions the text."""
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
        # The id is matched too, but the name a reader knows is the better answer.
        shown = hub_name(hub) if name == hub else name
        hits.append(SearchHit("hub", hub, hub_name(hub), shown, None, None, score))
    for hub, field, citation in store.search_citations(needle):
        in_name = needle in citation.name.lower()
        hits.append(SearchHit(field, hub, hub_name(hub),
                              citation.name if in_name else citation.quote, None,
                              citation.source_id, 50 if in_name else 30))
    facts = store.search_facts(needle, limit)
    # Only the first `limit` facts are read; count the rest only when there may be more.
    unread = store.count_search_facts(needle) - len(facts) if len(facts) == limit else 0
    for fact in facts:
        hits.append(SearchHit("fact", fact.hub_id, hub_name(fact.hub_id), fact.quote or "", fact.id,
                              fact.source.id, 20))
    best: dict[tuple[str, str, str | None], SearchHit] = {}
    for hit in hits:
        slot = (hit.kind, hit.hub_id, hit.fact_id or (hit.text if hit.kind != "hub" else None))
        if slot not in best or best[slot].score < hit.score:
            best[slot] = hit
    ordered = sorted(best.values(), key=lambda h: (-h.score, h.hub_name, h.text))
    return SearchResult(tuple(ordered[:limit]), len(ordered) + unread)
