"""The rows of the commands whose result groups its rows (a ranking per unit, a
comparison per metric, a history per metric), as records: each row carries the keys
of its group, so that a row of CSV or JSON Lines stands on its own. Their fields are
the column names (``render.fields``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from hubquery.judgement.changes import Change
from hubquery.query.history import Unjoined
from hubquery.records import Fact, Hub, Note


class RankedRow(NamedTuple):
    """A place in a ranking: ``order_known`` is false where its figure's interval
    overlaps a neighbour's (the table's "1?"); ``notes`` are the ranking's notes that
    concern this row. A figure the order leaves out has no ``rank`` (nor
    ``order_known``), and the reason among its notes ("not ranked: …")."""

    metric_id: str
    unit: str
    rank: int | None
    order_known: bool | None
    name: str
    hub: Hub
    subject: str | None
    fact: Fact
    notes: tuple[str, ...]


class ComparedRow(NamedTuple):
    """One hub's figure in a comparison (``fact`` null where it has none); ``notes`` are
    the metric's notes that concern this hub."""

    metric_id: str
    unit: str | None
    hub_id: str
    fact: Fact | None
    notes: tuple[str, ...]


class HistoryRow(NamedTuple):
    """A figure in a hub's history, with the (derived) change from the one before it in
    its series, or (``unjoined``) the judgement's reason why it has none; ``notes`` are
    the history's notes that concern it."""

    metric_id: str
    fact: Fact
    change: Change | None
    unjoined: Unjoined | None
    notes: tuple[str, ...]


def row_notes(notes: Iterable[Note], fact_id: str | None, hub_id: str | None) -> tuple[str, ...]:
    """The messages of the notes that concern a row: those naming its figure or its hub,
    and those naming neither (they concern every row)."""
    return tuple(
        note.message
        for note in notes
        if (fact_id is not None and fact_id in note.fact_ids)
        or (hub_id is not None and hub_id in note.hub_ids)
        or not (note.fact_ids or note.hub_ids)
    )
