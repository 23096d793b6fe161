"""A ratio a writer states as a multiple ("twice as many … as", "more than double", "four
times its export revenue"), judged on pairs of held figures the way round the claim puts
them (issue #19): the claim's place over the other place; of one place, the figure of
one metric over the one named after the multiple, or the figure of the claim's period
over the other's. An unhedged multiple is a writer's rounding ("four times" of 4.17).
Always flagged derived ("hubquery derives …"), never "the source says". Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "read_as", "derives"),
    [
        (
            "Chengdu is home to more than twice as many residents as Xi'an.",
            "more than 2× · chengdu · population",
            "hubquery derives a ratio of 2.49 from 21.192 million people",
        ),
        (
            "Chengdu's population is more than double Dalian's.",
            "more than 2× · chengdu · population",
            "hubquery derives a ratio of 3.53 from 21.192 million people",
        ),
        (
            "The Dalian Software Park's revenue in 2010 was roughly four times its export revenue.",
            "about 4× · dalian-software-park · revenue · 2010",
            "hubquery derives a ratio of 4.17 from US$4.5 billion (2010) and US$1.08 billion "
            "(2010) — no source prints it",
        ),
        (
            "In 2010 the Dalian Software Park's sales were four times its export revenue.",
            "4× · dalian-software-park · revenue · 2010",
            "hubquery derives a ratio of 4.17",
        ),
    ],
)
def test_a_multiple_of_two_held_figures_is_supported_as_derived(
    text: str, read_as: str, derives: str
) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.read_as, claim.derived) == ("supported", read_as, True)
    assert claim.notes[0].kind == "derived"
    assert claim.notes[0].message.startswith(derives)


@pytest.mark.parametrize(
    ("text", "derives"),
    [
        # the claim's place over the other: 8.5 million over 21.192 million
        (
            "Xi'an has more than twice as many residents as Chengdu.",
            "hubquery derives a ratio of 0.4 from 8.5 million people",
        ),
        # the period the claim states over the other: 170 over more than 860
        (
            "Shenyang registered five times as many robotics companies in the four years to "
            "May 2020 as in the two years after.",
            "hubquery derives a ratio of less than 0.2 from 170 companies",
        ),
        # the signed value over the conducted one, of the same year
        (
            "Dalian's signed offshore outsourcing contracts in 2012 were worth double the "
            "services it conducted.",
            "hubquery derives a ratio of 1.17 from US$1.79 billion (2012) and US$1.53 billion",
        ),
        (
            "In 2010 the Dalian Software Park's revenue was ten times its export revenue.",
            "hubquery derives a ratio of 4.17",
        ),
    ],
)
def test_a_multiple_no_pair_can_be_is_contradicted_in_derived_words(
    text: str, derives: str
) -> None:
    claims = _check(text)
    assert claims[0].verdict == "contradicted"
    assert claims[0].derived
    assert claims[0].notes[0].message.startswith(derives)
    assert "the source says" not in claims[0].notes[0].message


def test_twice_is_a_multiple_only_before_what_it_compares() -> None:
    """ "Twice as", "double the", "double Dalian's" are multiples; "the 'double D'
    industries" and "twice a year" are not."""
    from hubquery.query.reader.rewrites import rewrite

    assert rewrite("twice as many people as") == "two times as many people as"
    assert rewrite("more than double Dalian's") == "more than two times Dalian's"
    assert rewrite("the double D industries") == "the double D industries"
    assert rewrite("twice a year") == "twice a year"


def test_a_multiple_of_a_place_the_dataset_holds_no_figure_for_is_not_established() -> None:
    """Beijing's population is held only as a threshold: the ratio is not worked out from
    Chengdu's own two years instead."""
    (claim,) = _check("Chengdu is home to twice as many people as Beijing.")
    assert (claim.verdict, claim.fact_ids) == ("unsupported", ())


@pytest.mark.parametrize(
    ("text", "verdict", "read_as"),
    [
        (
            "Dalian has about 70 percent as many residents as Xi'an.",
            "supported",
            "about 0.7× · dalian · population",
        ),
        (
            "Chengdu has only about 30 percent as many residents as Xi'an.",
            "contradicted",
            "about 0.3× · chengdu · population",
        ),
    ],
)
def test_a_percentage_as_many_as_is_a_ratio(text: str, verdict: str, read_as: str) -> None:
    """ "70 percent as many … as" is a ratio of 0.7, not a share or a growth rate."""
    (claim,) = _check(text)
    assert (claim.verdict, claim.read_as, claim.derived) == (verdict, read_as, True)
    assert claim.notes[0].message.startswith("hubquery derives a ratio of ")
