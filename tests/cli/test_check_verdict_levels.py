"""What a level rose by is a change, never the level (issue #19): "Dalian's outsourcing
employees increased by more than 100,000 in 2012" was supported by the level, nearly
120,000. The change is worked out from the level and its growth over the year where the
source holds both (US$4.5 billion, up 38.6 %: up US$1.253 billion), flagged derived;
else the claim is unsupported, the source stating the level only. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Dalian Software Park's revenue rose by more than US$1 billion in 2010.", "supported"),
        (
            "The Dalian Software Park's revenue rose by more than US$3 billion in 2010.",
            "contradicted",
        ),
    ],
)
def test_a_rise_is_worked_out_from_the_level_and_its_growth(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == (verdict, True)
    assert claim.fact_ids == ("dlsp-revenue-2010", "dlsp-revenue-growth-2010")
    assert claim.notes[0].message.startswith(
        "hubquery derives a change of US$1.253 billion (2010) from US$4.5 billion and +38.6 % "
        "— no source prints it"
    )


def test_a_rise_an_open_level_leaves_open_is_not_established() -> None:
    """More than 840, up 23.2 %: a rise of more than 158.2, which 500 may or may not be."""
    (claim,) = _check("Hefei's AI firms increased by more than 500 in 2021.")
    assert claim.verdict == "unsupported"
    assert "hubquery derives a change of more than 158.2 companies" in claim.notes[0].message


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Dalian's outsourcing employees increased by more than 100,000 in 2012.",
            "nearly 120,000 people (2012-12)",
        ),
        ("The number of Dalian's outsourcing companies rose by 200 in 2012.", "nearly 1,000"),
    ],
)
def test_a_rise_is_not_judged_as_the_level(text: str, level: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert claim.notes[0].message.startswith(
        f"the claim is of a change; the source says only {level}"
    )


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Dalian's outsourcing revenue grew by US$13 billion between 2010 and 2013.", "supported"),
        (
            "Dalian's outsourcing revenue grew by US$20 billion between 2010 and 2013.",
            "contradicted",
        ),
    ],
)
def test_a_rise_over_a_span_is_its_last_level_less_its_first(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == (verdict, True)
    assert claim.notes[0].message.startswith(
        "hubquery derives a change of US$13.05 billion (2010–2013) from US$8.65 billion (2010) "
        "to US$21.7 billion (c. 2013)"
    )
