"""`check` on probe sentences written for issue #19 in the news voice on the five seed
articles, each labelled before it was run: what they found misread, each read by a
general rule (sentences of their own, not a claim set's)."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check, _read


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the sources: Dalian's "6 million residents", "six million inhabitants"
        ("About 7 million people live in Dalian.", "contradicted"),
        ("Roughly seven million people call Dalian home.", "contradicted"),
        ("About six million people live in Dalian.", "supported"),
        # a share to its last digit is still widened by its rounding: "some 33 percent"
        # is about a third
        (
            "Chengdu and Chongqing make up some 33 percent of the world's electronic "
            "information industry.",
            "supported",
        ),
    ],
)
def test_about_a_round_number_is_as_vague_as_its_rounding_not_more(text: str, verdict: str) -> None:
    """ "About 7 million" was about 6.3–7.7 million widened again by the ±500,000 of its
    rounding, so the source's 6 million supported it."""
    assert {c.verdict for c in _check(text)} == {verdict}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source: 5,280 invention patents applied for, 1,205 granted (Jan–Oct 2012)
        (
            "In the first ten months of 2012, 5,280 invention patents were filed in Dalian.",
            ("supported", "patent-applications"),
        ),
        (
            "Dalian saw 5,280 invention patent filings between January and October 2012.",
            ("supported", "patent-applications"),
        ),
        (
            "Inventors filed 1,205 patents in Dalian between January and October 2012.",
            ("contradicted", "patent-applications"),
        ),
    ],
)
def test_patents_filed_are_applications(text: str, expected: tuple[str, str]) -> None:
    """The first was judged by the patents granted, and contradicted."""
    (claim,) = _check(text)
    assert (claim.verdict, claim.metric_id) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source: more than 860 registered "in the past two years"
        (
            "Shenyang added more than 860 robotics start-ups in two years.",
            (
                "supported",
                "more than 860 companies · shenyang · new-robotics-companies · the past 2 years",
            ),
        ),
        (
            "More than 860 robotics firms were registered in Shenyang within just two years.",
            (
                "supported",
                "more than 860 companies · shenyang · new-robotics-companies · the past 2 years",
            ),
        ),
    ],
)
def test_in_so_many_years_after_a_count_is_its_span(text: str, expected: tuple[str, str]) -> None:
    """ "two years" was read as a figure of its own, China's years of growth, and
    contradicted by the 30 years the source gives."""
    assert _read(text) == [expected]


def test_in_so_many_years_counted_over_another_span_is_not_established() -> None:
    (claim,) = _check("Shenyang added more than 860 robotics start-ups in four years.")
    assert claim.verdict == "unsupported"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source: Shenzhen a zone since 1979, "after about 40 years"
        (
            "Shenzhen has been a Special Economic Zone for four decades.",
            ("supported", "about 40 years · shenzhen · years-as-special-economic-zone"),
        ),
        (
            "Shenzhen has been a Special Economic Zone for more than four decades.",
            ("unsupported", "more than 40 years · shenzhen · years-as-special-economic-zone"),
        ),
        (
            "Shenzhen has been a Special Economic Zone for two decades.",
            ("contradicted", "about 20 years · shenzhen · years-as-special-economic-zone"),
        ),
    ],
)
def test_decades_are_a_round_count(text: str, expected: tuple[str, str]) -> None:
    """ "Four decades" was read as exactly 40 years, which "about 40 years" does not
    establish."""
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the 2014 feature: US$21.7 billion "last year", up from US$8.65 billion in 2010
        (
            "Last year Dalian's outsourcing revenue was US$8.65 billion.",
            ("contradicted", "US$8.65 billion · dalian · outsourcing-revenue · last year"),
        ),
        (
            "Last year Dalian's outsourcing revenue reached US$21.7 billion.",
            ("supported", "US$21.7 billion · dalian · outsourcing-revenue · last year"),
        ),
        # the 2022 article: more than 840 "in 2021"
        (
            "Last year Hefei was home to more than 840 AI companies.",
            ("supported", "more than 840 companies · hefei · ai-companies · last year"),
        ),
        (
            "Hefei has more than 840 AI companies this year.",
            ("unsupported", "more than 840 companies · hefei · ai-companies · this year"),
        ),
        # the 1970s' figure is no year's before a source of 2019
        (
            "Last year Shenzhen had fewer than 300,000 residents.",
            ("unsupported", "less than 300,000 people · shenzhen · population · last year"),
        ),
    ],
)
def test_last_year_is_read_in_the_voice_of_the_source(text: str, expected: tuple[str, str]) -> None:
    """A claim that names no year but "last year" or "this year" is of the year before its
    source's date, or of that year: the first was supported by the 2010 figure."""
    assert _read(text) == [expected]


def test_last_year_in_one_clause_dates_that_clause_only() -> None:
    """(a seed's own sentence: "last year" is the revenue's, not the shares')"""
    text = (
        "Half of the laptop chips and two-thirds of all iPads are produced in Chengdu, whose "
        "IT industry has generated 480billion yuan in revenue just last year."
    )
    assert {c.verdict for c in _check(text)} == {"supported"}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the source: "In April 2016, the government designated the city as one of China's
        # 10 cross-border e-commerce pilot cities" (check2's rule, 98e1f05: tested here on
        # the probes that found it missing)
        ("In March 2016, Hangzhou was made a cross-border e-commerce pilot city.", "contradicted"),
        ("Hangzhou joined China's cross-border e-commerce pilots in May 2016.", "contradicted"),
        ("In April 2016, Hangzhou was made a cross-border e-commerce pilot city.", "supported"),
        ("Hangzhou was made a cross-border e-commerce pilot city in 2016.", "supported"),
    ],
)
def test_a_year_with_its_month_is_judged_to_the_month(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source: Chinese people "have built in 5 years what people in Silicon Valley did
        # in 30 years"; the dataset holds the 5 years as Zhongguancun's and, as the quote
        # says it of "Chinese people", as China's
        (
            "Chinese engineers built in five years what Silicon Valley took 30 years to build.",
            [
                ("supported", "5 years · china · years-to-build-ecosystem"),
                ("supported", "30 years · silicon-valley · years-to-build-ecosystem"),
            ],
        ),
        (
            "Zhongguancun built in ten years what Silicon Valley took 30 years to build.",
            [
                ("contradicted", "10 years · zhongguancun · years-to-build-ecosystem"),
                ("supported", "30 years · silicon-valley · years-to-build-ecosystem"),
            ],
        ),
    ],
)
def test_a_place_after_what_is_the_subject_of_its_own_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """The first figure was judged as Silicon Valley's, and contradicted by its 30 years."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the source: two new start-ups every two days
        ("One new start-up is founded by returnees in Zhongguancun each day.", "supported"),
        (
            "One new start-up is founded by returnees in Zhongguancun every two days.",
            "contradicted",
        ),
    ],
)
def test_one_start_up_a_day_is_a_rate(text: str, verdict: str) -> None:
    """ "One" was no figure ("one of the largest"), so the sentence stated none."""
    (claim,) = _check(text)
    assert claim.verdict == verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source: 2010's sales "a year-on-year increase of 38.6 per cent"
        (
            "Dalian Software Park's 2010 sales were up 38.6 per cent on the year before.",
            ("supported", "38.6 % · dalian-software-park · revenue-growth · 2010"),
        ),
        (
            "Dalian Software Park's 2010 sales were up 25.6 per cent on the year before.",
            ("contradicted", "25.6 % · dalian-software-park · revenue-growth · 2010"),
        ),
    ],
)
def test_a_change_on_the_year_before_is_of_the_year_after_it(
    text: str, expected: tuple[str, str]
) -> None:
    """ "Per cent on the year before" was read as a growth of 2009, so unsupported."""
    assert expected in _read(text)


def test_a_place_s_top_ranked_is_its_first() -> None:
    """ "Top-ranked" was no rank: the sentence stated no figure but its name's."""
    text = "The Chengdu Hi-tech Industrial Development Zone is China's top-ranked high-tech zone."
    assert _read(text) == [("contradicted", "#1 · chengdu-hi-tech-zone · high-tech-zone-rank")]
