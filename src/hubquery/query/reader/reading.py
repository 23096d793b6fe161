"""What the reader reads of one figure of a sentence (``Reading``): its place, subject,
metric, period and claim, for the verdict to judge."""

from __future__ import annotations

from typing import NamedTuple

from hubquery.judgement.claims import Claimed
from hubquery.query.reader.changed import Change
from hubquery.query.reader.figures import Figure
from hubquery.records import Metric, Note


class Reading(NamedTuple):
    """One figure of a sentence as the reader read it. ``metric`` and ``hub_id`` are
    None where the reader could not tell; ``claimed`` is what the verdict judges."""

    text: str
    line: int
    hub_id: str | None
    subject: str | None
    metric: Metric | None
    figure: Figure | None
    period: str | None
    claimed: Claimed | None
    bases: dict[str, str]
    words: frozenset[str] = frozenset()  # the stems of the figure's clause
    note: Note | None = None
    # what the words just before the figure say it is: "added" ("added 150 companies"),
    # "lost", "by" ("revenue rose by US$1 billion": the level's change), else None
    change: Change | None = None
