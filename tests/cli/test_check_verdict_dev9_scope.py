"""A figure claimed of a wider scope of the place than its held figures say they are of
("if you count the whole metro", "in the metropolitan area", "the urban area") is
neither supported nor contradicted by the city's own figure (issue #19): unsupported,
basis-differs. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Counting its whole metropolitan area, Xi'an is home to some 13 million people.",
        "Xi'an's metro area has 8.5 million residents.",
        "The wider urban area of Chengdu holds about 25 million people.",
    ],
)
def test_a_wider_scope_is_not_the_citys_figure(text: str) -> None:
    [claim] = _check(text)
    assert (claim.verdict, claim.metric_id) == ("unsupported", "population")
    assert claim.notes[0].kind == "basis-differs"
    assert (
        "metropolitan" in claim.notes[0].message
        or "metro" in claim.notes[0].message
        or ("urban area" in claim.notes[0].message)
    )


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Xi'an has a population of about 8.5 million.", "supported"),
        ("Xi'an, whose metro lines are busy, has 20 million people.", "contradicted"),
    ],
)
def test_the_citys_own_figure_still_judges(text: str, verdict: str) -> None:
    [claim] = _check(text)
    assert claim.verdict == verdict
