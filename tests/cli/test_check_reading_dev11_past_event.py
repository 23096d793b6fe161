"""A year after the participle of an event ("launched in 2015", "founded in 1998") dates
that event, which happened: no goal, though the sentence's verb states one ("Made in
China 2025, launched in 2015, aims to …"); "to be launched in 2016" is still a plan.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Made in China 2025, launched in 2015, aims to move Chinese industry up the chain.",
            "supported",
        ),
        (
            "Made in China 2025, launched in 2017, aims to upgrade China's factories.",
            "contradicted",
        ),
        (
            "Made in China 2025, unveiled back in 2015, hopes to lift the quality of goods.",
            "supported",
        ),
        ("Made in China 2025, to be launched in 2016, aims to upgrade industry.", "unsupported"),
    ],
)
def test_a_year_of_an_event_that_happened_is_no_goal(text: str, verdict: str) -> None:
    assert [c.verdict for c in _check(text)] == [verdict]
