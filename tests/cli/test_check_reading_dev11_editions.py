"""A move in a ranking said "in Tholons' 2014 ranking" or "in the 2014 Tholons list" is a
move into that edition's year from the year before, as one "in 2014" is (issue #19).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Dalian rose one place in the 2014 Tholons ranking.", "supported"),
        ("Dalian gained a spot in Tholons' 2014 list of outsourcing destinations.", "supported"),
        ("Dalian slipped one place in the 2014 Tholons ranking.", "contradicted"),
        # (no rank held for the year before 2013)
        ("Dalian rose one place in the 2013 Tholons ranking.", "unsupported"),
    ],
)
def test_an_editions_year_is_the_moves(text: str, verdict: str) -> None:
    assert [c.verdict for c in _check(text)] == [verdict]
