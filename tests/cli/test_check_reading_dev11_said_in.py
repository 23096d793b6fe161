"""The year something was said in ("…, the park's managers said in 2013") is when it was
said, never a figure of a founding in a sentence that states another figure (a plan's
year, "said in 2022 that it would build", stays its figure); and the words that place a whole ("600
of the firms registered in Zhongguancun") say where it is, not what its part did: the part
is what the words before it say ("returnees have founded") (issue #19). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "More than 600 Zhongguancun companies were founded by returnees, the park's managers "
        "said in 2013.",
        "Overseas returnees have founded over 600 of the firms registered in Zhongguancun.",
    ],
)
def test_the_returnees_count_is_read(text: str) -> None:
    assert [v for v, r in _read(text)] == ["supported"]
    assert "returnee-founded-companies" in _read(text)[0][1]


def test_a_founding_year_is_still_a_figure() -> None:
    text = "Shenzhen became a Special Economic Zone in 1980, officials said in 2019."
    assert _read(text) == [
        ("contradicted", "1980 · Special Economic Zone (shenzhen) · year-designated")
    ]


def test_a_part_of_the_firms_registered_there_is_what_it_did() -> None:
    text = "About 300 of the companies registered in Zhongguancun have opened branches abroad."
    assert _read(text) == [
        ("supported", "about 300 companies · zhongguancun · companies-with-branches-abroad")
    ]


def test_the_year_a_plan_was_said_in_is_still_its_figure() -> None:
    text = "Nanchang said in 2022 that it planned to build a metaverse pilot zone."
    assert [v for v, _ in _read(text)] == ["supported"]
