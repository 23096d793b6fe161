"""`check` on the years a change took (issue #19): "from X in 2010 to Y in 2013, more
than doubling in three years" states two levels, and the three years are the change's
span, not a figure of how long anything lasted (they were judged against the ten years
Dalian has focused on outsourcing: a false contradiction). Years a thing lasted ("for
three years") stay a figure. Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read


def test_the_years_after_a_change_from_one_level_to_another_are_its_span() -> None:
    assert _read(
        "Dalian's outsourcing revenue went from US$8.65 billion in 2010 to US$21.7 billion "
        "in 2013, more than doubling over three years."
    ) == [
        ("supported", "US$8.65 billion · dalian · outsourcing-revenue · 2010"),
        ("supported", "US$21.7 billion · dalian · outsourcing-revenue · 2013"),
    ]


def test_years_a_thing_lasted_stay_a_figure() -> None:
    assert _read(
        "Dalian has focused on outsourcing for three years, and its revenue went from "
        "US$8.65 billion in 2010 to US$21.7 billion in 2013."
    ) == [
        ("contradicted", "3 years · dalian · years-focused-on-outsourcing"),
        ("supported", "US$8.65 billion · dalian · outsourcing-revenue · 2010"),
        ("supported", "US$21.7 billion · dalian · outsourcing-revenue · 2013"),
    ]
