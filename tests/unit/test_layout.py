"""The column layout behind every table: widths, wrapping, alignment, wide characters."""

from __future__ import annotations

from typing import Any

from hubquery.render.layout import Canvas, Column, Row, Span, Styled, layout, render


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


def test_space_goes_where_the_text_is() -> None:
    # The known bug: a short column wrapped ("United / States") while a long one was padded.
    out = lines(
        41,
        [Column("Hub", wrap=True), Column("Part of", wrap=True)],
        [["Zhongguancun Science Park and more words here", "United States"]],
    )
    assert out[2:] == ["Zhongguancun Science Park   United States", "and more words here"]


def test_headers_wrap_and_sit_on_the_rule() -> None:
    out = lines(
        20, [Column("A", wrap=True), Column("Label and aliases", wrap=True)], [["x", "some words"]]
    )
    assert out == ["    Label and", "A   aliases", "─" * 20, "x   some words"]


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


def test_marks_and_units_never_wrap_alone() -> None:
    out = lines(
        12, [Column(wrap=True)], [["about 20 % [1]"], ["industrial land (a)"]], header=False
    )
    assert out == ["about", "20 % [1]", "industrial", "land (a)"]


def test_continuation_lines_keep_their_indentation() -> None:
    out = lines(20, [Column(wrap=True)], [["  Revenue of the software park (b)"]], header=False)
    assert out == ["  Revenue of the", "  software park (b)"]


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


def test_a_word_longer_than_the_line_breaks_only_as_a_last_resort() -> None:
    out = lines(10, [Column(wrap=True)], [["satellite-navigation abc"]], header=False)
    assert out == ["satellite-", "navigation", "abc"]
    assert lines(6, [Column(wrap=True)], [["abcdefghij"]], header=False) == ["abcdef", "ghij"]


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


def test_markdown_is_the_table_with_its_text_escaped() -> None:
    table = layout(
        Canvas(),
        [Column("Figure"), Column("Value", justify="right")],
        [["Area | size", "480 km²"], Span(Styled("“a *quote*”"), detail=True)],
    )
    assert render(Canvas(markdown=True), [Styled("Title", "bold"), table]) == (
        "**Title**\n\n| Figure | Value |\n| --- | ---: |\n"
        "| Area \\| size<br>“a \\*quote\\*” | 480 km² |\n"
    )
