"""A claim of a part judged by its whole's figure (issue #19): where the dataset has a
figure only for the whole a place is part of (the places named as a list, "Chengdu and
Chongqing", or a place above it), a careful fact-checker knows a part is never more
than its whole, so a part claimed above the whole's figure is contradicted; anything
else is unsupported, with what the source says of the whole. Only of what adds up:
counts, money, areas and shares of a total outside the place, never a share of its own
things ("of the place's GDP"), a rank or a year. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        # Chengdu and Chongqing together: about a third of the world's industry
        "Chengdu's electronic information sector by itself makes up half of the global industry.",
        "Chongqing's electronics industry was 40 percent of the world's in 2022.",
        # Dalian, which Dalian Software Park is part of: nearly 1,000 outsourcing companies
        "Dalian Software Park has more than 2,000 service outsourcing companies.",
    ],
)
def test_a_part_claimed_above_its_whole_is_contradicted(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "contradicted"
    assert "a part of it, cannot be more than that" in claim.notes[0].message


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Chongqing alone accounts for a fifth of the global electronic information industry.",
            "for Chengdu and Chongqing as a whole",
        ),
        ("Chengdu has 2,000 IoT companies.", "for Sichuan as a whole"),
        ("Nanchang has attracted more than 400 VR companies.", "for Jiangxi as a whole"),
    ],
)
def test_a_part_within_its_whole_is_not_established(text: str, whole: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert "the source says only" in claim.notes[0].message
    assert whole in claim.notes[0].message


def test_a_share_of_a_places_own_things_is_not_judged_by_its_whole() -> None:
    """Zhongguancun's share of its own GDP is no part of Dalian's or Beijing's share."""
    (claim,) = _check("High-tech industry makes up 90 percent of Zhongguancun's GDP.")
    assert claim.verdict == "unsupported"
    assert claim.notes[0].kind == "missing"
