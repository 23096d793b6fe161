"""`check` reading more of news copy's constructions (issue #19): fractions with any
ordinal ("a twentieth"), "one of every two", a verb ending in "rank" ("shrank"), a span
counted after another ("in the two years after"), a figure in an appositive ("Dalian, a
city of six million,"), and "now" against a threshold beside a figure (sentences written
for these tests, not the sets')."""

from __future__ import annotations

import pytest

from hubquery.cache import open_store
from hubquery.query.check import Claim, check
from tests.conftest import SHIPPED


def _check(text: str) -> list[Claim]:
    return check(open_store(str(SHIPPED)), text)


def _read(text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.read_as) for c in _check(text)]


def test_a_verb_ending_in_rank_is_no_rank() -> None:
    """ "shrank 12%" is a decline of 12 %, never rank #12."""
    assert _read("Hefei's count of AI-related firms shrank 12 percent in 2021.") == [
        ("contradicted", "-12 % · hefei · ai-companies-growth · 2021")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chengdu makes one of every five of the world's laptops.", "supported"),
        ("Chengdu makes one of every two of the world's laptops.", "contradicted"),
    ],
)
def test_one_of_every_n_is_a_share(text: str, expected: str) -> None:
    """ "one of every five" is about 20 %, as "one in five" is."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By 2020 Shenzhen plans to spend a twentieth of its GDP on automation.", "supported"),
        ("Shenzhen already spends a twentieth of its GDP on automation.", "contradicted"),
    ],
)
def test_a_fraction_of_any_ordinal_is_a_share(text: str, expected: str) -> None:
    """ "a twentieth" is about 5 % (a target of 5 % claimed as reached is contradicted)."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}


def test_an_eighth_is_about_twelve_and_a_half_percent() -> None:
    """(Not the target of 5 %, and no figure of what was reached: unsupported.)"""
    assert _read("Shenzhen already spends an eighth of its GDP on automation.") == [
        ("unsupported", "about 12.5 % · shenzhen · automation-spending-share-of-gdp · now")
    ]


def test_a_span_counted_after_another_is_the_years_after_it() -> None:
    """ "170 in the four years to 2020 and over 860 in the two years after": the 860 are
    of 2020–2022, and "two years" is no figure or cue of a metric."""
    claims = _check(
        "Shenyang registered 170 robotics firms in the four years to 2020 and over 860 "
        "in the two years after."
    )
    assert [(c.verdict, c.read_as) for c in claims] == [
        ("supported", "170 companies · shenyang · new-robotics-companies · 2016–2020"),
        ("supported", "more than 860 companies · shenyang · new-robotics-companies · 2020–2022"),
    ]


def test_a_figure_in_an_appositive_takes_no_time_of_the_sentence() -> None:
    """ "Dalian, a city of six million, …" describes the city; the sentence's year is
    the year of its own figure."""
    claims = _check(
        "Nearly 1,000 outsourcing firms operated in Dalian, a city of six million, at the "
        "end of 2012."
    )
    assert [(c.verdict, c.read_as) for c in claims] == [
        ("supported", "nearly 1,000 companies · dalian · outsourcing-companies · 2012"),
        ("supported", "6 million people · dalian · population"),
    ]


def test_a_threshold_never_hides_the_figure_now() -> None:
    """A bound the source sets for a group ("more than 20 million") is no newer figure
    than the city's own: "today 20.5 million" is contradicted by 21.192 million."""
    assert {c.sentence_verdict for c in _check("Chengdu today counts 20.5 million residents.")} == {
        "contradicted"
    }
    assert {c.sentence_verdict for c in _check("Chengdu today has over 20 million residents.")} == {
        "supported"
    }


def test_the_words_of_a_span_are_no_cue_of_a_metric() -> None:
    """ "in the two years after": "two" is no word of "start-ups every two days"."""
    claims = _check(
        "Robotics start-up registrations in Shenyang rose from 170 in the four years to 2020 "
        "to more than 860 in the two years after."
    )
    assert [c.metric_id for c in claims] == ["new-robotics-companies"] * 2
    assert {c.sentence_verdict for c in claims} == {"supported"}


def test_companies_followed_by_among_them_are_members() -> None:
    """ "More than 300 firms, Qualcomm and Microsoft among them": the province's count."""
    assert _read(
        "Over 300 companies, Microsoft and Qualcomm among them, are in Jiangxi's VR sector."
    ) == [("supported", "more than 300 companies · jiangxi · vr-companies")]


def test_an_ordinal_before_a_programmes_name_is_part_of_the_name() -> None:
    """ "the 13th Five-Year Plan" names an edition of the plan: no rank, no figure."""
    text = "Shenzhen's goal in the 13th Five-Year Plan: 5 percent of GDP on automation by 2020."
    assert _read(text) == [
        ("supported", "5 % · shenzhen · automation-spending-share-of-gdp · 2020 · as a goal")
    ]


def test_a_programme_that_frames_a_clause_is_not_its_subject() -> None:
    """ "Under the 12th Five-Year Plan, Shenzhen aims …": Shenzhen's goal, not the plan's."""
    text = "Under the 12th Five-Year Plan, Shenzhen means to spend 5 percent of GDP on automation by 2020."
    assert _read(text) == [
        ("supported", "5 % · shenzhen · automation-spending-share-of-gdp · 2020 · as a goal")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2012 Dalian filed 5,280 invention patent applications.", "unsupported"),
        ("From January to October 2012 Dalian filed 5,280 patent applications.", "supported"),
        ("Dalian filed 5,280 patent applications in the first ten months of 2012.", "supported"),
    ],
)
def test_a_year_named_alone_counts_the_whole_year(text: str, expected: str) -> None:
    """A count "in 2012" is the year's; the source counts only January to October."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}
