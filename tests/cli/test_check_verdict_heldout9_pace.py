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
        ("Silicon Valley built its ecosystem six times as fast as Zhongguancun.", "contradicted"),
    ],
)
def test_a_multiple_of_speed_is_the_other_time_over_its_own(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == (verdict, True)
    assert (
        "from 30 years (2013) and 5 years (2013)" in claim.notes[0].message
        or "of 0.17 from 5 years (2013) and 30 years (2013)" in claim.notes[0].message
    )


def test_a_pace_said_after_the_comparison() -> None:
    claims = _check(
        "Set against Silicon Valley's three decades, Zhongguancun's five years of building "
        "make a pace six times faster."
    )
    paced = [c for c in claims if c.read_as.startswith("6×")]
    assert [(c.verdict, c.derived) for c in paced] == [("supported", True)]


def test_a_multiple_of_speed_no_time_is_held_for() -> None:
    (claim,) = _check("Chengdu moved six times as fast as Silicon Valley.")
    assert claim.verdict == "unsupported"
