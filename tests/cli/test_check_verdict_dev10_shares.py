"""A share of one of the place's counts that another of its counts is a part of, its
whole named by a clause before it ("Of the patent applications filed …, fewer than one in
four were granted") or after it, a remark in brackets between ("one in four of its
patent applications (January to October 2012) were granted"): the part over the whole,
derived (1,205 of 5,280 is 22.8 %). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Of the 5,280 patent applications filed in Dalian from January to October 2012, fewer "
            "than one in four were granted.",
            "supported",
        ),
        (
            "Of the patent applications filed in Dalian from January to October 2012, more "
            "than half were granted.",
            "contradicted",
        ),
        (
            "Fewer than one in four of Dalian's patent applications (January to October 2012) "
            "were granted.",
            "supported",
        ),
        (
            "One in two of Dalian's patent applications (January to October 2012) were granted.",
            "contradicted",
        ),
    ],
)
def test_a_share_of_a_count_another_count_is_part_of(text: str, verdict: str) -> None:
    claim = _check(text)[-1]  # (the share; "5,280 patent applications" is a claim of its own)
    assert claim.verdict == verdict
    assert claim.read_as.split(" · ")[2] == "patents-granted"
    assert "hubquery derives" in claim.notes[0].message
