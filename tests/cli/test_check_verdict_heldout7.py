"""Verdict rules for the causes claims_heldout7 showed (issue #19), each tested on
sentences written for these tests (a heldout7 sentence is at most one case of a rule):
a count over a span the source splits into spans meeting end to start is their sum,
derived, never judged against one of them."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "In the six years to 2022 Shenyang registered more than 1,000 new robotics firms.",
        "Between 2016 and 2022 more than 1,000 robotics companies were registered in Shenyang.",
    ],
)
def test_a_span_the_source_splits_is_judged_by_their_sum(text: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == ("supported", True)
    assert claim.notes[0].message.startswith("hubquery derives more than 1,030 companies")


def test_a_sum_of_spans_still_contradicts_what_it_excludes() -> None:
    (claim,) = _check(
        "Between 2016 and 2022 fewer than 900 robotics companies were registered in Shenyang."
    )
    assert claim.verdict == "contradicted"
    assert "hubquery derives more than 1,030 companies" in claim.notes[0].message


def test_a_span_one_held_span_covers_is_judged_by_it_alone() -> None:
    (claim,) = _check(
        "In the two years to 2022 more than 800 robotics companies were registered in Shenyang."
    )
    assert (claim.verdict, claim.derived) == ("supported", False)
