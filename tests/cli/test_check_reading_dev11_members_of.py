""" "Two of China's four cities": the number before "of" and a place's name counts the
members named, not the group, as "two of the only four cities" always was (the group's
count is the number after it). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        (
            "Chengdu and Chongqing are two of China's four cities of more than 20 million people.",
            ["supported"],
        ),
        (
            "Chengdu and Chongqing rank as two of the country's four cities with over 20 million "
            "residents.",
            ["supported"],
        ),
        (
            "Chengdu and Chongqing are two of China's six cities of more than 20 million people.",
            ["contradicted"],
        ),
        ("China has two cities of more than 20 million people.", ["contradicted"]),
    ],
)
def test_the_members_before_of_a_places_group_are_no_count(text: str, verdicts: list[str]) -> None:
    assert [c.verdict for c in _check(text)] == verdicts
