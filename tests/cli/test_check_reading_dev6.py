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
