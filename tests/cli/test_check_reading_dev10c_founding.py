"""`check` on a year said of a founding beside a designation's words (issue #19): "the
Dalian Software Park, opened in 1999, …" dates the park's opening even when the
sentence's words elsewhere spell out a designation of its city ("… a base city of
outsourcing"): a designation is given, not founded, so a year its clause says was a
founding is the founding held for the place named, while a year said of becoming one
is still the designation's.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Dalian Software Park, opened in 1999 in a port known for outsourcing, made "
            "Dalian a base city of the trade.",
            ("supported", "1999 · dalian-software-park · year-established"),
        ),
        (
            "The Dalian Software Park, established in 1995 and home to outsourcing firms, "
            "later helped make Dalian a base city for the trade.",
            ("contradicted", "1995 · dalian-software-park · year-established"),
        ),
    ],
)
def test_a_founding_year_is_the_places_not_the_designations(
    text: str, expected: tuple[str, str]
) -> None:
    assert _read(text)[:1] == [expected]


def test_a_year_of_becoming_one_stays_the_designations() -> None:
    assert _read(
        "Dalian, which became an outsourcing base city in 2006, is home to a software park."
    ) == [("supported", "2006 · outsourcing base city (dalian) · year-designated")]
