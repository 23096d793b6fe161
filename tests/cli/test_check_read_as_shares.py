"""`check` shows a share written as a fraction in the fraction's words, never the
66.67 % a writer would copy into a draft as if the source had printed it (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from hubquery.display import share_in_words
from tests.cli.test_check_reading import _check, _read


def test_two_in_three_reads_as_two_in_three() -> None:
    assert _read("Two in three of Dalian's exported ITO revenue comes from Japan.") == [
        (
            "contradicted",
            "two in three (≈67 %) · dalian · japan-share-of-ito-exports",
        )
    ]


def test_the_note_names_the_fraction_too() -> None:
    """The note that says what the claim is not established as uses the same words."""
    (claim,) = _check("A third of Hefei's AI companies work on robotics.")
    assert "33.33" not in claim.read_as + " ".join(n.message for n in claim.notes)


def test_a_share_with_one_decimal_keeps_its_number() -> None:
    """ "an eighth" is exactly 12.5 %: nothing invented, nothing to put in words."""
    assert _read("Shenzhen already spends an eighth of its GDP on automation.") == [
        ("unsupported", "about 12.5 % · shenzhen · automation-spending-share-of-gdp · now")
    ]


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (100 / 3, "one in three (≈33 %)"),
        (200 / 3, "two in three (≈67 %)"),
        (100 / 6, "one in six (≈17 %)"),
        (500 / 6, "five in six (≈83 %)"),
        (100 / 7, "one in seven (≈14 %)"),
        (300 / 7, "three in seven (≈43 %)"),
        (100 / 9, "one in nine (≈11 %)"),
        (100 / 12, "one in twelve (≈8 %)"),
    ],
)
def test_a_share_that_is_a_simple_fraction_is_said_in_words(value: float, words: str) -> None:
    assert share_in_words(value) == words


@pytest.mark.parametrize("value", [50.0, 12.5, 20.0, 33.3, 66.7, 23.2, 100 / 13, 0.5])
def test_any_other_share_has_no_words(value: float) -> None:
    """A whole or one-decimal percentage is printed as it is; a fraction beyond twelfths
    is not one a writer says."""
    assert share_in_words(value) is None
