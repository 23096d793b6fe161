"""A goal said to be met states its amount as reached (issue #19: "contradicted … the
claim states as achieved what the source states as a target"), however the amount is
written into the goal's name: "hit its 5-percent goal", "met its 2020 target of a
trillion yuan", as "hit its goal of 1 trillion yuan" always was. A goal's deadline said to
be met ("met its 2020 deadline", "achieved its 2020 deadline of becoming …") is not an amount
reached: the source's goal does not say whether it was met (unsupported). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Shenzhen hit its 5 percent automation goal in 2020.",
        "Chengdu reached its 1-trillion-yuan IT revenue target in 2020.",
        "Chengdu met its 2020 target of a trillion yuan in IT revenue.",
        "Shenzhen hit its 2020 automation target of 5 percent of GDP.",
    ],
)
def test_a_goals_amount_said_to_be_met_is_a_target_stated_as_achieved(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "contradicted"
    assert claim.notes[0].kind == "target-as-achieved"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Zhongguancun met its 2020 innovation deadline.", "unsupported"),
        ("Zhongguancun achieved its 2020 deadline of becoming a world leader.", "unsupported"),
        ("Chengdu set itself a 1-trillion-yuan IT revenue goal for 2020.", "supported"),
        ("Chengdu was on course to hit its 1-trillion-yuan IT revenue goal by 2020.", "supported"),
        ("Shenzhen aims to hit its 5 percent automation target by 2020.", "supported"),
    ],
)
def test_a_deadline_met_or_a_goal_not_said_to_be_met(text: str, verdict: str) -> None:
    assert [c.verdict for c in _check(text)] == [verdict]
