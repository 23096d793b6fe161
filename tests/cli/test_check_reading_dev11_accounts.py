"""The year of an account, a column or a briefing ("according to a 2013 account of the
park") dates what was written, not the figure, as the year of a report does (issue #19).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "Hefei is home to more than 840 AI companies, a 2022 account of the city says.",
        "A 2022 newspaper column put Hefei's AI companies at more than 840.",
    ],
)
def test_an_accounts_year_is_not_the_figures(text: str) -> None:
    assert _read(text) == [("supported", "more than 840 companies · hefei · ai-companies")]


def test_a_year_of_the_figure_is_still_its_period() -> None:
    text = "Hefei was home to more than 840 AI companies in 2022, a local account says."
    assert _read(text) == [("unsupported", "more than 840 companies · hefei · ai-companies · 2022")]
