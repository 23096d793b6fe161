"""A direction of change claimed between two figures ("risen from X to Y") is established
only where ``judgement.changes.change`` establishes it (issue #19): never where the
shares a fraction in words stands for ("two-thirds": 63.33–70.83 %) admit no change, nor between a level and
one derived from it against the sign the source states. Each level alone may still be
supported. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize("verb", ["rose", "fell", "went up"])
def test_no_change_from_a_fraction_in_words(verb: str) -> None:
    """ "Two-thirds" stands for any share from 63.33 % to 70.83 %, 70 % among them: neither a
    rise nor a fall from it is established."""
    claims = _check(
        f"The share of the world's iPads made in Chengdu {verb} from two-thirds in 2019 "
        "to 70 per cent in 2022."
    )
    levels, change = claims[:-1], claims[-1]
    assert [c.verdict for c in levels] == ["supported", "supported"]
    assert (change.verdict, change.derived, change.metric_id) == (
        "unsupported",
        True,
        "ipad-share",
    )
    assert change.fact_ids == ("chengdu-ipad-share-2019", "chengdu-ipad-share-2022")
    assert "“two-thirds” stands for any share from 63.33 % to 70.83 %" in change.notes[0].message
    assert {c.sentence_verdict for c in claims} == {"unsupported"}


@pytest.mark.parametrize(
    ("verb", "verdict"), [("rose", "supported"), ("grew", "supported"), ("fell", "contradicted")]
)
def test_a_change_the_source_states(verb: str, verdict: str) -> None:
    """The 2020 level is derived from 2021's and the rise the source states: a rise
    stands with its levels, a fall is against the source."""
    claims = _check(
        f"Chengdu's permanent population {verb} from 20.947 million in 2020 to 21.192 million "
        "in 2021."
    )
    assert [c.verdict for c in claims[:2]] == ["supported", "supported"]
    assert {c.sentence_verdict for c in claims} == {verdict}
    if verdict == "supported":
        assert len(claims) == 2  # (the change is established: no claim of its own)
    else:
        assert (claims[2].verdict, claims[2].read_as) == (
            "contradicted",
            "down from 20.947 million people to 21.192 million people · chengdu · population",
        )


@pytest.mark.parametrize(("verb", "verdict"), [("rose", "supported"), ("fell", "contradicted")])
def test_a_change_between_exact_figures(verb: str, verdict: str) -> None:
    """Two exact figures of one source: the change worked out between them decides."""
    claims = _check(
        f"Dalian's outsourcing revenue {verb} from US$8.65 billion in 2010 to US$21.7 billion "
        "in 2013."
    )
    assert [c.verdict for c in claims[:2]] == ["supported", "supported"]
    assert {c.sentence_verdict for c in claims} == {verdict}
    assert len(claims) == (2 if verdict == "supported" else 3)
