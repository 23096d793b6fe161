"""`check` on what a sentence refers back to (issue #19). A figure alone after a
question ("What did … come to in 2013? About US$21.7 billion.") answers it: the
question's subject is that figure, judged as one sentence; a sentence that says more
("It earned …") is read as before. "The institute" names the organisation whose name
that noun heads ("Neusoft Institute of Information"), the dataset's only one; a kind
of place ("the zone", "the park") names no organisation.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_ASKED = "What did Dalian's software and outsourcing revenue come to in 2013?"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("About US$21.7 billion.", ("supported", "about US$21.7 billion")),
        ("Some US$30 billion.", ("contradicted", "about US$30 billion")),
    ],
)
def test_a_figure_alone_answers_the_question(answer: str, expected: tuple[str, str]) -> None:
    verdict, figure = expected
    assert _read(f"{_ASKED} {answer}") == [
        (verdict, f"{figure} · dalian · outsourcing-revenue · 2013")
    ]


def test_a_figure_alone_with_no_question_names_no_place() -> None:
    assert _read("About US$21.7 billion.") == [
        ("unsupported", "about US$21.7 billion · no place · no metric")
    ]


def test_a_sentence_after_a_question_that_says_more_is_its_own() -> None:
    assert _read(f"{_ASKED} It earned US$21.7 billion.") == [
        ("supported", "US$21.7 billion · dalian · outsourcing-revenue")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The institute now boasts over 12,000 students.",
            "more than 12,000 students · Neusoft Institute of Information (dalian) · students"
            " · now",
        ),
        (
            "At most 10 per cent of the institute's graduates are directly employed by Neusoft.",
            "at most 10 % · Neusoft Institute of Information (dalian) · graduate-employment-share",
        ),
    ],
)
def test_the_institute_is_the_one_institute(text: str, expected: str) -> None:
    assert _read(text) == [("supported", expected)]


def test_a_kind_of_place_names_no_organisation() -> None:
    assert _read("The zone had 300 companies in 2012.") == [
        ("unsupported", "300 companies · no place · companies · 2012")
    ]
