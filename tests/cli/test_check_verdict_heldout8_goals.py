"""How far a level has come toward a goal (issue #19, on heldout8's misses; sentences
written for these tests, never copied from a claim set): "more than halfway to its goal
of 1 trillion yuan" is the newest level held before the goal's date over the goal
(CN¥480 billion of CN¥1 trillion, 48 %), derived, judged against the part of the way the
claim names; a claim of a year is of a level of that year only."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check

_DERIVED = (
    "hubquery derives 48 % of the way from CN¥480 billion (c. 2017/2018) to the goal of "
    "CN¥1 trillion (target for 2020) — no source prints it"
)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Chengdu's IT sector is now well over halfway to its target of CN¥1 trillion in "
            "revenue.",
            "contradicted",
        ),
        (
            "Chengdu's IT sector had covered nearly half way to its CN¥1 trillion revenue goal.",
            "supported",
        ),
        (
            "In 2018 Chengdu's IT sector stood less than halfway towards its target of CN¥1 "
            "trillion in revenue.",
            "supported",
        ),
        (
            "Chengdu's IT sector is about three-quarters of the way to its target of CN¥1 "
            "trillion in revenue.",
            "contradicted",
        ),
    ],
)
def test_the_way_to_a_goal_is_the_level_over_the_goal(text: str, verdict: str) -> None:
    claim = next(c for c in _check(text) if c.metric_id == "it-industry-revenue")
    assert (claim.verdict, claim.derived) == (verdict, True)
    assert claim.notes[0].message == _DERIVED


def test_the_way_to_a_goal_in_a_year_no_level_is_held_for_is_not_derived() -> None:
    (claim,) = _check(
        "By 2015 Chengdu's IT sector was more than halfway to its target of CN¥1 trillion "
        "in revenue."
    )
    assert claim.verdict == "unsupported"
    assert not claim.derived
