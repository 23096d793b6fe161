"""`check` on a count of the first (or last) few of a group (issue #19): "among the
first three zones", "the earliest 100 companies" number a part of the group picked by
its order, never the group's whole count (unsupported: no source holds that part),
while the group's own count ("one of 114 zones", "one of the three zones") stays one.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        (
            "Zhongguancun was one of the first three national high-tech zones in China.",
            "3 zones · china · no metric",
        ),
        (
            "Chengdu was among the first 20 cities to be named cross-border e-commerce "
            "pilot cities.",
            "20 cities · ",
        ),
        (
            "The earliest 100 companies moved into Zhongguancun in 1988.",
            "100 companies · zhongguancun · no metric · 1988",
        ),
    ],
)
def test_the_first_few_are_no_count_of_the_group(text: str, read_as: str) -> None:
    [(verdict, reading)] = _read(text)
    assert verdict == "unsupported"
    assert reading.startswith(read_as)
    assert " · no metric" in reading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xi'an's hi-tech zone is one of the 114 national high-tech zones.",
            ("supported", "114 zones · china · national-high-tech-zones"),
        ),
        (
            "Chengdu is one of the 20 cross-border e-commerce pilot cities in China.",
            ("contradicted", "20 cities · china · cross-border-ecommerce-pilot-cities"),
        ),
    ],
)
def test_the_groups_own_count_stays_one(text: str, expected: tuple[str, str]) -> None:
    assert _read(text)[:1] == [expected]
