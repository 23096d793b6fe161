""" "From X to Y" with no year: X held some time before Y, which no figure can exclude
(unsupported where none establishes it). The "to" is of a figure after it ("to US$21.7
billion", "to 14th"), never of a verb ("dates from 1980, when Beijing decided to
experiment"): there the year is the claim's own, and a held year that differs
contradicts it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        (
            "Hangzhou's designation as a cross-border e-commerce pilot city dates from 2015, "
            "when the State Council decided to widen the scheme.",
            ["contradicted"],
        ),
        (
            "The Dalian Software Park dates from 1996, when the city chose to build it.",
            ["contradicted"],
        ),
        (
            "Dalian's outsourcing revenue grew from US$7 billion to US$21.7 billion.",
            ["unsupported", "supported"],
        ),
        (
            "Dalian's outsourcing revenue grew from US$7 billion to some US$21.7 billion.",
            ["unsupported", "supported"],
        ),
    ],
)
def test_from_a_year_to_a_verb_is_no_earlier_time(text: str, verdicts: list[str]) -> None:
    assert [c.verdict for c in _check(text)] == verdicts
