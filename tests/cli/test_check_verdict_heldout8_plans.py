"""A year the source gives only as a plan's announcement (Nanchang "said this year it
will build a pilot zone for metaverse", 2022, a figure of the year announced) dates no
opening (issue #19, on heldout8's
misses; sentences written for these tests, never copied from a claim set): an opening
or completion before it is contradicted, one in or after it unsupported; a claim of the
announcement itself is judged by it."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict", "says"),
    [
        (
            "Nanchang's metaverse pilot zone was up and running in 2019.",
            "contradicted",
            "the source says 2022 (year announced): it was still to come then, not done by 2019",
        ),
        (
            "Nanchang completed its metaverse pilot zone in 2021.",
            "contradicted",
            "the source says 2022 (year announced): it was still to come then, not done by 2021",
        ),
        (
            "Nanchang's metaverse pilot zone opened its doors in 2024.",
            "unsupported",
            "the source says only 2022 (year announced); it gives no year it was done",
        ),
    ],
)
def test_a_plan_announced_dates_no_opening(text: str, verdict: str, says: str) -> None:
    (claim,) = _check(text)
    assert claim.read_as.endswith("· metaverse pilot zone (nanchang) · year-announced")
    assert (claim.verdict, claim.notes[0].message) == (verdict, says)


def test_the_announcement_itself_is_judged_by_its_year() -> None:
    (claim,) = _check("Nanchang unveiled plans for a metaverse pilot zone in 2022.")
    assert claim.verdict == "supported"
    assert claim.fact_ids == ("nanchang-metaverse-zone-announced-2022",)
