"""layout.terminal: tables and text drawn for a terminal, plain or coloured; and the
whole layout's properties (hypothesis): no line wider than the width, words in order,
no cell wrapped while the table is narrower than the width, columns dropped only in
their stated order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from hubquery.render.layout import (
    Canvas,
    Column,
    Row,
    Span,
    Styled,
    cell_len,
    layout,
    longest_word,
    render,
)
from tests.unit.test_layout_widths import Table, tables
from tests.unit.test_layout_wrap import WORDS


def lines(width: int, columns: list[Column], rows: list[Row], **options: Any) -> list[str]:
    canvas = Canvas(width=width)
    return render(canvas, [layout(canvas, columns, rows, **options)]).rstrip("\n").split("\n")


def test_columns_align_and_the_rule_spans_the_table() -> None:
    assert lines(
        80,
        [Column("Hub"), Column("Value", justify="right")],
        [["Dalian", "6 million"], ["Chengdu", "21.192 million"]],
    ) == [
        "Hub                Value",
        "────────────────────────",
        "Dalian         6 million",
        "Chengdu   21.192 million",
    ]


def test_a_wrapping_column_narrows_to_fit_and_wraps_at_words() -> None:
    assert lines(
        30,
        [Column("Figure", wrap=True), Column("Value", justify="right")],
        [["Software and service outsourcing revenue", "US$21.7 billion"]],
    ) == [
        "Figure                   Value",
        "──────────────────────────────",
        "Software and   US$21.7 billion",
        "service",
        "outsourcing",
        "revenue",
    ]


def test_headers_wrap_and_sit_on_the_rule() -> None:
    columns = [Column("A", wrap=True), Column("Label and aliases", wrap=True)]
    out = lines(19, columns, [["x", "some words"]])
    assert out == ["    Label and", "A   aliases", "─" * 19, "x   some words"]
    # One column wider, a gap of two spaces keeps the header on one line (#20).
    assert lines(20, columns, [["x", "some words"]]) == [
        "A  Label and aliases",
        "─" * 20,
        "x  some words",
    ]


def test_other_columns_wrap_between_words_when_the_wrapping_ones_cannot_narrow() -> None:
    out = lines(
        24,
        [Column("Figure", wrap=True), Column("Value", justify="right")],
        [["Companies", "more than 3,000 companies"]],
    )
    # The table takes the whole width while a cell wraps (#20).
    assert out == [
        "Figure             Value",
        "─" * 24,
        "Companies      more than",
        "                   3,000",
        "               companies",
    ]


def test_detail_rows_are_indented_under_their_row() -> None:
    out = lines(
        30,
        [Column("Figure"), Column("Value")],
        [
            ["Area", "480 km²"],
            Span(Styled("“480 square kilometers, 2.300 companies”"), indent=2, detail=True),
        ],
    )
    assert out[2:] == ["Area     480 km²", "  “480 square kilometers,", "  2.300 companies”"]


def test_columns_are_dropped_in_their_order_and_the_table_says_so() -> None:
    columns = [Column("Hub"), Column("Kind", drop=2), Column("Tags", drop=1)]
    out = lines(20, columns, [["Dalian", "city", "outsourcing"]])
    assert out == [
        "Hub      Kind",
        "─────────────",
        "Dalian   city",
        "Left out to fit 20",
        "columns: Tags.",
    ]


def test_wide_characters_count_double() -> None:
    out = lines(80, [Column("Hub"), Column("Kind")], [["大连", "city"], ["Dalian", "city"]])
    assert out[2:] == ["大连     city", "Dalian   city"]
    out = lines(9, [Column(wrap=True)], [["中关村 科技园区"]], header=False)
    assert out == ["中关村", "科技园区"]


def test_section_rows_span_the_table() -> None:
    out = lines(
        40,
        [Column("Figure"), Column("Value", justify="right")],
        [Span(Styled("Neusoft")), ["  Revenue", "US$1 billion"]],
    )
    assert out[2:] == ["Neusoft", "  Revenue   US$1 billion"]


def test_multi_line_cells_keep_their_lines() -> None:
    out = lines(
        80,
        [Column("Hub"), Column("Figures")],
        [["Dalian", "6 million 2014\n6 million 2010"]],
        header=False,
    )
    assert out == ["Dalian   6 million 2014", "         6 million 2010"]


def test_styles_become_escapes_only_with_a_colour_system() -> None:
    from rich.color import ColorSystem

    table = layout(Canvas(), [Column("A", style="bold")], [["x"]])
    assert "\x1b[" not in render(Canvas(), [table])
    assert "\x1b[1mx\x1b[0m" in render(Canvas(color_system=ColorSystem.STANDARD), [table])


def _out(width: int, columns: list[Column], rows: Sequence[Row]) -> list[str]:
    canvas = Canvas(width=width)
    return render(canvas, [layout(canvas, columns, rows)]).rstrip("\n").split("\n")


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=20), st.integers(16, 60))
def test_words_stay_in_order_and_whole(words: list[str], width: int) -> None:
    text = " ".join(words)
    out = _out(width, [Column("", wrap=True)], [[text]])[2:]
    assert "".join("".join(out).split()) == "".join(text.split())  # a word may break at "-"
    for glued in ("c. 2014", "US$4.5 billion", "20 %"):
        if glued in text and longest_word(text) <= width:
            assert sum(line.count(glued) for line in out) == text.count(glued)


# The properties of one drawn table, each a function of the table and its lines; one
# drawing checks them all (drawing and laying out a table is most of an example's cost:
# each property on its own would draw and lay out 150 tables again).


def no_line_wider_than_the_width(table: Table, out: list[str]) -> None:
    width, _, _ = table
    assert all(cell_len(line) <= width for line in out)


def no_cell_wraps_while_the_table_is_narrower_than_the_width(table: Table, out: list[str]) -> None:
    width, _, rows = table
    rule = next(line for line in out if line and set(line) == {"─"})
    body = out[out.index(rule) + 1 :]
    # The "Left out to fit …" notice, and the lines it wraps onto, are not the table.
    body = body[
        : next((i for i, line in enumerate(body) if line.startswith("Left out to fit")), len(body))
    ]
    heads = out[: out.index(rule)]
    if len(body) > len(rows) or len(heads) > 1:  # something wrapped
        assert len(rule) == width


def columns_dropped_only_in_their_stated_order(table: Table, out: list[str]) -> None:
    _, columns, _ = table
    at = next((i for i, line in enumerate(out) if line.startswith("Left out")), len(out))
    left_out = " ".join(out[at:])
    dropped = left_out.split(": ", 1)[1].rstrip(".").split(", ") if left_out else []
    order = [c.header for c in sorted((c for c in columns if c.drop), key=lambda c: c.drop)]
    assert dropped == order[: len(dropped)] or sorted(dropped) == sorted(order[: len(dropped)])
    assert set(dropped) <= set(order)


@settings(max_examples=150, deadline=None)
@given(tables())
def test_the_lines_of_any_table(table: Table) -> None:
    """No line is wider than the width; no cell wraps while the table is narrower than
    the width; columns are dropped only in their stated order, and the table says so."""
    width, columns, rows = table
    out = _out(width, columns, rows)
    no_line_wider_than_the_width(table, out)
    no_cell_wraps_while_the_table_is_narrower_than_the_width(table, out)
    columns_dropped_only_in_their_stated_order(table, out)


def test_a_wrapped_notice_is_not_a_wrapped_cell() -> None:
    """Found by the property that no cell wraps while the table is narrower than the
    width (above): a dropped column's notice wraps at 20 columns."""
    columns = [Column(f"H{i}", drop=4 if i == 3 else 0) for i in range(4)]
    out = _out(20, columns, [["", "", "Dalian", "software"]])
    assert out[-2:] == ["Left out to fit 20", "columns: H3."]
    assert out[2] == "          Dalian"
