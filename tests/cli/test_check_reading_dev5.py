"""`check` reading the constructions claims_dev5.tsv missed (issue #19), each on
sentences written for these tests, not the set's: a year in a comparison ("above where
it stood in 2013") is not the figure's; "the two years leading up to the spring of 2022"
is a span, and "the previous four years" after a figure is that figure's own; a bound
written after the number ("1,500 at most"); "to pass" as a lower bound; a goal "hit" is a
claim that it was reached; a plan the clause is set under ("under its five-year plan")
is a frame, not its subject; an organisation's figure held for one of its places does
not contradict a claim that names none of them."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check, _read


def test_a_year_in_a_comparison_is_not_the_figures() -> None:
    """ "now 14th, above where it stood in 2013": 14th is now, 2013 is what it is
    compared with."""
    assert _read(
        "Dalian is now the world's 14th outsourcing destination, a place higher than where it stood in 2013."
    ) == [("supported", "#14 · dalian · outsourcing-destination-rank · now")]


def test_a_span_leading_up_to_a_time_and_a_previous_span_of_its_own() -> None:
    """ "the two years leading up to the spring of 2022" is 2020–2022; "170 across the
    previous four years" is counted over four years, and that window is 170's alone."""
    assert _read(
        "Over the two years leading up to the spring of 2022, Shenyang saw more than 860 "
        "new robotics firms registered, compared with 170 across the previous four years."
    ) == [
        ("supported", "more than 860 companies · shenyang · new-robotics-companies · 2020–2022"),
        ("supported", "170 companies · shenyang · new-robotics-companies · the 4 years before"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sichuan counted 1,500 IoT firms at most in 2021.", "contradicted"),
        ("Sichuan counted 1,500 IoT firms at the very least in 2021.", "supported"),
        ("Sichuan counted 1,500 IoT firms or fewer in 2021.", "contradicted"),
    ],
)
def test_a_bound_after_the_number(text: str, expected: str) -> None:
    """The source says more than 1,500: "1,500 at most" cannot be true with it."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}


def test_to_pass_a_figure_is_more_than_it() -> None:
    assert _read("Chengdu's economy expanded 7.7% in a year, enough to pass US$160 billion.") == [
        ("supported", "7.7 % · chengdu · gdp-growth"),
        ("supported", "more than US$160 billion · chengdu · gdp"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu's IT sector met its target of 1 trillion yuan in revenue by 2020.",
        "Chengdu's IT industry reached its goal of 1 trillion yuan of revenue in 2020.",
    ],
)
def test_a_goal_met_is_a_claim_that_it_was_reached(text: str) -> None:
    """The source gives 1 trillion yuan as the city's expectation, not a figure reached."""
    assert {c.sentence_verdict for c in _check(text)} == {"contradicted"}


def test_a_goal_still_aimed_at_is_a_goal() -> None:
    assert {
        c.sentence_verdict
        for c in _check("Chengdu's IT industry set a goal of 1 trillion yuan of revenue by 2020.")
    } == {"supported"}


def test_a_plan_the_clause_is_set_under_is_a_frame() -> None:
    """ "Under its five-year plan, Shenzhen aims to …": Shenzhen's target, not the plan's."""
    assert _read(
        "Under its five-year plan, Shenzhen intends to put 5% of its GDP into automation by 2020."
    ) == [("supported", "5 % · shenzhen · automation-spending-share-of-gdp · 2020 · as a goal")]


def test_an_organisations_figure_of_one_place_is_not_of_all_its_places() -> None:
    """NIIT's intake is held for its Dalian centre: a claim of all its centres that names
    no place is not contradicted by it (it is when it names Dalian)."""
    assert {
        c.sentence_verdict
        for c in _check("NIIT's centres across 66 Chinese cities take in 20,000 students a year.")
    } == {"unsupported"}
    assert {
        c.sentence_verdict for c in _check("NIIT's Dalian centre takes in 20,000 students a year.")
    } == {"contradicted"}
