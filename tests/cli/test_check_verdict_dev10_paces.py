"""A multiple said of a yearly pace ("ran at more than ten times their earlier yearly
pace", "at three times the annual rate of the years before") is of the two counts per
year, each over its own window: more than 860 in two years is more than 430 a year, 170
in four 42.5 a year, a ratio above 10.1, where the counts alone give 5.06. Counts over
windows of one length, or a multiple of the counts themselves, are left as they are.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Robotics start-ups in Shenyang were registered at over ten times the earlier "
            "annual rate in the two years to 2022.",
            "supported",
        ),
        (
            "Shenyang's yearly pace of new robotics registrations in the two years to 2022 was "
            "more than eight times that of the four years before.",
            "supported",
        ),
        (
            "Robotics start-ups in Shenyang were registered at about three times the earlier "
            "annual rate in the two years to 2022.",
            "contradicted",
        ),
    ],
)
def test_a_multiple_of_a_yearly_pace_is_of_the_counts_per_year(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == verdict
    assert "a year" in claim.notes[0].message


def test_a_multiple_of_the_counts_is_of_the_counts() -> None:
    """ "more than five times the total of the four years before": 860 over 170."""
    (claim,) = _check(
        "Shenyang's new robotics registrations in the two years to 2022 were more than five "
        "times the total of the four years before."
    )
    assert claim.verdict == "supported"
    assert "a year" not in claim.notes[0].message
