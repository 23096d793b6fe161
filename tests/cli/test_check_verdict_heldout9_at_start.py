"""A claim dated by its words to a place's beginning ("began life on", "opened with", "at
its opening") is of the time the source's figure is when that figure too is of the
beginning ("opened on 3sq km … in 1999"): a figure long before the source's date
contradicts it, as one of its own time would (issue #19). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("When it opened, the Dalian Software Park covered 12 square kilometres.", "contradicted"),
        ("The Dalian Software Park started out on about 3 km² of land.", "supported"),
        ("The Dalian Software Park covers about 12 square kilometres.", "unsupported"),
    ],
)
def test_a_claim_of_the_beginning_is_of_the_opening(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.metric_id) == (verdict, "area")
