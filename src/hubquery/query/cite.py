"""References for a figure, a source, or every figure of a hub (`cite`).

A figure is cited with its source and the quote that states it. A derived figure
is never cited as printed: it is cited as derived (its method) from the figures it
was computed from, each with its own source and quote.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from hubquery.errors import NotFound, QueryError
from hubquery.query.facts import newest_first
from hubquery.query.resolve import resolve_hub, resolve_metric, suggest
from hubquery.records import Fact, Source
from hubquery.store import Store


class Reference(NamedTuple):
    """One entry of a bibliography: a source, cited for a figure (``fact``) or as a whole.

    ``key`` is the citation key (the fact's id, or the source's for a source).
    ``derivation`` says, for an input of a derived figure, which figure hubquery derived
    from it and how (``derived_fact`` is that figure)."""

    key: str
    statement: str | None
    source: Source
    fact: Fact | None
    derived_fact: Fact | None
    derivation: str | None


class Citation(NamedTuple):
    """What `cite` was asked for, and its references: one per quoted figure (a derived
    figure has one per figure it was computed from), or one for a source."""

    target: str
    kind: str
    facts: tuple[Fact, ...]
    references: tuple[Reference, ...]


def cite(store: Store, target: str, metrics: Sequence[str] = ()) -> Citation:
    """``target`` is a fact id, a source id, or a hub (by any of its names)."""
    fact = store.fact(target)
    if metrics and (fact is not None or store.source(target) is not None):
        raise QueryError(
            f"--metric narrows a hub's figures; {target} is one {'figure' if fact else 'source'}"
        )
    if fact is not None and not metrics:
        return Citation(fact.id, "fact", (fact,), tuple(_references(store, [fact])))
    source = store.source(target)
    if source is not None and not metrics:
        whole = Reference(source.id, None, source, None, None, None)
        return Citation(source.id, "source", (), (whole,))
    try:
        hub = resolve_hub(store, target)
    except NotFound:
        if metrics:
            raise
        raise NotFound(
            "fact, source or hub",
            target,
            suggest(
                target,
                [
                    *((i, i) for i in store.fact_ids()),
                    *((i, i) for i in store.source_ids()),
                    *store.hub_names(),
                ],
            ),
        ) from None
    wanted = {resolve_metric(store, name).id for name in metrics}
    facts = [f for f in store.facts_for_hub(hub.id) if not wanted or f.metric_id in wanted]
    if not facts:
        asked = f" for {', '.join(sorted(wanted))}" if wanted else ""
        raise QueryError(f"{hub.name} has no figures{asked} to cite")
    return Citation(hub.id, "hub", tuple(facts), tuple(_references(store, facts)))


def _references(store: Store, facts: Iterable[Fact]) -> Iterable[Reference]:
    seen: set[str] = set()
    for fact in facts:
        if not fact.derived:
            if fact.id not in seen:
                seen.add(fact.id)
                yield Reference(fact.id, statement(store, fact), fact.source, fact, None, None)
            continue
        inputs = quoted_inputs(store, fact)
        derivation = (
            f"{statement(store, fact)} is derived by hubquery ({fact.method} of "
            f"{', '.join(fact.inputs)}); no source prints it"
        )
        for quoted in inputs:
            key = f"{quoted.id}--for--{fact.id}"
            if key not in seen:
                seen.add(key)
                yield Reference(
                    key, statement(store, quoted), quoted.source, quoted, fact, derivation
                )


def statement(store: Store, fact: Fact) -> str:
    """The figure as a sentence, its period as every view prints it
    (``judgement.period_label``): ``Population of Dalian: 6 million people (2010)``,
    ``… 6 million people (reported c. 2014)``, ``… CN¥1 trillion (target for 2020)``.
    A figure stated in words keeps them (its ``display`` does)."""
    from hubquery.display import figure_name
    from hubquery.judgement.figures import period_label

    metric = store.metric(fact.metric_id)
    hub = store.hub(fact.hub_id)
    about = hub.name if hub else fact.hub_id
    if fact.subject:
        about = f"{fact.subject} ({about})"
    label = figure_name(metric.label if metric else fact.metric_id, basis=fact.basis)
    return f"{label} of {about}: {fact.display} ({period_label(fact)})"


def quoted_inputs(store: Store, fact: Fact) -> list[Fact]:
    """The quoted figures a derived one was computed from, through derived inputs too."""
    found: dict[str, Fact] = {}
    pending, visited = list(fact.inputs), {fact.id}
    while pending:
        ident = pending.pop(0)
        if ident in visited:
            continue
        visited.add(ident)
        item = store.fact(ident)
        if item is None:
            continue
        if item.derived:
            pending += item.inputs
        else:
            found[item.id] = item
    return newest_first(found.values())


def bibliography(citation: Citation) -> Citation:
    """One reference per source, in the order the sources are first cited: a reference
    list (Zotero imports each source once), where the per-figure mode gives footnotes."""
    sources = {reference.source.id: reference.source for reference in citation.references}
    return citation._replace(
        kind="bibliography",
        references=tuple(
            Reference(source.id, None, source, None, None, None) for source in sources.values()
        ),
    )
