"""`check` on "has been going since 2000" (issue #19): what has been going since a year
began then, as what "has been running since" it did: the year is a figure of its own
(the founding's), no period of the sentence's other figures.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read

_OF = "Neusoft Institute of Information (dalian)"


def test_been_going_since_a_year_dates_a_founding() -> None:
    assert _read("The Neusoft Institute of Information has been going since 2003.") == [
        ("contradicted", f"2003 · {_OF} · year-established")
    ]


def test_the_other_figure_is_not_of_that_year() -> None:
    assert _read(
        "Neusoft's Institute of Information in Dalian, which has been going since 2000, now"
        " teaches more than 12,000 students."
    ) == [
        ("supported", f"2000 · {_OF} · year-established"),
        ("supported", f"more than 12,000 students · {_OF} · students · now"),
    ]
