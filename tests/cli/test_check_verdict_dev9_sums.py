"""A sum of places' shares claimed "together" or "between them", the places named in
any order, and judged as a sum (issue #19): a bound ("more than half") is established
only where every value the figures' words admit passes it ("one out of every three"
stands for 30-36.67 %, "nearly 20 percent" for 18-20 %: 48-56.67 % in all, which
may be less than half); a rounding ("roughly half") is judged against the figures as
stated. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Together, Chongqing and Chengdu make more than half of the world's laptops.",
            "unsupported",
        ),
        ("Chengdu and Chongqing between them make over half the world's laptops.", "unsupported"),
        (
            "Chongqing and Chengdu together turn out roughly half of the world's laptops.",
            "supported",
        ),
        (  # (a share sold and a share produced: two totals, so never contradicted)
            "Together, Chongqing and Chengdu make over 80 percent of the world's laptops.",
            "unsupported",
        ),
        ("Combined, Chongqing and Chengdu make more than 40 percent of all laptops.", "supported"),
    ],
)
def test_a_sum_of_two_places_shares(text: str, verdict: str) -> None:
    [claim] = _check(text)
    assert (claim.verdict, claim.derived, claim.metric_id) == (verdict, True, "laptop-share")
    assert set(claim.fact_ids) == {"chengdu-laptop-share-2022", "chongqing-laptop-share-2022"}


def test_each_place_alone_is_its_own_figure() -> None:
    claims = _check("Chongqing makes a third of the world's laptops and Chengdu nearly 20 percent.")
    assert [(c.verdict, c.derived) for c in claims] == [("supported", False)] * 2
