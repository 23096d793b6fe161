"""`check` on a sum in digits after "a" ("a $280 million research lab", "an $820 million
investment"): the digits' number in dollars, never "a million" read around them (issue
#19). Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_LAB = "Microsoft (beijing) · investment"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Microsoft opened a $280 million research lab in Beijing.",
            ("supported", f"US$280 million · {_LAB}"),
        ),
        (
            "Microsoft poured an $820 million investment into a research lab in Beijing.",
            ("contradicted", f"US$820 million · {_LAB}"),
        ),
    ],
)
def test_the_digits_after_a_are_the_sum(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_a_number_in_words_is_read_as_before() -> None:
    assert _read("Dalian is a city of some six million people.") == [
        ("supported", "about 6 million people · dalian · population")
    ]
