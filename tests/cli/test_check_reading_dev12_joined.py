"""The year a place "joined" a group ("joined the ranks of China's … pilot cities in
2015", "joined China's ten … pilot cities in 2016") is the year of its designation, a
figure judged against the year held, not the period of the group's count; people who
"joined" a company take jobs, no designation. Sentences written for these tests
(Hangzhou: one of China's 10 cross-border e-commerce pilot cities since April 2016)."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_YEAR = "cross-border e-commerce pilot city (hangzhou) · year-designated"


@pytest.mark.parametrize(
    ("text", "verdict", "year"),
    [
        (
            "Hangzhou joined the ranks of China's 10 cross-border e-commerce pilot cities in 2015.",
            "contradicted",
            "2015",
        ),
        (
            "Hangzhou joined China's 10 cross-border e-commerce pilot cities in 2016.",
            "supported",
            "2016",
        ),
    ],
)
def test_the_year_a_place_joined_a_group_is_its_designation(
    text: str, verdict: str, year: str
) -> None:
    assert (verdict, f"{year} · {_YEAR}") in _read(text)


def test_people_who_joined_a_company_name_no_designation() -> None:
    read = _read("In 2014, fewer than a tenth of the Neusoft institute's graduates joined Neusoft.")
    assert not any("year-designated" in r for _, r in read)
