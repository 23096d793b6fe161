"""A figure said to be reached "right on target" states the goal's amount as reached
(issue #19: "contradicted … the claim states as achieved what the source states as a
target"), as "hit its goal of 1 trillion yuan" does; "on target to reach", "on target for"
is still a goal. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Shenzhen spent 5 percent of its GDP on automation in 2020, right on target.",
        "Chengdu's IT revenue reached 1 trillion yuan in 2020, bang on target.",
        "Shenzhen put 5% of its annual GDP into automation by 2020, exactly on schedule.",
    ],
)
def test_a_figure_reached_on_target_is_a_target_stated_as_achieved(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "contradicted"
    assert claim.notes[0].kind == "target-as-achieved"


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu is on target to reach 1 trillion yuan in IT revenue by 2020.",
        "Chengdu's IT industry was on target for 1 trillion yuan in revenue by 2020.",
        "Shenzhen's target is to spend 5 percent of its GDP on automation by 2020.",
    ],
)
def test_on_target_to_or_for_is_still_a_goal(text: str) -> None:
    assert [c.verdict for c in _check(text)] == ["supported"]
