"""`check` on the constructions claims_heldout6.tsv found misread (issue #19), each read
by a general rule tested here on sentences written for these tests (the set's own
sentence at most one case of several): a prospect ("tipped to become") is a goal."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xi'an is tipped to become China's fourth pole of production.",
            ("supported", "#4 · xian · production-pole-rank · as a goal"),
        ),
        (
            "Xi'an, poised to become China's fourth pole of production, keeps growing.",
            ("supported", "#4 · xian · production-pole-rank · as a goal"),
        ),
        (
            "Xi'an is on course to become the fourth pole of production in China.",
            ("supported", "#4 · xian · production-pole-rank · as a goal"),
        ),
        (
            "Chengdu's IT industry is set to become a 1 trillion yuan business.",
            ("supported", "CN¥1 trillion · chengdu · it-industry-revenue · as a goal"),
        ),
        (
            "Chengdu's IT industry is slated to become a 1 trillion yuan business.",
            ("supported", "CN¥1 trillion · chengdu · it-industry-revenue · as a goal"),
        ),
        # achieved, not a prospect: the source's figure is a goal, so contradicted
        (
            "Chengdu's IT industry became a 1 trillion yuan business.",
            ("contradicted", "CN¥1 trillion · chengdu · it-industry-revenue"),
        ),
    ],
)
def test_a_prospect_to_become_is_a_goal(text: str, expected: tuple[str, str]) -> None:
    """ "tipped", "poised", "slated", "set" to become and "on course to" state a prospect,
    judged as a target: the source's aspiration or plan supports it."""
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A dozen years before NPR's 2010 report, officials set the Dalian Software Park "
            "in motion.",
            ("supported", "1998 · dalian-software-park · year-established"),
        ),
        (
            "A decade after 1989, officials opened the Dalian Software Park.",
            ("supported", "1999 · dalian-software-park · year-established"),
        ),
        (
            "Two years later than 1996, the Dalian Software Park was founded.",
            ("supported", "1998 · dalian-software-park · year-established"),
        ),
        (
            "The Dalian Software Park opened two years after the 1997 crisis.",
            ("supported", "1999 · dalian-software-park · year-established"),
        ),
        (
            "Three years before 2010, the Dalian Software Park was founded.",
            ("contradicted", "2007 · dalian-software-park · year-established"),
        ),
    ],
)
def test_years_before_or_after_a_year_name_another_year(
    text: str, expected: tuple[str, str]
) -> None:
    """ "N years before/after YEAR" (a decade, "later than", "earlier than") is YEAR ± N:
    the year named (a report's, an event's) is a reference point, not the claim's."""
    assert _read(text) == [expected]


def test_a_span_before_a_year_is_no_year_moved() -> None:
    """ "in the ten years before 2010" is a span ending in 2010, not the year 2000."""
    text = "In the ten years before 2010, the Dalian Software Park grew to 300 companies."
    assert _read(text) == [
        ("unsupported", "300 companies · dalian-software-park · companies · 2000–2010")
    ]
