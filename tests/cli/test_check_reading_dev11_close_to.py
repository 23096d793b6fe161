""" "Close to" is a hedge, not the "to" of a level a figure rose to: "gained close to
500,000 residents" is a change, as "gained nearly 500,000" is; "rose to close to 21.2
million" is still a level. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chengdu gained close to 500,000 permanent residents in 2021.",
            ("contradicted", "population-change"),
        ),
        ("Chengdu gained close to 250,000 residents in 2021.", ("supported", "population-change")),
        (
            "Chengdu's population rose to close to 21.2 million in 2021.",
            ("supported", "population"),
        ),
    ],
)
def test_close_to_is_a_hedge_not_a_level(text: str, expected: tuple[str, str]) -> None:
    assert [(c.verdict, c.metric_id) for c in _check(text)] == [expected]
