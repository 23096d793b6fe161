"""Lettered footnotes: the one way every table view puts notes under a table."""

from __future__ import annotations

from hubquery.render.layout import Canvas, Column, Row, layout
from hubquery.render.table import Footnotes, render


def test_the_same_note_gets_the_same_letter_and_rows_get_their_letters() -> None:
    footnotes = Footnotes()
    assert footnotes.marks(["until the late 1970s", None, ""]).plain == "(a)"
    assert (
        footnotes.marks(["said in a past-tense clause", "until the late 1970s"]).plain == "(b, a)"
    )
    assert footnotes.marks([]).plain == ""
    assert footnotes.mark("until the late 1970s") == "a"


def test_notes_are_lettered_under_the_table_not_in_a_tall_cell() -> None:
    canvas = Canvas(width=60)
    footnotes = Footnotes()
    note = (
        "Said in a past-tense clause about the years before Dalian's boom; the period "
        "is when the article reported the figure."
    )
    rows: list[Row] = [
        ["Dalian", "6 million people", footnotes.marks([note])],
        ["Xi'an", "8.5 million people", footnotes.marks([])],
    ]
    table = layout(canvas, [Column("Hub"), Column("Value", justify="right"), Column("")], rows)
    out = render(canvas, [table, *footnotes.blocks(canvas)]).splitlines()
    assert out[2] == "Dalian     6 million people   (a)"
    assert out[3] == "Xi'an    8.5 million people"
    assert out[5].startswith("(a) Said in a past-tense clause")
    assert all(len(line) <= 60 for line in out)
    assert out[6].startswith("    ")  # the note wraps under its own text, not its letter


def test_more_than_26_notes_keep_distinct_letters() -> None:
    footnotes = Footnotes()
    letters = [footnotes.mark(f"note {i}") for i in range(30)]
    assert len(set(letters)) == 30
    assert letters[26] == "a1"
