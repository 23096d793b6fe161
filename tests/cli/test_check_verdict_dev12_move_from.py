"""A move in a ranking "from 15th in 2013 to 14th" (issue #19): the year is the first
rank's, so the move runs from that year on, judged by the held ranks from it to a later
one (Dalian: 15th in 2013, 14th c. 2014); never a move within that year. The year of the
move itself ("climbed one place in 2014") stays a move into it. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Dalian gained a place among global outsourcing destinations, going from 15th in "
            "2013 to 14th.",
            "supported",
        ),
        (
            "Dalian climbed one spot in Tholons' list of outsourcing destinations, from 15th "
            "in 2013 to 14th.",
            "supported",
        ),
        (
            "Dalian slipped one position in the Tholons ranking of outsourcing cities, from "
            "14th in 2013 to 15th.",
            "contradicted",
        ),
    ],
)
def test_a_move_from_a_rank_of_a_year_runs_from_that_year(text: str, verdict: str) -> None:
    moves = [c for c in _check(text) if "place" in c.read_as]
    assert [c.verdict for c in moves] == [verdict]


def test_a_move_in_a_year_is_into_that_year() -> None:
    (move,) = [
        c
        for c in _check("Dalian climbed one place among outsourcing destinations in 2014.")
        if "place" in c.read_as
    ]
    assert move.verdict == "supported"
    assert "in 2014" in move.read_as
