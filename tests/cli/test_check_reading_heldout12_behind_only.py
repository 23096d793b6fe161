"""A place "behind only" (or "after only", "trailing only") the places a sentence names
ranks next after them: behind only one, second; behind only two, third (issue #19).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_RANK = "chengdu · luxury-market-rank"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As a luxury market, Chengdu trails only Shanghai and Beijing in China.",
            ("supported", f"#3 · {_RANK}"),
        ),
        (
            "Chengdu ranks behind only Beijing as a luxury market in China.",
            ("contradicted", f"#2 · {_RANK}"),
        ),
        (
            "Chengdu came in after only Beijing, Shanghai and Shenzhen as a luxury market.",
            ("contradicted", f"#4 · {_RANK}"),
        ),
    ],
)
def test_behind_only_the_places_named_is_the_next_rank(
    text: str, expected: tuple[str, str]
) -> None:
    assert _read(text) == [expected]


def test_only_after_a_year_is_no_rank() -> None:
    assert not any("rank" in said for _, said in _read("Only after 2010 did Chengdu's GDP grow."))
