"""A count of all there are ("there are 5,000 start-ups in Zhongguancun") is no rate: the
source's figure of how many are made each period ("two new start-ups every two days")
never contradicts it; a claim of that rate still is judged by it (issue #19). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Zhongguancun is home to roughly 5,000 start-ups.",
        "There are maybe 20,000 startups in Zhongguancun today.",
    ],
)
def test_a_count_of_all_is_no_rate(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert claim.metric_id == "returnee-startups-every-two-days"
    assert "a rate" in claim.notes[0].message


def test_a_rate_is_judged_by_the_rate() -> None:
    (claim,) = _check("Returnees create ten new start-ups in Zhongguancun every two days.")
    assert claim.verdict == "contradicted"
