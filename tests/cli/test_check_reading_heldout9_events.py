"""`check` on years counted from an event the sentence names (issue #19): "12 years
before the Xi'an hi-tech zone was established" counts from the one year the place named
holds of its own (1991), as it did from an organisation's or a part's; "23 years after
it was founded" counts from the founding year of what the sentence is about.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_SEZ = "Special Economic Zone (shenzhen) · year-designated"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shenzhen became a special economic zone 12 years before the Xi'an hi-tech zone"
            " was established.",
            [("supported", f"1979 · {_SEZ}")],
        ),
        (
            "Shenzhen became a special economic zone two years after the Chengdu Hi-tech"
            " Industrial Development Zone opened.",
            [("contradicted", f"1990 · {_SEZ}")],
        ),
    ],
)
def test_years_counted_from_a_place_s_own_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Xi'an hi-tech zone was selected as a national intellectual property"
            " demonstration zone 23 years after it was established.",
            ("supported", "2014"),
        ),
        (
            "The Xi'an high-tech zone won the title of national intellectual property"
            " demonstration zone a dozen years after it was set up.",
            ("contradicted", "2003"),
        ),
        (
            "Xi'an's high-tech zone was selected as a national intellectual property"
            " demonstration zone 20 years after it was established.",
            ("contradicted", "2011"),
        ),
    ],
)
def test_years_after_it_was_founded_count_from_its_founding(
    text: str, expected: tuple[str, str]
) -> None:
    read = _read(text)
    assert len(read) == 1
    assert read[0][0] == expected[0]
    assert read[0][1].startswith(expected[1])
