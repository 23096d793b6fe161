"""A city "of roughly eight million" (any hedge a figure takes, before the number) counts
its residents, as "a city of about eight million" does (issue #19: number words read like
a person): never a count of cities. Sentences written for these tests (Dalian: six
million people, c. 2010)."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        (
            "Dalian, a port city of roughly nine million around 2010, was betting on software.",
            "about 9 million people · dalian · population",
        ),
        (
            "Back in 2010 Dalian was a seaport of close to six million.",
            "nearly 6 million people · dalian · population · 2010",
        ),
    ],
)
def test_a_city_of_a_hedged_number_counts_its_people(text: str, read_as: str) -> None:
    assert any(read.startswith(read_as) for _, read in _read(text))
