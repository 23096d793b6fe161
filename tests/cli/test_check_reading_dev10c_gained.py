"""`check` on people a place gained or lost that its words name as a count the place
holds (issue #19): "Dalian gained 30,000 outsourcing employees" is a change of its
outsourcing employees, never of its population (a count of no change metric of its
own, so a change of it: unsupported by a level alone), while "gained 200,000
residents" stays its population's change.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "Dalian gained 40,000 outsourcing employees between 2010 and 2012.",
        "In 2012 Dalian's outsourcing firms added 5,000 employees.",
    ],
)
def test_people_gained_of_a_count_named_are_its_change(text: str) -> None:
    readings = _read(text)
    assert readings
    assert all(" · dalian · outsourcing-employees" in r for _, r in readings)
    assert all(v == "unsupported" for v, _ in readings)


def test_people_lost_are_never_judged_as_a_level() -> None:
    [(verdict, _)] = _read("In 2012 Dalian's outsourcing firms lost 5,000 employees.")
    assert verdict == "unsupported"


def test_residents_gained_are_the_populations_change() -> None:
    assert _read("Dalian gained 150,000 residents in 2012.") == [
        ("unsupported", "150,000 people · dalian · population-change · 2012")
    ]
