"""A figure that a relative clause states (", which is about 21 million") is of the noun
phrase the clause follows, and so of the place that phrase names ("Chengdu's
population", "that of Chengdu"), not of the sentence's subject (issue #19). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dalian's population is well below Chengdu's population, which is about 21 million.",
            ("supported", "about 21 million people · chengdu · population"),
        ),
        (
            "Dalian's population is well below that of Chengdu, which is about 21 million.",
            ("supported", "about 21 million people · chengdu · population"),
        ),
        (
            "Chengdu's population is well above Dalian's, which is about 6 million.",
            ("supported", "about 6 million people · dalian · population"),
        ),
    ],
)
def test_a_relative_clause_states_its_antecedents_figure(
    text: str, expected: tuple[str, str]
) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause states no figure of a phrase: the sentence's place, as before
        (
            "Chengdu's population has grown quickly, which is why it is about 21 million.",
            ("supported", "about 21 million people · chengdu · population"),
        ),
        # the figure is stated before the relative clause
        (
            "Chengdu's population, which is about 21 million, dwarfs Dalian's.",
            ("supported", "about 21 million people · chengdu · population"),
        ),
    ],
)
def test_a_figure_outside_the_clause_is_read_as_before(
    text: str, expected: tuple[str, str]
) -> None:
    assert _read(text) == [expected]
