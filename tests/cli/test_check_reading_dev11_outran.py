"""A sum by which one figure "outran" (outgrew, outperformed, outweighed) another is the
difference of the two, as one it "exceeded" by is; a sum an "outsourcing" figure grew by
stays a change (issue #19). Sentences written for these tests."""

from __future__ import annotations

from tests.cli.test_check_reading import _check


def test_outran_by_is_a_difference() -> None:
    text = (
        "In 2012 the offshore contracts Dalian signed outran the services it actually "
        "delivered by about US$260 million."
    )
    (claim,) = _check(text)
    assert (claim.verdict, claim.metric_id) == ("supported", "offshore-outsourcing-value")
    assert "derives a difference" in claim.notes[0].message


def test_outsourcing_grew_by_is_no_difference() -> None:
    (claim,) = _check("Dalian's outsourcing revenue grew by US$1 billion.")
    assert claim.verdict == "unsupported"
    assert "it does not establish a change" in claim.notes[0].message
