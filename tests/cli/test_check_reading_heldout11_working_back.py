""" "Working back from" a figure is a reader's way of deriving another from it ("working
back from the 23.2 per cent growth rate, …"), as "based on" is: no cue that anyone works,
nor to a count of employees (issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "Working back from its 23.2 per cent growth rate, Hefei's AI sector must have had "
        "about 680 firms in 2020.",
        "Working backwards from the 23.2 per cent rise, Hefei's AI company count was over "
        "680 a year before 2021.",
    ],
)
def test_working_back_from_a_figure_is_no_cue_to_work(text: str) -> None:
    read = _read(text)
    assert ("supported", "23.2 % · hefei · ai-companies-growth") in read


def test_people_working_are_still_employees() -> None:
    read = _read("Nearly 120,000 people were working in Dalian's outsourcing industry in 2012.")
    assert read == [("supported", "nearly 120,000 people · dalian · outsourcing-employees · 2012")]
