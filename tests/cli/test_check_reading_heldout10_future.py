"""A figure said of what a place is to be in the future ("billed as its future fourth
pole", "a future number four") claims the goal, as "aims to be" does: a source's
aspiration supports it; said of what the place is now, it stays contradicted by one
(issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Boosters describe Xi'an as the future fourth production pole of China.", "supported"),
        ("Xi'an is already China's fourth pole of production.", "contradicted"),
    ],
)
def test_a_future_figure_is_a_goal(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.metric_id) == (verdict, "production-pole-rank")
