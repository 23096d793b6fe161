"""`check` on a level and a count over a time (issue #19). A count of new ones or of a
period ("new robotics companies" registered in two years) is never the level a
sentence states with no word of newness, period or change ("Shenyang now counts well
over 3,000 robotics firms"). A percentage just after two figures of one thing, from one
year to a later one ("from US$8.65 billion in 2010 to US$21.7 billion in 2013, up about
150 percent"), is the change between them, over their years (a year apart: that year's
growth, as before). Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the dataset holds no level of Shenyang's robotics companies, only new ones)
        (
            "Shenyang now counts well over 3,000 robotics firms.",
            [("unsupported", "more than 3,000 companies · shenyang · companies · now")],
        ),
        (
            "Shenyang registered more than 860 robotics firms from 2020 to 2022.",
            [
                (
                    "supported",
                    "more than 860 companies · shenyang · new-robotics-companies · 2020–2022",
                )
            ],
        ),
    ],
)
def test_a_level_is_no_count_of_new_ones(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


_LEVELS = [
    ("supported", "US$8.65 billion · dalian · outsourcing-revenue · 2010"),
    ("supported", "US$21.7 billion · dalian · outsourcing-revenue · 2013"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (21.7 / 8.65: +151 %, derived)
        (
            "Dalian's outsourcing revenue climbed from US$8.65 billion in 2010 to US$21.7 "
            "billion in 2013, up about 150 percent.",
            [*_LEVELS, ("supported", "about 150 % · dalian · outsourcing-revenue · 2010–2013")],
        ),
        (
            "Revenue from Dalian's outsourcing went from US$8.65 billion in 2010 to US$21.7 "
            "billion in 2013, a rise of some 60 percent.",
            [*_LEVELS, ("contradicted", "about 60 % · dalian · outsourcing-revenue · 2010–2013")],
        ),
        # (a year apart: the later year's growth, held as +23.2 %)
        (
            "Hefei's AI company count climbed from 680 in 2020 to more than 840 in 2021, up "
            "23.2 percent.",
            [
                ("unsupported", "680 companies · hefei · ai-companies · 2020"),
                ("supported", "more than 840 companies · hefei · ai-companies · 2021"),
                ("supported", "23.2 % · hefei · ai-companies-growth"),
            ],
        ),
    ],
)
def test_a_change_after_two_figures_is_between_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _read(text) == expected
