"""A count stated "a year" ("about 400 a year", "some 45 new firms each year") of a metric
the source counts over a window of several years ("more than 860 in the past two years")
is judged against the window's count per year (more than 430 a year), derived: never the
window's total, which a yearly count of that size would multiply (issue #19). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # per year over the window: 860 / 2, 170 / 4
        (
            "Over the last two years Shenyang registered upwards of 430 robotics firms a year.",
            "supported",
        ),
        (
            "From 2016 to 2020 Shenyang saw some 45 new robotics companies registered each year.",
            "supported",
        ),
        # the window's total said of each year: many times too many
        (
            "Between 2016 and 2020, around 170 robotics firms were registered in Shenyang "
            "every year.",
            "contradicted",
        ),
        # no rate: the window's count as the source prints it
        (
            "Between 2016 and 2020, around 170 robotics firms were registered in Shenyang.",
            "supported",
        ),
    ],
)
def test_a_count_a_year_is_of_the_window_per_year(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.metric_id) == (verdict, "new-robotics-companies")
