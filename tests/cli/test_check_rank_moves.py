"""A claimed movement in a ranking ("rose one spot", "slipped two positions"), judged as
a careful fact-checker does (issue #19): the change of the rank number between two held
ranks of the same ranking whose periods bracket what the sentence says. Supported when
the held ranks moved by the claim's places in its direction, contradicted when they did
not, unsupported where the dataset holds no such pair; always derived ("hubquery derives
…", naming both ranks), never "the source says". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Dalian rose one spot in the Tholons outsourcing ranking since 2013.",
        "In 2014 Dalian moved up one position among the world's outsourcing destinations.",
        "Dalian went up a notch in the outsourcing destination ranking.",
    ],
)
def test_a_rise_the_held_ranks_show_is_supported_as_derived(text: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived, claim.hub_id) == ("supported", True, "dalian")
    assert claim.metric_id == "outsourcing-destination-rank"
    assert claim.notes[0].kind == "derived"
    message = claim.notes[0].message
    assert message.startswith("hubquery derives ")
    assert "#15 (2013)" in message
    assert "#14 (c. 2014)" in message
    assert "the source says" not in message
    assert set(claim.fact_ids) == {"dalian-tholons-rank-2013", "dalian-tholons-rank-2014"}


@pytest.mark.parametrize(
    "text",
    [
        "Dalian slipped two places in the Tholons outsourcing ranking after 2013.",
        "Dalian climbed three spots in the outsourcing ranking in 2014.",
    ],
)
def test_a_move_the_held_ranks_do_not_show_is_contradicted_in_derived_words(text: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == ("contradicted", True)
    message = claim.notes[0].message
    assert message.startswith("hubquery derives a rise of 1 place")
    assert "#15 (2013)" in message
    assert "#14 (c. 2014)" in message
    assert "the source says" not in message


@pytest.mark.parametrize(
    "text",
    [
        # one rank held: no movement can be worked out
        "Chengdu climbed one place in the luxury market ranking in 2019.",
        # two ranks held, but not bracketing the claim's years
        "Dalian rose one place in the outsourcing ranking in 2016.",
    ],
)
def test_a_move_no_two_held_ranks_bracket_is_unsupported(text: str) -> None:
    assert [c.verdict for c in _check(text)] == ["unsupported"]


def test_a_sentence_with_no_movement_words_is_read_as_before() -> None:
    (claim,) = _check("Dalian ranked 14th in the Tholons outsourcing ranking in 2014.")
    assert (claim.verdict, claim.derived) == ("supported", False)
    assert claim.read_as == "#14 · dalian · outsourcing-destination-rank · 2014"
    assert _check("Dalian has risen to prominence as a place for outsourcing.") == []
