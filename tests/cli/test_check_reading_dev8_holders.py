"""`check` on whose figure a span of a place's own history is (issue #19): a count of
years a place has grown, been something or taken to do something ("Years of rapid
growth") is that place's own, never the country's above it: China's "30 years of
unprecedented growth" neither supports nor contradicts how long a city grew. A length
of something a country offers (a work visa) stays the country's figure for its cities.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (was supported by China's 30 years)
        (
            "Over some 30 years Shenzhen grew into a megacity.",
            ("unsupported", "about 30 years · shenzhen · years-of-growth"),
        ),
        # (was contradicted by China's 30 years)
        (
            "In 25 years Hefei grew into an AI hub.",
            ("unsupported", "25 years · hefei · years-of-growth"),
        ),
        (
            "Chengdu's growth has lasted 30 years.",
            ("unsupported", "30 years · chengdu · years-of-growth"),
        ),
    ],
)
def test_a_citys_history_is_not_its_countrys(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China has enjoyed 30 years of rapid growth.",
            ("supported", "30 years · china · years-of-growth"),
        ),
        (
            "Beijing offers skilled foreigners a ten-year visa.",
            ("supported", "10 years · china · work-visa-length"),
        ),
    ],
)
def test_the_countrys_own_and_what_it_offers_stay_its_own(
    text: str, expected: tuple[str, str]
) -> None:
    assert _read(text) == [expected]
