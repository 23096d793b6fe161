"""`check` on probe sentences written for issue #19 in the news voice on the five seed
articles, each labelled before it was run: what they found misread, each read by a
general rule (sentences of their own, not a claim set's)."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the sources: Dalian's "6 million residents", "six million inhabitants"
        ("About 7 million people live in Dalian.", "contradicted"),
        ("Roughly seven million people call Dalian home.", "contradicted"),
        ("About six million people live in Dalian.", "supported"),
        # a share to its last digit is still widened by its rounding: "some 33 percent"
        # is about a third
        (
            "Chengdu and Chongqing make up some 33 percent of the world's electronic "
            "information industry.",
            "supported",
        ),
    ],
)
def test_about_a_round_number_is_as_vague_as_its_rounding_not_more(text: str, verdict: str) -> None:
    """ "About 7 million" was about 6.3–7.7 million widened again by the ±500,000 of its
    rounding, so the source's 6 million supported it."""
    assert {c.verdict for c in _check(text)} == {verdict}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source: 5,280 invention patents applied for, 1,205 granted (Jan–Oct 2012)
        (
            "In the first ten months of 2012, 5,280 invention patents were filed in Dalian.",
            ("supported", "patent-applications"),
        ),
        (
            "Dalian saw 5,280 invention patent filings between January and October 2012.",
            ("supported", "patent-applications"),
        ),
        (
            "Inventors filed 1,205 patents in Dalian between January and October 2012.",
            ("contradicted", "patent-applications"),
        ),
    ],
)
def test_patents_filed_are_applications(text: str, expected: tuple[str, str]) -> None:
    """The first was judged by the patents granted, and contradicted."""
    (claim,) = _check(text)
    assert (claim.verdict, claim.metric_id) == expected
