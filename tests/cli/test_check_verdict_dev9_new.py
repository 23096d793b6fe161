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


@pytest.mark.parametrize(
    "text",
    [
        "Hefei's new AI companies numbered more than 500 in 2021.",
        "In 2021, more than 500 AI firms were newly registered in Hefei.",
    ],
)
def test_new_ones_named_away_from_the_figure(text: str) -> None:
    """ "new" before the noun the figure counts, or "newly" before its verb: a count added
    (more than 158 in 2021), so "more than 500" is not supported by the total of 840."""
    claims = [c for c in _check(text) if c.metric_id == "ai-companies"]
    assert [(c.verdict, c.derived) for c in claims] == [("unsupported", True)]


def test_some_of_them_new() -> None:
    total, new = _check("Hefei had more than 840 AI companies in 2021, 160 of them new.")
    assert (total.verdict, total.derived) == ("supported", False)
    assert (new.verdict, new.derived, new.metric_id) == ("unsupported", True, "ai-companies")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("More than 500 AI start-ups were founded in Hefei in 2021.", "unsupported"),
        ("In Hefei, more than 150 AI firms were set up during 2021.", "supported"),
    ],
)
def test_a_count_founded_in_a_year_is_a_count_added(text: str, verdict: str) -> None:
    claims = [c for c in _check(text) if c.metric_id == "ai-companies"]
    assert [(c.verdict, c.derived) for c in claims] == [(verdict, True)]


def test_a_count_founded_by_someone_is_no_count_added() -> None:
    """ "founded by returnees": who founded them, not when: a count of such companies."""
    [claim] = _check("More than 600 Zhongguancun companies were set up by returnees in all.")
    assert claim.derived is False
