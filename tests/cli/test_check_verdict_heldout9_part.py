"""A count of a part that the source gives only as a share of the place's count ("nearly
half" of its "nearly 650 companies" are foreign-owned) is that share of that count,
derived: "nearly 325 companies" as a writer reads the two figures, never contradicted
where the figures however loosely read admit it; only of a share the metric defines as
one of the place's own things of the claim's unit (issue #19). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Some 310 of the companies in the Dalian Software Park are foreign-owned.", "supported"),
        ("About 305 of the Dalian Software Park's firms are foreign-owned.", "supported"),
        ("Around 600 of the Dalian Software Park's companies are foreign-owned.", "contradicted"),
        ("Exactly 270 of the Dalian Software Park's companies are foreign-owned.", "unsupported"),
    ],
)
def test_a_part_given_as_a_share_of_the_whole(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == (verdict, True)
    assert claim.notes[0].message.startswith(
        "hubquery derives nearly 325 companies (c. 2014) from nearly half (≈50 %) of nearly "
        "650 companies"
    )
    assert {f.metric_id for f in claim.facts} == {"foreign-owned-share", "companies"}


def test_a_part_no_share_defines() -> None:
    (claim,) = _check("About 300 of the Dalian Software Park's companies are state-owned.")
    assert (claim.verdict, claim.derived) == ("unsupported", False)
    assert claim.notes[0].message.startswith("counts only a part")
