"""`check` on times of the held-out set's second pass (issue #19): a year after "by"
beside a count ("… had opened offices there by 2010", "By 2010, …") is the time the count
was reached, never the year something named was founded, even beside a founding verb;
a year after "by" that is the sentence's only figure still bounds the founding.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "By 2010, hundreds of foreign firms had set up shop in the Dalian Software Park.",
        "Over 200 foreign firms had opened offices in the Dalian Software Park by 2010.",
    ],
)
def test_a_year_after_by_founds_nothing(text: str) -> None:
    read = _read(text)
    assert not any("year-established" in r for _, r in read)
    assert all(verdict != "contradicted" for verdict, _ in read)


def test_a_by_year_is_the_time_of_the_count() -> None:
    assert _read(
        "By 2010, hundreds of foreign firms had set up shop in the Dalian Software Park."
    ) == [("supported", "at least 200 companies · dalian-software-park · companies · 2010")]


def test_a_founding_year_beside_a_by_year_is_still_read() -> None:
    assert ("supported", "1999 · dalian-software-park · year-established") in _read(
        "The Dalian Software Park, which opened in 1999, had hundreds of foreign firms by 2010."
    )


def test_a_by_year_that_is_the_only_figure_still_bounds_a_founding() -> None:
    assert _read("The Dalian Software Park had been set up by 1995.") == [
        ("contradicted", "1995 · dalian-software-park · year-established")
    ]
