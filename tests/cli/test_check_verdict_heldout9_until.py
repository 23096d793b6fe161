"""A figure the source says held until a time ("Until the late 1970s Shenzhen was a small
town of less than 300,000 inhabitants") held in the years before it too: it judges a claim
of an earlier period ("in the mid-1970s", "in 1975"), never one of a later (issue #19).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In 1975 Shenzhen was home to over 400,000 people.", "contradicted"),
        ("Shenzhen had fewer than 350,000 residents in the mid-1970s.", "supported"),
        ("Shenzhen had more than a million residents in 1985.", "unsupported"),
    ],
)
def test_a_figure_held_until_a_time_held_before_it(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.metric_id) == (verdict, "population")
