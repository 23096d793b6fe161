"""A fall said by a verb's plain form after "did", "to" or a question ("did it really
drop 38.6 percent", "didn't it shrink 7 %?") is a change below zero, as "fell" and
"shrank" are; and a fall negated ("did not decline 25 percent", "never fell 20 %") is a
fall smaller than it, as "did not grow 20 percent" is a rise smaller than it (issue
#19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        (
            "Did the Dalian Software Park's sales really drop 38.6 percent in 2010?",
            "-38.6 % · dalian-software-park · revenue-growth · 2010",
        ),
        (
            "Didn't Hefei's AI company count shrink 23.2% in 2021? It did not.",
            "-23.2 % · hefei · ai-companies-growth · 2021",
        ),
        (
            "The Dalian Software Park's exports did decline 25.6 percent in 2010, some say.",
            "-25.6 % · dalian-software-park · export-revenue-growth · 2010",
        ),
    ],
)
def test_a_fall_in_a_verbs_plain_form_is_below_zero(text: str, read_as: str) -> None:
    assert _read(text) == [("contradicted", read_as)]


@pytest.mark.parametrize(
    "text",
    [
        "Hefei's AI company count did not decrease 23.2 percent in 2021.",
        "Hefei's AI company count never fell 23.2 percent in 2021.",
        "The Dalian Software Park's exports didn't shrink 25.6 percent in 2010.",
    ],
)
def test_a_fall_negated_is_a_smaller_fall(text: str) -> None:
    assert {verdict for verdict, _ in _read(text)} == {"supported"}


def test_a_rise_negated_is_still_a_smaller_rise() -> None:
    assert _read("Hefei's AI company count did not grow 23.2 percent in 2021.") == [
        ("contradicted", "less than 23.2 % · hefei · ai-companies-growth · 2021")
    ]
