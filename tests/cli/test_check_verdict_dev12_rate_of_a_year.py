"""A rate per day, week or month of a figure its source gives for a whole year (issue
#19): a year's change is divided by the year's days, weeks or months and the claim judged
by that rate, derived and said to be; a year's figure that is no change (a level) never
contradicts a rate, it does not establish it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu added about 670 new residents a day in 2021.",
        "Chengdu's population grew by roughly 20,000 a month in 2021.",
        "In 2021 Chengdu gained 4,700 people each week.",
        "Chengdu added some 20,000 residents monthly during 2021.",
    ],
)
def test_a_rate_of_a_years_change_is_the_change_divided(text: str) -> None:
    claims = _check(text)
    assert {c.sentence_verdict for c in claims} == {"supported"}
    (note,) = [n for c in claims for n in c.notes if n.kind == "derived"]
    assert "hubquery derives about" in note.message
    assert "no source prints it" in note.message


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu added about 1,000 new residents a day in 2021.",
        "Chengdu's population grew by 245,000 people a month in 2021.",
        "Chengdu's population rose by about 2,000 daily in 2021.",
    ],
)
def test_a_rate_its_years_change_does_not_make_is_contradicted(text: str) -> None:
    claims = _check(text)
    assert {c.sentence_verdict for c in claims} == {"contradicted"}
    (note,) = [n for c in claims for n in c.notes if n.kind == "contradicted"]
    assert "hubquery derives about" in note.message


def test_a_rate_against_a_years_level_is_not_contradicted() -> None:
    claims = _check("Dalian Software Park had about 2 companies a week in 2014.")
    assert {c.sentence_verdict for c in claims} == {"unsupported"}
    (note,) = [n for c in claims for n in c.notes if n.kind == "period-differs"]
    assert "a figure for the year, not per week" in note.message


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Chengdu added 245,000 residents in 2021.", "supported"),
        ("Chengdu added 300,000 residents in 2021.", "contradicted"),
    ],
)
def test_a_years_change_said_for_the_year_is_judged_as_written(text: str, verdict: str) -> None:
    assert {c.sentence_verdict for c in _check(text)} == {verdict}
