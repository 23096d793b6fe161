"""`check` on the constructions claims_heldout6.tsv found misread (issue #19), each read
by a general rule tested here on sentences written for these tests (the set's own
sentence at most one case of several): a prospect ("tipped to become") is a goal."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check, _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xi'an is tipped to become China's fourth pole of production.",
            ("supported", "#4 · xian · production-pole-rank · as a goal"),
        ),
        (
            "Xi'an, poised to become China's fourth pole of production, keeps growing.",
            ("supported", "#4 · xian · production-pole-rank · as a goal"),
        ),
        (
            "Xi'an is on course to become the fourth pole of production in China.",
            ("supported", "#4 · xian · production-pole-rank · as a goal"),
        ),
        (
            "Chengdu's IT industry is set to become a 1 trillion yuan business.",
            ("supported", "CN¥1 trillion · chengdu · it-industry-revenue · as a goal"),
        ),
        (
            "Chengdu's IT industry is slated to become a 1 trillion yuan business.",
            ("supported", "CN¥1 trillion · chengdu · it-industry-revenue · as a goal"),
        ),
        # achieved, not a prospect: the source's figure is a goal, so contradicted
        (
            "Chengdu's IT industry became a 1 trillion yuan business.",
            ("contradicted", "CN¥1 trillion · chengdu · it-industry-revenue"),
        ),
    ],
)
def test_a_prospect_to_become_is_a_goal(text: str, expected: tuple[str, str]) -> None:
    """ "tipped", "poised", "slated", "set" to become and "on course to" state a prospect,
    judged as a target: the source's aspiration or plan supports it."""
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A dozen years before NPR's 2010 report, officials set the Dalian Software Park "
            "in motion.",
            ("supported", "1998 · dalian-software-park · year-established"),
        ),
        (
            "A decade after 1989, officials opened the Dalian Software Park.",
            ("supported", "1999 · dalian-software-park · year-established"),
        ),
        (
            "Two years later than 1996, the Dalian Software Park was founded.",
            ("supported", "1998 · dalian-software-park · year-established"),
        ),
        (
            "The Dalian Software Park opened two years after the 1997 crisis.",
            ("supported", "1999 · dalian-software-park · year-established"),
        ),
        (
            "Three years before 2010, the Dalian Software Park was founded.",
            ("contradicted", "2007 · dalian-software-park · year-established"),
        ),
    ],
)
def test_years_before_or_after_a_year_name_another_year(
    text: str, expected: tuple[str, str]
) -> None:
    """ "N years before/after YEAR" (a decade, "later than", "earlier than") is YEAR ± N:
    the year named (a report's, an event's) is a reference point, not the claim's."""
    assert _read(text) == [expected]


def test_a_span_before_a_year_is_no_year_moved() -> None:
    """ "in the ten years before 2010" is a span ending in 2010, not the year 2000."""
    text = "In the ten years before 2010, the Dalian Software Park grew to 300 companies."
    assert _read(text) == [
        ("unsupported", "300 companies · dalian-software-park · companies · 2000–2010")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source's: the Xi'an hi-tech zone, a "demonstration zone"
        (
            "Xi'an itself was named a national intellectual property demonstration city in 2014.",
            ("unsupported", "2014 · xian · year-designated"),
        ),
        (
            "Xi'an was named a national intellectual property demonstration city in 2014.",
            ("unsupported", "2014 · xian · year-designated"),
        ),
        # Dalian's "outsourcing base city" is no "outsourcing base zone"
        (
            "Dalian was named an outsourcing base zone in 2006.",
            ("unsupported", "2006 · dalian · year-designated"),
        ),
        # the same kind, or its plural, is the source's designation
        (
            "Dalian was named an outsourcing base city in 2006.",
            ("supported", "2006 · outsourcing base city (dalian) · year-designated"),
        ),
        (
            "Dalian was named one of China's outsourcing base cities in 2006.",
            ("supported", "2006 · outsourcing base city (dalian) · year-designated"),
        ),
        (
            "Xi'an's hi-tech zone was named a national intellectual property demonstration "
            "zone in 2014.",
            (
                "supported",
                "2014 · national intellectual property demonstration zone "
                "(xian-hi-tech-zone) · year-designated",
            ),
        ),
    ],
)
def test_a_designation_of_another_kind_is_not_the_sources(
    text: str, expected: tuple[str, str]
) -> None:
    """A designation's first words followed by another kind noun (city, zone, park,
    base …) name another designation: not supported by the source's."""
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xi'an itself was named a national intellectual property demonstration zone in 2014.",
            ("unsupported", "2014 · xian · year-designated"),
        ),
        # the city's own figures, and other places named, are read as ever
        (
            "Xi'an itself has 8.5 million residents.",
            ("supported", "8.5 million people · xian · population"),
        ),
        (
            "Dalian itself hosts the Dalian Software Park, founded in 1998.",
            ("supported", "1998 · dalian-software-park · year-established"),
        ),
        (
            "Dalian itself was named an outsourcing base city in 2006.",
            ("supported", "2006 · outsourcing base city (dalian) · year-designated"),
        ),
    ],
)
def test_a_place_itself_is_not_a_zone_within_it(text: str, expected: tuple[str, str]) -> None:
    """ "Xi'an itself": the city's own figure, not one of a zone or an organisation within
    it (the hi-tech zone's designation)."""
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the source: two new start-ups every two days, one a day
        (
            "Returning students found a new start-up in Zhongguancun only about once a week.",
            "contradicted",
        ),
        ("Returning students found one new start-up in Zhongguancun a month.", "contradicted"),
        ("Returning students set up a new start-up in Zhongguancun every week.", "contradicted"),
        ("Returning students set up a new start-up in Zhongguancun every day.", "supported"),
    ],
)
def test_a_start_up_a_week_or_a_month_is_a_rate(text: str, verdict: str) -> None:
    """ "a start-up a week" (or a month) is a rate of one in that period, as "a start-up
    a day" is: compared with the source's two every two days."""
    assert [v for v, _ in _read(text)] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the source: 480 billion yuan; the same number in dollars is another figure
        ("Chengdu's IT industry made 480 billion US dollars in revenue.", "contradicted"),
        ("Chengdu's IT industry earned about US$480 billion.", "contradicted"),
        # a bound the smaller sum meets is not contradicted by it
        ("Chengdu's IT industry made less than 480 billion US dollars in revenue.", "unsupported"),
        ("Chengdu's IT industry made 480 billion yuan in revenue.", "supported"),
        # the source's US$21.7 billion is no 21.7 billion yuan
        ("Dalian's outsourcing industry earned 21.7 billion yuan.", "contradicted"),
    ],
)
def test_the_same_number_in_another_currency_is_contradicted(text: str, verdict: str) -> None:
    """A sum the source gives in yuan, claimed in US dollars (or the reverse), cannot
    both be true: the claim's currency is wrong."""
    assert [v for v, _ in _read(text)] == [verdict]


def test_a_currency_mislabelled_says_the_sources_figure() -> None:
    (claim,) = _check("Chengdu's IT industry made 480 billion US dollars in revenue.")
    assert "the source says CN¥480 billion: the same number in CNY, not USD" in [
        n.message for n in claim.notes
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source: "Over the last 10 years, Dalian has focused on building its service
        # outsourcing industry" (2014)
        (
            "In the decade to 2014, Dalian concentrated on building up its service "
            "outsourcing industry.",
            ("supported", "10 years · dalian · years-focused-on-outsourcing · 2014"),
        ),
        (
            "Over the decade up to 2014, Dalian focused on its service outsourcing industry.",
            ("supported", "10 years · dalian · years-focused-on-outsourcing · 2014"),
        ),
        (
            "In the decade to 2012, Dalian focused on its service outsourcing industry.",
            ("unsupported", "10 years · dalian · years-focused-on-outsourcing · 2012"),
        ),
    ],
)
def test_a_decade_to_a_year_is_ten_years_as_of_then(text: str, expected: tuple[str, str]) -> None:
    """ "In the decade to 2014", where the sentence states no other number, claims ten
    years as of 2014, as "over the last 10 years" does."""
    assert _read(text) == [expected]
