"""A source's figure bounded on one side ("more than 90 per cent") establishes a claim
bounded the same way ("over 85 per cent"), never a claim of a figure near a point
("about 96 per cent"): only a share's own ceiling, 100 %, closes the source's other end,
and that is no evidence of where the figure lies (issue #19). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from hubquery.hedges import Interval
from hubquery.judgement.claims import claim_interval, contains
from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Roughly 96 percent of graduates of the Neusoft institute find IT-related work.",
        "Some 93 per cent of the Neusoft institute's graduates go into IT jobs.",
    ],
)
def test_a_bound_does_not_establish_a_point(text: str) -> None:
    claims = _check(text)
    assert [c.verdict for c in claims] == ["unsupported"]
    assert claims[0].read_as.startswith("about 9")


@pytest.mark.parametrize(
    "text",
    [
        "More than 85 percent of the Neusoft institute's graduates work in IT.",
        "Over 90 per cent of the Neusoft institute's graduates get IT jobs.",
    ],
)
def test_a_bound_establishes_a_looser_bound(text: str) -> None:
    claims = _check(text)
    assert [c.verdict for c in claims] == ["supported"]
    assert claims[0].read_as.startswith("more than ")


def test_about_a_share_is_not_cut_at_the_ceiling() -> None:
    # about 95 % is 85.5-104.5 %: cut at 100 it would read as "at least 85.5 %"
    about = claim_interval(95, "about", "share")
    assert about == Interval(85.5, 104.5)
    assert not contains(about, Interval(90, None, low_open=True))
    assert claim_interval(85, "more than", "share") == Interval(85, 100.0, low_open=True)
