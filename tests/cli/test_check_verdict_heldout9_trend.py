"""A direction a level took in a year, stated with no figure ("the park's sales rose in
2010", "its exports grew more slowly than its sales in 2010"), judged by the growth the
source gives for that year: a rise of 38.6 % supports "rose" and contradicts "fell"; of
two growths, the smaller is the slower (issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict", "metric"),
    [
        ("The Dalian Software Park's sales rose in 2010.", "supported", "revenue-growth"),
        (
            "Export revenues at the Dalian Software Park declined in 2010.",
            "contradicted",
            "export-revenue-growth",
        ),
        (
            "The number of AI companies in Hefei increased in 2021.",
            "supported",
            "ai-companies-growth",
        ),
        ("The Dalian Software Park's revenue fell in 2012.", "unsupported", "revenue-growth"),
    ],
)
def test_a_direction_in_a_year(text: str, verdict: str, metric: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.metric_id) == (verdict, metric)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Dalian Software Park's revenue grew faster than its exports in 2010.", "supported"),
        (
            "The Dalian Software Park's sales grew more slowly than its exports in 2010.",
            "contradicted",
        ),
    ],
)
def test_one_growth_against_another(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == verdict
    assert {f.display for f in claim.facts} == {"+38.6 %", "+25.6 %"}


def test_a_sentence_with_its_figure_is_read_as_before() -> None:
    claims = _check("The Dalian Software Park's sales rose 38.6 percent in 2010.")
    assert [c.read_as.split(" · ")[0] for c in claims] == ["38.6 %"]


@pytest.mark.parametrize(
    "text",
    [
        "Hefei's AI sector shrank in 2021 as investors grew cautious.",  # (no count of companies)
        "Chengdu's economy grew in 2018.",  # (the reader's own: one claim, not two)
    ],
)
def test_a_level_its_words_do_not_name(text: str) -> None:
    claims = _check(text)
    assert "contradicted" not in {c.verdict for c in claims}
    assert len(claims) <= 1
