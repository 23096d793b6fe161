"""`check` on a hub's part named by its kind noun after the hub's name (issue #19):
"the Dalian park" is the one park under Dalian (its software park), "the Xi'an zone" the
one zone under Xi'an; a kind noun under which the hub holds no part names none.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Dalian park opened in 1999.",
            ("supported", "1999 · dalian-software-park · year-established"),
        ),
        (
            "Revenue at the Dalian park grew 38.6 percent in 2010.",
            ("supported", "38.6 % · dalian-software-park · revenue-growth · 2010"),
        ),
        (
            "The Xi'an zone was founded in 1991.",
            ("supported", "1991 · xian-hi-tech-zone · year-established"),
        ),
    ],
)
def test_the_hub_s_kind_noun_is_its_one_part_of_that_kind(
    text: str, expected: tuple[str, str]
) -> None:
    assert _read(text) == [expected]


def test_a_kind_of_no_part_names_none() -> None:
    # (Dalian holds no zone: the city's own figure)
    assert _read("The Dalian zone has about 6 million residents.") == [
        ("supported", "about 6 million people · dalian · population")
    ]
