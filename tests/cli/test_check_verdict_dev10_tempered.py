"""A verdict tempered by what else the sentence claims of its figure (issue #19): a
goal's deadline said to be met ("achieved its 2020 innovation deadline") is not
established by the goal (a goal's amount said to be met is a target stated as achieved:
test_check_verdict_dev11_goal_amounts.py); a figure said to hold "still", or to
"remain", is not established by one the source dates to a year before its own ("last
year", "in 2021" in a 2022 article: what held then), though a figure of the source's own
time establishes it, and a newer figure still contradicts it. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Zhongguancun achieved its 2020 innovation deadline of becoming a world leader.",
        "Zhongguancun met its 2020 deadline for becoming a world-famous hub.",
    ],
)
def test_a_deadline_said_to_be_met_is_not_established(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert claim.notes[0].message.startswith("the claim says the goal was met")


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu set itself a 2020 target of a trillion yuan in IT revenue.",
        "Shenzhen has a 2020 automation target of 5 percent of GDP.",
    ],
)
def test_a_goal_not_said_to_be_met_is_established_by_the_goal(text: str) -> None:
    assert [c.verdict for c in _check(text)] == ["supported"]


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu's GDP still tops US$150 billion.",  # last year's, in a 2018-19 article
        "Chengdu still has more than 21 million residents.",  # end-2021, in May 2022
        "Hefei remains home to more than 800 AI firms.",  # "In 2021", in May 2022
        "Dalian's high-tech industry remains a quarter of the city's GDP.",  # last year's
    ],
)
def test_still_is_not_established_by_a_figure_of_its_sources_past(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert claim.notes[0].message.startswith("the claim says it still holds")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Chengdu still makes 70 percent of the world's iPads.", "supported"),  # its own time
        ("Tholons still ranks Dalian 14th among outsourcing destinations.", "supported"),
        ("Chengdu's GDP is now more than US$150 billion.", "supported"),  # no "still"
        ("Chengdu's population was still under 21 million at the end of 2020.", "supported"),
        ("Chengdu's population is still under 21 million.", "contradicted"),  # 21.192 million
    ],
)
def test_still_of_the_sources_own_time_a_year_or_a_newer_figure(text: str, verdict: str) -> None:
    assert [c.verdict for c in _check(text)] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Dalian Software Park was laid out on 10 square kilometres of land.", "contradicted"),
        ("The Dalian Software Park was laid out on three square kilometres of land.", "supported"),
        ("The Dalian Software Park covers 10 square kilometres.", "unsupported"),  # no time
    ],
)
def test_laid_out_on_speaks_of_the_places_beginning(text: str, verdict: str) -> None:
    """ "Was laid out on" dates the claim to the opening, as the source's "opened on 3sq km
    … in 1999" is: an area of then, not of a later time the source does not speak of."""
    assert [c.verdict for c in _check(text)] == [verdict]
