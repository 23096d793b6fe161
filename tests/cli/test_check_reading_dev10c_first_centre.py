"""`check` on the year an organisation's first site somewhere dates (issue #19): "put
its first office in Dalian in 2008", "its first campus there, in 2000" say when it
began there, whatever the verb ("planted", "put", "placed"), so the year is the
figure, judged against its year established there; the year of a first thing that is no
site ("won its first contract there in 2004") dates no beginning.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NIIT put its first training centre in Dalian in 2008.",
            ("supported", "2008 · NIIT (dalian) · year-established"),
        ),
        (
            "NIIT placed its very first Chinese campus in Dalian back in 2005.",
            ("contradicted", "2005 · NIIT (dalian) · year-established"),
        ),
    ],
)
def test_the_year_of_a_first_site_is_its_beginning(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_a_first_thing_that_is_no_site_dates_no_beginning() -> None:
    assert _read("Accenture won its first big contract in Dalian in 2004.") == []
