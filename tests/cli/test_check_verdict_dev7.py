"""Verdict rules for the causes claims_dev7 and claims_dev7b showed (issue #19), each
tested on sentences written for these tests:

- a year's level the source does not print, worked out from the next year's and its
  growth over that year ("more than 840 … in 2021, up 23.2 percent" gives 2020 more than
  681.8), flagged derived;
- "the gap (difference) between A and B came to X" as a difference of two held figures,
  never a level;
- a claim that states no time is not contradicted by a figure the source gives for a
  time long before its writing (the park's 3 km² at its opening in 1999, in 2014's
  article): the source says nothing of later; years and ranks of an order do not change."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict", "derives"),
    [
        (
            "Hefei counted fewer than 650 AI companies in 2020.",
            "contradicted",
            "hubquery derives more than 681.8 companies (2020) from more than 840 companies "
            "(2021) and +23.2 % (2021) — no source prints it",
        ),
        (
            "In 2020 Hefei already had more than 650 AI firms.",
            "supported",
            "hubquery derives more than 681.8 companies (2020)",
        ),
        (
            "Hefei had about 700 AI companies in 2020.",
            "unsupported",
            "hubquery derives more than 681.8 companies (2020)",
        ),
        (
            "In 2009 the Dalian Software Park's export revenue was about US$0.9 billion.",
            "supported",
            "hubquery derives US$859.9 million (2009) from US$1.08 billion (2010) and +25.6 % "
            "(2010)",
        ),
        (
            "In 2009 the Dalian Software Park's revenue was US$4 billion.",
            "contradicted",
            "hubquery derives US$3.247 billion (2009) from US$4.5 billion (2010) and +38.6 %",
        ),
    ],
)
def test_a_years_level_is_worked_out_from_the_next_and_its_growth(
    text: str, verdict: str, derives: str
) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == (verdict, True)
    assert claim.notes[0].message.startswith(derives)
    assert "the source says" not in claim.notes[0].message
    assert len(claim.facts) == 2  # the level and the growth it is worked out from


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The difference between Dalian's signed and conducted offshore outsourcing in 2012 "
            "was about US$250 million.",
            "supported",
        ),
        (
            "In 2012 the gap between the offshore outsourcing deals Dalian signed and the work "
            "it delivered stood at roughly US$1 billion.",
            "contradicted",
        ),
    ],
)
def test_the_gap_between_two_figures_is_their_difference(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == (verdict, True)
    assert claim.notes[0].message.startswith(
        "hubquery derives a difference of US$260 million from US$1.79 billion (2012) and "
        "US$1.53 billion (2012)"
    )


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The Dalian Software Park spans 12 square kilometres.", "3 km² (1999)"),
        ("Shenzhen is home to more than 12 million people.", "less than 300,000 people (1979)"),
    ],
)
def test_a_figure_long_before_its_source_does_not_contradict_a_timeless_claim(
    text: str, held: str
) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert claim.notes[0].kind == "period-differs"
    assert claim.notes[0].message.startswith(
        f"the source says {held}, long before its source's date; the claim states no time"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a year the sentence names dates the figure
        "The Dalian Software Park opened in 1999 on 12 square kilometres.",
        # the order a zone came in does not change
        "Shenzhen was the second special economic zone.",
    ],
)
def test_a_dated_claim_or_an_order_is_still_contradicted(text: str) -> None:
    assert "contradicted" in [c.verdict for c in _check(text)]
