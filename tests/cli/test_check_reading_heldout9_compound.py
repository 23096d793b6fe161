"""`check` on a growth said to compound (issue #19): "revenue compounded at 50 percent a
year from 2010 to 2013" is a growth each year over the span, read as "grew 50 percent a
year" is (and judged against the figures at the span's ends), never a share.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dalian's outsourcing revenue compounded at more than 30 percent a year from 2010"
            " to 2013.",
            ("supported", "more than 30 % · dalian · outsourcing-revenue · 2010–2013"),
        ),
        (
            "Dalian's outsourcing revenue compounded annually at 50 percent from 2010 to 2013.",
            ("contradicted", "50 % · dalian · outsourcing-revenue · 2010–2013"),
        ),
    ],
)
def test_compounded_at_is_a_growth_each_year(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]
