"""`check` on a figure said to hold now "as it was in 2010" (issue #19): the year of a
clause that compares with a past state ("much as it was when … in 2010", "as it did in
2010", "as when … in 2010") dates that past state, not the main clause's figure, which
keeps its "today"/"now": it is read as of now, a time after that year, and a figure of
that year alone does not establish it. Sentences written for these tests, none a claim
set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "Dalian now has some 6 million residents, as it did in 2010.",
        "Dalian is today a city of about 6 million people, much as it was in 2010.",
        "Dalian now counts some 6 million residents, as when NPR visited the city in 2010.",
    ],
)
def test_a_figure_of_the_compared_year_alone_does_not_establish_now(text: str) -> None:
    # (6 million people is of c. 2010 only: nothing says what held after it)
    [(verdict, read_as)] = _read(text)
    assert verdict == "unsupported"
    assert read_as == "about 6 million people · dalian · population · after 2010 · now"


def test_a_newer_figure_establishes_now() -> None:
    # (nearly 650 companies held c. 2014, after 2010)
    assert _read(
        "The Dalian Software Park is now home to nearly 650 companies, as it was in 2010."
    ) == [
        (
            "supported",
            "nearly 650 companies · dalian-software-park · companies · after 2010 · now",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (no "now" in the main clause: the year dates the figure, as before)
        (
            "Dalian had about 6 million residents, as it did in 2010.",
            ("supported", "about 6 million people · dalian · population · 2010"),
        ),
        # (no comparison with a past state: the year dates the figure)
        (
            "Dalian now has about 6 million residents in 2010.",
            ("supported", "about 6 million people · dalian · population · 2010"),
        ),
    ],
)
def test_without_both_the_year_dates_the_figure(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]
