"""`check` on a difference written in words (issue #19): "about a quarter of a million
more than a year earlier", "half a million more than at the end of 2020" compare the
figure with another as "250,000 more than" does: the difference of the two held figures,
not a level. Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check, _read

_LEVEL = "21.192 million people · chengdu · population · 2021"


@pytest.mark.parametrize(
    ("text", "verdict", "read_as"),
    [
        (
            "Chengdu was home to 21.192 million people at the close of 2021, about a quarter "
            "of a million more than twelve months before.",
            "supported",
            "about 250,000 people · chengdu · population",
        ),
        (
            "Chengdu was home to 21.192 million people at the close of 2021, some half a "
            "million more than a year earlier.",
            "contradicted",
            "about 500,000 people · chengdu · population",
        ),
    ],
)
def test_a_difference_in_words_is_of_two_held_figures(
    text: str, verdict: str, read_as: str
) -> None:
    read = _read(text)
    assert read == [("supported", _LEVEL), (verdict, read_as)]
    assert any("derives a difference" in n.message for c in _check(text) for n in c.notes)


def test_a_level_in_words_is_no_difference() -> None:
    # (no comparison after it: a level, judged as one)
    read = _read("Chengdu's population is more than a quarter of a million.")
    assert read == [("supported", "more than 250,000 people · chengdu · population")]
