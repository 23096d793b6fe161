"""layout.wrap: a line wrapped at its words, marks kept with their word."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from hubquery.render.layout.cells import Styled, cell_len
from hubquery.render.layout.wrap import longest_word, words, wrap

# Words as the dataset writes them: marks, units, circa years, quote marks, CJK, periods.
WORDS = st.sampled_from(
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
        "(b, c)",
        "2012-01/2012-10",
        "of",
        "a",
        "Neusoft",
        "[1]",
        "“more",
        "companies …”",
    ]
)


def text_of(line: Styled | str, width: int) -> list[str]:
    return ["".join(text for text, _ in runs) for runs, _ in wrap(line, width)]


def test_marks_and_units_never_wrap_alone() -> None:
    assert text_of("about 20 % [1]", 12) == ["about", "20 % [1]"]
    assert text_of("industrial land (a)", 12) == ["industrial", "land (a)"]


def test_circa_years_amounts_and_quote_marks_stay_with_their_word() -> None:
    assert text_of("reported c. 2014 here", 10) == ["reported", "c. 2014", "here"]
    assert text_of("revenue of US$4.5 billion", 15) == ["revenue of", "US$4.5 billion"]
    assert text_of("“more than 3,000 companies …”", 12) == ["“more than", "3,000", "companies …”"]
    assert text_of("“ opening mark alone", 10) == ["“ opening", "mark alone"]


def test_a_word_no_line_holds_breaks_where_it_stands() -> None:
    """Found by the property below: "2012-01/2012-10 [1]" (19 cells) at 18 went to a line
    of its own and broke before its mark, leaving "of" alone and "[1]" alone."""
    assert text_of("of 2012-01/2012-10 [1]", 18) == ["of 2012-01/", "2012-10 [1]"]
    assert text_of("(a) 2012-01/2012-10 [1]", 12) == ["(a) 2012-01/", "2012-10 [1]"]


def test_continuation_lines_keep_their_indentation() -> None:
    assert text_of("  Revenue of the software park (b)", 20) == [
        "  Revenue of the",
        "  software park (b)",
    ]


def test_a_word_longer_than_the_line_breaks_only_as_a_last_resort() -> None:
    assert text_of("satellite-navigation abc", 10) == ["satellite-", "navigation", "abc"]
    assert text_of("abcdefghij", 6) == ["abcdef", "ghij"]
    assert text_of("2012-01/2012-10", 9) == ["2012-01/", "2012-10"]


def test_wide_characters_count_double() -> None:
    assert text_of("中关村 科技园区", 9) == ["中关村", "科技园区"]
    assert [w for _, w in wrap("中关村 科技园区", 9)] == [6, 8]


def test_styles_stay_on_their_text_across_lines() -> None:
    line = Styled("Dalian ", "bold").append("software park", "dim")
    assert [runs for runs, _ in wrap(line, 10, "red")] == [
        [("Dalian", "red bold")],
        [("software", "red dim")],
        [("park", "red dim")],
    ]


def test_the_longest_word_counts_glued_marks_unless_asked_not_to() -> None:
    assert longest_word("revenue US$4.5 billion") == len("US$4.5 billion")
    assert longest_word("Baidu [1] revenues", glued=False) == len("revenues")
    # An amount, a circa year and a closing quote stay whole even where marks may not.
    assert longest_word("revenue US$4.5 billion", glued=False) == len("US$4.5 billion")
    assert longest_word("seen c. 2014", glued=False) == len("c. 2014")
    # A compound is one word (an alias, a tag, a kind is typed as it is shown); marks of
    # one list of notes stay together.
    assert longest_word("outsourcing-enterprises", glued=False) == len("outsourcing-enterprises")
    assert longest_word("2022-05 [1] (b, c)", glued=False) == len("2022-05")
    assert longest_word("Baidu [1, 12]", glued=False) == len("[1, 12]")


# The properties of one wrapped text, each a function of the text, the width and the
# lines; one drawing checks them all (each on its own would draw and wrap 200 texts again).


def no_line_wider_than_the_width(text: str, width: int, out: list[str]) -> None:
    assert all(w <= width for _, w in wrap(text, width))
    assert all(cell_len(line) <= width for line in out)


def words_stay_in_order(text: str, width: int, out: list[str]) -> None:
    assert "".join("".join(out).split()) == "".join(text.split())


def no_line_wraps_while_its_next_word_fits(text: str, width: int, out: list[str]) -> None:
    if longest_word(text) > width:
        return  # a word is broken: the last resort, tested above
    for line, following in itertools.pairwise(out):
        assert cell_len(line) + 1 + cell_len(words(following)[0]) > width, (line, following)


def glued_words_never_split_while_they_fit(text: str, width: int, out: list[str]) -> None:
    if longest_word(text) <= width:
        for glued in ("c. 2014", "US$4.5 billion", "20 %", "companies …”", "Neusoft [1]"):
            assert sum(line.count(glued) for line in out) == text.count(glued)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=20), st.integers(2, 60))
def test_the_lines_of_any_text(parts: list[str], width: int) -> None:
    """No line is wider than the width; words stay in order; no line wraps while its
    next word fits; glued words (an amount, a circa year, a mark) are never split while
    they fit."""
    text = " ".join(parts)
    out = text_of(text, width)
    no_line_wider_than_the_width(text, width, out)
    words_stay_in_order(text, width, out)
    no_line_wraps_while_its_next_word_fits(text, width, out)
    glued_words_never_split_while_they_fit(text, width, out)


def test_a_compound_moves_whole_to_the_next_line_rather_than_break_at_its_hyphen() -> None:
    # hypothesis found "Dalian outsourcing-" / "enterprises (a)" at 23 columns: a glued
    # word longer than the line was broken where it stood, at its hyphen, though the
    # compound fits a line of its own.
    assert text_of("Dalian outsourcing-enterprises (a)", 23) == [
        "Dalian",
        "outsourcing-enterprises",
        "(a)",
    ]
