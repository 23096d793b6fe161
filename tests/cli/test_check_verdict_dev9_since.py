"""A level claimed to have since passed a mark ("has passed 7 million", "has now topped
…"), with no year, says what holds now: the place's newest figure, where it is more
than five years older than the newest source the dataset holds, cannot contradict it,
as the level may have grown past the mark since (issue #19). A recent figure still
does, and a mark the figure already passes is still supported. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Dalian's population has now topped 6.5 million.",
        "Dalian has surpassed 8 million inhabitants.",
    ],
)
def test_an_old_figure_does_not_contradict_a_mark_passed_since(text: str) -> None:
    [claim] = _check(text)
    assert (claim.verdict, claim.metric_id) == ("unsupported", "population")
    assert "since" in claim.notes[0].message


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Dalian's population has passed 5 million.", "supported"),
        ("Chengdu has passed 25 million residents.", "contradicted"),  # (2021, source 2022)
        ("Dalian had 8 million people in 2010.", "contradicted"),  # (a year: that year's)
    ],
)
def test_a_recent_figure_or_a_year_still_judges(text: str, verdict: str) -> None:
    [claim] = _check(text)
    assert claim.verdict == verdict
