"""Verdict rules for the causes claims_heldout7 showed (issue #19), each tested on
sentences written for these tests (a heldout7 sentence is at most one case of a rule):
a count over a span the source splits into spans meeting end to start is their sum,
derived, never judged against one of them; a share of a kind of product the metric does
not count ("desktop PCs" against a share of laptops), or a share whose sentence names
nothing of its metric but a basis, is unsupported, never contradicted; "spread over 480
square kilometres" states an extent, no bound (the reader's hedge words, a named change);
a duration up to now ("has been … for more than ten years") of a subject held only with
the year it was established is derived to that year's source's date, supported at the
least, never contradicted."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Chongqing turns out a tenth of the world's desktop PCs.",
        "Chongqing supplies about half of all tablet computers sold worldwide.",
    ],
)
def test_a_share_of_another_product_is_unsupported_not_contradicted(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert "the figures are of laptops" in claim.notes[0].message


def test_a_share_of_the_product_the_metric_counts_still_contradicts() -> None:
    (claim,) = _check("One in ten of the world's laptops come from Chongqing.")
    assert claim.verdict == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "Shenzhen and Guangzhou make up half of China's cities with more than 15 million people.",
        "Chinese makers produce half of China's cities' exports.",
    ],
)
def test_a_share_naming_nothing_of_its_metric_but_a_basis_is_unsupported(text: str) -> None:
    claims = _check(text)
    assert "contradicted" not in [c.verdict for c in claims]
    assert any("names nothing the figures" in n.message for c in claims for n in c.notes)


def test_a_share_naming_its_metric_still_contradicts() -> None:
    (claim,) = _check(
        "Chinese manufacturers make about half of every dollar an American consumer spends "
        "on their products."
    )
    assert claim.verdict == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "Zhongguancun stretches over 480 square kilometres of northwest Beijing.",
        "The firms of Zhongguancun are spread over 480 square kilometres.",
    ],
)
def test_an_extent_spread_over_is_no_bound(text: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.read_as) == ("supported", "480 km² · zhongguancun · area")


def test_covering_over_is_still_more_than() -> None:
    (claim,) = _check("Zhongguancun covers over 480 square kilometres.")
    assert (claim.verdict, claim.read_as) == (
        "contradicted",
        "more than 480 km² · zhongguancun · area",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Accenture has been providing outsourcing services in Dalian for more than ten years.",
        "For more than a decade, Accenture has been serving outsourcing clients from Dalian.",
    ],
)
def test_a_duration_up_to_now_is_derived_from_the_year_established(text: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == ("supported", True)
    assert claim.notes[0].message.startswith("hubquery derives at least 11 years from 2002")


@pytest.mark.parametrize(
    "text",
    [
        # more than the source's date establishes: not contradicted either (it runs on)
        "Accenture has been providing outsourcing services in Dalian for over 20 years.",
        # no "has been": a duration that ended, which the year established does not give
        "Accenture provided outsourcing services in Dalian for more than ten years.",
    ],
)
def test_a_duration_the_year_established_does_not_give_stays_unsupported(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
