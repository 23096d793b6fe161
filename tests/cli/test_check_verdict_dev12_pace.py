"""A multiple of a pace said in other words than "yearly pace" ("at more than eight times
the pace of the four years before", "per year, … ten times the earlier rate", "a year")
is of the two counts per year, each over its own window, as a yearly pace is
(test_check_verdict_dev10_paces.py): a pace is a count over time. A multiple of the
counts ("five times as many as in the four years before", "the total") stays of the
counts. Sentences written for these tests (Shenyang: more than 860 new robotics
companies in the two years to May 2022, 170 in the four before)."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Shenyang registered new robotics firms in the two years to 2022 at more than eight "
            "times the pace of the four years before.",
            "supported",
        ),
        (
            "Counted per year, Shenyang's new robotics registrations in the two years to 2022 "
            "ran at more than nine times the rate of the four years before.",
            "supported",
        ),
        (
            "Shenyang registered new robotics firms in the two years to 2022 at about three "
            "times the pace of the four years before.",
            "contradicted",
        ),
    ],
)
def test_a_multiple_of_a_pace_is_of_the_counts_per_year(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == verdict
    assert "a year" in claim.notes[0].message


def test_a_multiple_of_as_many_is_of_the_counts() -> None:
    (claim,) = _check(
        "Shenyang's new robotics registrations in the two years to 2022 came to more than "
        "five times the number of the four years before."
    )
    assert "a year" not in claim.notes[0].message
