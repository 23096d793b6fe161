"""Words that name the place by its kind ("the park's 2,300 companies" of Zhongguancun
Science Park) name no basis of its figures, even where a basis says the same word ("per
the park's administrative authority"): the claim is judged against the figure of no
named basis (issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "In 2012 the park's 2,300 companies made Zhongguancun Beijing's busiest science park.",
        "The park had 2,300 companies in 2012, Zhongguancun's own figures show.",
    ],
)
def test_the_place_by_its_kind_names_no_basis(text: str) -> None:
    [claim] = _check(text)
    assert (claim.verdict, claim.fact_ids) == ("supported", ("zhongguancun-companies-2012",))


def test_a_basis_named_by_its_own_word_still_counts() -> None:
    [claim] = _check("Zhongguancun's park authority registered more than 3,000 companies.")
    assert (claim.verdict, claim.fact_ids) == (
        "supported",
        ("zhongguancun-registered-companies-2013",),
    )
