"""A count followed, with no break, by the year of an event the sentence names ("one of 20
cities picked as cross-border e-commerce pilots in 2016") keeps every word up to that
year's "in": what the count is of is said before the year, never cut off in the middle
(issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_PILOTS = "china · cross-border-ecommerce-pilot-cities"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hangzhou was one of 15 cities selected as cross-border e-commerce pilots in April "
            "2016.",
            ("contradicted", f"15 cities · {_PILOTS}"),
        ),
        (
            "Hangzhou became one of 10 cities designated as cross-border e-commerce pilots in "
            "2016.",
            ("supported", f"10 cities · {_PILOTS}"),
        ),
    ],
)
def test_the_words_before_an_events_year_are_the_counts(
    text: str, expected: tuple[str, str]
) -> None:
    read = _read(text)
    assert any(v == expected[0] and s.startswith(expected[1]) for v, s in read)


def test_a_count_with_its_own_year_is_read_as_before() -> None:
    assert _read("Hefei had more than 840 AI companies in 2021.") == [
        ("supported", "more than 840 companies · hefei · ai-companies · 2021")
    ]
