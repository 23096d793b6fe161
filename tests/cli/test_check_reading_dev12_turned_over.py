"""Companies that "turned over" a sum (the verb of a turnover, before a sum) are counted
by their turnover, as "had a turnover of" is (issue #19: a verb for its noun): a share of
the place's companies that did is the count of that part over the whole, derived
(Zhongguancun, 2012: more than 300 of 2,300 companies had a turnover of more than 1
billion yuan). "Turned over" of anything but a sum ("turned over its land") is no
turnover. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Over one in ten of Zhongguancun's 2,300 companies turned over more than a billion "
        "yuan in 2012.",
        "At least one in ten of Zhongguancun's 2,300 companies turned over more than 1 "
        "billion yuan in 2012.",
    ],
)
def test_a_share_of_companies_that_turned_over_a_sum(text: str) -> None:
    claims = _check(text)
    assert {c.sentence_verdict for c in claims} == {"supported"}
    assert any("300 companies of 2,300 companies" in n.message for c in claims for n in c.notes)


def test_turned_over_of_no_sum_is_no_turnover() -> None:
    claims = _check("Zhongguancun turned over its land to 2,300 companies.")
    assert not any("turnover" in c.read_as for c in claims)


def test_a_place_that_turned_over_a_sum_had_that_turnover() -> None:
    """The park's sales of 2010, US$4.5 billion (its revenue: "turnover" is one of its
    names)."""
    claims = _check("In 2010 the Dalian Software Park turned over US$4.5 billion.")
    assert [(c.verdict, c.read_as) for c in claims] == [
        ("supported", "US$4.5 billion · dalian-software-park · revenue · 2010")
    ]
