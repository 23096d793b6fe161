"""`check` on a percentage something grew by (issue #19): "grew 25 percent", "growing at
30 percent a year" is a growth, never a share of the same words ("high-tech industry
grew 25 percent" is not its 25 % share of GDP). Where the sentence says what grew ("the
number of software engineers grew at 30 percent a year"), a growth is read as one the
dataset holds only where those words name it: not Dalian's offshore-outsourcing growth,
the one growth the city holds; "Chengdu grew 7.7 percent" names nothing but the place
and keeps its growth. "Grew to 25 percent" stays a level.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read


def test_a_percentage_grown_by_is_no_share() -> None:
    assert _read("Dalian's high-tech industry grew 25 percent in 2013.") == [
        ("unsupported", "25 % · dalian · no metric · 2013")
    ]


def test_a_percentage_grown_by_is_no_share_with_by_and_a_hedge() -> None:
    assert _read("Shenzhen's electronics industry grew by about 12 percent in 2016.") == [
        ("unsupported", "about 12 % · shenzhen · no metric · 2016")
    ]


def test_a_share_stays_a_share() -> None:
    assert _read("High-tech industry accounts for 25 percent of Dalian's GDP.") == [
        ("supported", "25 % · dalian · high-tech-share-of-gdp")
    ]


def test_a_share_risen_to_stays_a_share() -> None:
    assert _read(
        "The high-tech industry's share of Dalian's GDP had risen to 25 percent by 2013."
    ) == [("supported", "25 % · dalian · high-tech-share-of-gdp · 2013")]


def test_a_growth_of_something_the_dataset_does_not_name() -> None:
    assert _read("The number of software engineers in Dalian grew at 30 percent a year.") == [
        ("unsupported", "30 % · dalian · no metric")
    ]


def test_a_growth_named_by_its_own_words() -> None:
    assert _read(
        "Offshore outsourcing in Dalian was growing at more than 40 percent a year in 2012."
    ) == [("supported", "more than 40 % · dalian · offshore-outsourcing-growth · 2012")]


def test_a_place_that_grew_with_nothing_named_keeps_its_growth() -> None:
    assert _read("Over the year Chengdu grew by 7.7 percent.") == [
        ("supported", "7.7 % · chengdu · gdp-growth")
    ]


def test_a_growth_named_by_its_descriptions_words() -> None:
    assert _read("In 2021 the number of Chengdu's residents went up by about 1.2 percent.") == [
        ("supported", "about 1.2 % · chengdu · population-growth-rate · 2021")
    ]
