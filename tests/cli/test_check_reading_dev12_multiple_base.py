"""`check` on the figure a goal's multiple is of (issue #19): in a sentence of a goal,
"double its 480 billion yuan", "triple their 480 billion yuan of revenue" names the level
the multiple starts from, held before the goal (never the goal, nor of its deadline's
year), and the multiple reaches to the end of that level's clause, where the goal is said
("… to hit its 2020 target"). Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_LEVEL = "CN¥480 billion · chengdu · it-industry-revenue"


@pytest.mark.parametrize(
    "text",
    [
        "To meet its 2020 target, Chengdu's IT sector had to roughly double its 480 billion "
        "yuan of revenue.",
        "Chengdu's IT sector would have to more than double its 480 billion yuan in yearly "
        "sales to reach the city's target for 2020.",
    ],
)
def test_the_level_a_goals_multiple_is_of_is_held_before_it(text: str) -> None:
    read = _read(text)
    assert ("supported", _LEVEL) in read
    assert all(v == "supported" for v, _ in read)
    assert any(s.endswith("as a goal") and "2×" in s for _, s in read)


def test_a_level_the_source_does_not_give_is_not_the_goals() -> None:
    # (a level held before the goal: the goal's 1 trillion yuan does not contradict it)
    read = _read(
        "Chengdu's IT sector would have to roughly double its 600 billion yuan in yearly "
        "sales to reach the city's target for 2020."
    )
    assert ("unsupported", "CN¥600 billion · chengdu · it-industry-revenue") in read


def test_a_level_after_another_possessive_is_read_as_before() -> None:
    # (no multiple before it: a figure of its own, of the goal's year where it names one)
    assert _read("Chengdu's IT industry aims for 1 trillion yuan in revenue by 2020.") == [
        ("supported", "CN¥1 trillion · chengdu · it-industry-revenue · 2020 · as a goal")
    ]
