"""`check` on the years of a move in a ranking (issue #19): "from 2013 to 2014" is the
move between the ranks of those years (it raised an internal error: the from-to time
was never reached), "from 15th in 2013 to 14th in 2014" the same, and "to 14th the next
year" the year after the one named before it.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Dalian went up one place in the Tholons ranking from 2013 to 2014.", "supported"),
        ("Dalian fell one place in the Tholons ranking from 2013 to 2014.", "contradicted"),
    ],
)
def test_a_move_from_one_year_to_another(text: str, verdict: str) -> None:
    assert _read(text) == [
        (
            verdict,
            f"{'up' if 'up' in text else 'down'} 1 place 2013–2014 · dalian"
            " · outsourcing-destination-rank",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dalian moved up a place in the Tholons ranking, from 15th in 2013 to 14th in 2014.",
        "Dalian rose one notch in the Tholons table, from 15th in 2013 to 14th the next year.",
    ],
)
def test_a_move_between_the_years_of_its_ranks(text: str) -> None:
    assert ("supported", "up 1 place 2013–2014 · dalian · outsourcing-destination-rank") in (
        _read(text)
    )
