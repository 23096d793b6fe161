"""Claims in forms a careful fact-checker works out before judging them: a share written
as a fraction in words ("three in four"); a figure of a part judged by its whole's
("Chengdu alone is half of the world's industry" by Chengdu and Chongqing's third)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from hubquery.hedges import fraction_in_words
from hubquery.judgement.claims import (
    Claimed,
    FigureVerdict,
    claim_verdict,
    contains,
    says,
    verdict_of,
)

if TYPE_CHECKING:
    from hubquery.records import Fact


def in_words(judged: FigureVerdict, share: float, shown: str) -> FigureVerdict:
    """An unhedged fraction in words is supported only by a share it is the nearest simple
    fraction to (`hedges.fraction_in_words`): "two-thirds" by 70 %, not "three in four"
    (unsupported: within "about"'s ±10 % both can be a writer's rounding)."""
    near = fraction_in_words(share)
    if judged.verdict != "supported" or near is None:
        return judged
    kept = [f for f in judged.facts if f.value == share or contains(near, f.interval())]
    if kept:
        return judged._replace(facts=tuple(kept))
    reason = (
        f"{says(judged.facts).replace('says ', 'says only ', 1)}; a fraction in words of "
        f"{share:.3g} % stands for {near.low:.3g}–{near.high:.3g} %, the shares nearer it "
        "than any other as simple"
    )
    return verdict_of("unsupported", "not-established", reason, judged.facts)


def of_a_part(
    claimed: Claimed, facts: Sequence[Fact], shown: str, part: str, whole: str
) -> FigureVerdict:
    """A claim of a part ("Chengdu") where only its whole ("Chengdu and Chongqing") has
    a figure: a part is never more than its whole, so the claim is contradicted when the
    whole's figure is below what the claim says of the part; else it is unsupported,
    with what the source says of the whole."""
    low = claimed.interval._replace(high=None, high_open=False)
    judged = claim_verdict(claimed._replace(interval=low), facts, shown)
    if judged.verdict == "contradicted" and judged.kind == "disjoint":
        reason = f"{says(judged.facts)} for {whole}; {part}, a part of it, cannot be more than that"
        return verdict_of("contradicted", "disjoint", reason, judged.facts)
    held = judged.facts or tuple(facts)
    reason = (
        f"{says(held).replace('says ', 'says only ', 1)} for {whole} as a whole — it does "
        f"not establish {shown} of {part} alone"
    )
    return verdict_of("unsupported", "not-established", reason, held)
