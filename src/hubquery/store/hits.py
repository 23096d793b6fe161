"""What ``Store.search`` returns, imported only when a search runs: a named tuple
costs every run that defines it about 1 M instructions, and a lookup needs neither."""

from __future__ import annotations

from typing import NamedTuple


class OtherHit(NamedTuple):
    """A hit that is not a figure (a name, tag, organisation, metric or source), as the
    store finds it: its best-scored row."""

    kind: str
    hub: str | None
    hub_name: str | None
    ref: str | None
    name: str
    shown: str
    score: int


class SearchRows(NamedTuple):
    """What ``Store.search`` finds: the best hits that are not figures and how many
    there are; the ids of the first figures, how many there are, and whether exactly
    (else: more than that)."""

    others: list[OtherHit]
    other_count: int
    fact_ids: list[str]
    fact_count: int
    facts_exact: bool
