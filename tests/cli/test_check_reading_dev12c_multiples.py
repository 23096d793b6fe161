"""`check` on a multiple between two held figures of a place (issue #19): "triple its
2010 figure", "quadruple", "treble" are "three times", "four times" as "double" is "two
times", and a year written in what the multiple is of ("two and a half times what it had
earned in 2010", "three times the companies it had in 2010") is the base's, not the
claim's: the claim is of the other year, judged against the ratio of the two figures
with its hedge's tolerance. Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check, _read

_RATIO = "dalian · outsourcing-revenue · 2013"  # (US$21.7 billion over US$8.65 billion: 2.51)


@pytest.mark.parametrize(
    ("text", "verdict", "read_as"),
    [
        (
            "Dalian's outsourcing sales in 2013 were triple their 2010 figure.",
            "contradicted",
            f"3× · {_RATIO}",
        ),
        (
            "Dalian's outsourcing sales in 2013 were quadruple their 2010 level.",
            "contradicted",
            f"4× · {_RATIO}",
        ),
        (
            "Dalian's outsourcing sales in 2013 were more than double their 2010 level.",
            "supported",
            f"more than 2× · {_RATIO}",
        ),
    ],
)
def test_a_multiple_word_before_what_it_is_of(text: str, verdict: str, read_as: str) -> None:
    assert (verdict, read_as) in _read(text)


@pytest.mark.parametrize(
    ("text", "verdict", "read_as"),
    [
        (
            "In 2013 Dalian's outsourcing industry earned about two and a half times what it "
            "had earned in 2010.",
            "supported",
            f"about 2.5× · {_RATIO}",
        ),
        (
            "In 2013 Dalian's outsourcing sector earned triple what it earned in 2010.",
            "contradicted",
            f"3× · {_RATIO}",
        ),
    ],
)
def test_the_year_of_what_a_multiple_is_of_is_the_bases(
    text: str, verdict: str, read_as: str
) -> None:
    assert (verdict, read_as) in _read(text)
    assert {c.sentence_verdict for c in _check(text)} == {verdict}


def test_a_year_just_after_a_sum_is_still_its_own() -> None:
    # (no multiple before the year: the sum's year, as written)
    assert _read("Dalian's outsourcing industry earned US$8.65 billion in 2010.") == [
        ("supported", "US$8.65 billion · dalian · outsourcing-revenue · 2010")
    ]
