"""A count of NEW things is a count added, never a level (issue #19): "500 new AI
companies in 2021" is judged as the year's change of the AI-company count where the
place holds that count and its growth (as "added" is), and a level ("is home to 3,000
robotics firms") is never judged against a count of new ones over a window. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # more than 840 after +23.2 %: more than 158.2 added, no upper bound
        ("By the end of 2021 Hefei counted more than 500 new AI companies.", "unsupported"),
        ("Hefei had more than 150 new AI companies in 2021.", "supported"),
        ("Hefei saw more than 150 new AI firms in 2021.", "supported"),
        ("In 2021 Hefei had fewer than 100 new AI firms.", "contradicted"),
        ("Hefei had more than 150 brand-new AI companies in 2021.", "supported"),
    ],
)
def test_a_count_of_new_ones_is_a_count_added(text: str, verdict: str) -> None:
    [claim] = _check(text)
    assert (claim.verdict, claim.metric_id, claim.derived) == (verdict, "ai-companies", True)
    assert "change" in claim.notes[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Hefei had more than 800 AI companies in 2021.",
        "Hefei's more than 800 AI companies in 2021 made it a hub.",
        "Hefei was home to more than 800 AI companies in 2021, New China reported.",
    ],
)
def test_a_level_stays_a_level(text: str) -> None:
    [claim] = _check(text)
    assert (claim.verdict, claim.metric_id, claim.derived) == ("supported", "ai-companies", False)


@pytest.mark.parametrize(
    "text",
    [
        "Shenyang hosts some 3,000 robotics firms.",
        "Shenyang has 500 robotics companies.",
        "There are about 100 robotics companies in Shenyang.",
        "Shenyang is home to fewer than 150 robotics firms.",
    ],
)
def test_a_level_is_never_judged_against_a_count_of_new_ones(text: str) -> None:
    """Shenyang's figures count robotics companies registered over two windows, not how
    many there are: a level is neither supported nor contradicted by them."""
    [claim] = _check(text)
    assert claim.verdict == "unsupported"
    assert claim.notes[0].kind == "basis-differs"
    assert "new ones" in claim.notes[0].message


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Shenyang has more than 860 new robotics companies.", "supported"),
        ("Shenyang registered 500 robotics companies in the past two years.", "contradicted"),
        ("Shenyang saw more than 860 robotics firms set up in two years.", "supported"),
        ("In the past two years only 170 robotics firms were founded in Shenyang.", "contradicted"),
    ],
)
def test_a_count_of_new_ones_is_still_judged_as_held(text: str, verdict: str) -> None:
    assert {c.verdict for c in _check(text)} == {verdict}
