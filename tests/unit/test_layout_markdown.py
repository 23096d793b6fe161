"""layout.markdown: the same blocks as Markdown, text escaped, never markup."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hubquery.render.layout import Canvas, Column, Span, Styled, layout, render


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


def test_a_headerless_grid_is_a_list_and_fields_are_bold_labels() -> None:
    grid = layout(Canvas(), [Column(), Column()], [["•", "Dalian"], ["•", "Chengdu"]], header=False)
    fields = layout(Canvas(), [Column(), Column()], [["Kind", "city"]], header=False, fields=True)
    assert render(Canvas(markdown=True), [grid, fields]) == (
        "- Dalian\n- Chengdu\n\n- **Kind:** city\n"
    )


_TEXT = st.text(alphabet=st.sampled_from("ab |*_`[]<>\\\n大-"), max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 4).flatmap(lambda n: st.lists(st.lists(_TEXT, min_size=n, max_size=n))))
def test_every_row_is_one_line_of_as_many_cells_as_columns(rows: list[list[str]]) -> None:
    count = len(rows[0]) if rows else 1
    table = layout(Canvas(), [Column(f"H{i}") for i in range(count)], [list(r) for r in rows])
    lines = render(Canvas(markdown=True), [table]).rstrip("\n").split("\n")
    assert len(lines) == 2 + len(rows)
    for line in lines:
        unescaped = line.replace("\\\\", "").replace("\\|", "")
        assert unescaped.count("|") == count + 1, line
