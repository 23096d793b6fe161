"""A year written short with an apostrophe ("in '99", "back in ’05") is that year in full,
1999 or 2005, and a decade so written ("the late '90s") that decade, never a count of 99
or 90 of whatever the sentence names; a number in quotation marks is not (issue #19).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Accenture set up shop in Dalian back in ’02.",
            ("supported", "2002 · Accenture (dalian) · year-established"),
        ),
        (
            "Chengdu's high-tech zone was founded in '91, it says.",
            ("contradicted", "1991 · chengdu-hi-tech-zone · year-established"),
        ),
        (
            "Dalian's software park opened in the late '90s.",
            ("supported", "1996–1999 · dalian-software-park · year-established"),
        ),
    ],
)
def test_a_short_year_is_the_year_in_full(text: str, expected: tuple[str, str]) -> None:
    assert expected in _read(text)


def test_a_number_in_quotation_marks_is_no_year() -> None:
    read = _read("Zhongguancun had '2,300' companies in 2012.")
    assert ("supported", "2,300 companies · zhongguancun · companies · 2012") in read
