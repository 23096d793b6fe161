"""What several commands ask of a list of figures: which is latest, which sources it cites."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from hubquery.records import Citation, Fact, Source
from hubquery.store import Store


def newest_first(facts: Iterable[Fact]) -> list[Fact]:
    """Latest period first (by its last day, then its first); reported before targets."""
    from hubquery.periods import sort_bounds

    def key(fact: Fact) -> tuple[bool, str, str]:
        start, end = sort_bounds(fact.period)
        return (fact.status != "target", end, start)

    return sorted(facts, key=key, reverse=True)


def latest(facts: Iterable[Fact], unit: str | None = None) -> Fact | None:
    """The newest reported figure (in ``unit`` when given), else the newest target."""
    candidates = [f for f in facts if unit is None or f.unit == unit]
    ordered = newest_first(candidates)
    return ordered[0] if ordered else None


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


def by_hub(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    grouped: dict[str, list[Fact]] = {}
    for fact in facts:
        grouped.setdefault(fact.hub, []).append(fact)
    return grouped


def join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
