"""A figure a plan "calls for" ("the city's plans call for …", "the blueprint calls for
…") is a goal, as one it "aims for" is: the source's target supports it or contradicts it,
a figure that held does neither (issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chengdu's blueprint calls for IT revenue of 1 trillion yuan by 2020.",
            ("supported", "CN¥1 trillion · chengdu · it-industry-revenue · 2020 · as a goal"),
        ),
        (
            "Official plans called for Chengdu's IT revenue to reach 2 trillion yuan by 2020.",
            ("contradicted", "CN¥2 trillion · chengdu · it-industry-revenue · 2020 · as a goal"),
        ),
        (
            "Hefei's blueprint calls for more than 1,000 AI companies by 2025.",
            ("unsupported", "more than 1,000 companies · hefei · ai-companies · 2025 · as a goal"),
        ),
    ],
)
def test_what_a_plan_calls_for_is_a_goal(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_a_so_called_place_is_no_goal() -> None:
    text = "Hefei, the so-called AI capital, had more than 840 AI companies in 2021."
    assert _read(text) == [("supported", "more than 840 companies · hefei · ai-companies · 2021")]
