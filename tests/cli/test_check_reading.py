"""`check` reading news copy as a careful fact-checker would: hedges after a number,
thresholds passed, targets claimed as reached, bases named by their verbs, relative
times, lists of members, decades and changes (issue #19; sentences written for these
tests, on other figures than the sets' where possible)."""

from __future__ import annotations

import pytest

from hubquery.cache import open_store
from hubquery.query.check import Claim, check
from tests.conftest import SHIPPED


def _check(text: str) -> list[Claim]:
    return check(open_store(str(SHIPPED)), text)


def _read(text: str) -> list[tuple[str, str]]:
    return [(c.verdict, c.read_as) for c in _check(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X or so" hedges the number before it, as "about X" does
        (
            "Sichuan has 1,500 or so IoT companies.",
            ("unsupported", "about 1,500 companies · sichuan · iot-companies"),
        ),
        (
            "Some 80,000 people work in the 650 or so companies of Dalian Software Park.",
            ("supported", "about 650 companies · dalian-software-park · companies"),
        ),
    ],
)
def test_a_hedge_after_the_number(text: str, expected: tuple[str, str]) -> None:
    assert expected in _read(text)
    assert {c.sentence_verdict for c in _check(text)} == {expected[0]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chengdu's economy has passed the US$150 billion mark.",
            ("supported", "more than US$150 billion · chengdu · gdp"),
        ),
        (
            "Chengdu's GDP crossed the US$200 billion threshold.",
            ("unsupported", "more than US$200 billion · chengdu · gdp"),
        ),
    ],
)
def test_a_mark_passed_is_a_lower_bound(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_a_target_claimed_as_an_industry_already_reached_is_contradicted() -> None:
    (claim,) = _check("Chengdu's IT sector is already a trillion-yuan industry.")
    assert (claim.verdict, claim.metric_id, claim.unit) == (
        "contradicted",
        "it-industry-revenue",
        "CNY",
    )
    assert [n.kind for n in claim.notes] == ["target-as-achieved"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Offshore outsourcing services actually delivered in Dalian in 2012 came to US$1.53 billion.",
            "supported",
        ),
        (
            "Dalian's offshore outsourcing work carried out in 2012 was worth US$1.79 billion.",
            "contradicted",
        ),
    ],
)
def test_work_carried_out_is_the_services_conducted(text: str, expected: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == expected
    assert claim.fact_ids == ("dalian-offshore-outsourcing-conducted-2012",)


def test_years_earlier_is_a_time_never_a_figure() -> None:
    assert _read(
        "Dalian made US$21.7 billion from outsourcing in 2013, up from US$8.65 billion "
        "three years earlier."
    ) == [
        ("supported", "US$21.7 billion · dalian · outsourcing-revenue · 2013"),
        ("supported", "US$8.65 billion · dalian · outsourcing-revenue · 2010"),
    ]
    assert _read(
        "In 2010 Dalian's outsourcing revenue was US$8.65 billion; three years later it "
        "was US$21.7 billion."
    ) == [
        ("supported", "US$8.65 billion · dalian · outsourcing-revenue · 2010"),
        ("supported", "US$21.7 billion · dalian · outsourcing-revenue · 2013"),
    ]
    # with no year to count from, it is still no figure
    assert [c.metric_id for c in _check("Four years ago Dalian earned US$21.7 billion.")] == [
        "outsourcing-revenue"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft, Qualcomm and HTC are among the more than 400 firms in Jiangxi's VR base.",
        "More than 400 companies, including Qualcomm and Microsoft, have joined Jiangxi's "
        "VR industry.",
    ],
)
def test_companies_in_a_list_are_members_of_the_group_counted(text: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.hub_id, claim.subject, claim.metric_id) == (
        "supported",
        "jiangxi",
        None,
        "vr-companies",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chengdu gained 245,000 residents in 2021.", "supported"),
        ("Chengdu added some 400,000 inhabitants in 2021.", "contradicted"),
    ],
)
def test_residents_added_are_a_change_not_the_population(text: str, expected: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.metric_id) == (expected, "population-change")


def test_residents_added_are_never_judged_against_the_population() -> None:
    # Dalian holds no change of its population: the change is unsupported, not
    # contradicted by the level
    (claim,) = _check("Dalian added 50,000 residents in 2012.")
    assert claim.verdict == "unsupported"
    assert claim.metric_id != "population"


# --- broadening: sentences written for these tests ----------------------------------


def test_a_money_figure_of_an_organisation_holding_one_is_that_one() -> None:
    # "Microsoft's $280m lab": Microsoft holds one money figure, the lab's cost
    assert _read("Microsoft's $280m Beijing lab opened to great fanfare.") == [
        ("supported", "US$280 million · Microsoft (beijing) · investment")
    ]
    # a place holds several: no guess
    assert [c.metric_id for c in _check("Dalian's $5bn gamble paid off.")] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi'an's high-tech zone was founded in the early 1990s.", "supported"),
        ("Chengdu's high-tech zone dates from 1991.", "contradicted"),
    ],
)
def test_a_citys_zone_named_by_the_possessive_is_its_zone(text: str, expected: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.metric_id) == (expected, "year-established")
    assert claim.hub_id.endswith("-hi-tech-zone")  # type: ignore[union-attr]


def test_becoming_something_in_a_decade_is_a_claim_of_that_decade() -> None:
    assert _read("Hangzhou became a cross-border e-commerce pilot city in the 2010s.") == [
        ("supported", "2010–2019 · cross-border e-commerce pilot city (hangzhou) · year-designated")
    ]
    assert [
        c.verdict
        for c in _check("Hangzhou became a cross-border e-commerce pilot city in the 2000s.")
    ] == ["contradicted"]


def test_a_number_is_never_the_first_words_of_a_name() -> None:
    # "five-year" begins the name "five-year plan", but "a five-year visa" is a figure
    assert _read("Beijing now offers a five-year visa to skilled professionals.") == [
        ("contradicted", "5 years · china · work-visa-length · now")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of companies added is no count of the companies there are: the change of
        # that count, derived from its level and growth (more than 158.2 added)
        ("In 2021 alone, Hefei added more than 150 AI companies.", ("ai-companies", "supported")),
        # a count of new ones is what was added
        (
            "Shenyang added 170 robotics companies between 2016 and 2020.",
            ("new-robotics-companies", "supported"),
        ),
        (
            "Dalian's universities add ten thousand graduates to the job market each year.",
            ("new-professionals-per-year", "supported"),
        ),
    ],
)
def test_what_was_added_is_a_change_or_a_count_of_new_ones(
    text: str, expected: tuple[str, str]
) -> None:
    (claim,) = _check(text)
    assert (claim.metric_id, claim.verdict) == expected
    # (never judged as the level: "added" is a change, worked out, or a count of new ones)
    assert claim.derived == (expected[0] == "ai-companies")


def test_a_span_between_months_is_the_years_between() -> None:
    assert _read(
        "More than 860 robotics firms were registered in Shenyang between May 2020 and May 2022."
    ) == [("supported", "more than 860 companies · shenyang · new-robotics-companies · 2020–2022")]


def test_the_place_a_rank_is_among_is_its_scope_not_its_subject() -> None:
    claims = _check(
        "Chengdu's hi-tech zone, set up in 1988, ranks fourth among China's high-tech zones."
    )
    assert [(c.verdict, c.hub_id) for c in claims] == [
        ("supported", "chengdu-hi-tech-zone"),
        ("supported", "chengdu-hi-tech-zone"),
    ]


def test_an_organisations_institute_in_a_city_is_its_institute_there() -> None:
    (claim,) = _check("Neusoft's Dalian institute teaches more than 10,000 students.")
    assert (claim.verdict, claim.subject) == ("supported", "Neusoft Institute of Information")


def test_what_is_taken_in_a_year_is_the_intake() -> None:
    (claim,) = _check("NIIT's Dalian centre takes in about 1,000 students a year.")
    assert (claim.verdict, claim.metric_id) == ("supported", "annual-intake")


def test_a_bound_every_basis_excludes_is_contradicted() -> None:
    # 2,300 companies (2012) and more than 3,000 registered (2013): neither admits it
    (claim,) = _check("Zhongguancun has fewer than 2,000 companies.")
    assert claim.verdict == "contradicted"
    # one basis admits it, another excludes it: not established
    (claim,) = _check("Zhongguancun has 3,500 companies.")
    assert claim.verdict == "unsupported"


def test_a_citys_part_the_sentence_names_by_its_kind_holds_the_figure() -> None:
    claims = _check("China has 114 state-level high-tech zones, of which Chengdu's ranks fourth.")
    assert [(c.verdict, c.hub_id) for c in claims] == [
        ("supported", "china"),
        ("supported", "chengdu-hi-tech-zone"),
    ]
    # a part the sentence does not name is not guessed
    (claim,) = _check("Chengdu ranks fourth in China.")
    assert claim.hub_id != "chengdu-hi-tech-zone"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dalian's invention patents fell 36% in the first ten months of 2012.", "contradicted"),
        ("Hefei's count of AI firms dropped by 23.2 percent in 2021.", "contradicted"),
        ("Hefei's AI companies grew 23.2% in 2021, down from 30% the year before.", "supported"),
    ],
)
def test_a_decline_is_a_negative_change(text: str, expected: str) -> None:
    assert _check(text)[0].verdict == expected


def test_half_a_century_is_fifty_years() -> None:
    (claim,) = _check("Shenzhen has been a special economic zone for nearly half a century.")
    assert (claim.verdict, claim.metric_id) == ("contradicted", "years-as-special-economic-zone")


def test_things_that_number_n_are_a_count_not_a_rank() -> None:
    (claim,) = _check("Dalian's universities number 25.")
    assert (claim.verdict, claim.metric_id, claim.unit) == (
        "contradicted",
        "universities",
        "universities",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neusoft's revenue was never above US$1 billion.", "contradicted"),
        ("Sichuan's IoT firms do not number over 1,500.", "contradicted"),
        ("Hefei's AI companies were not fewer than 800 in 2021.", "supported"),
    ],
)
def test_a_negated_bound_is_the_other_side(text: str, expected: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some eight and a half million people live in Xi'an.", "supported"),
        ("Xi'an is home to nine and a half million people.", "contradicted"),
        ("Chengdu added a quarter of a million people in 2021.", "supported"),
        ("Chengdu added half a million people in 2021.", "contradicted"),
    ],
)
def test_number_words_with_and_a_half_or_a_part_of_a_scale(text: str, expected: str) -> None:
    """Before, "eight and a half million" was read as 8 and "a quarter of a million" as
    a million: true sentences were contradicted."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beijing and Shanghai are two of only four Chinese cities of over 20 million.",
            "supported",
        ),
        (
            "Xi'an is one of the four Chinese cities with more than 20 million people.",
            "contradicted",
        ),
        (
            "Chongqing is not one of the four Chinese cities with more than 20 million people.",
            "contradicted",
        ),
        (
            "Xi'an is not among the four Chinese cities with more than 20 million people.",
            "supported",
        ),
    ],
)
def test_a_member_of_a_group_over_a_threshold_claims_the_threshold(
    text: str, expected: str
) -> None:
    """ "two of only four cities of over 20 million": two is no count of the cities; each
    member named claims the threshold of its own figure, and "not among" its opposite."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu's population climbed from roughly 20.9 million in 2020 to 21.192 million a year later.",
        "Chengdu's population went from about 20.9 million at the end of 2020 to 21.192 million in 2021.",
    ],
)
def test_the_figure_a_level_rose_from_is_the_level(text: str) -> None:
    """ "rose from X to Y": X is the level before, never the change; "a year later" is
    when Y was, never its unit (it was read as 21.192 million years)."""
    assert {c.sentence_verdict for c in _check(text)} == {"supported"}


def test_now_is_not_established_by_a_figure_its_source_dates_years_before() -> None:
    """An article of 2014 that says "In 2010, the DLSP generated sales of US$4.5
    billion" does not say what the park generates now."""
    (claim,) = _check("These days Dalian Software Park generates US$4.5 billion in sales.")
    assert claim.verdict == "unsupported"
    assert "too old to say what holds now" in claim.notes[0].message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NIIT's training centre in Dalian enrols around 1,000 students every month.",
            "contradicted",
        ),
        ("NIIT's training centre in Dalian enrols around 1,000 students a week.", "contradicted"),
        ("NIIT's training centre in Dalian enrols around 1,000 students a year.", "supported"),
    ],
)
def test_a_rate_per_month_or_week_is_read_in_the_metrics_year(text: str, expected: str) -> None:
    """An annual intake of about 1,000 is no intake of 1,000 a month."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the full year 2012, Dalian's patent grants reached 1,205.", "unsupported"),
        ("In all of 2012 Dalian was granted 1,205 invention patents.", "unsupported"),
    ],
)
def test_a_whole_year_is_not_established_by_part_of_it(text: str, expected: str) -> None:
    """1,205 patents granted from January to October 2012 say nothing of the whole year."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}


def test_the_place_named_nearest_before_a_figure_holds_it() -> None:
    """ "Zhongguancun built in five years what took Silicon Valley 30 years": the 30
    years are Silicon Valley's (both hold the metric), not Zhongguancun's."""
    claims = _check("Zhongguancun built in five years what took Silicon Valley 30 years.")
    assert [(c.hub_id, c.verdict) for c in claims] == [
        ("zhongguancun", "supported"),
        ("silicon-valley", "supported"),
    ]


def test_of_two_places_holding_the_metric_the_one_named_nearest_before_holds_it() -> None:
    """ "In half a decade, Zhongguancun built what took Silicon Valley 30 years": a
    clause naming both, the 30 years are Silicon Valley's (it was contradicted)."""
    claims = _check("Within just five years, Zhongguancun did what took Silicon Valley 30 years.")
    assert [(c.hub_id, c.verdict) for c in claims] == [
        ("zhongguancun", "supported"),
        ("silicon-valley", "supported"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi'an's zone is the most successful of the 114 national high-tech zones.", "unsupported"),
        ("Xi'an's zone is the best of China's 114 national high-tech zones.", "unsupported"),
        (
            "Xi'an's zone is one of the most successful of the 114 national high-tech zones.",
            "supported",
        ),
    ],
)
def test_first_place_among_a_group_counted_is_not_the_count(text: str, expected: str) -> None:
    """ "the most successful of the 114 zones" claims first place, which the count of
    114 does not establish ("one of the most successful" claims no place)."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chengdu's high-tech development zone came into being in 1990.", "contradicted"),
        ("The Made in China 2025 plan saw the light of day in 2015.", "supported"),
    ],
)
def test_coming_into_being_is_a_founding(text: str, expected: str) -> None:
    """ "came into being", "saw the light of day": the year is the figure."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}
