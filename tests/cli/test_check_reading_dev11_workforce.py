"""A count of a "workforce" ("a 120,000-strong workforce", "a workforce of 80,000") is a
count of people, whatever other count the sentence states after it (issue #19).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Dalian Software Park's 80,000-strong workforce works for some 650 companies.",
            "80,000 people · dalian-software-park · employees",
        ),
        (
            "Dalian's 120,000-strong outsourcing workforce was spread across roughly 1,000 firms.",
            "120,000 people · dalian · outsourcing-employees",
        ),
    ],
)
def test_a_workforce_counts_people(text: str, expected: str) -> None:
    assert expected in [read_as for _, read_as in _read(text)]


def test_the_firms_after_it_are_still_companies() -> None:
    text = "Dalian's 120,000-strong outsourcing workforce was spread across roughly 1,000 firms."
    assert ("supported", "about 1,000 companies · dalian · outsourcing-companies") in _read(text)
