"""`check` on heldout8's reading misses (issue #19): a place that "has until 2020 to
become …" gives itself a deadline, so its one year is a goal's target year (it was read
as no figure); a duration up to a year the sentence names ("by 2014 … had been running
for more than a decade") of what the dataset holds only the year it began of is a claim
of that year, counted back from the named one (it was read as no metric, or as a
duration the organisation holds none of); a place named in who reported a figure, at the
sentence's end (", a blog on China's tech hubs reported."), is no subject of it (China
was read as the GDP's); a change of its direction only ("the population shrank during
2021", "the economy grew"), in a sentence of no number but years, is a change above or
below zero (it was read as none). Sentences written for these tests, none a
claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zhongguancun has until 2020 to turn itself into a legendary place for innovation.",
            ("supported", "2020 · zhongguancun · target-year · as a goal"),
        ),
        (
            "Beijing gave Zhongguancun until 2030 to become a legendary hub of technology.",
            ("contradicted", "2030 · zhongguancun · target-year · as a goal"),
        ),
    ],
)
def test_until_a_year_to_do_something_is_a_deadline(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_until_a_year_then_to_a_level_is_no_goal() -> None:
    assert _read("Dalian's outsourcing revenue grew from 2010 until 2013 to US$21.7 billion.") == [
        ("supported", "US$21.7 billion · dalian · outsourcing-revenue · 2010–2013")
    ]


def test_until_a_year_with_no_goal_is_still_its_period() -> None:
    # (a figure held until a year: no deadline, the year stays the figure's time)
    assert _read("Zhongguancun did not count 300 companies until 2012.")[0][1].startswith(
        "less than 300 companies · zhongguancun · companies"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By 2010 the Neusoft Institute of Information had been teaching for over 8 years.",
            (
                "supported",
                "at most 2002 · Neusoft Institute of Information (dalian) · year-established",
            ),
        ),
        (
            "By 2013 Accenture had been operating in Dalian for more than twenty years.",
            ("contradicted", "at most 1993 · Accenture (dalian) · year-established"),
        ),
        (
            "By 2012 Accenture had been serving clients from Dalian for about ten years.",
            ("supported", "2000–2003 · Accenture (dalian) · year-established"),
        ),
    ],
)
def test_a_duration_up_to_a_named_year_dates_its_beginning(
    text: str, expected: tuple[str, str]
) -> None:
    assert _read(text) == [expected]


def test_a_duration_the_subject_holds_stays_a_duration() -> None:
    assert _read("By 2014 Dalian had been focusing on outsourcing for 10 years.") == [
        ("supported", "10 years · dalian · years-focused-on-outsourcing · 2014")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu's economy grew 7.7 percent to more than $160 billion, a survey of China's "
        "tech cities reported.",
        "Chengdu's GDP climbed 7.7% to more than $160 billion, the article on China said.",
    ],
)
def test_a_place_in_who_reported_a_figure_is_no_subject(text: str) -> None:
    assert _read(text) == [
        ("supported", "7.7 % · chengdu · gdp-growth"),
        ("supported", "more than US$160 billion · chengdu · gdp"),
    ]


def test_a_teller_alone_still_names_the_subject() -> None:
    # (no other place named: the teller's place is the figure's)
    assert _read("About 6 million people live there, the mayor of Dalian said.")[0] == (
        "supported",
        "about 6 million people · dalian · population",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2021 Chengdu's population declined.",
            [("contradicted", "less than 0 people · chengdu · population-change · 2021")],
        ),
        (
            "Chengdu's population has grown during 2021, its statisticians found.",
            [("supported", "more than 0 people · chengdu · population-change · 2021")],
        ),
        (
            "Last year Chengdu's GDP rose, a survey found.",
            [("supported", "more than 0 % · chengdu · gdp-growth · last year")],
        ),
        (  # (no change held of Dalian's people: no level read instead)
            "Dalian's population fell in 2010.",
            [("unsupported", "less than 0 people · dalian · population-change · 2010")],
        ),
    ],
)
def test_a_change_of_its_direction_only_is_above_or_below_zero(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu's population grew by 245,000 in 2021.",  # (a number of its own)
        "Chengdu's population grew faster than Chongqing's.",  # (no change's direction alone)
    ],
)
def test_a_direction_with_more_said_is_not_a_bound_at_zero(text: str) -> None:
    assert all("than 0 people" not in read for _, read in _read(text))
