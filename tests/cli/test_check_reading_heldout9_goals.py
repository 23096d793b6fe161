"""`check` on a goal's starting point (issue #19): in a sentence of a goal, the figure
after "from" ("aims to grow revenue from 480 billion yuan to …") is where the goal
starts, never of the goal's deadline (judged as the level held before the goal); the
figure after its "to" is the goal, of the deadline.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read


def test_from_a_level_to_a_goal() -> None:
    assert _read(
        "Chengdu aims to grow its IT industry's revenue from 480 billion yuan to 1 trillion"
        " yuan by 2020."
    ) == [
        ("supported", "CN¥480 billion · chengdu · it-industry-revenue · as a goal"),
        ("supported", "CN¥1 trillion · chengdu · it-industry-revenue · 2020 · as a goal"),
    ]


def test_the_start_of_a_goal_is_not_of_its_deadline() -> None:
    assert ("supported", "CN¥480 billion · chengdu · it-industry-revenue") in _read(
        "Chengdu wants to more than double its IT revenue from 480 billion yuan by 2020."
    )


def test_from_to_with_no_goal_is_a_change_as_before() -> None:
    assert ("supported", "CN¥480 billion · chengdu · it-industry-revenue") in _read(
        "Chengdu's IT revenue grew to 480 billion yuan."
    )
