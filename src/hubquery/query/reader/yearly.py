"""A growth a year over a span ("revenue grew by about 36 percent a year between 2010
and 2013", "grew at an average annual rate of 36 %"): the span's growth is the yearly
rate compounded over its years (1.36³ − 1, about 152 %), as the level's figures of the
span's first and last years are judged; not the yearly rate taken for the whole span."""

from __future__ import annotations

import re

from hubquery.judgement.claims import Claimed

# "grew at an average annual rate of", "rose by an average of": "grew yearly by" (so
# the words before the figure are a growth's, and say it is a year's)
AVERAGE_RATE = re.compile(
    r"\b(grew|grown|rose|risen|increased|expanded|climbed) (?:at|by) an? "
    r"(?:(?:average|annual|yearly|compound|compounded) )*(?:(?:growth )?rate )?of\b"
)
# "… a year", "per year", "annually", "each year", "on average" after the figure (not
# "a year earlier", "in a year")
_A_YEAR_AFTER = re.compile(
    r"^\s*(?:%|percent|per ?cent)?\s*(?:(?:a|per|each|every) year\b(?! (?:earlier|before|"
    r"after|later|ago|on year)\b)|annually\b|yearly\b|on average\b|(?:an? )?year on average\b)"
)


def a_year(before: str, after: str) -> bool:
    """Whether the figure is a growth a year: "yearly by" before it (as ``rewrite`` writes
    an average rate), or a year's period just after it."""
    return "yearly by" in before or _A_YEAR_AFTER.match(after) is not None


def compounded(claimed: Claimed, years: tuple[int, int]) -> Claimed:
    """The claim's yearly growth (%) compounded over the span's years: the span's."""
    count = years[1] - years[0]
    interval = claimed.interval

    def over(percent: float | None) -> float | None:
        return None if percent is None else ((1 + percent / 100) ** count - 1) * 100

    return claimed._replace(
        interval=interval._replace(low=over(interval.low), high=over(interval.high))
    )
