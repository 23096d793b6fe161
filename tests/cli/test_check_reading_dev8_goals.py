"""`check` on a figure stated as already reached beside the goal it was (issue #19):
"is already earning 1 trillion yuan, the figure it had targeted for 2020" states the
goal as met (the source gives only the goal: contradicted, a target stated as
achieved); it was read as the goal itself and supported. "Already expected to" stays a
goal. Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read

_OF = "chengdu · it-industry-revenue"


def test_already_before_the_figure_states_it_as_reached() -> None:
    assert _read(
        "Chengdu's IT sector is already earning 1 trillion yuan of revenue, the figure it "
        "had targeted for 2020."
    ) == [("contradicted", f"CN¥1 trillion · {_OF} · 2020")]


def test_already_expected_stays_a_goal() -> None:
    assert _read("Chengdu's IT industry is already expected to earn 1 trillion yuan by 2020.") == [
        ("supported", f"CN¥1 trillion · {_OF} · 2020 · as a goal")
    ]
