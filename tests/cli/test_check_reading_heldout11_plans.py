"""A figure a plan sets aside, earmarks or allocates ("the city's plan earmarks 10 percent
of its GDP for automation by 2020") is the plan's goal, as what a plan "calls for" is
(issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_GOAL = "shenzhen · automation-spending-share-of-gdp · 2020 · as a goal"


@pytest.mark.parametrize(
    ("text", "verdict", "value"),
    [
        (
            "Shenzhen's automation plan earmarks 10 percent of annual GDP for replacing "
            "factory workers by 2020.",
            "contradicted",
            "10 %",
        ),
        (
            "The city's plan allocated 5 percent of Shenzhen's annual GDP to factory "
            "automation by 2020.",
            "supported",
            "5 %",
        ),
    ],
)
def test_what_a_plan_sets_aside_is_its_goal(text: str, verdict: str, value: str) -> None:
    assert _read(text) == [(verdict, f"{value} · {_GOAL}")]


def test_what_a_place_set_aside_with_no_plan_is_still_a_figure_that_held() -> None:
    assert _read("Shenzhen earmarked 5 percent of its GDP for automation in 2020.") == [
        ("contradicted", "5 % · shenzhen · automation-spending-share-of-gdp · 2020")
    ]
