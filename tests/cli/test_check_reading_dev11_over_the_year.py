"""A count followed by the time of its change ("up 245,000 over the year", "grew by
245,000 during the year") counts what changed, never years: "the year" after a
preposition is when, not what the number counts (issue #19). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu's population grew by 245,000 during the year.",
        "Chengdu ended 2021 with 21.192 million residents, up 245,000 over the year.",
    ],
)
def test_the_year_after_a_change_is_its_time(text: str) -> None:
    assert ("supported", "245,000 people · chengdu · population-change") in [
        (verdict, read_as.removesuffix(" · 2021")) for verdict, read_as in _read(text)
    ]


def test_years_counted_are_still_years() -> None:
    text = "Shenzhen has been a Special Economic Zone for about 40 years."
    assert _read(text) == [
        ("supported", "about 40 years · shenzhen · years-as-special-economic-zone")
    ]
