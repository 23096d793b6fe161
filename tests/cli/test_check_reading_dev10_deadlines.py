"""`check` on a goal's deadline said with "by" (issue #19): a sentence that states no
figure but a goal ("hopes to", "aims to", "plans to", "hopes that") and the year it is
to be met by ("… by 2020") claims that year as the goal's deadline, judged against the
deadline held; a year after "by" with no goal is no deadline.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "Zhongguancun hopes to be known the world over for innovation by 2020.",
        "Planners aim to turn Zhongguancun into a legend of technology by 2020.",
        "Beijing hopes that by 2020 Zhongguancun will be a world name in innovation.",
    ],
)
def test_the_year_after_by_is_the_goals_deadline(text: str) -> None:
    assert _read(text) == [("supported", "2020 · zhongguancun · target-year · as a goal")]


def test_another_deadline_is_contradicted() -> None:
    assert _read(
        "Zhongguancun plans to be a world-famous place for technology by the end of 2030."
    ) == [("contradicted", "2030 · zhongguancun · target-year · as a goal")]


def test_a_year_after_by_with_no_goal_is_no_deadline() -> None:
    assert _read("Zhongguancun had become a world-famous place for technology by 2020.") == []


def test_a_goal_with_a_figure_keeps_its_year_as_the_period() -> None:
    assert _read("Shenzhen hopes to spend 5% of its annual GDP on automation by 2020.") == [
        ("supported", "5 % · shenzhen · automation-spending-share-of-gdp · 2020 · as a goal")
    ]
