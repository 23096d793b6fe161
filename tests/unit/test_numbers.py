"""The one number reader: where each number is, and how precisely it was written."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubquery.numbers import (
    _NUMBER_WORD,
    _has_number_word,
    count_in_words,
    may_state_numbers,
    normalise,
    read_numbers,
    stated_numbers,
    states,
)


def _longest(text: str) -> list[tuple[str, float]]:
    """The widest reading at each place, as a claim reader takes them."""
    numbers = sorted(read_numbers(text), key=lambda n: (n.start, -n.end))
    shown, end = [], -1
    for number in numbers:
        if number.start >= end:
            shown.append((normalise(text)[number.start : number.end], number.value))
            end = number.end
    return shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dalian has 6 million people", [("6 million", 6e6)]),
        ("about six million residents", [("six million", 6e6)]),
        ("US$21.7 billion in 2013", [("21.7 billion", 21.7e9), ("2013", 2013)]),
        ("two-thirds of all iPads", [("two-thirds", 2 / 3)]),
        ("one out of every three laptops", [("one out of every three", 1 / 3)]),
        ("480billion yuan", [("480billion", 480e9)]),
        ("2,300 companies", [("2,300", 2300)]),
    ],
)
def test_read_numbers_finds_each_number_where_it_is(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _longest(text) == expected


def test_rounding_is_half_the_last_written_digit() -> None:
    (number,) = [n for n in read_numbers("21.2 million") if n.kind == "digits"]
    assert number.rounding == pytest.approx(50_000)
    (plain,) = read_numbers("2,300")
    assert plain.rounding == 0


def test_ambiguous_dot_keeps_both_readings_english_last() -> None:
    (number,) = read_numbers("2.300")
    assert number.values == (2300, 2.3)
    assert number.value == 2.3


def test_stated_numbers_is_the_union_of_readings() -> None:
    assert states(200 / 3, stated_numbers("two-thirds of all iPads"))
    assert states(-2.8, stated_numbers("exports fell 2.8 percent"))
    assert not states(-2.8, stated_numbers("up 2.8 percent"))


def _words_by_every_window(text: str) -> list[tuple[int, int, float]]:
    """The numbers in words, read the slow, obvious way: every window of up to six words
    from every word (the reader reads only runs of number words: the same numbers)."""
    from hubquery.numbers import _WORD, _word_number

    words = list(_WORD.finditer(normalise(text).replace("-", " ")))
    found = []
    for start in range(len(words)):
        for end in range(start + 1, min(start + 6, len(words)) + 1):
            value = _word_number([w.group() for w in words[start:end]])
            if value is not None:
                found.append((words[start].start(), words[end - 1].end(), value))
    return found


_VOCABULARY = [
    "a",
    "an",
    "one",
    "two",
    "three",
    "six",
    "ten",
    "twenty",
    "five",
    "thousand",
    "hundred",
    "million",
    "billion",
    "bn",
    "m",
    "k",
    "dozen",
    "and",
    "of",
    "in",
    "the",
    "city",
    "people",
    "every",
    "out",
    "half",
    "third",
    "some",
    "nine",
    "2",
    "480",
    "-",
    "7x",
]


@given(st.lists(st.sampled_from(_VOCABULARY), max_size=14), st.sampled_from(["", " ", "-"]))
def test_numbers_in_words_are_those_of_every_window(words: list[str], glue: str) -> None:
    text = glue.join(words)
    # (a part of a scale, "half a thousand", is read apart, with its rounding: not a run)
    runs = [n for n in read_numbers(text) if n.kind == "words" and not n.rounding]
    assert [(n.start, n.end, n.value) for n in runs] == _words_by_every_window(text)


@given(st.lists(st.sampled_from([*_VOCABULARY, "nickel", "dollar", "for", "every"]), max_size=10))
def test_a_text_that_may_state_no_number_states_none(words: list[str]) -> None:
    text = normalise(" ".join(words))
    if not may_state_numbers(text):
        assert read_numbers(text) == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "one",
                "Sone",
                "someone",
                "six",
                "sixty",
                "-",
                " ",
                "first",
                "thirds",
                "a",
                "an",
                "hundred",
                "x",
                "9",
                "ten",
                "often",
                "Ten",
                "million",
                "bn",
                "largest",
                ".",
            ]
        ),
        max_size=20,
    )
)
def test_a_number_word_is_found_by_its_words_as_by_the_pattern(words: list[str]) -> None:
    text = "".join(words)
    assert _has_number_word(text) == (_NUMBER_WORD.search(text) is not None)


@pytest.mark.parametrize(
    "text",
    ["China's 5G work", "4G phones", "3D printing", "COVID-19 cases", "an F-35 order"],
)
def test_a_number_glued_into_a_name_is_no_number(text: str) -> None:
    """ "5G", "3D", "COVID-19" are names (as "G20" and "A380" are), no figure."""
    assert read_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5m people", [("5m", 5e6)]),
        ("the 1990s", [("1990", 1990.0)]),
        ("grew 5x", [("5", 5.0)]),
        ("20km away", [("20", 20.0)]),
        ("2010-2013", [("2010", 2010.0), ("2013", 2013.0)]),
        ("a 5-year plan", [("5", 5.0)]),
    ],
)
def test_a_number_beside_a_scale_a_decade_or_a_unit_is_read(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _longest(text) == expected


@pytest.mark.parametrize(
    ("text", "value"), [("two dozen", 24.0), ("a dozen", 12.0), ("dozen", 12.0)]
)
def test_a_dozen_multiplies(text: str, value: float) -> None:
    """ "two dozen" is 24 (it was read as 2 + 12), "a dozen" 12 (it was not read)."""
    assert max(n.value for n in read_numbers(text) if n.kind == "words") == value


@pytest.mark.parametrize(
    ("words", "count"),
    [("12", 12), ("twelve", 12), ("a dozen", 12), ("dozen", 12), ("two", 2), ("a", 1)],
)
def test_a_count_in_words_is_its_number(words: str, count: int) -> None:
    """The reader's events ("two years after …") and rewrites ("number two", "two and a
    half times") read a count's words by this one table."""
    assert count_in_words(words) == count


@pytest.mark.parametrize("words", ["several", "a few", "two dozen", "", "2.5"])
def test_other_words_are_no_count(words: str) -> None:
    assert count_in_words(words) is None
