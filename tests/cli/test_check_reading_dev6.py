"""`check` on the constructions claims_dev6.tsv found unread or misread (issue #19), each
read by a general rule tested here on sentences written for these tests, not the set's:
a quantity named by a scale's plural ("hundreds of") is a range; "US dollars" is a
currency, not the United States; "a city of eight and a half million" counts its
residents."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check, _read


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the source: "Hundreds of foreign companies already have set up operations there"
        ("Hundreds of overseas firms operate in the Dalian Software Park.", "supported"),
        (
            "Thousands of foreign companies have moved into the Dalian Software Park.",
            "contradicted",
        ),
        ("Only dozens of foreign firms have set up in the Dalian Software Park.", "contradicted"),
        # 2,300 companies and more than 3,000 registered: thousands, not hundreds
        ("Zhongguancun hosts thousands of companies.", "supported"),
        ("Zhongguancun hosts hundreds of companies.", "contradicted"),
        # more than 1,500: thousands is not established, nor excluded
        ("Sichuan was home to thousands of IoT companies in 2021.", "unsupported"),
        # more than 860 in the past two years
        ("Shenyang registered dozens of new robotics firms in the past two years.", "contradicted"),
        # some 80,000 employees; "more than 70,000" students admits a hundred thousand too
        ("Tens of thousands of people work in the Dalian Software Park.", "supported"),
        ("Dalian trains tens of thousands of software students every year.", "unsupported"),
    ],
)
def test_a_quantity_named_by_a_scale_s_plural_is_a_range(text: str, verdict: str) -> None:
    """ "Hundreds of" is at least 200 and fewer than a thousand (a writer says
    "thousands" then); "dozens of" 24 to 99; the source's own "hundreds" means the same.
    None of these was read: the sentences had no figure."""
    claims = _check(text)
    assert [c.verdict for c in claims] == [verdict]
    assert "read as" in " ".join(n.message for n in claims[0].notes)


def test_a_plural_of_a_scale_with_no_of_is_no_figure() -> None:
    assert _check("Chengdu's factories employ people by the thousands.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Neusoft earned more than a billion US dollars in 2012.",
            ("supported", "more than US$1 billion · Neusoft (shenyang) · revenue · 2012"),
        ),
        (
            "Neusoft's revenue topped two billion U.S. dollars in 2012.",
            ("unsupported", "more than US$2 billion · Neusoft (shenyang) · revenue · 2012"),
        ),
        (
            "Microsoft's Beijing lab cost 280 million US dollars.",
            ("supported", "US$280 million · Microsoft (beijing) · investment"),
        ),
    ],
)
def test_us_dollars_are_a_currency_not_the_united_states(
    text: str, expected: tuple[str, str]
) -> None:
    """Each was judged as a figure of the United States, which the dataset has none of."""
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xi'an, a city of eight and a half million, leads Shaanxi's cities.",
            ("supported", "8.5 million people · xian · population"),
        ),
        (
            "Dalian, a port of six and a half million, sits on the Bohai Sea.",
            ("contradicted", "6.5 million people · dalian · population"),
        ),
    ],
)
def test_a_city_of_a_number_and_a_half_million_counts_its_residents(
    text: str, expected: tuple[str, str]
) -> None:
    """It was read as a city of eight people, and "a half" as a share of 50 %."""
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the source: "The 40 'incubators' … generating more than 800 … annually": all 40
        ("Each of Dalian's 40 incubators turns out more than 800 projects a year.", "unsupported"),
        ("Dalian's 40 incubators together turn out more than 800 projects a year.", "supported"),
        (
            "Each of the 22 universities in Dalian trains more than 70,000 software students a year.",
            "unsupported",
        ),
    ],
)
def test_a_figure_of_each_member_of_a_group_is_not_the_group_s(text: str, verdict: str) -> None:
    """The first was supported by the total of all 40, the third by Dalian's total."""
    claims = _check(text)
    assert claims[0].sentence_verdict == verdict
    if verdict == "unsupported":
        assert "each one of a group" in claims[-1].notes[0].message


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the source: 80 per cent of the exported ITO revenue was based on Japanese business,
        # which leaves another country at most 20 % (test_check_verdict_dev11_other_part.py)
        (
            "Korean clients accounted for 80 percent of Dalian's ITO export revenue in 2012.",
            "contradicted",
        ),
        (
            "Indian customers made up 80 per cent of the revenue Dalian earned from exported ITO "
            "services in 2012.",
            "contradicted",
        ),
        (
            "Japanese and Korean clients together made up 80 percent of Dalian's ITO export "
            "revenue in 2012.",
            "unsupported",
        ),
        (
            "Japanese business accounted for 80 percent of Dalian's ITO export revenue in 2012.",
            "supported",
        ),
    ],
)
def test_a_share_of_one_country_s_business_is_not_another_s(text: str, verdict: str) -> None:
    """A metric named for Japan's share was matched to a claim about Korea's, and supported."""
    (claim,) = _check(text)
    assert claim.verdict == verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dalian Software Park is home to more than 650 software firms from China and abroad.",
            ("contradicted", "more than 650 companies · dalian-software-park · companies"),
        ),
        (
            "About 650 software companies from overseas and China are based in the Dalian "
            "Software Park.",
            ("supported", "about 650 companies · dalian-software-park · companies"),
        ),
        (
            "Some 300 Zhongguancun companies have opened branches abroad.",
            ("supported", "about 300 companies · zhongguancun · companies-with-branches-abroad"),
        ),
    ],
)
def test_firms_from_abroad_are_where_they_come_from(text: str, expected: tuple[str, str]) -> None:
    """ "From China and abroad" was read as a count of companies with branches abroad."""
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the source: sales of US$4.5 billion and exports of US$1.08 billion, "a
            # year-on-year increase of 38.6 per cent and 25.6 per cent respectively"
            "In 2010 the Dalian Software Park took US$4.5 billion in sales, up 38.6 percent, "
            "and US$1.08 billion in exports.",
            "38.6 % · dalian-software-park · revenue-growth · 2010",
        ),
        (
            "The Dalian Software Park's sales rose 38.6 percent to US$4.5 billion in 2010, and "
            "its exports reached US$1.08 billion.",
            "US$4.5 billion · dalian-software-park · revenue · 2010",
        ),
    ],
)
def test_a_change_or_a_level_of_no_word_of_its_own_is_of_the_figure_before_it(
    text: str, expected: str
) -> None:
    """Each was read by the sentence's other words (the exports), and contradicted."""
    assert ("supported", expected) in _read(text)
    assert {c.verdict for c in _check(text)} == {"supported"}


@pytest.mark.parametrize(
    "text",
    [
        # the source: Microsoft's US$280 million lab is in Beijing; Accenture's first
        # delivery centre in Dalian
        "Microsoft put US$280 million into a research centre in Shanghai.",
        "Accenture opened its first delivery centre in Shenyang in 2002.",
    ],
)
def test_an_organisation_placed_elsewhere_is_not_judged_by_its_figures_there(text: str) -> None:
    """Each was supported by the organisation's figure of another city."""
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert claim.notes[0].message == (
        "places an organisation where the dataset holds no figure of it"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Microsoft's research lab in Haidian employs more than 5,000 people.",
            "more than 5,000 people · Microsoft (beijing) · employees",
        ),
        (
            "Neusoft, headquartered in Shenyang, posted revenues of over US$1 billion in 2012.",
            "more than US$1 billion · Neusoft (shenyang) · revenue · 2012",
        ),
    ],
)
def test_an_organisation_placed_in_or_under_its_own_place_keeps_its_figures(
    text: str, expected: str
) -> None:
    assert _read(text) == [("supported", expected)]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the source: "70% of the industrail surface in Beijing city is just located there"
        ("Zhongguancun takes up 70 percent of all the land in Beijing.", "unsupported"),
        ("Zhongguancun covers 70 percent of the entire land area of Beijing.", "unsupported"),
        ("Zhongguancun holds 70 percent of Beijing's industrial land.", "supported"),
        # "all the laptops sold worldwide" are the world's laptops the metric counts
        ("Chongqing makes one in three of all the laptops sold worldwide.", "supported"),
    ],
)
def test_a_share_of_all_of_a_thing_is_not_of_the_kind_a_metric_counts(
    text: str, verdict: str
) -> None:
    """The first two were supported by the share of Beijing's industrial land."""
    (claim,) = _check(text)
    assert claim.verdict == verdict
