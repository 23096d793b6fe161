"""A claim of a place judged by the figure of a whole it is part of (issue #19): where
the place named ("the DLSP") has no figure of the metric the clause names and the
reader falls back to the place above it (Dalian's software and outsourcing revenue),
its figure bounds the part's from above only. "In 2010, the DLSP generated US$4.5
billion, more than Shenyang's software sector" was contradicted by Dalian's US$8.65
billion ("ahead of …" even supported by it); a comparison with another place's figure is
no claim of that figure.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "In 2010 the DLSP brought in US$4.5 billion, ahead of Shenyang's software sector.",
        "The Dalian Software Park's US$4.5 billion of 2010 beat Hefei's software industry.",
    ],
)
def test_a_part_is_judged_by_its_wholes_figure_as_a_bound_only(text: str) -> None:
    """Neither contradicted nor supported by Dalian's US$8.65 billion: it does not say
    the park's."""
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert "for Dalian as a whole" in claim.notes[0].message


def test_a_part_above_its_wholes_figure_is_contradicted() -> None:
    (claim,) = _check(
        "In 2010 the Dalian Software Park earned US$12 billion in software and outsourcing revenue."
    )
    assert claim.verdict == "contradicted"
    assert "Dalian Software Park, a part of it, cannot be more than that" in claim.notes[0].message
