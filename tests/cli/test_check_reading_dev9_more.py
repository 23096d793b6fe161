"""`check` on "N more (or fewer) … than" and "grew by N" (issue #19): the figure is a
difference, never the level. Than a time ("than a year earlier", "than in 2020", "than
at the end of 2020") it is a change over that time, read as "added" (or "lost") is;
than another place or thing ("than Dalian") it is the difference of the two, worked out
from their figures. A count that "grew by", "rose by" N is the change of the level the
sentence names, where the dataset has such a change; else the change is worked out from
the level and its growth (a share, money or a multiple as before). Sentences written
for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # (the source: 21.192 million at the end of 2021, up 245,000 on the end of 2020)
            "Chengdu counted 245,000 more permanent residents at the end of 2021 than at the "
            "end of 2020.",
            ("supported", "245,000 people · chengdu · population-change · 2021"),
        ),
        (
            "Chengdu had 300,000 more residents in 2021 than the year before.",
            ("contradicted", "300,000 people · chengdu · population-change · 2021"),
        ),
        # (more than 840 AI companies in 2021, up 23.2 %: more than 158.2 added)
        (
            "Hefei had 100 more AI companies in 2021 than in 2020.",
            ("contradicted", "100 companies · hefei · ai-companies · 2021"),
        ),
        (
            "Hefei had 200 more AI firms in 2021 than in 2020.",
            ("unsupported", "200 companies · hefei · ai-companies · 2021"),
        ),
    ],
)
def test_more_than_a_time_before_is_a_change(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (21.192 million against Dalian's 6 million: a difference of 15.192 million)
        (
            "Chengdu has 15 million more residents than Dalian.",
            ("supported", "15 million people · chengdu · population"),
        ),
        (
            "Chengdu is home to 5 million more people than Dalian.",
            ("contradicted", "5 million people · chengdu · population"),
        ),
        # (2,300 against the park's 600 to 700, or so: 1,650 to 1,715 more)
        (
            "Zhongguancun has 1,000 more companies than the Dalian Software Park.",
            ("contradicted", "1,000 companies · zhongguancun · companies"),
        ),
    ],
)
def test_more_than_another_place_is_a_difference(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "grew by 245,000" of a place's population: its change, not the population
        (
            "Chengdu's population grew by 245,000 people in 2021.",
            ("supported", "245,000 people · chengdu · population-change · 2021"),
        ),
        (
            "Chengdu's population jumped by some 300,000 people in 2021.",
            ("contradicted", "about 300,000 people · chengdu · population-change · 2021"),
        ),
        # (worked out from the level and its growth: more than 158.2 added)
        (
            "Hefei's AI sector grew by 100 companies in 2021.",
            ("contradicted", "100 companies · hefei · ai-companies · 2021"),
        ),
        # a share's, money's and a multiple's rise stay as they were read
        (
            "Hefei's AI companies grew by 23.2 percent in 2021.",
            ("supported", "23.2 % · hefei · ai-companies-growth · 2021"),
        ),
        (
            "Dalian's outsourcing revenue rose by US$13 billion between 2010 and 2013.",
            ("supported", "US$13 billion · dalian · outsourcing-revenue · 2010–2013"),
        ),
    ],
)
def test_a_count_risen_by_is_a_change(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]
