"""Places a claim names as members of a group its source names in full (issue #19: "the
intervals cannot both be true"). The source counts China's cities of more than 20 million
people and names all four; a claim that names another place among them ("Shenzhen is one
of …", "Tianjin joined Beijing, … as …", "…: Beijing, Shanghai, Chengdu and Xi'an") is
contradicted, though its count is right; a claim that names members it has ("Beijing and
Shanghai are two of them") is supported, the part counted by the places it names. A place
named beside the list, not in it ("Unlike Shenzhen, Chengdu is one of …"), or said not to
be one, is not claimed a member. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Shenzhen is one of China's four cities of more than 20 million people.",
        "Tianjin joined Beijing, Shanghai and Chongqing as China's four cities with over 20 "
        "million residents.",
        "Beijing, Shanghai, Chongqing and Wuhan are the four Chinese cities of more than 20 "
        "million people.",
        "China has only four cities of more than 20 million people: Beijing, Shanghai, "
        "Chengdu and Xi'an.",
        "Hefei and Chengdu are two of China's four cities with more than 20 million inhabitants.",
        # ("Chengdu, Chongqing": the dataset's one name of the two)
        "Chengdu, Chongqing and Tianjin are three of China's four cities of more than 20 "
        "million people.",
    ],
)
def test_a_place_the_full_list_leaves_out_named_as_a_member_is_contradicted(text: str) -> None:
    claims = _check(text)
    assert {c.sentence_verdict for c in claims} == {"contradicted"}
    (note,) = [n for c in claims for n in c.notes if n.kind == "contradicted"]
    assert "the source names every one of the 4 cities" in note.message
    assert "is not one of them" in note.message


@pytest.mark.parametrize(
    "text",
    [
        "Beijing and Shanghai are two of China's four cities of more than 20 million people.",
        "Chongqing joined Beijing, Shanghai and Chengdu as one of China's four cities with "
        "over 20 million people.",
        "China has four cities of more than 20 million people, and Beijing and Shanghai are "
        "two of them.",
        "China has only four cities of more than 20 million people: Beijing, Shanghai, "
        "Chengdu and Chongqing.",
        # (a word before the list, not a name of it)
        "Today, Beijing and Shanghai are two of China's four cities of more than 20 million "
        "people.",
    ],
)
def test_members_the_source_names_are_supported(text: str) -> None:
    assert {c.sentence_verdict for c in _check(text)} == {"supported"}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a place named beside the members, not among them
        (
            "Unlike Shenzhen, Chengdu is one of China's four cities of more than 20 million people.",
            "supported",
        ),
        # more of them than the places named: not established by the names
        (
            "China has four cities of more than 20 million people, and Beijing is three of them.",
            "unsupported",
        ),
    ],
)
def test_a_place_not_in_the_list_or_a_count_the_names_do_not_make(text: str, verdict: str) -> None:
    assert {c.sentence_verdict for c in _check(text)} == {verdict}


def test_a_place_said_not_to_be_a_member_is_not_claimed_one() -> None:
    text = "Shenzhen is not one of China's four cities of more than 20 million people."
    assert "contradicted" not in {c.sentence_verdict for c in _check(text)}
