"""Claims in forms a careful fact-checker works out before judging them: a share written
as a fraction in words ("three in four")."""

from __future__ import annotations

from hubquery.hedges import fraction_in_words
from hubquery.judgement.claims import FigureVerdict, contains, says, verdict_of


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
