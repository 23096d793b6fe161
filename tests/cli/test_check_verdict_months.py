"""A month the claim names against the month the source dates its figure to (issue #19):
the reader reads years, and the verdict looks again at a month the sentence names with
the figure's year. The year of an event named in another month ("named … in March
2016" of the source's April 2016) is contradicted, as a careful fact-checker reads a
wrong date; a figure of another month ("21.192 million in June 2021" of the source's
December 2021) is not established for the claim's month. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


def test_an_event_dated_to_another_month_is_contradicted() -> None:
    (claim,) = _check(
        "Beijing picked Hangzhou as a cross-border e-commerce pilot city in March 2016."
    )
    assert claim.verdict == "contradicted"
    assert claim.notes[0].message.endswith("April 2016, not March 2016")


def test_a_figure_of_another_month_is_not_established() -> None:
    (claim,) = _check("Chengdu counted 21.192 million permanent residents in June 2021.")
    assert claim.verdict == "unsupported"
    assert "of December 2021, not June 2021" in claim.notes[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Beijing picked Hangzhou as a cross-border e-commerce pilot city in April 2016.",
        "Beijing picked Hangzhou as a cross-border e-commerce pilot city in 2016.",
        "Chengdu counted 21.192 million permanent residents in December 2021.",
        "Chengdu counted 21.192 million permanent residents at the end of 2021.",
    ],
)
def test_the_sources_month_or_no_month_stands(text: str) -> None:
    assert [c.verdict for c in _check(text)] == ["supported"]
