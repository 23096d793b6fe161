"""`check` closing the gaps the last pass left open (issue #19): "IP" for intellectual
property, a province's capital named by its province ("the Sichuan capital"), figures
listed "respectively", a rank "after" the places above it, a clause cut between two
figures at a word, and the seed articles' own sentences, which are never contradicted
(sentences written for these tests, not the claim sets')."""

from __future__ import annotations

import pytest

from hubquery.cache import open_store
from hubquery.query.check import check
from tests.cli.test_check_reading import _check, _read
from tests.conftest import SEEDS, SHIPPED


def _verdicts(text: str) -> set[str]:
    return {c.sentence_verdict for c in _check(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2014 China named Xi'an's hi-tech zone a national IP demonstration zone.", "supported"),
        (
            "Xi'an's high-tech zone has been a national IP demonstration zone since 2011.",
            "contradicted",
        ),
    ],
)
def test_ip_is_intellectual_property(text: str, expected: str) -> None:
    """ "IP" names what the dataset calls "intellectual property" (its designation's year)."""
    assert _verdicts(text) == {expected}


@pytest.mark.parametrize(
    ("text", "hub", "expected"),
    [
        ("The Anhui capital counted more than 840 AI-related firms in 2021.", "hefei", "supported"),
        ("In 2021 Anhui's capital was home to 900 AI companies.", "hefei", "unsupported"),
        (
            "The capital of Liaoning province saw more than 860 new robotics firms registered "
            "in the past two years.",
            "shenyang",
            "supported",
        ),
        ("The Shaanxi capital had 8.5 million residents in 2019.", "xian", "supported"),
        (
            "The Sichuan provincial capital is home to more than 20 million people.",
            "chengdu",
            "supported",
        ),
        (
            "The Zhejiang capital city was named a cross-border e-commerce pilot city in 2015.",
            "hangzhou",
            "contradicted",
        ),
        # The province's count is no count of its capital's.
        ("The Jiangxi capital has more than 400 VR companies.", "nanchang", "unsupported"),
    ],
)
def test_a_provinces_capital_is_its_capital_city(text: str, hub: str, expected: str) -> None:
    claims = _check(text)
    assert {c.hub_id for c in claims} == {hub}
    assert {c.sentence_verdict for c in claims} == {expected}


def test_a_capital_the_dataset_does_not_hold_is_no_city_of_its_province() -> None:
    """Guangdong's capital is not Shenzhen (the dataset has no Guangzhou)."""
    claims = _check("The Guangdong capital has more than 20 million people.")
    assert "shenzhen" not in {c.hub_id for c in claims}
    assert {c.sentence_verdict for c in claims} == {"unsupported"}


def test_figures_listed_respectively_are_each_of_their_own() -> None:
    """ "… sales of X and exports of Y, up 38.6 and 25.6 per cent respectively": the first
    growth is of the sales, the second of the exports."""
    claims = _check(
        "The DLSP's 2010 sales reached US$4.5 billion and its exports US$1.08 billion, "
        "up 38.6 per cent and 25.6 per cent respectively."
    )
    assert [(c.verdict, c.metric_id) for c in claims] == [
        ("supported", "revenue"),
        ("supported", "export-revenue"),
        ("supported", "revenue-growth"),
        ("supported", "export-revenue-growth"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hangzhou is China's third-largest luxury market, after Beijing and Shanghai.",
        "It is the third largest luxury market in China, behind Beijing and Shanghai.",
    ],
)
def test_a_rank_after_places_is_not_theirs(text: str) -> None:
    """The places a rank comes after are above it, not what is ranked."""
    assert "beijing" not in {c.hub_id for c in _check(text)}
    assert "contradicted" not in _verdicts(text)


def test_a_clause_is_cut_at_a_word() -> None:
    """With no comma or "and" between two figures, the cut falls between words: "300 of
    them have opened branches abroad" counts companies with branches abroad."""
    claims = _check(
        "Zhongguancun firms hold 1,700 international patents, 300 of them have opened "
        "branches abroad in more than 50 countries."
    )
    assert [(c.verdict, c.metric_id) for c in claims] == [
        ("supported", "international-patents"),
        ("supported", "companies-with-branches-abroad"),
        ("supported", "countries-with-branches"),
    ]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source articles are not beside the project")
def test_no_sentence_of_a_source_is_contradicted() -> None:
    """A source's own sentences never contradict the figures quoted from it."""
    store = open_store(str(SHIPPED))
    contradicted = [
        (article.name, c.line, c.read_as)
        for article in sorted(SEEDS.glob("*.txt"))
        for c in check(store, article.read_text(encoding="utf-8"))
        if c.verdict == "contradicted"
    ]
    assert contradicted == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure compared with is of the same metric, and of the year before
        (
            "Hefei had more than 840 AI firms in 2021, up from 680 a year earlier.",
            [
                ("supported", "more than 840 companies · hefei · ai-companies · 2021"),
                ("unsupported", "680 companies · hefei · ai-companies · 2020"),
            ],
        ),
        (
            "Chengdu's population reached 21.192 million in 2021, up from 22 million the year before.",
            [
                ("supported", "21.192 million people · chengdu · population · 2021"),
                ("contradicted", "22 million people · chengdu · population · 2020"),
            ],
        ),
    ],
)
def test_a_figure_compared_with_is_of_the_same_metric(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "up from X a year earlier", "compared with X": the same thing, a year before (never
    "22 million years")."""
    assert _read(text) == expected


def test_a_span_written_after_a_figure_is_its_own() -> None:
    """ "… in the past two years, up from 170 in the four years before": 170 is counted
    over four years, not the window of two."""
    assert _read(
        "Shenyang registered more than 860 new robotics firms in the past two years, up "
        "from 170 in the four years before that."
    ) == [
        (
            "supported",
            "more than 860 companies · shenyang · new-robotics-companies · the past 2 years",
        ),
        ("supported", "170 companies · shenyang · new-robotics-companies · the 4 years before"),
    ]


def test_a_count_of_kinds_is_no_count_of_companies() -> None:
    """ "three main areas" counts no companies (and "internet-of-things companies" does)."""
    assert _read("Dalian's outsourcing growth rests on three main areas.") == [
        ("unsupported", "3 kinds · dalian · no metric")
    ]
    assert _verdicts("Sichuan had more than 1,500 internet-of-things companies in 2021.") == {
        "supported"
    }


def test_a_clause_that_names_a_metric_in_full_is_of_it() -> None:
    """The other clause's words ("returnees from abroad") do not pull a count of
    "registered companies" to a count of returnees' or of branches abroad."""
    assert [
        (c.verdict, c.metric_id)
        for c in _check(
            "Zhongguancun has more than 3,000 registered companies, more than 600 of them "
            "founded by returnees from abroad."
        )
    ] == [("supported", "companies"), ("supported", "returnee-founded-companies")]


@pytest.mark.parametrize(("year", "expected"), [("2014", "supported"), ("2012", "contradicted")])
def test_each_year_of_a_sentence_dates_its_own(year: str, expected: str) -> None:
    """ "established in 1991, picked as a national IP demonstration zone in 2014": 1991 is
    the zone's founding, 2014 its designation's."""
    claims = _check(
        f"Xi'an's hi-tech zone, established in 1991, was picked as a national IP "
        f"demonstration zone in {year}."
    )
    assert [(c.verdict, c.metric_id) for c in claims] == [
        ("supported", "year-established"),
        (expected, "year-designated"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Up to 2012, Dalian had nearly 1,000 outsourcing companies.",
            [("supported", "nearly 1,000 companies · dalian · outsourcing-companies · 2012")],
        ),
        (
            "Until the late 1970s, Shenzhen was a town of fewer than 300,000 people.",
            [("supported", "less than 300,000 people · shenzhen · population · 1976–1979")],
        ),
        (
            "Shenzhen had fewer than 300,000 inhabitants up until 1979.",
            [("supported", "less than 300,000 people · shenzhen · population · 1979")],
        ),
        # the source says so only until the late 1970s: not established for 1990
        (
            "Shenzhen had fewer than 300,000 inhabitants until 1990.",
            [("unsupported", "less than 300,000 people · shenzhen · population · 1990")],
        ),
    ],
)
def test_until_and_up_to_are_times(text: str, expected: list[tuple[str, str]]) -> None:
    """ "up to 2012," and "until 1979" are the times a figure held to, never a bound
    ("at most 2,012") nor a figure of their own."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dalian's outsourcing revenue more than doubled between 2010 and 2013.", "supported"),
        ("Dalian's outsourcing revenue more than tripled between 2010 and 2013.", "contradicted"),
        # no figure of 2012 to derive it from
        ("Dalian's outsourcing revenue doubled between 2010 and 2012.", "unsupported"),
    ],
)
def test_a_multiple_over_a_span_is_derived_from_its_ends(text: str, expected: str) -> None:
    """ "more than tripled between 2010 and 2013": the growth from the span's first and
    last figures (US$8.65 billion to US$21.7 billion, +151 %), flagged as derived; never
    a growth figure of one year (offshore outsourcing's +41 % in 2012) nor a share."""
    claims = _check(text)
    assert [(c.verdict, c.metric_id) for c in claims] == [(expected, "outsourcing-revenue")]
    if expected != "unsupported":
        assert claims[0].derived
        assert "hubquery derives +150.9 % (2010–2013)" in claims[0].notes[0].message


def test_a_growth_over_years_is_no_growth_of_one_year() -> None:
    """A growth claimed over 2011–2013 is not judged by a growth of 2012 alone."""
    claims = _check("Dalian's offshore outsourcing grew 90 percent between 2011 and 2013.")
    assert [(c.verdict, c.notes[0].message) for c in claims] == [
        ("unsupported", "+41 % is counted over 2012, not the 2 years the claim counts")
    ]


def test_an_organisations_figure_as_a_whole_is_judged() -> None:
    """NIIT's 66 cities are its count in China as a whole: a claim naming no place is
    judged by it (its Dalian centre's intake is not: tests/cli/test_check_reading_dev5.py)."""
    assert _verdicts("NIIT operates in 100 Chinese cities.") == {"contradicted"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dalian is no longer ranked 15th by Tholons.", "supported"),
        ("Dalian is no longer the world's 14th outsourcing destination.", "contradicted"),
        ("Chengdu's high-tech zone is not China's third-best.", "supported"),
        ("Chengdu's high-tech zone is not China's fourth-best.", "contradicted"),
    ],
)
def test_a_rank_it_is_not(text: str, expected: str) -> None:
    """ "no longer 15th", "not fourth": the claim that the rank is not that one (now 14th),
    judged as the opposite of the claim that it is; read as "not #15"."""
    claims = _check(text)
    assert [c.verdict for c in claims] == [expected]
    assert claims[0].read_as.startswith("not #")


def test_aims_for_is_a_goal() -> None:
    """ "aims for 1 trillion yuan by 2020" states the target, not a figure reached."""
    assert _read("Chengdu's IT industry aims for 1 trillion yuan in revenue by 2020.") == [
        ("supported", "CN¥1 trillion · chengdu · it-industry-revenue · 2020 · as a goal")
    ]


def test_a_currency_glued_to_its_number() -> None:
    """ "RMB135bn", "USD25bn": the currency's letters glued to the number (no name, as
    "5G" is)."""
    assert _read("Dalian's outsourcing industry earned RMB135bn in 2013.") == [
        ("supported", "CN¥135 billion · dalian · outsourcing-revenue · 2013")
    ]
    assert _verdicts("Dalian's outsourcing industry earned USD25bn in 2013.") == {"contradicted"}


def test_start_ups_count_companies_not_returnees() -> None:
    """ "860 robotics start-ups": "start-ups" names what is counted; "robotics" which count
    (not the returnee start-ups the word is an alias of)."""
    assert _read("Over 860 robotics start-ups registered in Shenyang in the past two years.") == [
        (
            "supported",
            "more than 860 companies · shenyang · new-robotics-companies · the past 2 years",
        )
    ]


def test_a_designation_named_in_the_plural_after_a_count_is_counted() -> None:
    """ "one of ten cross-border e-commerce pilot cities": ten is China's count of the
    designation's cities, not a figure of Hangzhou's designation."""
    assert _read(
        "In April 2016 Hangzhou became one of ten cross-border e-commerce pilot cities."
    ) == [
        ("supported", "2016 · cross-border e-commerce pilot city (hangzhou) · year-designated"),
        ("supported", "10 cities · china · cross-border-ecommerce-pilot-cities"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shenzhen was the first special economic zone in China.", "supported"),
        ("Shenzhen was China's second special economic zone.", "contradicted"),
    ],
)
def test_an_ordinal_of_an_organisation_is_its_one_rank(text: str, expected: str) -> None:
    """ "the second special economic zone": the order the zone named holds, not a rank of
    high-tech zones (whose word "zone" it shares)."""
    claims = _check(text)
    assert [(c.verdict, c.metric_id) for c in claims] == [(expected, "designation-order")]


def test_a_hubs_parts_in_the_plural_are_not_the_hub() -> None:
    """ "Dalian's software parks" are not Dalian as a whole: its outsourcing revenue does
    not contradict their sales (it still does a claim of Dalian's own)."""
    assert _verdicts("Dalian's software parks generated US$5 billion in sales in 2013.") == {
        "unsupported"
    }
    assert _verdicts("Dalian's outsourcing industry generated US$5 billion in sales in 2013.") == {
        "contradicted"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft's lab in Beijing houses more than 5,000 researchers.",
        "Microsoft has more than 5,000 people at its Beijing lab.",
    ],
)
def test_an_organisations_people_are_its_one_count_of_people(text: str) -> None:
    """An organisation has no population: the one count of people it holds (employees)."""
    assert _read(text) == [
        ("supported", "more than 5,000 people · Microsoft (beijing) · employees")
    ]


def test_around_since_dates_what_is_around() -> None:
    assert _verdicts("The DLSP has been around since 1995.") == {"contradicted"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dalian does not have 50 universities.", "supported"),
        ("Dalian doesn't have 22 universities.", "contradicted"),
        # a negation of something else, no negation of the figure
        ("Dalian has not only 22 universities but 40 incubators.", "supported"),
        ("Dalian's population hasn't changed from six million since 2010.", "supported"),
        # "did not reach" is less than it
        ("Dalian's outsourcing revenue did not reach US$25 billion in 2013.", "supported"),
        ("Dalian's outsourcing revenue did not reach US$20 billion in 2013.", "contradicted"),
    ],
)
def test_a_figure_negated(text: str, expected: str) -> None:
    """ "does not have 50 universities" claims that the figure is not 50."""
    assert _verdicts(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tholons moved Dalian up from 15th to 14th place.", "supported"),
        ("Tholons moved Dalian down from 14th to 15th place.", "contradicted"),
    ],
)
def test_the_figure_after_from_to_is_the_later(text: str, expected: str) -> None:
    """With no year, "from X to Y" says Y is where it stands now (the source has 15th in
    2013, 14th in 2014)."""
    assert _verdicts(text) == {expected}


def test_the_years_a_change_took_are_no_figure() -> None:
    """ "Within three years, revenue grew from X to Y": three years is the change's span,
    no count of years of anything (Dalian's ten years of outsourcing)."""
    assert [
        c.metric_id
        for c in _check(
            "Within three years, Dalian's outsourcing revenue grew from US$8.65 billion to "
            "US$21.7 billion."
        )
    ] == ["outsourcing-revenue", "outsourcing-revenue"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dalian's outsourcing revenue was north of US$20 billion in 2013.", "supported"),
        ("Dalian's outsourcing revenue was south of US$20 billion in 2013.", "contradicted"),
        ("Dalian's outsourcing revenue was in the region of US$22 billion in 2013.", "supported"),
    ],
)
def test_more_hedges(text: str, expected: str) -> None:
    assert _verdicts(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chengdu and Chongqing each have more than 20 million residents.", ["supported"]),
        ("Chengdu and Chongqing each have more than 30 million residents.", ["contradicted"]),
        (
            "Chengdu and Chongqing make nearly 20 percent and about 33 percent of the world's "
            "laptops respectively.",
            ["supported", "supported"],
        ),
        (
            "Chengdu and Chongqing make about 33 percent and nearly 20 percent of the world's "
            "laptops respectively.",
            ["contradicted", "contradicted"],
        ),
        # no word of each: the pair's own figure
        ("Chengdu and Chongqing make a third of China's electronics.", ["supported"]),
    ],
)
def test_a_pair_named_as_one_is_each_of_them(text: str, expected: list[str]) -> None:
    """ "Chengdu and Chongqing each …", "… respectively": the figure of each city (in
    order), not of the pair the dataset names "Chengdu and Chongqing"."""
    assert [c.verdict for c in _check(text)] == expected


def test_sez_is_a_special_economic_zone() -> None:
    assert _verdicts("Shenzhen, China's first SEZ, was designated in 1979.") == {"supported"}
    assert _verdicts("Shenzhen became an SEZ in 1984.") == {"contradicted"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dalian has a dozen universities.", {"contradicted"}),
        # vague: no figure to judge
        ("Dalian has a couple of dozen universities.", set()),
        ("Dalian has a few hundred universities.", set()),
    ],
)
def test_dozens(text: str, expected: set[str]) -> None:
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hangzhou was picked as a pilot city in April 2016.", "supported"),
        ("China picked Hangzhou as an e-commerce pilot city in 2015.", "contradicted"),
    ],
)
def test_a_designation_named_by_its_last_words(text: str, expected: str) -> None:
    """ "a pilot city", "an e-commerce pilot city": the hub's one designation whose name
    ends so (its "cross-border e-commerce pilot city", April 2016)."""
    assert _verdicts(text) == {expected}


def test_a_window_back_from_now_is_not_an_older_span() -> None:
    """ "over the past four years" ends at the source's date (2022): the 170 counted from
    May 2016 to May 2020 is no answer (it is to "the four years before that")."""
    claims = _check("Over the past four years Shenyang registered 170 robotics companies.")
    assert [c.verdict for c in claims] == ["unsupported"]
    assert "not the 4 years to its source's date" in " ".join(n.message for n in claims[0].notes)


def test_a_share_with_no_change_said_is_no_growth() -> None:
    """ "offshore outsourcing, 80% of it for Japan, grew 41%": 80 % is no growth (no word
    of a change is in its clause); 41 % is."""
    assert [
        (c.verdict, c.metric_id)
        for c in _check("Dalian's offshore outsourcing, 80% of it for Japan, grew 41% in 2012.")
    ] == [
        ("supported", "japan-share-of-ito-exports"),
        ("supported", "offshore-outsourcing-growth"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ground was broken on Dalian Software Park in 1998.", "supported"),
        ("The DLSP broke ground in 1996.", "contradicted"),
    ],
)
def test_breaking_ground_is_a_beginning(text: str, expected: str) -> None:
    assert _verdicts(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China was the world's top exporter in 2010.", {"supported"}),
        ("Neusoft remains China's top software outsourcing provider.", {"supported"}),
        # "top two", "top 20": a rank of at most that
        ("Beijing ranks among China's top two luxury markets.", {"supported"}),
        ("Dalian is among the world's top 20 outsourcing destinations.", {"supported"}),
    ],
)
def test_the_top_one_is_the_first(text: str, expected: set[str]) -> None:
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the earlier figure has no year: no figure held can exclude it
        ("Dalian's population grew from 5 million to 6 million.", ["unsupported", "supported"]),
        ("Hefei's AI firms grew from about 680 to more than 840.", ["unsupported", "supported"]),
        (
            "Dalian's outsourcing revenue grew from US$8.65 billion to US$21.7 billion.",
            ["supported", "supported"],
        ),
    ],
)
def test_the_figure_before_from_to_is_earlier(text: str, expected: list[str]) -> None:
    assert [c.verdict for c in _check(text)] == expected


def test_a_bare_number_is_no_multiple() -> None:
    """ "grew … to more than 12 million" is no multiple of 12 million (Neusoft's fivefold)."""
    assert "business-growth-multiple" not in {
        c.metric_id
        for c in _check("Shenzhen grew from fewer than 300,000 people to more than 12 million.")
    }


def test_the_year_of_a_report_is_no_period_of_its_figure() -> None:
    """ "A 2014 magazine feature put Dalian's population at six million": 2014 is when it
    was written (the source gives six million as of its report), no period claimed."""
    assert _read("A 2014 magazine feature put Dalian's population at six million.") == [
        ("supported", "6 million people · dalian · population")
    ]


def test_of_two_counts_the_group_is_the_one_beside_its_number() -> None:
    """ "2,300 companies … included more than 300 with turnover above 1 billion yuan":
    the count beside the label's number is the group's; 2,300 is the companies'."""
    assert [
        (c.verdict, c.metric_id)
        for c in _check(
            "Zhongguancun's 2,300 firms in 2012 counted more than 300 with a turnover of over "
            "1 billion yuan among them."
        )
    ] == [
        ("supported", "companies"),
        ("supported", "companies-with-billion-yuan-turnover"),
    ]
