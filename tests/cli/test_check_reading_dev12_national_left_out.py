"""`check` on a designation named without its scope (issue #19): "named an intellectual
property demonstration zone in 2014" names the national intellectual property
demonstration zone, its "national" said or not, so the year is the designation's, never
the year the zone was established. Sentences written for these tests, none a claim set's
own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_IP_ZONE = "national intellectual property demonstration zone (xian-hi-tech-zone) · year-designated"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Xi'an Hi-tech zone was named an intellectual property demonstration zone in 2014.",
            ("supported", f"2014 · {_IP_ZONE}"),
        ),
        (
            "The Xi'an Hi-tech zone was picked as an intellectual property demonstration zone in 2011.",
            ("contradicted", f"2011 · {_IP_ZONE}"),
        ),
    ],
)
def test_the_designation_without_national(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_the_zones_own_year_is_read_as_before() -> None:
    assert _read("The Xi'an Hi-tech zone was set up in 1991.") == [
        ("supported", "1991 · xian-hi-tech-zone · year-established")
    ]
