"""A count said of part of a group just counted ("Only four cities have more than 20
million people, and Chengdu and Chongqing are two of them") is no count of the group:
the group's count never contradicts it where the part is no larger (issue #19).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "China has only four cities of more than 20 million people, and Chengdu is one of them.",
        "Just four Chinese cities top 20 million residents; Chengdu and Chongqing are two of those.",
    ],
)
def test_a_part_of_a_group_is_no_count_of_it(text: str) -> None:
    claims = _check(text)
    assert claims[0].verdict == "supported"
    assert "contradicted" not in {c.verdict for c in claims}


def test_more_of_them_than_the_group_has() -> None:
    claims = _check(
        "Only four Chinese cities have more than 20 million people; six of them are inland."
    )
    assert claims[-1].verdict == "contradicted"
