"""A growth stated per year over a span of years ("36 percent a year between 2010 and
2013") is the compound yearly rate of the change between the level's figures of the
span's first and last years, derived (issue #19, on heldout8's misses; sentences written
for these tests, never copied from a claim set). It was judged as the whole span's
change (+150.9 %), which contradicted a right yearly rate. A rate each year read as a
share ("expanded by some 35 percent a year") is no share: never judged by one."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check

# US$8.65 billion (2010) to US$21.7 billion (c. 2013): (21.7 / 8.65) ** (1 / 3) - 1
_DERIVED = (
    "hubquery derives +35.9 % a year (2010–2013, compounded over 3 years) from US$8.65 "
    "billion (2010) and US$21.7 billion (c. 2013) — no source prints it"
)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "From 2010 to 2013 Dalian's outsourcing revenue rose about 36 percent annually.",
            "supported",
        ),
        (
            "Dalian's outsourcing revenue grew at an average annual rate of some 35 percent "
            "between 2010 and 2013.",
            "supported",
        ),
        (
            "Between 2010 and 2013 Dalian's outsourcing revenue grew by roughly 50 percent a year.",
            "contradicted",
        ),
    ],
)
def test_a_growth_per_year_over_a_span_is_compounded(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived) == (verdict, True)
    assert claim.notes[0].message == _DERIVED


def test_a_growth_over_the_span_is_still_the_whole_change() -> None:
    (claim,) = _check(
        "Between 2010 and 2013 Dalian's outsourcing revenue grew by about 150 percent."
    )
    assert claim.verdict == "supported"
    assert claim.notes[0].message.startswith("hubquery derives +150.9 % (2010–2013)")


def test_a_rate_each_year_is_never_judged_as_a_share() -> None:
    """'expanded' is read as no growth: the figure was judged by Japan's 80 % share of
    Dalian's ITO export revenue, and contradicted."""
    (claim,) = _check(
        "Dalian's outsourcing revenue expanded by an average of some 35 percent a year "
        "between 2010 and 2013."
    )
    assert claim.verdict == "unsupported"
    assert claim.notes[0].message.endswith("; the claim states a rate each year, not a share")
