"""A group its source names in full ("the only four cities (…) in China with populations
of more than 20 million", each named): a city of that country it does not name is not
above the group's threshold then, so a claim that it is contradicts the source (issue
#19: "the intervals cannot both be true"); a member, a place of another kind, a claim of
another time or one below the threshold is judged as before. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Hangzhou is now one of China's cities of more than 20 million people.",
        "In 2022 Dalian was home to over 25 million people.",
        "Shenyang's population tops 20 million.",
    ],
)
def test_a_city_the_full_list_leaves_out_is_not_above_its_threshold(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "contradicted"
    assert "names every one of the" in claim.notes[0].message


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Chengdu is one of China's cities of more than 20 million people.", "supported"),
        ("Sichuan has more than 20 million people.", "supported"),  # (Chengdu's, a part)
        ("Xi'an had more than 20 million people in 2010.", "unsupported"),
        ("Hangzhou has about 12 million people.", "unsupported"),
        ("Hangzhou has at least 20 million people.", "unsupported"),
    ],
)
def test_a_member_another_kind_another_time_or_below_the_threshold(text: str, verdict: str) -> None:
    assert [c.verdict for c in _check(text)] == [verdict]
