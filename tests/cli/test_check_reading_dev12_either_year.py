"""`check` on a figure said of one of two years the writer does not choose between (issue
#19): "in 2020 or 2021", "in either 2012 or 2013" is one time, either year, as "2020-21"
is, so a source that dates the figure to either of them settles it; no growth is counted
over both. Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hefei was home to more than 840 AI firms in either 2020 or 2021.",
            ("supported", "more than 840 companies · hefei · ai-companies · 2020–2021"),
        ),
        (
            "Dalian's outsourcing revenue came to US$21.7 billion in 2012 or 2013.",
            ("supported", "US$21.7 billion · dalian · outsourcing-revenue · 2012–2013"),
        ),
        (
            "Hefei's count of AI firms rose 23.2 percent in 2020 or 2021.",
            ("supported", "23.2 % · hefei · ai-companies-growth · 2020–2021"),
        ),
    ],
)
def test_one_of_two_years_is_either(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_two_years_apart_are_not_one_time() -> None:
    # (not two years in a row: the figure's own year is the one written next to it)
    assert _read("Hefei was home to more than 840 AI firms in 2019 or 2021.") == [
        ("unsupported", "more than 840 companies · hefei · ai-companies · 2019")
    ]


def test_a_figure_either_year_excludes_is_contradicted() -> None:
    assert _read("Chengdu's IT industry earned 300 billion yuan in 2017 or 2018.") == [
        ("contradicted", "CN¥300 billion · chengdu · it-industry-revenue · 2017–2018")
    ]
