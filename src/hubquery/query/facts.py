"""What several commands ask of a list of figures: which is latest, which sources it cites."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from hubquery.display import period_text
from hubquery.records import Citation, Fact, Note, Source
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
        seen.setdefault(citation.source_id)
    for ident in seen:
        source = store.source(ident)
        if source is not None:
            yield source


def by_hub(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    grouped: dict[str, list[Fact]] = {}
    for fact in facts:
        grouped.setdefault(fact.hub_id, []).append(fact)
    return grouped


def join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def caveats(figures: list[tuple[str, Fact]]) -> Iterator[Note]:
    """What a reader must know before setting these (hub name, figure) pairs side by side:
    periods or definitions that differ, hedged figures whose order cannot be known, targets.
    One rule for every command that compares figures (compare, rank)."""
    if len(figures) < 2:
        return
    hub_ids = tuple(f.hub_id for _, f in figures)
    fact_ids = tuple(f.id for _, f in figures)
    periods = list(dict.fromkeys(f.period for _, f in figures))
    if len(periods) > 1:
        yield Note("periods-differ", "Periods differ: " + ", ".join(
            f"{name} {period_text(f.period, f.period_inferred)}" for name, f in figures) + ".",
            hub_ids, fact_ids)
    if len({f.basis for _, f in figures}) > 1:
        yield Note("definitions-differ", "Definitions differ (" + "; ".join(
            f"{name}: {f.basis or 'as the metric defines it'}" for name, f in figures)
            + "): not the same quantity.", hub_ids, fact_ids)
    hedged = [(name, f) for name, f in figures if f.qualifier]
    if hedged:
        yield Note("hedged", "Hedged: " + "; ".join(
            f"{name} {f.display}" for name, f in hedged) + ".",
            tuple(f.hub_id for _, f in hedged), tuple(f.id for _, f in hedged))
    targets = [(name, f) for name, f in figures if f.status == "target"]
    if targets:
        yield Note("target", f"{join_names([n for n, _ in targets])}: a target, not a "
                   "reported figure.", tuple(f.hub_id for _, f in targets),
                   tuple(f.id for _, f in targets))
