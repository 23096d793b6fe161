"""`check` on goals said in more ways (issue #19): "is hoping to", "is wanting to", "is
intending to" state a goal as "hopes to" does, and so does what a place "would need to"
or "needs to" do to meet one: the figure is a goal, judged against the goal held.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu is hoping to more than double its IT revenue by 2020.",
        "Chengdu was intending to more than double its IT revenue by 2020.",
        "Chengdu needs to more than double its IT revenue by 2020.",
    ],
)
def test_the_figure_is_a_goal(text: str) -> None:
    assert _read(text) == [
        ("supported", "more than 2× · chengdu · it-industry-revenue · 2020 · as a goal")
    ]
