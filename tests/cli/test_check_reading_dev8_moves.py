"""`check` on the year a move in a ranking is counted from (issue #19): "14th, up a place
from 2013" ranks Dalian 14th now and compares with 2013; the year is no time of the
14th (it was read as "#14 in 2013" and contradicted by 2013's 15th). Sentences written
for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_RANK = "dalian · outsourcing-destination-rank"


@pytest.mark.parametrize(
    "text",
    [
        "Tholons puts Dalian 14th among the world's outsourcing destinations, up a place "
        "from 2013.",
        "Dalian is the world's 14th largest outsourcing destination, up one spot on 2013.",
        "Dalian is the world's 14th largest outsourcing destination, a place higher than in 2013.",
    ],
)
def test_the_year_a_move_is_counted_from_is_no_time_of_the_rank(text: str) -> None:
    assert ("supported", f"#14 · {_RANK}") in _read(text)
    assert all(verdict == "supported" for verdict, _ in _read(text))


def test_a_rank_in_a_year_stays_that_years() -> None:
    assert _read("Dalian was the world's 14th largest outsourcing destination in 2013.") == [
        ("contradicted", f"#14 · {_RANK} · 2013")
    ]
