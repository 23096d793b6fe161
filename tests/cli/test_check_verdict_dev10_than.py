"""A figure said to be more or less than another place's ("…, a bigger gain than
Shanghai's", "more than Shanghai") claims that comparison too: where the dataset holds no
figure of that metric for the other place, the comparison is not established and the
sentence is unsupported, its own figure still read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu added 245,000 residents in 2021, a bigger gain than Shanghai's.",
        "Hefei counted more than 840 AI companies in 2021, more than Shenzhen.",
    ],
)
def test_a_comparison_with_a_place_holding_no_such_figure_is_unsupported(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert "the claim compares it with" in claim.notes[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Hefei counted more than 840 AI companies in 2021.",
        "Chengdu added 245,000 residents in 2021, more than many cities gained.",
        "Neusoft, China's largest software outsourcer, earned more than US$1 billion in 2012.",
    ],
)
def test_no_other_place_compared_leaves_the_figure_supported(text: str) -> None:
    """ "more than US$1 billion" names no place: "US" is a currency's."""
    assert {c.verdict for c in _check(text)} == {"supported"}
