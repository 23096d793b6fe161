"""`check` on a count of new ones (issue #19): "had more than 500 new AI companies",
"saw 100 new AI firms", "registered upwards of 800 new robotics firms" state how many
were added, as "added 500 AI companies" does, never the level. Where the place holds
the level and its growth, the count added is worked out from them (derived); where it
holds a count of new ones, that count judges it. A kind named "new" ("new energy
vehicles") and money are no count of new ones. Sentences written for these tests, none
a claim set's own."""

from __future__ import annotations

import pytest

from hubquery.query.reader.rewrites import rewrite
from tests.cli.test_check_reading import _read

# (Hefei: more than 840 AI companies in 2021, up 23.2 %: more than 158.2 added)
_HEFEI = "hefei · ai-companies · 2021"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a level of 840 or more says nothing of 500 added, nor denies it)
        (
            "Hefei had more than 500 new AI companies in 2021.",
            ("unsupported", f"more than 500 companies · {_HEFEI}"),
        ),
        (
            "Hefei counted more than 150 new AI firms in 2021.",
            ("supported", f"more than 150 companies · {_HEFEI}"),
        ),
        # (more than 158 were added: 100 is too few)
        ("In 2021 Hefei saw 100 new AI companies.", ("contradicted", f"100 companies · {_HEFEI}")),
        (
            "Hefei drew some two hundred new AI businesses in 2021.",
            ("unsupported", f"about 200 companies · {_HEFEI}"),
        ),
    ],
)
def test_a_count_of_new_ones_is_a_count_added(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_a_count_of_new_ones_held_judges_it() -> None:
    # (Shenyang: more than 860 new robotics companies in the two years to May 2022)
    assert _read("Shenyang registered upwards of 860 new robotics firms from 2020 to 2022.") == [
        (
            "supported",
            "more than 860 companies · shenyang · new-robotics-companies · 2020–2022",
        )
    ]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("it had more than 500 new firms", "it had added more than 500 new firms"),
        ("it saw 40 newly listed firms", "it saw added 40 newly listed firms"),
        ("in 2021, 500 new firms opened", "in 2021, added 500 new firms opened"),
        ("it added 500 new firms", "it added 500 new firms"),  # (added already)
        ("it made 500,000 new energy cars", "it made 500,000 new energy cars"),  # (a kind)
        ("us$500 new funds", "us$500 new funds"),  # (money)
        ("in 2021 new firms opened", "in 2021 new firms opened"),  # (a year)
        ("the new zone has 500 firms", "the new zone has 500 firms"),  # (no count before)
        ("one new firm opens a day", "1 new firm opens a day"),  # (one: a rate, not added)
    ],
)
def test_what_is_written_as_added(text: str, written: str) -> None:
    assert rewrite(text) == written
