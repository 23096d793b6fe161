"""A figure the source says held until a time ("Until the late 1970s Shenzhen was a small
town … with less than 300,000 inhabitants") is one the source says no longer holds
(issue #19): a claim that it still holds ("still", "today", "now") is contradicted, as
a careful fact-checker reads "until"; a claim of another figure now is not established
by it, and a claim of its own period is supported. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Shenzhen is still a border town of less than 300,000 people.",
        "Shenzhen currently has fewer than 300,000 inhabitants.",
    ],
)
def test_a_figure_held_until_a_time_is_not_what_holds_now(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "contradicted"
    assert "held only until then: “Until the late 1970s" in claim.notes[0].message


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Shenzhen today is home to more than 10 million people.", "unsupported"),
        ("In 1979 Shenzhen had fewer than 300,000 inhabitants.", "supported"),
    ],
)
def test_another_figure_now_or_the_figure_then_is_judged_as_before(text: str, verdict: str) -> None:
    assert [c.verdict for c in _check(text)] == [verdict]
