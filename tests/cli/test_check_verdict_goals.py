"""Two figures of article 002 the dataset now holds (issue #19's data pass), judged as a
careful fact-checker does: Zhongguancun's deadline, "make of this place a world legendary
place for innovation and technology by 2020" (a target year; a "deadline" is a goal the
claim states, and a year of something else is never judged by it), and the "hundreds of
shopping places" in its malls (at least 200, "hundreds" read as the source's own word).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Zhongguancun's deadline for becoming a legendary innovation hub was 2020.", "supported"),
        (
            "Zhongguancun set a deadline of 2018 to become a world-famous innovation centre.",
            "contradicted",
        ),
    ],
)
def test_a_deadline_is_judged_as_a_goal(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.fact_ids) == (verdict, ("zhongguancun-deadline-2020-target",))
    assert claim.read_as.endswith(" · zhongguancun · target-year · as a goal")


def test_a_year_of_something_else_is_not_judged_by_a_deadline() -> None:
    """Neither supported nor contradicted ("target-as-achieved") by the goal's 2020."""
    (claim,) = _check("Zhongguancun was founded in 2020.")
    assert claim.verdict == "unsupported"
    assert claim.notes[0].kind == "status-differs"
    assert claim.notes[0].message == (
        "the dataset holds only a goal of target year for zhongguancun, 2020 (target for "
        "2020); the claim names neither it nor a goal"
    )


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Zhongguancun's malls are packed with hundreds of gadget shops.", "supported"),
        ("Zhongguancun's shopping malls have more than 5,000 stores.", "contradicted"),
    ],
)
def test_the_shops_in_its_malls_are_a_count_of_their_own(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.read_as) == (
        verdict,
        f"{'at least 200' if verdict == 'supported' else 'more than 5,000'} shops · "
        "zhongguancun · shops",
    )
