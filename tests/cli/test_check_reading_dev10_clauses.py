"""`check` on which words a figure's clause holds, and what they say of it (issue #19):
"and" between two names ("from China and overseas") ends no clause where a comma ends
it later; the place after a share's "of" is its whole, the share the one of the place
named before ("Zhongguancun … and takes up 70 per cent of Beijing's industrial land");
a count set against another with no noun of its own ("what Silicon Valley did in
thirty") is of the other's unit; "workers" are employees; "cleared US$1 billion" is
more than it; "puts its population … at 20.9 million" is the level, not a change; "the
park in Dalian" is its one park; a year in a count's clause with no founding word before
it ("firms listed in Zhongguancun in 2013, over 600 were founded …") is the count's time;
"the park" of a sentence that names no place is the one park of the place its members
named are in ("…, with Accenture, Intel and Cisco among them": Dalian's).
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read


def test_and_between_names_ends_no_clause() -> None:
    assert ("supported", "nearly 650 companies · dalian-software-park · companies") in _read(
        "Close to 650 companies from China and overseas work in the Dalian Software Park,"
        " which employs 80,000 people."
    )


def test_and_between_figures_still_ends_a_clause() -> None:
    assert ("supported", "US$1.79 billion · dalian · offshore-outsourcing-value") in _read(
        "Dalian signed US$1.79 billion and delivered US$1.53 billion of offshore work in 2012."
    )


def test_the_place_after_a_shares_of_is_its_whole() -> None:
    assert _read(
        "Zhongguancun spreads over 480 square kilometres and takes up 70 per cent of"
        " Beijing's industrial land."
    ) == [
        ("supported", "480 km² · zhongguancun · area"),
        ("supported", "70 % · zhongguancun · industrial-land-share"),
    ]


def test_a_share_of_the_only_place_named_is_that_places() -> None:
    assert _read("Industry takes up 70 percent of Beijing's land.")[0][1].startswith(
        "70 % · beijing"
    )


def test_a_count_set_against_another_takes_its_unit() -> None:
    assert [
        said.split(" · ")[0]
        for _, said in _read(
            "Zhongguancun needed five years to do what Silicon Valley did in thirty."
        )
    ] == ["5 years", "30 years"]


def test_workers_are_employees() -> None:
    assert _read("The Dalian Software Park has some 80,000 workers.") == [
        ("supported", "about 80,000 people · dalian-software-park · employees")
    ]


def test_cleared_is_more_than() -> None:
    assert _read("Neusoft's sales cleared US$1 billion in 2012.") == [
        ("supported", "more than US$1 billion · Neusoft (shenyang) · revenue · 2012")
    ]


def test_put_at_is_a_level() -> None:
    assert _read(
        "Taking away the 2021 gain puts Chengdu's population at the end of 2020 at about"
        " 20.9 million."
    ) == [("supported", "about 20.9 million people · chengdu · population · 2020")]


def test_the_park_in_a_city_is_its_one_park() -> None:
    assert _read("The park in Dalian, a year later, in 1999, opened its gates.") == [
        ("supported", "1999 · dalian-software-park · year-established")
    ]


def test_a_park_with_no_article_in_a_city_is_the_city() -> None:
    assert _read("Some park in Dalian opened its gates in 1999.")[0][1].startswith(
        "1999 · dalian ·"
    )


def test_a_year_in_a_counts_clause_is_its_time_not_a_founding() -> None:
    assert _read(
        "Of the more than 3,000 firms listed in Zhongguancun in 2013, over 600 were founded"
        " by returnees."
    ) == [
        ("supported", "more than 3,000 companies · zhongguancun · companies · 2013"),
        ("supported", "more than 600 companies · zhongguancun · returnee-founded-companies"),
    ]


def test_a_year_after_a_founding_word_stays_a_founding() -> None:
    assert (
        "supported",
        "2016 · cross-border e-commerce pilot city (hangzhou) · year-designated",
    ) in (
        _read(
            "Hangzhou was picked as one of ten cross-border e-commerce pilot cities by the state"
            " council in 2016."
        )
    )


def test_the_park_of_the_members_named() -> None:
    assert _read(
        "Nearly half of the park's software firms are foreign-owned, with Accenture, Intel and"
        " Cisco among them."
    ) == [("supported", "nearly 50 % · dalian-software-park · foreign-owned-share")]


def test_an_organisation_named_alone_keeps_its_own_figure() -> None:
    assert _read("Accenture opened its delivery centre near the zone in 2002.") == [
        ("supported", "2002 · Accenture (dalian) · year-established")
    ]
