"""The year someone told a few named listeners something ("told visiting European trade
delegates in 2014 that …") is when it was said, never the year what the sentence names
began, as "said in 2014" is; a year of the opening itself still is one (issue #19).
Sentences written for these tests."""

from __future__ import annotations

from tests.cli.test_check_reading import _read


def test_the_year_of_a_telling_is_no_founding_year() -> None:
    read = _read(
        "A park official told visiting European trade delegates in 2014 that the DLSP had "
        "grown fast since its creation as the first of Dalian's software parks."
    )
    assert read
    assert not any("year-established" in said for _, said in read)


def test_a_year_of_the_opening_told_is_a_founding_year() -> None:
    read = _read(
        "An official told reporters that the DLSP, the first of Dalian's software parks, "
        "opened in 1999."
    )
    assert ("supported", "1999 · dalian-software-park · year-established") in read
