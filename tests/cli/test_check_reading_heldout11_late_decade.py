"""A growth said of a part of a decade ("grew 7.7 per cent in the late 2010s") is a growth
at some time in those years, not one counted over all of them, as "between 2016 and 2019"
is (issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "Sometime in the late 2010s Chengdu's economy grew 7.7 percent in a single year.",
        "In the late 2010s Chengdu's GDP rose 7.7 per cent on the year before.",
    ],
)
def test_a_growth_in_part_of_a_decade_is_of_a_year_within_it(text: str) -> None:
    assert {verdict for verdict, _ in _read(text)} == {"supported"}


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu's GDP grew 7.7 per cent between 2016 and 2019.",
        "Chengdu's GDP grew 7.7 per cent in the 2010s.",
    ],
)
def test_a_growth_over_named_years_is_still_over_all_of_them(text: str) -> None:
    assert {verdict for verdict, _ in _read(text)} == {"unsupported"}
