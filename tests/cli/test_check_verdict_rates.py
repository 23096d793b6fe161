"""A rate the claim states per another period than the source's (issue #19): where the
number written is the source's own, the writer has moved the source's figure to
another period. A careful fact-checker calls "more than 800 every month" of the
source's "more than 800 a year" wrong, though the source's "more than" leaves the
yearly figure open above: contradicted when the move multiplies it, else not
established. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (
            "Dalian's training programmes turn out more than 70,000 software students a month.",
            "more than 70,000 students (c. 2014) every year; the claim says that many every "
            "month, 12 times as many",
        ),
        (
            "Dalian's incubators produce more than 800 industrialisation projects a week.",
            "every year; the claim says that many every week, 52.2 times as many",
        ),
        (
            "Overseas returnees found two start-ups in Zhongguancun every day.",
            "2 companies (c. 2013) every 2 days; the claim says that many every day, twice as many",
        ),
    ],
)
def test_the_sources_number_per_a_shorter_period_is_contradicted(text: str, says: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "contradicted"
    assert says in claim.notes[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Returnees start a company in Zhongguancun every day.",  # one a day: two every two days
        "Dalian's incubators produce more than 800 industrialisation projects a year.",
    ],
)
def test_a_rate_in_the_sources_period_or_converted_to_it_stands(text: str) -> None:
    assert [c.verdict for c in _check(text)] == ["supported"]


def test_a_rate_that_only_converts_near_the_source_is_not_moved() -> None:
    """6,000 a month is 72,000 a year: not the source's number, not contradicted by it."""
    (claim,) = _check("Dalian trains about 6,000 software students a month.")
    assert claim.verdict == "unsupported"
