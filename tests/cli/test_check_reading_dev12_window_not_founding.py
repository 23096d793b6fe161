"""`check` on a count of things set up over a window counted in years (issue #19): "more
than 860 robotics start-ups were set up in Shenyang in the two years to May 2022" states
the count over its window, no founding of the place in a span of years, as "was set up in
the late 1990s" states of a decade. Sentences written for these tests, none a claim set's
own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read


def test_a_window_of_years_is_the_counts_own_period() -> None:
    assert _read(
        "More than 860 robotics start-ups were set up in Shenyang in the two years to May 2022."
    ) == [("supported", "more than 860 companies · shenyang · new-robotics-companies · 2020–2022")]


def test_a_decade_a_founding_fell_in_is_read_as_before() -> None:
    assert _read("The Dalian Software Park was set up in the late 1990s.") == [
        ("supported", "1996–1999 · dalian-software-park · year-established")
    ]
