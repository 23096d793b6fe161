"""A span written with a dash between two full years ("over 2010–2013", "in 2010-2013") is
that span, as "from 2010 to 2013" is: no figure of its own ("over" is no hedge of a year)
and the time of the figure it follows (issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize("span", ["over 2010–2013", "in 2010-2013", "from 2010 to 2013"])
def test_a_dashed_span_of_years_is_a_span(span: str) -> None:
    read = _read(f"Dalian's outsourcing revenue rose by about 150 percent {span}.")
    assert len(read) == 1
    assert read[0][1].endswith("· 2010–2013")
    assert "2,010" not in read[0][1]


def test_one_year_is_read_as_before() -> None:
    assert _read("Dalian's offshore outsourcing grew 41 percent in 2012.") == [
        ("supported", "41 % · dalian · offshore-outsourcing-growth · 2012")
    ]
