"""The level a goal is to be reached from ("would mean lifting its revenue from CN¥480
billion", "has to grow from CN¥480 billion") is a level held before the goal, not the goal:
a figure of it held earlier establishes it, the goal never contradicts it, and with no
year said, no figure excludes it (issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu's goal for 2020 means lifting IT industry revenue from 480 billion yuan.",
        "To meet its 2020 target, Chengdu's IT industry must grow its revenue from about 480 "
        "billion yuan.",
    ],
)
def test_the_level_a_goal_starts_from_is_held_before_it(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "supported"
    assert claim.read_as.startswith(("CN¥480 billion", "about CN¥480 billion"))
    assert [f.period for f in claim.facts] == ["2017/2018"]


def test_a_level_no_figure_holds_is_not_established() -> None:
    (claim,) = _check(
        "Chengdu's 2020 goal would mean tripling its IT industry's revenue from 300 billion yuan."
    )
    assert claim.verdict == "unsupported"
    assert claim.read_as.startswith("CN¥300 billion")


def test_the_goal_itself_is_still_a_goal() -> None:
    (claim,) = _check("Chengdu's IT industry aims to reach revenue of 2 trillion yuan by 2020.")
    assert claim.verdict == "contradicted"
