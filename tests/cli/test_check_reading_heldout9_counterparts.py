"""`check` on years counted from a place's part named by what it is to another ("three
years younger than the one in Chengdu", "five years before its counterpart in Xi'an"):
the other place's part of the kind the sentence names, as "Chengdu's" is (issue #19).
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xi'an's hi-tech zone is three years younger than the one in Chengdu.",
            ("supported", "1991 · xian-hi-tech-zone · year-established"),
        ),
        (
            "Chengdu's hi-tech zone opened five years before its counterpart in Xi'an.",
            ("contradicted", "1986 · chengdu-hi-tech-zone · year-established"),
        ),
    ],
)
def test_the_other_place_s_part_of_the_same_kind(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]
