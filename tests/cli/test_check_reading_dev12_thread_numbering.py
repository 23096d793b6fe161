"""`check` on a social-media thread: a post's place in its thread before a sentence ("1/ ",
"2/5 ", "Thread: 3/ ", "🧵 4/") is a mark, as a list item's "1. " is, never a figure
("1 people"); a fraction written with a slash ("2/5 of the firms") is left as it is.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from hubquery.query.draft import passages
from tests.cli.test_check_reading import _read

_HEFEI = ("supported", "more than 840 companies · hefei · ai-companies · 2021")
_CHENGDU = ("supported", "21.192 million people · chengdu · population · 2021")


@pytest.mark.parametrize(
    "text",
    [
        "1/ Hefei counted more than 840 AI companies in 2021.",
        "Thread: 3/ Hefei counted more than 840 AI companies in 2021.",
        "2/7 Hefei counted more than 840 AI companies in 2021.",
        "🧵 4/ Hefei counted more than 840 AI companies in 2021.",
    ],
)
def test_a_thread_number_is_no_figure(text: str) -> None:
    assert _read(text) == [_HEFEI]


def test_each_post_of_a_paragraph_loses_its_number() -> None:
    text = (
        "5/ Hefei counted more than 840 AI companies in 2021. 6/ Chengdu had 21.192 "
        "million residents at the end of 2021."
    )
    assert [p.text for p in passages(text)] == [
        "Hefei counted more than 840 AI companies in 2021.",
        "Chengdu had 21.192 million residents at the end of 2021.",
    ]
    assert _read(text) == [_HEFEI, _CHENGDU]


def test_a_fraction_with_a_slash_stays() -> None:
    # (near cases: "2/5 of", "1/3 the", and a slash inside a sentence are no thread's marks)
    text = "2/5 of the park's firms were foreign. 1/3 the size of Dalian. Up 1/ 2 points."
    assert [p.text for p in passages(text)] == [
        "2/5 of the park's firms were foreign.",
        "1/3 the size of Dalian.",
        "Up 1/ 2 points.",
    ]
