"""A count said per one of something else ("about 120 people per enterprise", "150 staff
for every company") is an average over a group, never the group's total, so no held count
of the place decides it; a count per a span of time ("10,000 young professionals per year") and a plain
count are read as before (issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "Dalian's outsourcing enterprises employed about 120 people per enterprise at the end "
        "of 2012.",
        "The DLSP counted roughly 150 staff for every company in 2014.",
    ],
)
def test_a_count_per_one_thing_is_no_total(text: str) -> None:
    read = _read(text)
    assert {verdict for verdict, _ in read} == {"unsupported"}


def test_a_plain_count_is_read_as_before() -> None:
    assert _read("The DLSP had some 80,000 employees in 2014.") == [
        ("supported", "about 80,000 people · dalian-software-park · employees · 2014")
    ]


@pytest.mark.parametrize("every", ["per year", "every year"])
def test_a_count_per_year_is_no_count_per_one_thing(every: str) -> None:
    read = _read(f"Dalian's 22 universities turn out about 10,000 young professionals {every}.")
    assert ("supported", "about 10,000 people · dalian · new-professionals-per-year") in read


def test_each_of_a_count_doing_something_is_no_count_per_one_thing() -> None:
    read = _read("More than 300 Zhongguancun firms each made over 1 billion yuan in 2012.")
    assert (
        "supported",
        "more than 300 companies · zhongguancun · companies-with-billion-yuan-turnover · 2012",
    ) in read
