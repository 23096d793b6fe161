"""`check` on counts and metrics counted at a rate (issue #19): a count of things with no
period of a rate in its clause ("home to roughly 8,000 start-ups") is a stock, never a
metric counted at a rate shorter than a year ("start-ups every two days"); said with a
rate ("every other day", "a day"), it is still read in the metric's period.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


def test_a_count_with_no_rate_is_no_metric_counted_every_two_days() -> None:
    read = _read("Zhongguancun is home to roughly 8,000 start-ups.")
    assert read
    assert not any("every-two-days" in r for _, r in read)
    assert all(verdict != "contradicted" for verdict, _ in read)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zhongguancun sees two new start-ups by returnees every other day.",
            ("supported", "2 companies · zhongguancun · returnee-startups-every-two-days"),
        ),
        (
            "Returnees start one company a day in Zhongguancun.",
            ("supported", "2 companies · zhongguancun · returnee-startups-every-two-days"),
        ),
    ],
)
def test_a_count_at_a_rate_is_read_in_the_metric_s_period(
    text: str, expected: tuple[str, str]
) -> None:
    assert _read(text) == [expected]
