"""A count named as the whole of a part before it ("300 of Zhongguancun's 2,300
companies have opened branches abroad") is the count of what its own words name, not
of the part the clause describes (issue #19): it was contradicted as a count of the
companies with branches abroad (the source's 300). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Around 300 of Zhongguancun's 2,300 companies run branches abroad.",
            ("supported", "2,300 companies · zhongguancun · companies"),
        ),
        (
            "More than 600 of Zhongguancun's 2,300 companies were started by returnees.",
            ("supported", "2,300 companies · zhongguancun · companies"),
        ),
        (
            "Hundreds of Zhongguancun's 2,300 firms trade abroad.",
            ("supported", "2,300 companies · zhongguancun · companies"),
        ),
    ],
)
def test_the_whole_a_part_is_of_is_read_by_its_own_words(text: str, whole: tuple[str, str]) -> None:
    assert whole in [(c.verdict, c.read_as) for c in _check(text)]
    assert "contradicted" not in {c.verdict for c in _check(text)}


def test_a_place_of_a_number_is_no_whole() -> None:
    """ "a port city of six million": no part before it, read as before."""
    claims = _check("Dalian, a port city of six million, counts 40 incubators.")
    assert [(c.verdict, c.read_as) for c in claims] == [
        ("supported", "6 million people · dalian · population"),
        ("supported", "40 incubators · dalian · incubators"),
    ]
