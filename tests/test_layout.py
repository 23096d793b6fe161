"""The column layout behind every table: widths, wrapping, alignment, wide characters."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from hubquery.render.layout import Column, Span, layout


def lines(width: int, columns: list[Column], rows: list, **options: object) -> list[str]:  # type: ignore[type-arg]
    console = Console(file=io.StringIO(), width=width, color_system=None)
    return layout(console, columns, rows, **options).plain.split("\n")  # type: ignore[arg-type]


def test_columns_align_and_the_rule_spans_the_table() -> None:
    assert lines(80, [Column("Hub"), Column("Value", justify="right")],
                 [["Dalian", "6 m"], ["Chengdu", "21.192 m"]]) == [
        "Hub          Value",
        "──────────────────",
        "Dalian         6 m",
        "Chengdu   21.192 m",
    ]


def test_a_wrapping_column_narrows_to_fit_and_wraps_its_cells() -> None:
    assert lines(30, [Column("Figure", wrap=True, min_width=8), Column("Value", justify="right")],
                 [["Software and service outsourcing revenue", "US$21.7 bn"]]) == [
        "Figure                   Value",
        "──────────────────────────────",
        "Software and        US$21.7 bn",
        "service",
        "outsourcing",
        "revenue",
    ]


def test_wide_characters_count_double() -> None:
    out = lines(80, [Column("Hub"), Column("Kind")], [["大连", "city"], ["Dalian", "city"]])
    assert out[2:] == ["大连     city", "Dalian   city"]


def test_columns_that_cannot_wrap_are_never_cut() -> None:
    out = lines(10, [Column("A"), Column("B")], [["abcdefghij", "klmnop"]])
    assert out[2] == "abcdefghij   klmnop"


def test_section_rows_span_the_table() -> None:
    out = lines(40, [Column("Figure"), Column("Value", justify="right")],
                [Span(Text("Neusoft")), ["  Revenue", "US$1 bn"]])
    assert out[2:] == ["Neusoft", "  Revenue   US$1 bn"]


def test_multi_line_cells_keep_their_lines() -> None:
    out = lines(80, [Column("Hub"), Column("Figures")], [["Dalian", "6 m 2014\n6 m 2010"]],
                header=False)
    assert out == ["Dalian   6 m 2014", "         6 m 2010"]
