"""A count of part of a group a place counts on its own ("50 of the park's billion-yuan
companies have opened branches", "200 of its returnee-founded firms have opened offices"):
the part of that group, counted by no source, neither the group's own count nor the count
of all the place's companies that did the same (issue #19). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        # the part of one counted group that did what another count is of
        "At least 50 of Zhongguancun's billion-yuan companies have opened branches abroad.",
        "Some 120 of the returnee-founded firms in Zhongguancun have branches abroad.",
        # the part of a counted group, not the group ("founded" is no word of the part)
        "Over 200 of the returnee-founded firms in Zhongguancun have opened offices overseas.",
    ],
)
def test_a_part_of_a_counted_group_is_counted_by_no_source(text: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.metric_id) == ("unsupported", None)


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # the whole is all the place's companies: the count of the part that did so
        (
            "About 300 of Zhongguancun's 2,300 companies have opened branches abroad.",
            "companies-with-branches-abroad",
        ),
        (
            "About 300 of Zhongguancun's companies have branches abroad.",
            "companies-with-branches-abroad",
        ),
        (
            "Some 600 of the park's companies were founded by returnees, in Zhongguancun.",
            "returnee-founded-companies",
        ),
    ],
)
def test_a_part_of_all_the_companies_is_read_as_before(text: str, metric: str) -> None:
    assert metric in {c.metric_id for c in _check(text)}
