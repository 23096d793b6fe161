"""A share the source states as a fraction in words ("two-thirds", "one quarter", "one
out of every three") admits, wherever it is compared, every share the words stand for
(`hedges.fraction_in_words`): a writer's "69 percent" of the source's "two-thirds" is
not established, and not contradicted either, since "two-thirds" may round 69 %; a
share beyond what the words stand for is contradicted. A change worked out from the
same words uses the same interval (`judgement.figures.precision`, decided once).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from hubquery.cache import open_store
from hubquery.hedges import fraction_in_words
from hubquery.judgement.figures import honest_interval, precise_interval
from tests.cli.test_check_reading import _check
from tests.conftest import SHIPPED


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu produced 69 percent of the world's iPads in 2019.",  # two-thirds
        "Chengdu produced 64 percent of the world's iPads in 2019.",
        "Dalian's high-tech industry generated 27 percent of the city's GDP in 2013.",  # a quarter
        "Chengdu produced 48 percent of the world's laptop chips in 2019.",  # half
        "Chongqing makes 31 percent of the laptops sold worldwide.",  # one out of every three
    ],
)
def test_a_share_the_words_may_round_is_not_contradicted(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert "does not establish" in claim.notes[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu produced 60 percent of the world's iPads in 2019.",
        "Chengdu produced 72 percent of the world's iPads in 2019.",
        "Dalian's high-tech industry generated 30 percent of the city's GDP in 2013.",
        "Chengdu produced 40 percent of the world's laptop chips in 2019.",
        "Chongqing makes 25 percent of the laptops sold worldwide.",
        "Chongqing makes 12 percent of the smartphones sold worldwide.",  # one in 10
    ],
)
def test_a_share_beyond_what_the_words_stand_for_is_contradicted(text: str) -> None:
    assert [c.verdict for c in _check(text)] == ["contradicted"]


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu produced 67 percent of the world's iPads in 2019.",
        "Dalian's high-tech industry generated 25 percent of the city's GDP in 2013.",
        "About half of the world's laptop chips were produced in Chengdu in 2019.",
    ],
)
def test_the_words_own_share_is_supported(text: str) -> None:
    assert [c.verdict for c in _check(text)] == ["supported"]


def test_one_interval_for_a_comparison_and_a_change() -> None:
    """The interval a claimed figure is compared with is the one a change is worked out
    from: every share the words stand for, for each share in words the data holds."""
    store = open_store(str(SHIPPED))
    facts = [
        f
        for f in store.facts_by_id(store.fact_ids()).values()
        if f.unit == "percent" and f.qualifier is None and f.stated_as
    ]
    worded = [f for f in facts if fraction_in_words(f.value) is not None]
    assert len(worded) >= 5
    for fact in worded:
        assert precise_interval(fact) == honest_interval(fact) == fraction_in_words(fact.value)


@pytest.mark.parametrize(
    "text",
    [
        "Two-fifths of the laptops sold worldwide come from Chongqing.",  # one in three
        "Chengdu made three in five of the world's laptop chips in 2019.",  # half
        "In 2019 three in four iPads were made in Chengdu.",  # two-thirds: they meet at 70.8 %
    ],
)
def test_another_fraction_in_words_than_the_sources_is_contradicted(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "contradicted"
    assert "no share is nearer both" in claim.notes[0].message


@pytest.mark.parametrize(
    "text",
    [
        "About two in five laptops sold worldwide come from Chongqing.",  # hedged: about's ±10 %
        "Three in four iPads sold in the world are made in Chengdu.",  # the source's 70 %, digits
    ],
)
def test_a_hedged_fraction_or_one_against_digits_is_not_contradicted(text: str) -> None:
    assert [c.verdict for c in _check(text)] == ["unsupported"]
