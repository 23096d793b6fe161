"""The number and sentence readers' shortcuts (issue 24: check's speed on prose), each
pinned to the slow path it stands for: a pattern tried from a later place of the text
finds what it finds tried from the start, a count made in parts is the pattern's count,
and a paragraph of one line is cut as the general path cuts it."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubquery.numbers import _DIGITS
from hubquery.query import lexicon as lx
from hubquery.query.draft import (
    _NUMBER,
    _SENTENCE_END,
    _count,
    _ends,
    _pieces,
    _sentences,
    sentences,
)
from hubquery.query.reader import bounds
from hubquery.query.reader.bounds import HEDGES
from hubquery.query.reader.members import _RANKED_IN, _ranked_in
from hubquery.query.reader.times import _YEAR
from hubquery.shares_in_words import _OUT_OF, out_of_every
from hubquery.words import first_digit, has_digit, letter_runs, quoted_runs, word_places, word_runs


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


_OUT_OF_PIECES = st.sampled_from(
    [
        "one",
        "a",
        "two",
        "nine",
        "in",
        "out",
        "of",
        "every",
        "in every",
        "out of every",
        "10",
        "2021",
        "٣",  # (an Arabic-Indic digit: \d and \w to the pattern, no space to split)
        "x",
        "_",
        "(",
        ",",
        "-",
        " ",
        "  ",
        "\u00a0",  # (a no-break space: a space to split, no \w)
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_OUT_OF_PIECES, max_size=16), st.sampled_from(["", " "]))
def test_fractions_in_words_are_found_from_the_first_in_as_from_the_start(
    pieces: list[str], glue: str
) -> None:
    spaced = glue.join(pieces)
    assert _spans(out_of_every(spaced)) == _spans(_OUT_OF.finditer(spaced))


@pytest.mark.parametrize(
    "spaced",
    [
        "one in ten",
        "only 1 in 10 firms, and one out of every three",
        "the city  in 2010 was one of every five",  # (spaces before the first " in ")
        "(12 in 2021) and 3 in 4",
        "none",
        " in ",
    ],
)
def test_fractions_in_words_of_sentences(spaced: str) -> None:
    assert _spans(out_of_every(spaced)) == _spans(_OUT_OF.finditer(spaced))


_DIGIT_PIECES = st.sampled_from(
    ["-", "−", "1", "2,000", "3.5", ".", ",", "5", "a", "x9", " ", "million", "bn", "٣", "_"]
)


def _found_from_the_first_digit(pattern: re.Pattern[str], text: str, before: int) -> None:
    """The pattern tried from ``before`` characters before the text's first digit on
    finds what it finds tried from the start."""
    digit = first_digit(text)
    shortcut = pattern.finditer(text, max(0, digit - before)) if digit >= 0 else iter(())
    assert _spans(shortcut) == _spans(pattern.finditer(text))


@settings(max_examples=500, deadline=None)
@given(st.lists(_DIGIT_PIECES, max_size=16))
def test_digits_are_found_from_the_first_digit_s_sign_as_from_the_start(pieces: list[str]) -> None:
    _found_from_the_first_digit(_DIGITS, "".join(pieces), 1)  # (as read_numbers)


@pytest.mark.parametrize(
    "text",
    ["5million people", "1.5.3", "3 in 4", "-12 and −7", "٣٤ firms", "twenty-five 5G", ""],
)
def test_a_piece_s_numbers_are_counted_as_the_pattern_counts_them(text: str) -> None:
    count, _ = _count(text, 0, len(text))
    assert count == len(_NUMBER.findall(text))


_YEAR_PIECES = st.sampled_from(
    ["19", "20", "2012", "1999", "1", "2", "0", ".", ",", "$", "a", " ", "%", "-", "٢٠١٢"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_YEAR_PIECES, max_size=14))
def test_years_are_found_from_the_first_digit_as_from_the_start(pieces: list[str]) -> None:
    _found_from_the_first_digit(_YEAR, "".join(pieces), 0)  # (as times.times)


_SENTENCE_PIECES = st.sampled_from(
    ["Dalian", " has", " 6", " million", ".", " ", "No.", " 1,", "x" * 600, "? ", "one", "\u2019"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=40), st.integers(1, 10_000))
def test_a_one_line_paragraph_s_sentences_are_those_of_the_offsets_mapped(
    pieces: list[str], line: int
) -> None:
    """A paragraph of one line is cut with its line number at once; the general path cuts
    it by offsets and maps each to the line it falls on, here always the one line."""
    text = "".join(pieces)
    assert _sentences([(line, text)]) == [p._replace(line=line) for p in sentences(text, 0)]


@st.composite
def _runs(draw: st.DrawFn) -> str:
    """A few pieces, each repeated up to thousands of times (what makes a pattern that
    backtracks slow)."""
    pieces = st.sampled_from(["u", "s", ".", " ", "'", "’", "us", "$", "1", ",", "000", "in "])
    parts = draw(st.lists(st.tuples(pieces, st.integers(1, 5000)), min_size=1, max_size=4))
    return "".join(piece * count for piece, count in parts)[:20_000]


@settings(max_examples=60, deadline=None)
@given(_runs())
def test_the_shortcuts_patterns_read_any_text_in_linear_time(text: str) -> None:
    started = time.process_time()
    lx.NOT_NAMES.sub(" ", text)
    _count(text, 0, len(text))
    out_of_every(text)
    assert time.process_time() - started < 0.5, repr(text[:80])


_RANKED_PIECES = st.sampled_from(
    [
        *("fourth", "2nd", "the best", "the largest", "in", "among", "of", " the", "the"),
        *(" ", "  ", "\n", "-", "x", "china", "ranks", "in ", "of\n", "5", "ranked"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_RANKED_PIECES, max_size=12), st.sampled_from(["", " "]))
def test_where_a_name_is_ranked_is_found_by_its_ending_as_by_the_pattern(
    pieces: list[str], glue: str
) -> None:
    before = glue.join(pieces)
    assert _ranked_in(before) == (_RANKED_IN.search(before) is not None)


# (letters beyond ASCII, a lone surrogate, a ligature, an Arabic-Indic digit, a no-break space)
_WORD_PIECES = st.sampled_from(
    [
        "one",
        "Two",
        "x9",
        "_",
        "-",
        " ",
        "\u00a0",
        "’",
        "'",
        "''",
        "é",
        "İ",
        "ı",
        "ſ",
        "K",
        "ﬁ",
        "٣",
        "中",
        "\ud800",
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=60) | st.lists(_WORD_PIECES).map("".join))
def test_the_words_of_a_text_are_those_the_patterns_find(text: str) -> None:
    assert letter_runs(text) == re.findall("[a-z]+", text)
    assert quoted_runs(text) == re.findall("[a-z][a-z']*", text)
    assert word_runs(text) == re.findall(r"\w+", text)
    assert word_places(text, word_runs(text)) == [m.start() for m in re.finditer(r"\w+", text)]
    assert has_digit(text) == (re.search(r"\d", text) is not None)
    digit = re.search(r"\d", text)
    assert first_digit(text) == (digit.start() if digit else -1)


_END_PIECES = st.sampled_from(
    [".", "!", "?", "。", "！", "？", '"', "”", "’", ")", "]", " ", "\n", "  ", "No", "1", "a", "é"]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_END_PIECES, max_size=30).map("".join))
def test_a_paragraph_s_ends_are_found_at_its_full_stops_as_by_the_pattern(text: str) -> None:
    assert _spans(_ends(text)) == _spans(_SENTENCE_END.finditer(text))


# Every hedge written plainly (its letters and spaces only), and the pieces of the others.
_HEDGE_WORDS = [
    said for _, words in HEDGES for said in words.split("|") if re.fullmatch(r"[a-z ]+", said)
]
_HEDGE_PIECES = st.sampled_from(
    [*_HEDGE_WORDS, "approx.", "c.", "~", "exceeding", "the", "this", "(", " ", "  ", "\n", "x"]
)


def test_the_longest_hedge_is_the_one_the_tail_search_allows_for() -> None:
    assert max(map(len, _HEDGE_WORDS)) + 1 == bounds._LONGEST_HEDGE


@settings(max_examples=1000, deadline=None)
@given(st.lists(_HEDGE_PIECES, max_size=12), st.sampled_from(["", " "]))
def test_a_hedge_is_found_from_the_end_as_from_the_start(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    tail = max(0, len(text.rstrip()) - bounds._LONGEST_HEDGE)
    found, tail_found = (
        bounds.ANY_HEDGE_BEFORE.search(text),
        bounds.ANY_HEDGE_BEFORE.search(text, tail),
    )
    assert (found and found.span()) == (tail_found and tail_found.span())


_RANK_PIECES = st.sampled_from(
    ["no.", "number", "ranks", "ranked", "rank", "#", "its", "s", "china's", "x", " ", "  ", "\n"]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_RANK_PIECES, max_size=10), st.sampled_from(["", " "]))
def test_a_rank_mark_is_found_from_the_end_as_from_the_start(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    tail = lx.RANK_BEFORE.search(text, max(0, len(text.rstrip()) - lx.LONGEST_RANK_MARK))
    assert (tail and tail.span()) == ((found := lx.RANK_BEFORE.search(text)) and found.span())
    assert (text[: tail.start()] if tail else text) == lx.RANK_BEFORE.sub("", text)


_SPACED_PIECES = st.sampled_from(["Dalian", "6", " ", "\u00a0", "\u2003", "\n", "\t", "x", "’"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_SPACED_PIECES, max_size=12).map("".join), st.integers(0, 3))
def test_a_sentence_s_spaces_are_those_the_pattern_skips(text: str, line: int) -> None:
    """A sentence is its text without the spaces either side, placed where ``\\s*`` ends."""
    begin = re.match(r"\s*", text).end()  # type: ignore[union-attr]
    piece = text[begin:].rstrip()
    found = _pieces(text, 0, len(text), line)
    assert [(p.text, p.line) for p in found] == ([(piece, line or begin)] if piece else [])
