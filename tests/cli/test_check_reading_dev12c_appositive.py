"""`check` on a figure in an appositive that describes what is named (issue #19):
"Chengdu, a city of 21 million spread across the Sichuan basin, hopes to …" says what
the place is, in passing: the figure held, not part of the goal the main clause states;
a figure the goal's own clause names stays a goal. Sentences written for these tests,
none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "Dalian, a seaport of six million facing the Korean peninsula, hopes to sell "
        "software as well as shipping.",
        "Dalian, a coastal city of six million at the southern tip of the Liaodong "
        "peninsula, wants to become a software hub.",
    ],
)
def test_a_figure_in_an_appositive_is_no_goal(text: str) -> None:
    assert _read(text) == [("supported", "6 million people · dalian · population")]


def test_a_figure_of_the_goals_own_clause_is_a_goal() -> None:
    assert _read("Dalian wants to become a city of six million by 2030.") == [
        ("unsupported", "6 million people · dalian · population · 2030 · as a goal")
    ]
