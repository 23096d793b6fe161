"""A share written as a fraction in words ("three in four", "two-thirds") as a careful
fact-checker reads it (issue #19): a writer rounds a share to the simplest fraction
near it, so the words stand for the shares nearer them than any other fraction as
simple. "One in three" is 33 %, "two-thirds" is 70 %, "three in four" is not 70 %
(nearer two-thirds): not supported, and not contradicted either (within "about"'s
±10 % the two can both be a rounding). Sentences written for these tests."""

from __future__ import annotations

import pytest

from hubquery.hedges import fraction_in_words
from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Three in four iPads sold in the world are made in Chengdu.",
        "Chengdu turned out three-quarters of the world's iPads in 2022.",
        "Japan accounted for three in four dollars of Dalian's IT outsourcing exports in 2012.",  # 80 %
    ],
)
def test_a_fraction_nearer_another_is_not_supported(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert "stands for" in claim.notes[0].message
    assert "the source says only" in claim.notes[0].message


@pytest.mark.parametrize(
    "text",
    [
        "One in three laptops sold worldwide comes from Chongqing.",  # 33 %
        "Chengdu now makes two-thirds of the world's iPads.",  # 70 % (and 2019's two-thirds)
        "Two-thirds of the world's iPads were made in Chengdu in 2022.",  # 70 %
        "Chengdu makes seven in ten of the world's iPads.",  # 70 %
        "One in five laptops in the world is produced in Chengdu.",  # nearly 20 %
        "Half of the companies in Dalian Software Park are foreign-owned.",  # nearly half
        "A quarter of Dalian's GDP comes from its high-tech industry.",  # one quarter
        "Chongqing makes one in ten of the smartphones sold worldwide.",  # one in 10
    ],
)
def test_the_nearest_fraction_is_supported(text: str) -> None:
    assert [c.verdict for c in _check(text)] == ["supported"]


def test_a_hedged_fraction_keeps_the_hedges_tolerance() -> None:
    """ "About three in four" says it is rounded: 70 % is within about 75 %."""
    assert [
        c.verdict for c in _check("About three in four of the world's iPads are made in Chengdu.")
    ] == ["supported"]


@pytest.mark.parametrize(
    ("share", "low", "high"),
    [
        (75, 70.83, 77.5),  # between two-thirds and four-fifths
        (200 / 3, 63.33, 70.83),
        (100 / 3, 30.0, 36.67),  # "about"'s -10 % before the quarter's midpoint
        (50, 45.0, 55.0),
        (10, 9.0, 10.56),  # among tenths and ninths: one in nine is 11.1 %
    ],
)
def test_a_fraction_stands_for_the_shares_nearer_it(share: float, low: float, high: float) -> None:
    near = fraction_in_words(share)
    assert near is not None
    assert near.low is not None
    assert near.high is not None
    assert (round(near.low, 2), round(near.high, 2)) == (low, high)


@pytest.mark.parametrize("share", [5.0, 7.5, 0.0, 100.0, 150.0])
def test_no_fraction_of_ten_parts_or_fewer_is_left_alone(share: float) -> None:
    """Five cents of a dollar, 7.5 %, none or all: no simple fraction to round to."""
    assert fraction_in_words(share) is None
