"""A ratio of two held figures a writer works out ("more than five times as many … as",
"more than five to one", "three times as many people as Dalian"), judged as a careful
fact-checker does (issue #19): the ratio of the hub's two figures of the metric the
clause names (two periods), or of its figure and another named place's. Supported when
a pair's ratio lies inside the claim, contradicted when none can be the claim's at the
figures' precision, else unsupported; always flagged derived, never "the source says".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        (
            "In the two years to May 2022 Shenyang registered more than five times as many "
            "robotics firms as in the four years before.",
            "more than 5× · shenyang · new-robotics-companies · 2020–2022",
        ),
        (
            "New robotics companies in Shenyang in the two years to May 2022 outnumbered the "
            "previous four years' by more than five to one.",
            "more than 5× · shenyang · new-robotics-companies · 2020–2022",
        ),
        (
            "Chengdu has more than three times as many residents as Dalian.",
            "more than 3× · chengdu · population",
        ),
    ],
)
def test_a_ratio_of_two_held_figures_is_supported_as_derived(text: str, read_as: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.read_as, claim.derived) == ("supported", read_as, True)
    assert claim.notes[0].kind == "derived"
    assert claim.notes[0].message.startswith("hubquery derives a ratio of ")
    assert "no source prints it" in claim.notes[0].message


def test_a_ratio_no_pair_can_be_is_contradicted_in_derived_words() -> None:
    (claim,) = _check("Chengdu has five times as many residents as Dalian.")
    assert claim.verdict == "contradicted"
    assert "the source says" not in claim.notes[0].message
    assert "hubquery derives a ratio of 3.53 from 21.192 million people" in claim.notes[0].message


def test_a_ratio_an_open_figure_leaves_open_is_not_established() -> None:
    """More than 860 over 170 is 5.06 or more: ten times is neither."""
    (claim,) = _check(
        "Shenyang registered ten times as many robotics companies in the two years to May "
        "2022 as in the four years before."
    )
    assert claim.verdict == "unsupported"


def test_a_multiple_the_source_prints_is_not_a_ratio() -> None:
    assert [
        c.verdict for c in _check("Neusoft's European business has grown five times over.")
    ] == ["supported"]


@pytest.mark.parametrize(
    ("text", "verdict", "derives"),
    [
        (
            "In 2012 Dalian's signed offshore outsourcing contracts exceeded the services "
            "conducted by US$260 million.",
            "supported",
            "hubquery derives a difference of US$260 million from US$1.79 billion (2012) and "
            "US$1.53 billion (2012) — no source prints it",
        ),
        (
            "Signed offshore outsourcing contracts in Dalian topped the services actually "
            "delivered by some US$500 million in 2012.",
            "contradicted",
            "hubquery derives a difference of US$260 million",
        ),
        (
            "Chengdu's population exceeds Dalian's by more than 15 million.",
            "supported",
            "hubquery derives a difference of 15.192 million people",
        ),
    ],
)
def test_a_difference_of_two_held_figures_is_derived(text: str, verdict: str, derives: str) -> None:
    """ "Exceeded … by US$260 million" is the difference, not the level (which the
    source's US$1.79 billion and US$1.53 billion contradicted)."""
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == (verdict, True)
    assert derives in claim.notes[0].message
    assert "the source says" not in claim.notes[0].message
