"""A rate per day, week or month of a figure its source gives for a whole year ("added
about 670 residents a day in 2021" of an increase of 245,000 in 2021): a careful checker
divides the year's change by the days (245,000 / 365 ≈ 671 a day) and judges the
claim by that, derived and said to be (no source prints the rate). A year's count that
is no change over the year (a level: "2,300 companies in 2012") has no such rate: the
claim is not established by it, and never contradicted by the year's figure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from hubquery.judgement.claims import Claimed, FigureVerdict, claim_verdict, says

if TYPE_CHECKING:
    from hubquery.records import Fact

YEAR_DAYS = 365.0
# The rate period written just after a figure and up to three words of what it counts
# ("670 new residents a day", "20,000 a month", "4,700 people every week", "… monthly").
_RATE_AFTER = re.compile(
    r"^(?:\s+(?!(?:a|an|per|each|every|in|of|on|for|daily|weekly|monthly)\b)[a-z-]+){0,3}\s+"
    r"(?:(?:a|per|each|every)\s+(day|week|month)\b|(dai|week|month)ly\b)"
)
_DAYS = {"day": 1.0, "dai": 1.0, "week": 7.0, "month": YEAR_DAYS / 12}
_ONE_YEAR = re.compile(r"^(?:19|20)\d\d$")


def rate_days(after: str) -> float | None:
    """The days of the rate period written just after a figure ("a day": 1), if any."""
    if "da" not in after and "week" not in after and "month" not in after:
        return None  # (cheap: most figures name no rate)
    found = _RATE_AFTER.match(after.lower())
    return _DAYS[found[1] or found[2]] if found else None


def per_day_of_a_year(
    judged: FigureVerdict,
    claimed: Claimed,
    facts: Sequence[Fact],
    shown: str,
    after: str,
    metric_id: str,
) -> FigureVerdict:
    """A claim of a rate per day, week or month (written just ``after`` its figure)
    judged by figures of whole years: of a year's change (a metric ``…-change``), the
    claim read as that many times the year's days (supported or contradicted, derived,
    with the rate hubquery works out); of anything else, unsupported: a figure for a year
    does not say what a day of it held. Other verdicts (no rate, or a figure of no single
    year) stand."""
    days = rate_days(after)
    if days is None:
        return judged
    yearly = [f for f in judged.facts if _ONE_YEAR.match(str(f.period))]
    if not yearly or len(yearly) != len(judged.facts):
        return judged
    factor = YEAR_DAYS / days
    per = {1.0: "day", 7.0: "week"}.get(days, "month")
    if metric_id.endswith("-change"):  # (a year's change: divided by its days)
        low, high = claimed.interval.low, claimed.interval.high
        if low is not None and low == high and low == int(low) and low:
            step = 1  # an unhedged rate stands for its rounding: "4,700" is 4,650 to 4,750
            while int(low) % (step * 10) == 0:
                step *= 10
            low, high = low - step / 2, high + step / 2
        whole_year = claimed.interval._replace(
            low=None if low is None else low * factor, high=None if high is None else high * factor
        )
        same = claim_verdict(claimed._replace(interval=whole_year), facts, shown)
        if same.verdict != "unsupported":
            rates = "; ".join(
                f"about {f.value / factor:,.0f} {f.unit} a {per} "
                f"({f.display} in {f.period} over its {factor:.3g} {per}s)"
                for f in same.facts
            )
            reason = f"{says(same.facts)}; hubquery derives {rates} — no source prints it"
            return FigureVerdict(same.verdict, same.kind, reason, same.facts, True)
    reason = (
        f"{says(yearly)}, a figure for the year, not per {per}; the claim says {shown} "
        f"a {per}, which it does not establish"
    )
    return FigureVerdict("unsupported", "period-differs", reason, tuple(yearly), judged.derived)
