"""`check` on a count added written as a part of a scale with a noun before "than": "some
half a million more inhabitants than in 2020", "a quarter of a million more people than
a year before" are the whole number (500,000, 250,000) added, as "245,000 more residents
than a year earlier" is, never its last words ("a million") alone beside a fraction read as
a share. Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_LEVEL = "21.192 million people · chengdu · population · 2021"


@pytest.mark.parametrize(
    ("text", "verdict", "read_as"),
    [
        (
            "By the end of 2021 Chengdu counted 21.192 million people, roughly a quarter "
            "of a million more inhabitants than in 2020.",
            "supported",
            "about 250,000 people · chengdu · population-change · 2021",
        ),
        (
            "By the end of 2021 Chengdu counted 21.192 million people, some half a "
            "million more residents than a year earlier.",
            "contradicted",
            "about 500,000 people · chengdu · population-change · 2021",
        ),
        (
            # (near case: a whole scale, no part of it, stays that scale)
            "By the end of 2021 Chengdu counted 21.192 million people, a million more "
            "residents than a year earlier.",
            "contradicted",
            "1 million people · chengdu · population-change · 2021",
        ),
    ],
)
def test_a_part_of_a_scale_added_is_the_whole_number(text: str, verdict: str, read_as: str) -> None:
    read = _read(text)
    assert read[0] == ("supported", _LEVEL)
    assert read[1:] == [(verdict, read_as)]
