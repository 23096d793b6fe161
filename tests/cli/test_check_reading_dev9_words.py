"""`check` on words of this pass (issue #19): "just shy of" a figure is nearly it, and
"something like" it is about it; "It" or "They" opening a sentence just after a
question that names one place is that place ("The Dalian Software Park? It
opened in …"); "around 2008" after a founding verb is a year, a couple either side ("set
up shop around 2008"), not a count of 2,008 (a count's noun after it keeps it a count).
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


def test_just_shy_of_is_nearly() -> None:
    assert _read("At the end of 2012 Dalian's outsourcers employed just shy of 120,000.") == [
        ("supported", "nearly 120,000 people · dalian · outsourcing-employees · 2012")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ever heard of the Dalian Software Park? It opened in 1999.",
            ("supported", "1999 · dalian-software-park · year-established"),
        ),
        (
            "What about the Dalian Software Park? It opened in 2005.",
            ("contradicted", "2005 · dalian-software-park · year-established"),
        ),
    ],
)
def test_it_after_a_question_is_the_place_asked_of(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (Accenture's first Dalian delivery centre: 2002)
        (
            "Accenture set up shop in Dalian around 2008.",
            [("contradicted", "2006–2010 · Accenture (dalian) · year-established")],
        ),
        (
            "Accenture opened its first Dalian delivery centre around 2003.",
            [("supported", "2001–2005 · Accenture (dalian) · year-established")],
        ),
        # (a count: "firms" after it)
        (
            "Dalian had around 2000 outsourcing firms in 2012.",
            [("contradicted", "about 2,000 companies · dalian · outsourcing-companies · 2012")],
        ),
    ],
)
def test_a_year_about(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


def test_something_like_is_about() -> None:
    assert _read("Dalian has something like 6 million residents.") == [
        ("supported", "about 6 million people · dalian · population")
    ]
