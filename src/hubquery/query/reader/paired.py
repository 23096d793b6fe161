"""Figures read with another figure's clause: "up 38.6 and 25.6 per cent respectively"
(each with the clause of what the figure as many places before was of), "840 firms in
2021, up from 680 a year earlier" (the compared figure with the clause of the one before
it)."""

from __future__ import annotations

from hubquery.query import change_words as cw
from hubquery.query import lexicon as lx
from hubquery.query.reader import gates
from hubquery.query.reader.figures import Figure


def respectively(
    clauses: list[tuple[int, int, Figure]], text: str
) -> list[tuple[int, int, Figure]]:
    """ "Sales of US$4.5 billion and exports of US$1.08 billion, up 38.6 and 25.6 per cent
    respectively": the figures listed last before "respectively" (two or more, of one
    unit) are each of what the figure as many places before was of, so each is read with
    that figure's clause (its words name what it measures, not the sentence's), in order."""
    at = text.find("respectively")
    if at < 0:
        return clauses
    before = [c for c in clauses if c[2].number.start < at]
    if not before:
        return clauses
    unit = before[-1][2].unit
    run = 0
    for _, _, figure in reversed(before):
        if figure.unit != unit or figure.year_like:
            break
        run += 1
    if run < 2:
        return clauses
    if len(before) < 2 * run:
        # "Chengdu and Chongqing make 20 and 33 per cent of the world's laptops
        # respectively": the list's words after it are each figure's
        listed_ids = {id(c[2]) for c in before[-run:]}
        return [(s, len(text) if id(f) in listed_ids else e, f) for s, e, f in clauses]
    paired = before[-2 * run : -run]
    if any(figure.unit == unit or figure.year_like for _, _, figure in paired):
        return clauses
    listed = {id(c[2]): p for c, p in zip(before[-run:], paired, strict=True)}
    for _, _, figure in before[-run:]:
        figure.respective = True
    return [
        (listed[id(f)][0], listed[id(f)][1], f) if id(f) in listed else (start, end, f)
        for start, end, f in clauses
    ]


def compared(clauses: list[tuple[int, int, Figure]], text: str) -> list[tuple[int, int, Figure]]:
    """ "More than 840 AI firms in 2021, up from 680 a year earlier": a figure compared
    with the one before it is of the same thing, so its clause reaches back over that
    figure's (whose words name what both measure)."""
    if (
        " from " not in text
        and "compared" not in text
        and "against" not in text
        and " vs" not in text
    ):
        return clauses
    if (
        " to " in text
        and any(c[2].unit == "years" for c in clauses)
        and any(gates.FROM_TO_BEFORE.search(text[: c[2].number.start]) for c in clauses[1:])
    ):
        # "Within three years, revenue grew from X to Y", "from X to Y, doubling in three
        # years": the years are the change's span
        clauses = [c for c in clauses if not _within(c[2], text)]
    found = list(clauses)
    for i in range(1, len(found)):
        _, end, figure = found[i]
        before = " ".join(text[max(0, figure.number.start - 30) : figure.number.start].split())
        before = before.removesuffix("$").removesuffix("us").rstrip()
        previous = found[i - 1][2]
        if not figure.year_like and not previous.year_like and cw.COMPARED_BEFORE.search(before):
            found[i] = (found[i - 1][0], end, figure)
    return found


def _within(figure: Figure, text: str) -> bool:
    """Is the figure a count of years the sentence says something took ("within three
    years", "in just five years")?"""
    before = text[max(0, figure.number.start - 16) : figure.number.start]
    return figure.unit == "years" and lx.WITHIN_BEFORE.search(before) is not None
