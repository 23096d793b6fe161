"""A figure is judged by the figure of the basis its own words name: where a clause
gives two figures of two bases ("US$X in signed contracts …, against US$Y actually
conducted"), the basis said with the second is its own, though the first's words, said
after the first figure, stand between them (issue #19: "a claim about one basis …
matched to the figure of the other"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        (
            "Dalian booked US$1.79 billion in signed offshore outsourcing contracts in 2012, "
            "against US$1.53 billion actually conducted.",
            ["supported", "supported"],
        ),
        (
            "Dalian booked US$1.79 billion in signed offshore outsourcing contracts in 2012, "
            "against US$1.79 billion actually conducted.",
            ["supported", "contradicted"],
        ),
        (
            "Dalian logged US$1.53 billion in conducted offshore outsourcing services in 2012, "
            "against US$1.79 billion signed.",
            ["supported", "supported"],
        ),
        (
            "Dalian logged US$1.53 billion in conducted offshore outsourcing services in 2012, "
            "against US$1.53 billion signed.",
            ["supported", "contradicted"],
        ),
    ],
)
def test_each_figure_is_judged_by_the_basis_its_own_words_name(
    text: str, verdicts: list[str]
) -> None:
    assert [c.verdict for c in _check(text)] == verdicts


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Dalian signed US$1.79 billion of offshore outsourcing contracts in 2012.", "supported"),
        (
            "Dalian conducted US$1.79 billion of offshore outsourcing services in 2012.",
            "contradicted",
        ),
        ("Dalian's offshore outsourcing came to US$1.53 billion in 2012.", "supported"),
    ],
)
def test_a_figure_alone_with_its_basis_or_none(text: str, verdict: str) -> None:
    assert [c.verdict for c in _check(text)] == [verdict]
