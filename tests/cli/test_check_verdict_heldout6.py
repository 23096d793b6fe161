"""Verdict rules for the causes claims_heldout6 showed (issue #19), each tested on
sentences written for these tests (a heldout6 sentence is at most one case of a rule):
a difference stated after its figure ("ran US$260 million ahead of", "a gap of … between")
is judged as the difference of two held figures, never as a level; a lower bound of a
part carries to its whole ("Hefei has more than 840" gives Anhui at least that), never an
upper bound or an exact figure, and never contradicts."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Signed offshore outsourcing deals in Dalian ran about US$260 million ahead of the "
        "work actually delivered in 2012.",
        "In 2012 there was a gap of US$260 million between signed and conducted offshore "
        "outsourcing in Dalian.",
        "In 2012 the offshore outsourcing work Dalian delivered ran some US$260 million "
        "behind what it signed.",
    ],
)
def test_a_difference_said_after_its_figure_is_supported_as_derived(text: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == ("supported", True)
    assert claim.notes[0].message.startswith("hubquery derives a difference of US$260 million")


def test_a_difference_no_pair_can_be_is_contradicted_in_derived_words() -> None:
    (claim,) = _check(
        "In 2012 Dalian's conducted offshore outsourcing ran US$500 million behind signed "
        "contracts."
    )
    assert claim.verdict == "contradicted"
    assert "the source says" not in claim.notes[0].message


def test_a_level_after_than_is_still_a_level() -> None:
    """'more than 840' before the figure is a bound, not a difference."""
    (claim,) = _check("Hefei had more than 840 AI companies in 2021.")
    assert (claim.verdict, claim.derived) == ("supported", False)


@pytest.mark.parametrize(
    "text",
    [
        "Anhui province had more than 840 AI-related companies in 2021.",
        "Anhui had over 800 AI companies in 2021.",
    ],
)
def test_a_lower_bound_carries_from_a_part_to_its_whole(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "supported"
    assert "for Hefei, a part of Anhui: Anhui has at least that" in claim.notes[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Anhui had more than 900 AI companies in 2021.",  # above the part's floor
        "Anhui had 840 AI companies in 2021.",  # an exact figure never carries
        "Anhui had at most 1,000 AI companies in 2021.",  # nor an upper bound
    ],
)
def test_a_part_does_not_establish_more_of_its_whole(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert "the source says only more than 840 companies (2021) for Hefei" in (
        claim.notes[0].message
    )


def test_a_whole_below_its_part_is_not_contradicted_by_the_part() -> None:
    """Logically false, but a place misread as the whole ("this seaport of six million"
    read as China's) would be contradicted by its part's figure: the rule never blocks."""
    (claim,) = _check("Anhui had fewer than 600 AI companies in 2021.")
    assert claim.verdict == "unsupported"
    assert "the source says only more than 840 companies (2021) for Hefei, a part of Anhui" in (
        claim.notes[0].message
    )
