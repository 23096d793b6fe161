"""Hubs as the cold build keeps them until every hub is read (``HubRecord``): imported
only by the build, for a class made at start-up costs a warm lookup's time."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from hubquery import models


class TagRecord(NamedTuple):
    tag: str
    source: str
    quote: str
    note: str | None


class OrganisationRecord(NamedTuple):
    name: str
    source: str
    quote: str
    note: str | None


class HubRecord(NamedTuple):
    """A validated hub as the build keeps it until every hub is read: its fields, in a
    fraction of the memory of its pydantic model (about 3 KB), words many hubs share
    (kinds, sources, tags) kept once. The cross-checks and the build read only these."""

    id: str
    name: str
    name_zh: str | None
    aliases: tuple[str, ...]
    kind: str
    parent: str | None
    region: str | None
    tags: tuple[TagRecord, ...]
    organisations: tuple[OrganisationRecord, ...]
    note: str | None


def compact_hub(hub: models.Hub, shared: dict[str, str]) -> HubRecord:
    """``hub`` as a ``HubRecord``; ``shared`` keeps one copy of each repeated word."""
    word = shared.setdefault
    return HubRecord(
        hub.id,
        hub.name,
        hub.name_zh,
        tuple(hub.aliases),
        word(hub.kind, hub.kind),
        hub.parent,
        None if hub.region is None else word(hub.region, hub.region),
        tuple(
            TagRecord(word(t.tag, t.tag), word(t.source, t.source), t.quote, t.note)
            for t in hub.tags
        ),
        tuple(
            OrganisationRecord(o.name, word(o.source, o.source), o.quote, o.note)
            for o in hub.organisations
        ),
        hub.note,
    )
