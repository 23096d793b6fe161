"""A deadline said to be met by a year no later than its source's own date, where that
source still gives it as a goal, is contradicted: the source says it was a goal then,
not met (issue #19: a target stated as achieved). Met with no year, or by a year after
the source, the source cannot say (unsupported, as before). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Zhongguancun met its 2020 deadline to become a world innovation leader as early "
            "as 2012.",
            "contradicted",
        ),
        (
            "Zhongguancun had until 2020 to become a global innovation centre, and it had met "
            "that goal by 2012.",
            "contradicted",
        ),
        ("Zhongguancun met its 2020 deadline to become a world innovation leader.", "unsupported"),
        (
            "Zhongguancun met its 2020 deadline to become a world innovation leader in 2019.",
            "unsupported",
        ),
    ],
)
def test_a_deadline_met_by_the_sources_own_time_is_contradicted(text: str, verdict: str) -> None:
    assert [c.verdict for c in _check(text)] == [verdict]
