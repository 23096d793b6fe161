"""The number reader's shortcuts (issue 24: check's speed on prose), each pinned to the
slow path it stands for: a pattern tried from a later place of the text finds what it
finds tried from the start, and a count made in parts is the pattern's count."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubquery.numbers import _ANY_DIGIT, _DIGITS, _OUT_OF, out_of_every
from hubquery.query.draft import _NUMBER, _count


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


@settings(max_examples=500, deadline=None)
@given(st.lists(_DIGIT_PIECES, max_size=16))
def test_digits_are_found_from_the_first_digit_as_from_the_start(pieces: list[str]) -> None:
    text = "".join(pieces)
    digit = _ANY_DIGIT.search(text)
    shortcut = _DIGITS.finditer(text, max(0, digit.start() - 1)) if digit else iter(())
    assert _spans(shortcut) == _spans(_DIGITS.finditer(text))


@pytest.mark.parametrize(
    "text",
    ["5million people", "1.5.3", "3 in 4", "-12 and −7", "٣٤ firms", "twenty-five 5G", ""],
)
def test_a_piece_s_numbers_are_counted_as_the_pattern_counts_them(text: str) -> None:
    count, _ = _count(text, 0, len(text))
    assert count == len(_NUMBER.findall(text))
