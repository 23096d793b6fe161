"""Properties of the layout (hypothesis): no line wider than the width, words in order,
no cell wrapped while the table is narrower than the width, columns dropped only in
their stated order; "c. 2014", "US$4.5 billion" and quote marks kept with their word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hubquery.render.layout import Canvas, Column, Row, cell_len, layout, longest_word, render

_WORDS = st.sampled_from(
    [
        "Dalian",
        "software",
        "park",
        "c. 2014",
        "US$4.5 billion",
        "20 %",
        "“hundreds”",
        "outsourcing-enterprises",
        "大连",
        "about",
        "(a)",
        "2012-01/2012-10",
        "of",
        "a",
        "Neusoft",
        "[1]",
    ]
)
_CELL = st.lists(_WORDS, min_size=0, max_size=8).map(" ".join)


@st.composite
def tables(draw: st.DrawFn) -> tuple[int, list[Column], list[Row]]:
    count = draw(st.integers(1, 5))
    drops = draw(st.permutations(list(range(1, count + 1))))
    columns = [
        Column(
            f"H{i}",
            wrap=draw(st.booleans()),
            justify=draw(st.sampled_from(["left", "right"])),
            drop=drops[i] if draw(st.booleans()) else 0,
        )
        for i in range(count)
    ]
    rows: list[Row] = [[draw(_CELL) for _ in range(count)] for _ in range(draw(st.integers(1, 6)))]
    return draw(st.integers(20, 120)), columns, rows


def _out(width: int, columns: list[Column], rows: list[Row]) -> list[str]:
    canvas = Canvas(width=width)
    return render(canvas, [layout(canvas, columns, rows)]).rstrip("\n").split("\n")


@settings(max_examples=150, deadline=None)
@given(tables())
def test_no_line_is_wider_than_the_width(table: tuple[int, list[Column], list[Row]]) -> None:
    width, columns, rows = table
    assert all(cell_len(line) <= width for line in _out(width, columns, rows))


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=20), st.integers(16, 60))
def test_words_stay_in_order_and_whole(words: list[str], width: int) -> None:
    text = " ".join(words)
    out = _out(width, [Column("", wrap=True)], [[text]])[2:]
    assert "".join("".join(out).split()) == "".join(text.split())  # a word may break at "-"
    for glued in ("c. 2014", "US$4.5 billion", "20 %"):
        if glued in text and longest_word(text) <= width:
            assert sum(line.count(glued) for line in out) == text.count(glued)


@settings(max_examples=150, deadline=None)
@given(tables())
def test_no_cell_wraps_while_the_table_is_narrower_than_the_width(
    table: tuple[int, list[Column], list[Row]],
) -> None:
    width, columns, rows = table
    out = _out(width, columns, rows)
    rule = next(line for line in out if line and set(line) == {"─"})
    body = out[out.index(rule) + 1 :]
    # The "Left out to fit …" notice, and the lines it wraps onto, are not the table.
    body = body[
        : next((i for i, line in enumerate(body) if line.startswith("Left out to fit")), len(body))
    ]
    heads = out[: out.index(rule)]
    if len(body) > len(rows) or len(heads) > 1:  # something wrapped
        assert len(rule) == width


def test_a_wrapped_notice_is_not_a_wrapped_cell() -> None:
    """Found by the property above: a dropped column's notice wraps at 20 columns."""
    columns = [Column(f"H{i}", drop=4 if i == 3 else 0) for i in range(4)]
    out = _out(20, columns, [["", "", "Dalian", "software"]])
    assert out[-2:] == ["Left out to fit 20", "columns: H3."]
    assert out[2] == "          Dalian"


@settings(max_examples=150, deadline=None)
@given(tables())
def test_columns_are_dropped_only_in_their_stated_order(
    table: tuple[int, list[Column], list[Row]],
) -> None:
    width, columns, rows = table
    out = _out(width, columns, rows)
    at = next((i for i, line in enumerate(out) if line.startswith("Left out")), len(out))
    left_out = " ".join(out[at:])
    dropped = left_out.split(": ", 1)[1].rstrip(".").split(", ") if left_out else []
    order = [c.header for c in sorted((c for c in columns if c.drop), key=lambda c: c.drop)]
    assert dropped == order[: len(dropped)] or sorted(dropped) == sorted(order[: len(dropped)])
    assert set(dropped) <= set(order)


def test_circa_years_amounts_and_quote_marks_stay_with_their_word() -> None:
    def cell(text: str, width: int) -> list[str]:
        return _out(width, [Column("", wrap=True)], [[text]])[2:]

    assert cell("reported c. 2014 here", 10) == ["reported", "c. 2014", "here"]
    assert cell("revenue of US$4.5 billion", 15) == ["revenue of", "US$4.5 billion"]
    assert cell("“more than 3,000 companies …”", 12) == ["“more than", "3,000", "companies …”"]
    assert cell("“ opening mark alone", 10) == ["“ opening", "mark alone"]
