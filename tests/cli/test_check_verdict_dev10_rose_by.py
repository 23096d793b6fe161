"""What a level rose by, and a count added, are read once, by the reader, and carried on
the figure's reading (``Reading.change``) for the verdict, which no longer searches the
words again with a vocabulary of its own (review of check's code). The verdict's own
search knew fewer words than the reader's: "went up by" (a lookahead turned it away),
"swelled by", "has gone up by" and a word between "by" and the figure ("rose by an
estimated …") were judged as the level itself, a false supported where the level passes
the change's bound. Sentences written for these tests."""

from __future__ import annotations

import pytest

from hubquery.cache import open_store
from hubquery.query.draft import Passage
from hubquery.query.reader import ClaimReader
from tests.cli.test_check_reading import _check
from tests.conftest import SHIPPED


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Hefei's AI firms went up by more than 200 in 2021.", "by"),
        ("Hefei's AI firms swelled by more than 200 in 2021.", "by"),
        ("Hefei added roughly 200 AI companies in 2021.", "added"),
        ("Hefei was adding an extra 200 AI companies in 2021.", "added"),
        ("Hefei lost 200 AI companies in 2021.", "lost"),
        ("Hefei's AI firms numbered more than 200 in 2021.", None),
        ("Hefei's AI firms rose to more than 200 in 2021.", None),
    ],
)
def test_the_reader_carries_what_the_words_before_a_figure_say(
    text: str, change: str | None
) -> None:
    (reading,) = ClaimReader(open_store(str(SHIPPED))).read(Passage(text, 1, 1))
    assert reading.change == change


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # US$4.5 billion in 2010, up 38.6 %: a rise of US$1.253 billion, derived
        ("Revenue at the Dalian Software Park went up by over US$1 billion in 2010.", "supported"),
        ("Revenue at the Dalian Software Park swelled by over US$1 billion in 2010.", "supported"),
        (
            "Revenue at the Dalian Software Park rose by an estimated US$1.25 billion in 2010.",
            "supported",
        ),
        (
            "Revenue at the Dalian Software Park went up by about US$2 billion in 2010.",
            "contradicted",
        ),
    ],
)
def test_every_verb_of_a_rise_by_is_judged_as_the_change(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == (verdict, True)
    assert claim.fact_ids == ("dlsp-revenue-2010", "dlsp-revenue-growth-2010")


def test_a_rise_by_is_never_supported_by_the_level() -> None:
    """Nearly 120,000 employees in 2012 and no growth held: the level passes "more than
    100,000", the change is not known."""
    (claim,) = _check("The outsourcing workforce of Dalian has gone up by over 100,000 in 2012.")
    assert claim.verdict == "unsupported"
    assert claim.notes[0].message.startswith(
        "the claim is of a change; the source says only nearly 120,000 people (2012-12)"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Revenue at the Dalian Software Park rose to US$4.5 billion in 2010.",
        "Revenue at the Dalian Software Park went up to US$4.5 billion in 2010.",
    ],
)
def test_a_level_risen_to_is_the_level(text: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == ("supported", False)


def test_a_count_lost_is_no_count_added() -> None:
    """A loss is a change below zero: never judged as the rise a count added is."""
    (claim,) = _check("Hefei lost 200 AI companies in 2021.")
    assert not claim.derived
