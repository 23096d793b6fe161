"""`check` on years counted from a year whose event a relative clause names (issue
#19): in "three decades after the 1979 reform that made it a Special Economic Zone"
the designation is 1979's, and the count is how long after it the sentence stands; the
year counted to (2009) is no year of the designation (it was read as one and
contradicted by 1979). "A decade after 1979" with no such clause stays the year 1989.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_DESIGNATED = "Special Economic Zone (shenzhen) · year-designated"


@pytest.mark.parametrize(
    "text",
    [
        "Some three decades after the 1979 reform that made it a Special Economic Zone, "
        "Shenzhen was a city of millions.",
        "Thirty years after 1979, when it was made a Special Economic Zone, Shenzhen was "
        "a city of millions.",
    ],
)
def test_the_years_after_a_year_a_clause_dates_leave_that_year_its_own(text: str) -> None:
    assert ("supported", f"1979 · {_DESIGNATED}") in _read(text)
    assert all(verdict != "contradicted" for verdict, _ in _read(text))


def test_a_year_counted_from_a_bare_year_is_still_that_year() -> None:
    assert _read("Shenzhen became a Special Economic Zone a decade after 1969.") == [
        ("supported", f"1979 · {_DESIGNATED}")
    ]
