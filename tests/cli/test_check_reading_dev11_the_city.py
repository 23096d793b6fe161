"""A sentence that names no place but "the city" (a draft of that one sentence) is about
the one city whose figures hold the metric it states, the city a reader of the sources
would take it for; where several cities hold it, or the sentence names a place, it is read
as before, and "the park" names no place (the project's own set, claims.tsv, labels "The
software park's export revenue …" unsupported) (issue #19). After another sentence of the
draft, "the city" is the one that sentence named, never a guess (a draft that named Chengdu
was judged against Dalian's subsidies). Sentences written for these tests."""

from __future__ import annotations

import pytest

from hubquery.cache import open_store
from hubquery.query.check import Claim, check
from tests.cli.test_check_reading import _check
from tests.conftest import SHIPPED


@pytest.mark.parametrize(
    ("text", "verdict", "hub"),
    [
        ("The city counts 40 technology incubators.", "supported", "dalian"),
        ("The city is home to 30 universities.", "contradicted", "dalian"),
        (
            "At the end of 2012 the city employed nearly 120,000 people in service outsourcing.",
            "supported",
            "dalian",
        ),
    ],
)
def test_the_city_is_the_one_place_of_its_kind_that_holds_the_metric(
    text: str, verdict: str, hub: str
) -> None:
    assert [(c.verdict, c.hub_id) for c in _check(text)] == [(verdict, hub)]


@pytest.mark.parametrize(
    "text",
    [
        # several cities hold a population, two parks a count of companies
        "The city has about 21 million people.",
        "About 2,300 companies are based in the park.",
        "The software park employs some 80,000 people.",
        # ("port" is a word of no city's name: a city the sources may not name)
        "In 2014 the port city had some 22 universities.",
    ],
)
def test_the_city_of_several_is_no_place(text: str) -> None:
    assert [(c.verdict, c.hub_id) for c in _check(text)] == [("unsupported", None)]


def test_a_place_named_is_the_city() -> None:
    text = "Chengdu had 21.192 million residents at the end of 2021, the city's bureau said."
    assert [(c.verdict, c.hub_id) for c in _check(text)] == [("supported", "chengdu")]


@pytest.mark.parametrize(
    "draft",
    [
        # an earlier sentence names another city: "the city" is that one, not the one city
        # the sources give the metric (a false contradicted, a false supported before)
        "Chengdu is a big place in western China.\n"
        "The city offers about US$4 million a year in subsidies.\n",
        "Hefei is known for its AI firms.\n\nThe city counts 40 technology incubators.\n",
        "Xi'an grew fast. The city is home to 30 universities.",
    ],
)
def test_the_city_after_another_sentence_is_no_place_the_reader_guesses(draft: str) -> None:
    assert [(c.verdict, c.hub_id) for c in _check(draft)] == [("unsupported", None)]


def test_the_city_of_a_draft_of_several_texts_is_read_alone_only_as_one() -> None:
    one = ["The city counts 40 technology incubators."]
    assert [(c.verdict, c.hub_id) for c in _check_texts(one)] == [("supported", "dalian")]
    two = ["Hefei is known for its AI firms.", *one]
    assert [(c.verdict, c.hub_id) for c in _check_texts(two)] == [("unsupported", None)]


def _check_texts(texts: list[str]) -> list[Claim]:
    return check(open_store(str(SHIPPED)), texts)
