"""`check` on a goal said with "is meant to", "is supposed to", "was scheduled to" (issue
#19): a goal, judged against the goal held (a goal is never a figure reached); "was due
to" is no goal ("due to exports": because of them). Sentences written for these
tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

# (Shenzhen: 5 % of its annual GDP into automation by 2020, a target)
_GOAL = "5 % · shenzhen · automation-spending-share-of-gdp · 2020 · as a goal"


@pytest.mark.parametrize(
    "text",
    [
        "Shenzhen is supposed to spend 5% of its GDP on automation by 2020.",
        "By 2020 Shenzhen was meant to be putting 5 per cent of its GDP into automation.",
    ],
)
def test_a_goal_in_other_words(text: str) -> None:
    assert _read(text) == [("supported", _GOAL)]


def test_due_to_is_no_goal() -> None:
    assert not any(
        read.endswith("as a goal")
        for _, read in _read("Dalian's growth in 2012 was due to exports rising 20 percent.")
    )
