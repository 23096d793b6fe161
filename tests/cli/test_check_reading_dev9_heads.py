"""`check` on the words just after a figure (issue #19): "6 million inhabitants", "5,280
invention patents sought" name what the figure counts, and outweigh the rest of the
sentence's words ("… is betting on outsourcing services": no count of outsourcing's
employees). A unit's own word ("students", "patents", "people") names no one count, and
a change said of another figure ("… of 21.2 million grew by 245,000") is no cue to a
change for the level. Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dalian, a seaside city of some 6 million inhabitants, is betting on outsourcing "
            "services.",
            [("supported", "about 6 million people · dalian · population")],
        ),
        (
            # (applied for, not granted: 5,280 were sought, 1,205 granted, January-October)
            "The 5,280 invention patents sought in Dalian in 2012 yielded 1,205 grants.",
            [
                ("unsupported", "5,280 patents · dalian · patent-applications · 2012"),
                ("supported", "1,205 patents · dalian · patents-granted"),
            ],
        ),
        # (the unit's own word: the intake a year, as before)
        (
            "NIIT's Dalian training centre takes in about 1,000 students a year.",
            [("supported", "about 1,000 students · NIIT (dalian) · annual-intake")],
        ),
        (
            "Chengdu's population of 21.2 million grew by 245,000 in 2021.",
            [
                ("supported", "21.2 million people · chengdu · population"),
                ("supported", "245,000 people · chengdu · population-change · 2021"),
            ],
        ),
    ],
)
def test_the_words_a_figure_counts(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected
