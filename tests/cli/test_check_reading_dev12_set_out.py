"""`check` on a goal said with "set out to" (issue #19): what a place "set out to" do by a
year is its aim, judged against the goal held (a goal is never a figure reached);
"set out on" a site, "set out with" what it had, is where it began, no goal. Sentences
written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

# (Chengdu: CN¥1 trillion of IT revenue by 2020, a target)
_GOAL = "CN¥1 trillion · chengdu · it-industry-revenue · 2020 · as a goal"


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu set out to lift its IT industry's revenue to 1 trillion yuan by 2020.",
        "In its plan, Chengdu sets out to earn 1 trillion yuan from its IT industry by 2020.",
    ],
)
def test_set_out_to_is_a_goal(text: str) -> None:
    assert _read(text) == [("supported", _GOAL)]


def test_set_out_on_a_site_is_no_goal() -> None:
    read = _read("The Dalian Software Park set out on 3 square kilometres in 1998.")
    assert not any(r.endswith("as a goal") for _, r in read)
