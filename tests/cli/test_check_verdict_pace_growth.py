"""A place that "grew six times as fast as" another claims a multiple of the other's
growth, not a growth of six-fold: where no growth of both places is held, the claim is
unsupported, never contradicted by the place's own growth (issue #19; "Chengdu grew six
times as fast as Silicon Valley" was contradicted by Chengdu's +7.7 %, read as +500 %).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Chengdu grew six times as fast as Silicon Valley.",
        "Chengdu's economy grew four times faster than Silicon Valley's.",
        "Chengdu's GDP expanded three times as quickly as Dalian's.",
    ],
)
def test_a_growth_a_multiple_of_another_places_is_no_growth_of_its_own(text: str) -> None:
    claims = _check(text)
    assert [c.verdict for c in claims] == ["unsupported"]
    assert "as fast as" in claims[0].notes[0].message


def test_a_growth_that_is_a_multiple_of_its_level_is_still_judged() -> None:
    # ("grew six-fold" is a growth of its own: +500 %, against the held +7.7 %)
    (claim,) = _check("Chengdu's GDP grew six-fold last year.")
    assert claim.verdict == "contradicted"
