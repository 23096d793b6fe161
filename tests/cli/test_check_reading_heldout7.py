"""`check` on the reader's misses of the held-out set claims_heldout7.tsv (issue #19),
each as a general rule. Sentences written for these tests, none the set's own.

A percentage a level rose by over a span of years ("rose by less than half between 2010
and 2013") is the growth over the span, judged against the level's figures of its first
and last years (hubquery derives +150.9 % for Dalian's outsourcing revenue, 2010–2013),
never against one year's growth rate; the "than" of its own bound ("less than half") is
no comparison that takes the span away from it."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From the 2010 level, Dalian's outsourcing revenue grew by under half "
            "between 2010 and 2013.",
            ("contradicted", "less than 50 % · dalian · outsourcing-revenue · 2010–2013"),
        ),
        (
            "Between 2010 and 2013 Dalian's outsourcing revenue increased by less than a third.",
            (
                "contradicted",
                "less than one in three (≈33 %) · dalian · outsourcing-revenue · 2010–2013",
            ),
        ),
        (
            "Dalian's outsourcing revenue climbed by more than half between 2010 and 2013.",
            ("supported", "more than 50 % · dalian · outsourcing-revenue · 2010–2013"),
        ),
        (
            "Dalian's outsourcing revenue rose about 150 percent between 2010 and 2013.",
            ("supported", "about 150 % · dalian · outsourcing-revenue · 2010–2013"),
        ),
        (
            "Dalian's outsourcing revenue went up by 60 per cent between 2010 and 2013.",
            ("contradicted", "60 % · dalian · outsourcing-revenue · 2010–2013"),
        ),
    ],
)
def test_a_rise_over_a_span_is_judged_from_the_levels(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_a_rise_in_one_year_stays_that_years_growth() -> None:
    # (no span: the growth rate the source prints for the year, +41 % in 2012)
    assert _read("Dalian's offshore outsourcing revenue rose by less than half in 2012.") == [
        ("supported", "less than 50 % · dalian · offshore-outsourcing-growth · 2012")
    ]


def test_a_rise_over_a_span_without_both_levels_stays_a_growth() -> None:
    # (no level held for 2011: the span's growth is not derived, and no year's rate
    # judges it)
    assert _read("Dalian's outsourcing revenue grew by under half between 2011 and 2013.") == [
        ("unsupported", "less than 50 % · dalian · offshore-outsourcing-growth · 2011–2013")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "number one" is a rank, as "No. 1" is, and so is "number 1" after a possessive
        (
            "Neusoft stands as the number one offshore software outsourcing provider in China.",
            ("supported", "#1 · Neusoft (shenyang) · outsourcing-provider-rank"),
        ),
        (
            "Neusoft is China's number two offshore software outsourcing provider.",
            ("contradicted", "#2 · Neusoft (shenyang) · outsourcing-provider-rank"),
        ),
        (
            "Neusoft counts as China's number 1 offshore software outsourcing provider.",
            ("supported", "#1 · Neusoft (shenyang) · outsourcing-provider-rank"),
        ),
        # "number" after a plural is still a verb, and "a number of" no figure
        (
            "Dalian's universities number 22, a number of them new.",
            ("supported", "22 universities · dalian · universities"),
        ),
    ],
)
def test_number_one_is_a_rank(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years counted from something named, not a year: the one year held for it
        # (Made in China 2025: 2015; NIIT's Dalian centre: 2008; Chengdu's hi-tech zone: 1988)
        (
            "A year after Made in China 2025 was launched, Hangzhou was named a "
            "cross-border e-commerce pilot city.",
            ("supported", "2016 · cross-border e-commerce pilot city (hangzhou) · year-designated"),
        ),
        (
            "Hangzhou won its cross-border e-commerce pilot city status three years after "
            "Made in China 2025 was unveiled.",
            (
                "contradicted",
                "2018 · cross-border e-commerce pilot city (hangzhou) · year-designated",
            ),
        ),
        (
            "The Neusoft Institute of Information in Dalian opened eight years before NIIT's "
            "Dalian centre.",
            ("supported", "2000 · Neusoft Institute of Information (dalian) · year-established"),
        ),
        (
            "Shenzhen was made a special economic zone nine years before Chengdu's hi-tech "
            "zone was set up.",
            ("supported", "1979 · Special Economic Zone (shenzhen) · year-designated"),
        ),
        (
            "Shenzhen was made a special economic zone a decade after Chengdu's hi-tech "
            "zone was set up.",
            ("contradicted", "1998 · Special Economic Zone (shenzhen) · year-designated"),
        ),
    ],
)
def test_years_counted_from_an_event_named(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_a_hedged_count_from_an_event_is_not_made_exact() -> None:
    # ("about nine years before": no one year; the named event's own year stays unread)
    assert [
        r
        for r in _read(
            "Shenzhen was made a special economic zone about nine years before Chengdu's "
            "hi-tech zone was set up."
        )
        if r[0] != "unsupported"
    ] == []
