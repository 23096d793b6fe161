"""A city's "tech zone" is its hi-tech zone ("Chengdu's tech zone", "Xi'an's tech zone"),
as "Chengdu's high-tech zone" is; "tech" before another word names no zone (issue #19).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chengdu's tech zone was founded in 1988.",
            ("supported", "1988 · chengdu-hi-tech-zone · year-established"),
        ),
        (
            "Xi'an's tech zone was set up in 1995.",
            ("contradicted", "1995 · xian-hi-tech-zone · year-established"),
        ),
    ],
)
def test_a_citys_tech_zone_is_its_hi_tech_zone(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_tech_before_another_word_names_no_zone() -> None:
    read = _read("Xi'an's tech companies number 300.")
    assert read == [("unsupported", "300 companies · xian · companies")]
