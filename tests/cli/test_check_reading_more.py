"""`check` reading more of news copy's constructions (issue #19): fractions with any
ordinal ("a twentieth"), "one of every two", a verb ending in "rank" ("shrank"), a span
counted after another ("in the two years after"), a figure in an appositive ("Dalian, a
city of six million,"), and "now" against a threshold beside a figure (sentences written
for these tests, not the sets')."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check, _read


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


# --- claims_dev4's causes, each on sentences of its own ----------------------------------


def test_a_rate_is_of_the_metric_counted_at_a_rate() -> None:
    """ "about one new company a day": the start-ups counted every two days, not the
    count of companies returnees founded (it was contradicted by "more than 600")."""
    assert _read("Returnees set up about one start-up company a day in Zhongguancun.") == [
        ("supported", "about 2 companies · zhongguancun · returnee-startups-every-two-days")
    ]


def test_now_says_nothing_of_a_founding_year() -> None:
    """ "opened in 2002, now counts …": the year it opened is no figure of now."""
    claims = _check(
        "Accenture's Dalian centre, which opened in 2002, is now a fixture of the city."
    )
    assert [(c.verdict, c.unit) for c in claims] == [("supported", "year")]


def test_made_the_first_in_a_decade_claims_the_year_it_was_made_so() -> None:
    """ "was made China's first Special Economic Zone in the 1990s": the designation's
    year, 1979, contradicts it (the rank alone was read, of another period)."""
    claims = _check("Shenzhen was made the first Special Economic Zone in the early 1990s.")
    assert {c.sentence_verdict for c in claims} == {"contradicted"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hefei's AI company count tripled in 2021.", "contradicted"),
        ("Hefei's AI company count doubled in 2021.", "contradicted"),
    ],
)
def test_a_count_that_doubled_grew_a_hundred_percent(text: str, expected: str) -> None:
    """ "doubled" of a place that holds no multiple is a growth of about 100 %: Hefei's
    AI companies grew 23.2 % in 2021."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2018 alone Shenyang registered over 500 robotics firms.", "contradicted"),
        ("In 2018 alone Shenyang registered 100 robotics firms.", "unsupported"),
    ],
)
def test_a_year_inside_a_counted_period_has_at_most_its_count(text: str, expected: str) -> None:
    """170 robotics firms from May 2016 to May 2020: no year inside it had more than 170."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}


def test_a_citys_claim_is_not_its_provinces_figure() -> None:
    """Jiangxi attracted more than 400 VR companies; that says nothing of Nanchang's."""
    assert {c.sentence_verdict for c in _check("Nanchang is home to over 300 VR firms.")} == {
        "unsupported"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Neusoft ranks as the largest outsourcing provider in the world.",
        "Neusoft is the globe's biggest offshore outsourcing provider.",
    ],
)
def test_a_rank_in_the_world_is_not_a_rank_in_china(text: str) -> None:
    """China's largest provider is not established as the world's largest."""
    assert {c.sentence_verdict for c in _check(text)} == {"unsupported"}


def test_is_to_by_a_year_is_a_goal() -> None:
    """ "Shenzhen is to spend 5 % … by 2020" states the plan, not what was spent."""
    assert {
        c.sentence_verdict
        for c in _check("By 2020 Shenzhen is to put 5% of its GDP into factory automation.")
    } == {"supported"}


# --- the seed articles' own sentences, which must never be contradicted ------------------


def test_a_count_written_with_a_dot_for_thousands_is_thousands() -> None:
    """ "1.700 patents": no count is 1.7 of a patent."""
    assert _read("Zhongguancun's companies hold 1.700 international patents.") == [
        ("supported", "1,700 patents · zhongguancun · international-patents")
    ]


def test_the_other_two_is_no_figure() -> None:
    """ "(the other two are Beijing and Shanghai)" names members; it counts nothing."""
    claims = _check(
        "Chongqing is one of only four cities of over 20 million people (the other three are "
        "Beijing, Shanghai and Chengdu)."
    )
    assert {c.sentence_verdict for c in claims} == {"supported"}


def test_a_count_of_things_named_by_no_word_of_a_metric_is_not_judged() -> None:
    """ "five different cities" lists places; no metric's words are in it."""
    claims = _check("Dalian, Shenyang, Hefei, Chengdu and Xian, five inland cities, grew fast.")
    assert "contradicted" not in {c.verdict for c in claims}


def test_a_year_written_after_another_figure_is_that_figures_year() -> None:
    """ "IBM set up shop here, as did Neusoft, with US$1 billion in 2012": 2012 is the
    revenue's year, not the year IBM or anyone set up."""
    claims = _check(
        "Accenture has set up shop in Dalian, like Neusoft, which posted revenues of over "
        "US$1 billion in 2012."
    )
    assert [c.unit for c in claims] == ["USD"]
    assert "contradicted" not in {c.verdict for c in claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chengdu's hi-tech zone ranks fourth in China.", "supported"),
        ("Chengdu's hi-tech zone ranks third among China's zones.", "contradicted"),
        ("Chengdu's hi-tech zone is China's fourth-strongest.", "supported"),
        ("Chengdu's hi-tech zone is the fifth-best in China.", "contradicted"),
    ],
)
def test_the_place_a_rank_is_in_is_its_scope(text: str, expected: str) -> None:
    """ "ranks fourth in China", "China's fourth-best": China is where the zone ranks,
    and the one rank the zone holds is the rank claimed."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu's engineers lead China's 5G work.",
        "Shenzhen firms are strong in 3D printing.",
        "Wuhan hospitals fought COVID-19.",
    ],
)
def test_a_number_in_a_name_states_no_figure(text: str) -> None:
    """ "5G", "3D", "COVID-19" are names: no claim, not "a number it cannot read"."""
    assert _check(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dalian's patent applications grew 36% between January and October 2012.", "unsupported"),
        ("Dalian's granted patents grew 36% between January and October 2012.", "unsupported"),
        ("Dalian's invention patents grew 36% between January and October 2012.", "supported"),
    ],
)
def test_a_change_of_one_of_two_counts_is_not_one_the_source_leaves_open(
    text: str, expected: str
) -> None:
    """A growth of invention patents that the source leaves open between the two counts
    held (applied for, granted) does not establish the growth of either one named."""
    claims = _check(text)
    assert {c.sentence_verdict for c in claims} == {expected}
    if expected == "unsupported":
        assert any("does not say" in n.message for c in claims for n in c.notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Xi'an Hi-tech Zone has been running since the early 1980s.", "contradicted"),
        ("The Xi'an Hi-tech Zone has been operating since the early 1990s.", "supported"),
        ("The Xi'an Hi-tech Zone has been in operation since 1991.", "supported"),
        ("The Xi'an Hi-tech Zone has been running since the mid-1990s.", "contradicted"),
    ],
)
def test_running_since_a_time_dates_what_is_running(text: str, expected: str) -> None:
    """ "running since the early 1980s" claims it began in 1980–1983: a founding year,
    the early, mid or late part of a decade a span of its years."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chengdu's economy pushed its GDP past US$160 billion.", "supported"),
        ("Chengdu's GDP went past US$170 billion.", "unsupported"),
        ("Chengdu grew 7.7% over the past year.", "supported"),
    ],
)
def test_past_a_figure_is_more_than_it(text: str, expected: str) -> None:
    """ "pushing its GDP past US$160 billion" claims more than US$160 billion (a source's
    "surpassed $160 billion" supports it); "the past year" stays a period."""
    assert {c.sentence_verdict for c in _check(text)} == {expected}
