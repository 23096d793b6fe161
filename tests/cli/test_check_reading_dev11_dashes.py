"""A count left without its noun at the end of a clause that a dash ends ("what took
Silicon Valley 30 — a wild claim") is of the unit of the count set against it, as at a
full stop or a comma (issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "Zhongguancun did in five years what took Silicon Valley 30 — or so Steve Blank says.",
        "Zhongguancun did in five years what took Silicon Valley 30 – quite a boast.",
        "Zhongguancun did in five years what took Silicon Valley 30 - if Blank is right.",
    ],
)
def test_a_dash_ends_the_clause_of_a_count_without_its_noun(text: str) -> None:
    assert ("supported", "30 years · silicon-valley · years-to-build-ecosystem") in _read(text)
