"""`check` on the count of a group a place is named one of (issue #19): in "Hangzhou was
named one of 10 Chinese pilot cities for cross-border e-commerce" the 10 is the
country's count of such cities, not a figure of Hangzhou's designation (it was read as
the designation's, which holds none). Sentences written for these tests, none a claim
set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_DESIGNATION = "cross-border e-commerce pilot city (hangzhou)"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "In April 2016 Hangzhou was picked as one of ten Chinese pilot cities for "
            "cross-border e-commerce.",
            ("supported", "10 cities · china · cross-border-ecommerce-pilot-cities"),
        ),
        (
            "Hangzhou was designated in 2016 as one of 12 Chinese pilot cities for "
            "cross-border e-commerce.",
            ("contradicted", "12 cities · china · cross-border-ecommerce-pilot-cities"),
        ),
    ],
)
def test_the_groups_count_is_the_countrys(text: str, count: tuple[str, str]) -> None:
    assert _read(text) == [("supported", f"2016 · {_DESIGNATION} · year-designated"), count]


@pytest.mark.parametrize(
    "text",
    [
        "Neusoft — China's largest offshore outsourcer, based just up the road in Shenyang — "
        "took in more than US$1 billion of revenue in 2012.",
        "Neusoft, the country's biggest offshore software outsourcer, headquartered in "
        "Shenyang, earned more than US$1 billion in revenue in 2012.",
    ],
)
def test_where_an_organisation_is_based_is_not_what_its_figure_is_of(text: str) -> None:
    # (the revenue was read as Shenyang's, which holds none)
    assert ("supported", "more than US$1 billion · Neusoft (shenyang) · revenue · 2012") in (
        _read(text)
    )
