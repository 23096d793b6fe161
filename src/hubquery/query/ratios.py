"""A claim of a ratio or a difference of two held figures ("more than five times as
many … as", "more than five to one", "exceeded … by US$260 million"): the metric its
two figures are of, and the pairs of held figures it may be worked out from."""

from __future__ import annotations

import re

from hubquery.judgement.figures import standing
from hubquery.numbers import normalise
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.reader.rewrites import rewrite
from hubquery.records import Fact, Metric

# "five times as many … as", "more than five to one": a ratio of two figures, not one.
_TIMES_AS = re.compile(
    r"^\s*(?:times|×)?\s*(?:as (?:many|much|large|big|high|long)\b|more\b|larger\b|bigger\b)"
)
_TO_ONE = re.compile(r"^\s*to one\b")
# (of what may be a ratio: sums, and spans of time: "took six times as long")
RATIOS = ("count", "money", "area", "duration")


def ratio_of(reader: ClaimReader, reading: Reading, hub_id: str) -> Metric | None:
    """The metric of the two figures a ratio the claim states is of ("five times as many
    robotics companies … as", "more than five to one", "three times as many people as
    Dalian"): the hub's count, money or area the clause's words name most (one, else
    None); None too when the figure is no ratio."""
    figure = reading.figure
    if figure is None or (figure.unit != "times" and " to one" not in reading.text):
        return None
    text = rewrite(normalise(reading.text))
    after = text[figure.number.end : figure.number.end + 40]
    if not (figure.unit == "times" and _TIMES_AS.match(after)) and not _TO_ONE.match(after):
        return None
    scored = sorted(
        (
            (len(reader.metric_words(m) & reading.words), m.id)
            for held in reader.held(hub_id, reading.subject)
            if (m := reader.cues.by_id.get(held)) is not None and m.unit_kind in RATIOS
        ),
        reverse=True,
    )
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return reader.cues.by_id.get(scored[0][1])


def ratio_pairs(reader: ClaimReader, reading: Reading, hub_id: str) -> list[tuple[Fact, Fact]]:
    """The pairs of held figures of the reading's metric a ratio may be of, larger first:
    the hub's figure and that of each other place the sentence names, else two figures of
    the hub (of two periods)."""
    assert reading.metric is not None
    metric_id = reading.metric.id
    own = [f for f in reader.facts_of(hub_id, metric_id, reading.subject) if standing(f).ok]
    others = [
        f
        for m in reader.names.mentions(rewrite(normalise(reading.text)))
        if m.subject is None and m.hub_id != hub_id
        for f in reader.facts_of(m.hub_id, metric_id, None)
        if standing(f).ok
    ]
    pairs = (
        [(a, b) for a in own for b in others]
        if others
        else [(a, b) for i, a in enumerate(own) for b in own[i + 1 :]]
    )
    return [
        (a, b) if a.value >= b.value else (b, a)
        for a, b in pairs
        if a.unit == b.unit and a.value and b.value
    ]


# "signed contracts exceeded the services conducted by US$260 million": a difference.
_BY_DIFFERENCE = re.compile(
    r"\b(?:(?:exceed|outnumber|outstrip|surpass|outpac|outsold|outsell|outearn)\w*|topped|"
    r"(?:more|larger|bigger|higher|greater|fewer|smaller|lower|less)\s+than)\b[^.;]{0,80}"
    r"\bby\s+(?:(?:some|about|around|roughly|nearly|almost|more than|over|just|only)\s+)?"
    r"(?:us\$|\$|rmb|cn¥|¥)?\s*$"
)


_COMPARED = re.compile(
    r"(?:exceed|outnumber|outstrip|surpass|outpac|outs[eo]l|outearn|topped| than )[^.;]{0,80}"
    r" by (?:[a-z]+ ){0,2}(?:us\$|\$|rmb|cn¥|¥)?\s?\d"
)


def difference_of(reading: Reading) -> bool:
    """Whether the figure is the difference of two others ("exceeded … by US$260 million",
    "ran US$260 million ahead of", "US$260 million more than", "a gap of US$260 million
    between")."""
    figure, lowered = reading.figure, reading.text.lower()
    if figure is None:
        return False
    # (cheap tests first: "by 2020", "more than 840" compare nothing)
    by = " by " in lowered and _COMPARED.search(lowered) is not None
    after = (
        " than " in lowered
        or " ahead of " in lowered
        or " behind " in lowered
        or " above " in lowered
        or " below " in lowered
    ) and _AFTER_RAW.search(lowered) is not None
    if not (by or after or " gap of " in lowered or " difference of " in lowered):
        return False
    text = rewrite(normalise(reading.text))
    before = text[max(0, figure.number.start - 120) : figure.number.start]
    if (by and _BY_DIFFERENCE.search(before)) or _GAP_BEFORE.search(before):
        return True
    return after and _DIFFERENCE_AFTER.match(text, figure.number.end) is not None


# "ran US$260 million ahead of", "US$260 million more than", "US$260 million behind": a
# difference when the comparison follows the figure, only its unit's words between ("22
# universities train more than 70,000" is a level).
_AFTER_RAW = re.compile(
    r"\d(?:m|bn)?(?: (?:million|billion|thousand|yuan|renminbi|dollars|us dollars)){0,2} "
    r"(?:ahead of|behind|above|below|(?:more|larger|bigger|higher|greater|fewer|smaller|"
    r"lower|less) than)\b"
)
_DIFFERENCE_AFTER = re.compile(
    r"(?:\s*(?:m|bn|million|billion|thousand|yuan|renminbi|dollars|us\s+dollars)\b){0,2}"
    r"\s+(?:ahead\s+of|behind|above|below|(?:more|larger|bigger|higher|greater|fewer|"
    r"smaller|lower|less)\s+than)\b"
)
# "a gap of US$260 million between", "a difference of 300 between".
_GAP_BEFORE = re.compile(
    r"\b(?:gap|difference|shortfall|excess)\s+of\s+(?:(?:some|about|around|roughly|nearly|"
    r"almost|more than|over|just|only)\s+)?(?:us\$|\$|rmb|cn¥|¥)?\s*$"
)
