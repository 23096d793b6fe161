"""An event said to have happened by a year ("had set up operations in Dalian by 2005",
"had been founded by 2003") happened in that year or before: a year held before it
establishes it, and only a later one contradicts it (issue #19). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Accenture had set up operations in Dalian by 2005.", "supported"),
        ("The Dalian Software Park had been founded by 2003.", "supported"),
        ("Accenture had set up operations in Dalian by 1995.", "contradicted"),
    ],
)
def test_an_event_by_a_year_is_in_it_or_before(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == verdict
    assert claim.metric_id == "year-established"


def test_a_year_with_no_by_is_that_year() -> None:
    (claim,) = _check("Accenture set up operations in Dalian in 2005.")
    assert claim.verdict == "contradicted"


def test_before_a_year_is_not_in_it() -> None:
    (claim,) = _check("Accenture had set up operations in Dalian before 2002.")
    assert claim.verdict == "contradicted"
    (claim,) = _check("Accenture had set up operations in Dalian before 2004.")
    assert claim.verdict == "supported"
