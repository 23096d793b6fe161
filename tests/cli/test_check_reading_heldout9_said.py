"""`check` on a year a plan was made known (issue #19): "said in 2022 that it would
build …", with no other figure, is the year the plan was announced (a figure of its
own, as "announced in 2022" is, and no goal), never a sentence of no claim; beside
another figure the year is no figure, and what was said it "would" reach is a goal.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_OF = "metaverse pilot zone (nanchang) · year-announced"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nanchang said in 2022 it would open a pilot zone for the metaverse.",
            [("supported", f"2022 · {_OF}")],
        ),
        (
            "Nanchang revealed in 2020 that it would build a pilot zone for the metaverse.",
            [("contradicted", f"2020 · {_OF}")],
        ),
    ],
)
def test_said_that_it_would_dates_the_announcement(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _read(text) == expected


def test_beside_another_figure_the_year_is_its_time() -> None:
    assert _read(
        "Chengdu said in 2017 that its IT industry would earn 1 trillion yuan by 2020."
    ) == [("supported", "CN¥1 trillion · chengdu · it-industry-revenue · 2020 · as a goal")]
