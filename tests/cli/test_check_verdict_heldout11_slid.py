"""A fall from one figure to another said by any verb of a fall ("slid", "dipped",
"plunged", "tumbled from … to …"), as "fell from … to …" is (issue #19): each level is
judged alone, the direction by the change the judgement module works out from the two
(for a rank, a fall is a higher number); contradicted where the source's change goes the
other way, unsupported where none is established. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        # the source's rank went from 15th (2013) to 14th (2014): a rise
        "From 2013 to 2014 Dalian dipped from 14th to 15th among Tholons' outsourcing "
        "destinations.",
        "Dalian's outsourcing revenue plunged from US$8.65 billion in 2010 to US$21.7 billion "
        "in 2013.",
    ],
)
def test_a_fall_the_source_reverses_is_contradicted(text: str) -> None:
    assert "contradicted" in {c.verdict for c in _check(text)}
    assert {c.sentence_verdict for c in _check(text)} == {"contradicted"}


@pytest.mark.parametrize(
    "text",
    [
        "Dalian climbed from 15th to 14th in the Tholons ranking from 2013 to 2014.",
        "Dalian's outsourcing revenue surged from US$8.65 billion to US$21.7 billion "
        "between 2010 and 2013.",
    ],
)
def test_a_rise_the_source_bears_out_stays_supported(text: str) -> None:
    assert {c.sentence_verdict for c in _check(text)} == {"supported"}


def test_a_fall_no_change_establishes_is_unsupported() -> None:
    """Two-thirds (63.3-70.8 %) in 2019 and 70 % in 2022: no direction either way."""
    claims = _check(
        "Chengdu's share of the world's iPads tumbled from two-thirds in 2019 to 70 per cent "
        "in 2022."
    )
    assert {c.sentence_verdict for c in claims} == {"unsupported"}
