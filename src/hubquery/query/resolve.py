"""Finding what a user named: hubs, metrics and sources, with suggestions."""

from __future__ import annotations

from collections.abc import Iterable

from hubquery.errors import Ambiguous, NotFound, QueryError
from hubquery.names import name_key
from hubquery.records import Hub, Metric, Source
from hubquery.store import Store


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
    """The hub named by id, name, alias or Chinese name, in any case or spacing, or by
    a prefix that only one hub's names start with (``zhongguan``)."""
    key = name_key(name)
    found = store.hubs_named(key) if key else []
    if not found and key:
        found = sorted({hub for name_, hub in store.hub_names() if name_key(name_).startswith(key)})
    if len(found) > 1:
        raise Ambiguous("hub", name, sorted(found))
    hub = store.hub(found[0]) if found else None
    if hub is None:
        raise NotFound(
            "hub", name, suggest(name, store.hub_names()), "see 'hubquery list' for every hub"
        )
    return hub


def resolve_metric(store: Store, name: str) -> Metric:
    """A metric by id, alias or label, or by a prefix that only one metric's names start with."""
    key = name_key(name)
    if not key:
        raise NotFound("metric", name, where=_SEE_METRICS)
    exact = {metric for metric, _ in store.metrics_named(key)}
    if not exact:
        names = store.metric_names()
        exact = {metric for name_key_, metric, _ in names if name_key_.startswith(key)}
        if not exact:
            raise NotFound(
                "metric", name, suggest(name, [(n, m) for _, m, n in names]), _SEE_METRICS
            )
    if len(exact) > 1:
        raise Ambiguous("metric", name, sorted(exact))
    metric = store.metric(exact.pop())
    assert metric is not None
    return metric


def resolve_source(store: Store, name: str) -> Source:
    key = name_key(name)
    ids = store.source_ids()
    matches = [i for i in ids if name_key(i) == key]
    matches = matches or [i for i in ids if name_key(i).startswith(key)]
    if len(matches) > 1:
        raise Ambiguous("source", name, matches)
    source = store.source(matches[0]) if matches and key else None
    if source is None:
        if store.as_of is not None:
            _published_later(Store(store.connection), name, store.as_of)
        raise NotFound(
            "source",
            name,
            suggest(name, [(i, i) for i in ids]),
            _choose_from("sources", ids, "hubquery sources"),
        )
    return source


def _published_later(undated: Store, name: str, as_of: str) -> None:
    """A source that exists but counts as published after --as-of: say so, not 'no source'."""

    try:
        source = resolve_source(undated, name)
    except (NotFound, Ambiguous):
        return
    raise QueryError(
        f"source {source.id!r} (dated {source.date_range or source.published}) "
        f"was not yet published as of {as_of}"
    )


def resolve_label(kind: str, name: str, known: list[str]) -> str:
    key = name_key(name)
    for label in known:
        if name_key(label) == key:
            return label
    raise NotFound(
        kind,
        name,
        suggest(name, [(label, label) for label in known]),
        _choose_from(f"{kind}s", known, "hubquery list"),
    )


_SEE_METRICS = "see 'hubquery metrics' for every metric"


def _choose_from(plural: str, known: list[str], command: str, at_most: int = 10) -> str:
    """Where to look: the few names there are, or the command that lists many."""
    if not known:
        return f"the dataset has no {plural}"
    if len(known) <= at_most:
        return f"the {plural} are: " + ", ".join(known)
    return f"see '{command}'"
