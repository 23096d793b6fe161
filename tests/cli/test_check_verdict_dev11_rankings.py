"""A rank is a place in one ranking: a claim that ranks a place among a group of a kind
its figures do not rank ("fourth among China's software centres" against the largest
city of its province; "first among China's robotics companies" against the largest
outsourcing provider), or in another scope than theirs ("fourth among China's cities"
against a rank in its province), is unsupported, never judged by them (issue #19: the
same metric, subject and basis). Words that name no kind (cities, hubs, companies),
places' names and the ranking's scope say nothing of its kind. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Xi'an is China's fourth-largest aerospace hub.",
        "Xi'an ranks fourth among China's software centres.",
        "Chengdu ranks third among China's electronics markets.",
        "Neusoft ranks first among China's robotics companies.",
        "Dalian ranks 14th among the world's tourist destinations.",
        "Xi'an ranks fourth among China's cities.",
    ],
)
def test_a_rank_in_another_ranking_is_not_judged_by_the_figures(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert claim.notes[0].message.startswith("the claim ranks it ")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Neusoft is China's biggest IT outsourcing company.", "supported"),
        ("Neusoft is China's second-largest offshore outsourcing firm.", "contradicted"),
        ("Chengdu ranks third among China's luxury markets.", "supported"),
        ("Chengdu is China's second-biggest market for luxury goods.", "contradicted"),
        ("Xi'an ranks first among Shaanxi's cities.", "supported"),
        ("Xi'an is the second-largest city in Shaanxi province.", "contradicted"),
        (
            "Chengdu's hi-tech zone ranks fourth among China's national high-tech zones.",
            "supported",
        ),
        ("Dalian ranks 12th among the world's outsourcing destinations.", "contradicted"),
        ("China ranked first among the world's exporters in 2010.", "supported"),
    ],
)
def test_a_rank_among_the_figures_own_kind(text: str, verdict: str) -> None:
    assert [c.verdict for c in _check(text)] == [verdict]
