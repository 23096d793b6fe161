"""A share of the place's count ("more than 10 percent of its companies had a turnover
above 1 billion yuan") where the source holds no share but the count of that part (its
companies with such a turnover: more than 300) and of the whole (2,300 companies), of one
period: the part over the whole, derived; never contradicted, as the part the words name
may be the share's whole (issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "More than 10 percent of Zhongguancun's companies had a turnover of over 1 billion "
            "yuan in 2012.",
            "supported",
        ),
        (
            "Over a fifth of Zhongguancun's 2,300 companies had turnover above 1 billion yuan "
            "in 2012.",
            "unsupported",
        ),
        (
            "Fewer than 5 percent of Zhongguancun's companies had a turnover above 1 billion "
            "yuan in 2012.",
            "unsupported",
        ),
    ],
)
def test_a_share_of_a_count_as_its_part_over_it(text: str, verdict: str) -> None:
    claim = _check(text)[0]
    assert claim.verdict == verdict
    assert claim.read_as.split(" · ")[1] == "zhongguancun"
    assert claim.notes[0].message.startswith(
        "hubquery derives more than 13.04 % (2012) from more than 300 companies of 2,300 companies"
    )


def test_a_share_of_a_count_no_part_of_which_is_held() -> None:
    claim = _check("More than 10 percent of Zhongguancun's companies are state-owned.")[0]
    assert (claim.verdict, claim.derived) == ("unsupported", False)
