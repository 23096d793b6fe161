"""A share of one of a figure's bases in another ("the offshore work delivered was 85
percent of the contract value signed"), read under a share the place does not hold: the
figure of the basis named before the share over that of the basis named after it, of one
period, derived (issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "In 2012 the offshore work Dalian delivered amounted to about 85 percent of the "
            "value of contracts signed.",
            "supported",
        ),
        (
            "In 2012 the offshore work Dalian delivered amounted to barely half of the value "
            "of contracts signed.",
            "contradicted",
        ),
    ],
)
def test_a_share_of_one_basis_in_another(text: str, verdict: str) -> None:
    claim = _check(text)[0]
    assert (claim.verdict, claim.derived) == (verdict, True)
    assert claim.notes[0].message.startswith(
        "hubquery derives a ratio of 0.85 from US$1.53 billion (2012) and US$1.79 billion"
    )
