"""Shell completion of what users type: hubs, metrics, sources, tags, regions, files.

Each function is a click ``shell_complete`` callback. Completion reads the dataset the
command line names (--data), and never prints an error into the user's prompt.

Commands name a kind of word (``_options.completes("hubs")``), not these functions:
this module is imported only when the shell asks for a word (``complete``), never by
a run that answers a command (1.4 M instructions of a lookup, the README's start-up
section).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Literal

import click

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

    from hubquery.store import Store


def complete_hubs(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """Hub ids whose id or any name starts with what has been typed."""
    return _complete(
        ctx, incomplete, lambda store: ((name, hub, name) for name, hub in store.hub_names())
    )


def complete_metrics(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """Metric ids whose id, alias or label starts with what has been typed."""

    def names(store: Store) -> Iterable[tuple[str, str, str]]:
        labels = {m.id: m.label for m in store.metrics()}
        return ((name, metric, labels[metric]) for _, metric, name in store.metric_names())

    return _complete(ctx, incomplete, names)


def complete_sources(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    return _complete(
        ctx, incomplete, lambda store: ((ident, ident, ident) for ident in store.source_ids())
    )


def complete_files(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """Let the shell complete file names (what click.Path does, without its checks)."""
    from click.shell_completion import CompletionItem

    return [CompletionItem(incomplete, type="file")]


def complete_tags(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    return _complete(ctx, incomplete, lambda store: ((t, t, t) for t in store.tags()))


def complete_regions(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    return _complete(ctx, incomplete, lambda store: ((r, r, r) for r in store.regions()))


def complete_conditions(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """The metric a --where condition starts with; nothing once an operator is typed."""
    if any(op in incomplete for op in "<>=!"):
        return []
    return complete_metrics(ctx, param, incomplete)


def complete_cite_targets(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """Hubs (by any name), source ids and fact ids."""
    return _complete(
        ctx,
        incomplete,
        lambda store: (
            *((name, hub, name) for name, hub in store.hub_names()),
            *((ident, ident, "source") for ident in store.source_ids()),
            *((ident, ident, "fact") for ident in store.fact_ids()),
        ),
    )


# The kinds of word a command line completes, each with its callback.
Completing = Literal[
    "hubs", "metrics", "sources", "files", "tags", "regions", "conditions", "cite-targets"
]
_CALLBACKS: dict[str, Callable[[click.Context, click.Parameter, str], list[CompletionItem]]] = {
    "hubs": complete_hubs,
    "metrics": complete_metrics,
    "sources": complete_sources,
    "files": complete_files,
    "tags": complete_tags,
    "regions": complete_regions,
    "conditions": complete_conditions,
    "cite-targets": complete_cite_targets,
}


def complete(
    kind: Completing, ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """The candidates for a word of ``kind`` that begins with ``incomplete``."""
    return _CALLBACKS[kind](ctx, param, incomplete)


def _complete(
    ctx: click.Context, incomplete: str, names: Callable[[Store], Iterable[tuple[str, str, str]]]
) -> list[CompletionItem]:
    """(name, id, help) candidates whose name starts with what has been typed, as ids."""
    from click.shell_completion import CompletionItem

    from hubquery.names import name_key

    store = _store_for_completion(ctx)
    if store is None:
        return []
    key = name_key(incomplete)
    matches: dict[str, str] = {}
    for name, ident, help_text in names(store):
        if name_key(name).startswith(key):
            matches.setdefault(ident, help_text)
    return [CompletionItem(ident, help=text) for ident, text in sorted(matches.items())]


def _store_for_completion(ctx: click.Context) -> Store | None:
    from hubquery.commands._context import DatasetChoice

    try:
        return DatasetChoice(ctx.params.get("data")).open()
    except Exception:  # completion must never print an error into the user's prompt
        return None
