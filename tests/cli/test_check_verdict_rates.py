"""A rate the claim states per another period than the source's (issue #19): where the
number written is the source's own, the writer has moved the source's figure to
another period, and the note says so in the source's period. The verdict stays what
the intervals give: "more than 800 every month" of the source's "more than 800 a year"
is twelve times as many, which a "more than" (open above) neither establishes nor
excludes (unsupported, as claims_dev6's labels read it); "two every day" of "two every
two days" is contradicted. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict", "says"),
    [
        (
            "Dalian's training programmes turn out more than 70,000 software students a month.",
            "unsupported",
            "the source says only more than 70,000 students (c. 2014) every year; the claim "
            "says that many every month, 12 times as many — it does not establish",
        ),
        (
            "Dalian's incubators produce more than 800 industrialisation projects a week.",
            "unsupported",
            "every year; the claim says that many every week, 52.2 times as many",
        ),
        (
            "Overseas returnees found two start-ups in Zhongguancun every day.",
            "contradicted",
            "2 companies (c. 2013) every 2 days; the claim says that many every day, twice as many",
        ),
        (
            "NIIT's Dalian centre enrols about 1,000 students a month.",
            "contradicted",
            "about 1,000 students (c. 2014) every year; the claim says that many every month",
        ),
    ],
)
def test_the_sources_number_per_another_period_is_named_in_the_note(
    text: str, verdict: str, says: str
) -> None:
    (claim,) = _check(text)
    assert claim.verdict == verdict
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
    """6,000 a month is 72,000 a year: not the source's number; its note is the usual one."""
    (claim,) = _check("Dalian trains about 6,000 software students a month.")
    assert claim.verdict == "unsupported"
    assert "that many every" not in claim.notes[0].message
