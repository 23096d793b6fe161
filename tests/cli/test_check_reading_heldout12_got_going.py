"""What "got going", "got started" or "got under way" in a year began then: the year is
its founding's, as "opened in" or "was set up in" is; a sentence with no such words keeps
its year as a time (issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chengdu's hi-tech zone got started in 1988.",
            ("supported", "1988 · chengdu-hi-tech-zone · year-established"),
        ),
        (
            "Accenture's Dalian centre got under way in 2002.",
            ("supported", "2002 · Accenture (dalian) · year-established"),
        ),
        (
            "Chengdu's hi-tech zone only got going in 1995, long after Shenzhen's.",
            ("contradicted", "1995 · chengdu-hi-tech-zone · year-established"),
        ),
    ],
)
def test_what_got_going_in_a_year_began_then(text: str, expected: tuple[str, str]) -> None:
    assert expected in _read(text)


def test_a_year_without_a_beginning_is_a_time() -> None:
    read = _read("The DLSP had some 80,000 employees in 2014.")
    assert read == [("supported", "about 80,000 people · dalian-software-park · employees · 2014")]
