"""A move in a ranking written with no verb ("14th, up one place from 2013") is a move
(issue #19), and "from 2013" dates it as "since 2013" does; the rank stated beside it is
not of the year it moved from. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "move", "verdict"),
    [
        (
            "Tholons puts Dalian 14th among the world's outsourcing destinations, up one "
            "place from 2013.",
            "up 1 place from 2013 · dalian · outsourcing-destination-rank",
            "supported",
        ),
        (
            "Ranked 14th among the world's outsourcing destinations, Dalian is up one place "
            "since 2013.",
            "up 1 place since 2013 · dalian · outsourcing-destination-rank",
            "supported",
        ),
        # #15 (2013) to #14 (c. 2014) is a rise
        (
            "Dalian is the world's 14th largest outsourcing destination, down one place from 2013.",
            "down 1 place from 2013 · dalian · outsourcing-destination-rank",
            "contradicted",
        ),
    ],
)
def test_a_move_with_no_verb_and_the_rank_after_it(text: str, move: str, verdict: str) -> None:
    rank, moved = _check(text)
    assert (rank.verdict, rank.read_as) == (
        "supported",
        "#14 · dalian · outsourcing-destination-rank",
    )
    assert (moved.verdict, moved.read_as, moved.derived) == (verdict, move, True)


def test_a_rank_in_the_year_it_moved_into_keeps_its_year() -> None:
    """ "In 2013" dates the rank stated: Dalian was 15th then, not 14th."""
    rank, _ = _check(
        "Dalian was the world's 14th largest outsourcing destination in 2013, up one place."
    )
    assert (rank.verdict, rank.read_as) == (
        "contradicted",
        "#14 · dalian · outsourcing-destination-rank · 2013",
    )
