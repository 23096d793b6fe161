"""Whether a figure is a change, by the words just before it: "added 245,000 residents"
(a change, or a count of new ones), "grew by 245,000" (the change of a level the
sentence names), or neither; and a change said to be a fall ("fell 36%"), below zero, or
said to be no such fall ("did not fall 36%"), above it (English only)."""

from __future__ import annotations

import re
from typing import Literal

from hubquery.query import change_words as cw
from hubquery.query.reader import gates
from hubquery.query.reader.figures import Figure
from hubquery.records import Metric

# What the words just before a figure say of it: "added" ("added 245,000 residents",
# "gained some 150": a change, or a count of new ones), "lost" ("lost more than 200,000
# residents", "shrank by over 200,000": a change below zero), "by" ("the population grew
# by 245,000", "rose by some 150": the change of the level the sentence names)
Change = Literal["added", "lost", "by"]
_ADDED = gates.Gated(
    re.compile(
        rf"\b(?:(?P<added>{cw.ADD_VERBS})|{cw.LOSE_VERBS}|"
        rf"(?:{cw.FELL_VERBS}) by)(?: [a-z]+){{0,2}}$"
    ),
    *("add", "gain", "los", "shed", " by"),
)
_NOT_FALLEN = gates.Gated(cw.NOT_FALLEN_BEFORE, "not", "n't", "never")
_BY = re.compile(rf"\b(?:{cw.ROSE_BY_VERBS}) by(?: [a-z]+){{0,2}}$")


# ("grew 25 percent", "growing at roughly 30 per cent a year", "rose by 5 %": a
# percentage a level changed by, never the level itself, as "grew to 25 percent" is)
_GREW_PERCENT = re.compile(
    rf"\b(?:{cw.ROSE_BY_VERBS}|growing|rising|increasing|climbing|jumping|expanding)"
    r"(?: by| at)?(?: [a-z]+){0,2}$"
)


def change_before(before: str, percent: bool = False) -> Change | None:
    """ "added" or "lost" where the words before a figure (one space apart) say it was
    added or lost, "by" where they say a level rose by it (a ``percent`` figure: rose by
    it or at it, "by" unsaid), else None: read once, carried on the figure's reading for
    the verdict (``Reading.change``)."""
    if found := _ADDED.search(before):
        return "added" if found.group("added") else "lost"
    if percent and _GREW_PERCENT.search(before) and not gates.TO_LEVEL.search(before):
        return "by"
    return "by" if " by" in before and _BY.search(before) else None


def declined(figure: Figure, metric: Metric, before: str) -> None:
    """A change the words before it say is a fall ("fell 36%", "dropped by more than
    20 %"): below zero, its bound the other side ("fell by less than 30 %" is above -30 %
    and below 0); one said not to have been ("did not fall 30 %", "never dropped by 30 %")
    above it, as "did not grow 30 %" is below it."""
    if not gates.DECLINE_BEFORE.search(before) or not (
        metric.unit_kind == "growth" or metric.id.endswith("-change")
    ):
        return
    if figure.qualifier is None and _NOT_FALLEN.search(before):
        figure.qualifier = "more than"  # ("did not fall 20 %": a fall smaller than it)
    elif figure.value > 0 and figure.qualifier in cw.DECLINE_BOUNDS:
        figure.qualifier = cw.DECLINE_BOUNDS[figure.qualifier]
        if figure.qualifier in ("more than", "at least") and not gates.NEGATION.search(before):
            figure.bounds = (-figure.value, 0.0)
    figure.value = -abs(figure.value)
