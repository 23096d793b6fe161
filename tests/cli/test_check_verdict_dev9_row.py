"""A figure claimed "for a second straight year" (or "the third year running", "two
consecutive years") claims the same of the year before too (issue #19): where the
dataset holds no figure of that year, the sentence is unsupported, however well its
own year's figure is borne out; a year's figure that contradicts it still does.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Hefei's AI company count rose by over 20 percent for the second year running in 2021.",
        "In 2021 Hefei's number of AI firms grew more than 20 % for a third consecutive year.",
        "For two straight years Hefei's AI companies have grown by more than a fifth, most "
        "recently in 2021.",
    ],
)
def test_a_year_in_a_row_claims_the_year_before(text: str) -> None:
    claims = _check(text)
    growth = next(c for c in claims if c.metric_id == "ai-companies-growth")
    assert growth.verdict == "unsupported"
    assert "the year before" in growth.notes[0].message


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Hefei's AI companies grew by more than 20 percent in 2021.", "supported"),
        (
            "For a second straight year, Hefei's AI companies grew by 10 percent in 2021.",
            "contradicted",
        ),
    ],
)
def test_one_year_alone_or_against_the_figure(text: str, verdict: str) -> None:
    assert {c.verdict for c in _check(text)} == {verdict}
