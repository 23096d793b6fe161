"""A multiple of speed ("six times as quickly as Silicon Valley") between two places that
each hold how long the same thing took them is the other's time over the place's own:
done in 5 years what took 30 is six times as fast, derived (issue #19). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Zhongguancun built its ecosystem six times as quickly as Silicon Valley did.",
            "supported",
        ),
        ("Zhongguancun moved roughly six times faster than Silicon Valley.", "supported"),
        ("China built its tech ecosystem three times as fast as Silicon Valley.", "contradicted"),
    ],
)
def test_a_multiple_of_speed_is_the_other_time_over_its_own(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == (verdict, True)
    assert "from 30 years (2013) and 5 years (2013)" in claim.notes[0].message


def test_a_multiple_of_speed_no_time_is_held_for() -> None:
    (claim,) = _check("Chengdu moved six times as fast as Silicon Valley.")
    assert claim.verdict == "unsupported"
