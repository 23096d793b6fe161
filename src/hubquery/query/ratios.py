"""A claim of a ratio or a difference of two held figures ("more than five times as
many … as", "more than five to one", "exceeded … by US$260 million"): the metric its
two figures are of, and the pairs of held figures it may be worked out from."""

from __future__ import annotations

import re
from collections.abc import Sequence

from hubquery.judgement.answering import period_allows
from hubquery.judgement.claims import Claimed
from hubquery.judgement.figures import standing
from hubquery.periods import sort_end
from hubquery.query import lexicon as lx
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.reader.rewrites import as_read
from hubquery.query.subjects import same_basis
from hubquery.records import Fact, Metric, Note

# "five times as many … as", "more than five to one": a ratio of two figures, not one.
# ("five times as many … as", "five times more", "five times what it managed before")
_TIMES_AS = re.compile(
    r"^\s*(?:times|×)?\s*(?:as (?:many|much|large|big|high|long)\b|more\b|larger\b|bigger\b|"
    r"what\b)"
)
_TO_ONE = re.compile(r"^\s*to one\b")
# (of what may be a ratio: sums, and spans of time: "took six times as long")
RATIOS = ("count", "money", "area", "duration")


def ratio_of(reader: ClaimReader, reading: Reading, hub_id: str) -> Metric | None:
    """The metric of the two figures a ratio the claim states is of ("five times as many
    robotics companies … as", "more than five to one", "three times as many people as
    Dalian"): the hub's count, money or area the clause's words name most (one, else
    None); of a ratio of two metrics ("sales four times its export revenue"), the one
    named before the figure; None too when the figure is no ratio."""
    figure = reading.figure
    if figure is None or (figure.unit != "times" and " to one" not in reading.text):
        return None
    text = as_read(reading.text)
    after = text[figure.number.end : figure.number.end + 40]
    if not (
        figure.unit == "times" and (_TIMES_AS.match(after) or _TIMES_THE.match(after))
    ) and not _TO_ONE.match(after):
        return None
    return named_metric(reader, reading, hub_id, text)


# "twice as many people as": the noun a ratio counts, between "as many" and "as"
_AS_MANY = re.compile(r"\s*(?:times|×)?\s*as (?:many|much) ((?:[a-z-]+ ){1,3}?)(?:as|than)\b")


def unheld_ratio(reader: ClaimReader, reading: Reading, hub_id: str) -> Note | None:
    """Why a ratio of what the claim counts ("twice as many people as …") is of no
    figure of the hub: the noun it counts names none of the hub's counts, sums, areas or
    spans (the park holds its companies and its employees, no people); None where it
    names one, or states no such noun."""
    figure = reading.figure
    if figure is None:
        return None
    text = as_read(reading.text)
    counted = _AS_MANY.match(text, figure.number.end)
    if counted is None:
        return None
    said = lx.stems(counted.group(1))
    for held in reader.held(hub_id, reading.subject):
        metric = reader.cues.by_id.get(held)
        if metric is not None and metric.unit_kind in RATIOS and reader.metric_words(metric) & said:
            return None
    noun = counted.group(1).strip()
    return Note("missing", f"a ratio of {noun}: the dataset holds no figure of {noun} of {hub_id}")


def named_metric(reader: ClaimReader, reading: Reading, hub_id: str, text: str) -> Metric | None:
    """Of a ratio: the metric of two metrics' the one named before the figure, else the
    hub's count, money or area the clause's words name most (one, else None)."""
    figure = reading.figure
    assert figure is not None
    if figure.unit == "times" and (two := two_metrics(reader, reading, hub_id)):
        return two[0]
    held = [
        m
        for held in reader.held(hub_id, reading.subject)
        if (m := reader.cues.by_id.get(held)) is not None and m.unit_kind in RATIOS
    ]
    scored = sorted(
        ((len(reader.metric_words(m) & reading.words), m.id) for m in held), reverse=True
    )
    if not scored or scored[0][0] == 0:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        # a tie of the clause's words: the one the words before the figure name most
        # or the one level among changes ("population" over "population change")
        tied = [m for m in held if len(reader.metric_words(m) & reading.words) == scored[0][0]]
        levels = [m for m in tied if not m.id.endswith("-change")]
        if len(levels) == 1:
            return levels[0]
        return _most_named(reader, tied, lx.stems(text[: figure.number.start]))
    return reader.cues.by_id.get(scored[0][1])


# "four times its export revenue", "more than two times the value of the work done": a
# ratio to the figure named after it.
_TIMES_THE = re.compile(
    r"^\s*(?:times|×)\s+(?:th(?:at|ose) of\s+)?(?:the|its|their|[^\s,.;]+['’]s)\b"
)
# (the words after it that name that figure, up to a clause's end; of a share, those
# after its "of": "about a quarter of the park's sales")
_NAMED_AFTER = re.compile(
    r"\s*(?:(?:times|×)\s+|(?:%|percent\b|per cent\b)?\s*of\s+)([^,.;:()]{1,100})"
)


# "… of the park's 2010 sales came from exports", "… of the applications were granted":
# the whole, a verb, then the part
_PART_AFTER = re.compile(
    r"(?P<whole>.+?)\s+(?:were|was|are|is|came from|come from|comes from|went to|got)\s+"
    r"(?P<part>.+)"
)


# "Of the 5,280 patents applied for …, fewer than one in four were granted": the whole of
# a share named by a clause before it
FRONTED_WHOLE = re.compile(
    r"^\s*of\s+((?:the|those|these|its|their)\b(?:[^;:,]|,(?=\d))*),", re.IGNORECASE
)
# a remark in brackets ("(January to October 2012)")
_REMARK = re.compile(r"\s*\([^()]*\)")


def two_metrics(reader: ClaimReader, reading: Reading, hub_id: str) -> tuple[Metric, Metric] | None:
    """The two metrics of a ratio of two of a hub's figures ("the park's sales were more
    than four times its export revenue": revenue over export revenue): the one the words
    before the figure name, over the one the words after it name, when they differ and
    are of one kind; of a share naming neither before it, the part named after the
    whole's verb over the whole ("a quarter of the park's sales came from exports"), or
    the part named after a share whose whole a clause before it names ("Of the
    applications filed, one in four were granted"); None otherwise."""
    figure = reading.figure
    assert figure is not None
    text = as_read(reading.text)
    held = [
        m
        for held in reader.held(hub_id, reading.subject)
        if (m := reader.cues.by_id.get(held)) is not None and m.unit_kind in RATIOS
    ]
    rest = _REMARK.sub("", text[figure.number.end :])  # ("… applications (2012) were granted")
    if (fronted := FRONTED_WHOLE.match(text)) and fronted.end() <= figure.number.start:
        # ("Of the applications filed in 2012, fewer than one in four were granted")
        whole = _most_named(reader, held, lx.stems(fronted.group(1)))
        part = _most_named(reader, held, lx.stems(rest))
        if whole is None or part is None or whole.id == part.id:
            return None
        return (part, whole) if part.unit_kind == whole.unit_kind else None
    named = _NAMED_AFTER.match(rest)
    if named is None:
        return None
    after = _most_named(reader, held, lx.stems(named.group(1)))
    before = _most_named(reader, held, lx.stems(text[: figure.number.start]))
    if (
        before is None
        and not named.group(0).lstrip().startswith(("times", "×"))
        and (split := _PART_AFTER.match(named.group(1)))
    ):  # ("a quarter of the applications were granted": the part named after the whole)
        after = _most_named(reader, held, lx.stems(split.group("whole")))
        before = _most_named(reader, held, lx.stems(split.group("part")))
    if after is None or before is None or after.id == before.id:
        return None
    return (before, after) if before.unit_kind == after.unit_kind else None


def _most_named(reader: ClaimReader, metrics: list[Metric], words: set[str]) -> Metric | None:
    """The one metric whose words the text names most, the fewest of its own left unsaid
    ("sales" is revenue, not export revenue); None for none or a tie."""
    scored = sorted(
        (
            (len(own & words), -len(own - words), m.id)
            for m in metrics
            if (own := reader.metric_words(m)) & words
        ),
        reverse=True,
    )
    if not scored or (len(scored) > 1 and scored[1][:2] == scored[0][:2]):
        return None
    return next(m for m in metrics if m.id == scored[0][2])


def ratio_pairs(
    reader: ClaimReader, reading: Reading, hub_id: str, *, difference: bool = False
) -> list[tuple[Fact, Fact]]:
    """The pairs of held figures a ratio (or, with ``difference``, a difference) may be
    of, the claim's side first: the hub's figure of a metric over its figure of the other
    metric the sentence names after the ratio ("sales four times its export revenue"), of
    the same period; else over that of each other place the sentence names ("twice as many
    people as Xi'an"; of a period the claim allows, where it states one); else two figures
    of the hub: the one of the claim's period over the other, or where the claim names
    none and says it grew ("quintupled"), the later over the earlier; else the larger
    first, as of a difference ("a gap of … between")."""
    assert reading.metric is not None
    metric_id, claimed = reading.metric.id, reading.claimed
    dated = claimed is not None and claimed.first_year is not None

    def allowed(facts: list[Fact]) -> list[Fact]:
        return [f for f in facts if claimed is None or not dated or period_allows(claimed, f).ok]

    held = reader.facts_of(hub_id, metric_id, reading.subject)
    own = [f for f in held if standing(f).ok]
    if claimed is not None and claimed.target and not difference:
        return _to_a_goal(claimed, held, own)
    two = None if difference else two_metrics(reader, reading, hub_id)
    if two is not None:
        over = [f for f in reader.facts_of(hub_id, two[1].id, reading.subject) if standing(f).ok]
        return [
            (a, b)
            for a in allowed(own)
            for b in allowed(over)
            if a.period == b.period and a.unit == b.unit and a.value and b.value
        ]
    above, text = reader.names.ancestors(hub_id), as_read(reading.text)
    named = {
        m.hub_id
        for m in reader.names.mentions(text)
        if m.subject is None
        and m.hub_id != hub_id
        and m.hub_id not in above
        and text[m.end : m.end + 1] not in ("$", "¥")  # ("US$260 million" names no place)
    }
    others = [f for n in named for f in reader.facts_of(n, metric_id, None) if standing(f).ok]
    if named and not others:
        return []  # "twice as many people as Beijing": of Beijing's figure, which is not held
    oriented = not difference and not _SMALLER.search(reading.text.lower())
    if not others and oriented and (by_basis := of_two_bases(reading, own, text)):
        return by_basis  # ("the work carried out was 85 percent of the value signed")
    if others and oriented:
        return [
            (a, b)
            for a in allowed(own)
            for b in allowed(others)
            if a.unit == b.unit and a.value and b.value
        ]
    pairs = (
        [(a, b) for a in own for b in others]
        if others
        else [(a, b) for i, a in enumerate(own) for b in own[i + 1 :]]
    )
    if difference and dated and not others:  # (of a dated claim: a figure of its period)
        pairs = [(a, b) for a, b in pairs if allowed([a, b])]
    return [
        _in_order(reading, a, b)
        if oriented and not others
        else (a, b)
        if a.value >= b.value
        else (b, a)
        for a, b in pairs
        if a.unit == b.unit and a.value and b.value
    ]


def _to_a_goal(
    claimed: Claimed, held: Sequence[Fact], levels: list[Fact]
) -> list[tuple[Fact, Fact]]:
    """Of a claim of a goal ("to hit its 2020 goal, it would have to double its revenue"):
    each goal of the claim's period over each level that stood before it, the multiple
    the level must grow by to reach it."""
    goals = [
        f
        for f in held
        if f.status == "target" and (claimed.first_year is None or period_allows(claimed, f).ok)
    ]
    return [
        (goal, level)
        for goal in goals
        for level in levels
        if level.unit == goal.unit
        and level.value
        and sort_end(level.period) < sort_end(goal.period)
    ]


def of_two_bases(reading: Reading, own: list[Fact], text: str) -> list[tuple[Fact, Fact]]:
    """The pairs of a metric's figures of two bases the claim names either side of its
    figure ("the work actually carried out was about 85 percent of the value signed":
    conducted over signed), of one period; none where it names no two such bases."""
    figure = reading.figure
    if figure is None or len({f.basis for f in own if f.basis}) < 2:
        return []
    part = same_basis(_with_bases(text[: figure.number.start]), own)
    whole = same_basis(_with_bases(text[figure.number.end :]), own)
    if part is None or whole is None or {f.basis for f in part} & {f.basis for f in whole}:
        return []
    return [(a, b) for a in part for b in whole if a.period == b.period and a.unit == b.unit]


def _with_bases(text: str) -> frozenset[str]:
    """A text's stems and the bases its words name ("carried out": conducted)."""
    return frozenset(lx.stems(text)) | frozenset(lx.bases(text))


# "five times smaller", "three times fewer": a ratio read the other way round.
_SMALLER = re.compile(r"\btimes (?:smaller|fewer|less|lower|cheaper)\b")
# A claim that a figure grew by the multiple: of the later figure over the earlier.
_GREW = re.compile(
    r"\b(?:grew|grown|rose|risen|increas\w*|expand\w*|jump\w*|surg\w*|climb\w*|"
    r"multipl\w*|soar\w*|\w+-fold|\w+fold|doubled|tripled|quadrupled|quintupled)\b"
)


def _in_order(reading: Reading, a: Fact, b: Fact) -> tuple[Fact, Fact]:
    """Two figures of the hub in the order the claim's ratio is of: the one of the period
    the claim states over the other; where it states none and says the figure grew, the
    later over the earlier; else the larger over the smaller."""
    claimed = reading.claimed
    if claimed is not None and claimed.first_year is not None:
        a_ok, b_ok = period_allows(claimed, a).ok, period_allows(claimed, b).ok
        if a_ok != b_ok:
            return (a, b) if a_ok else (b, a)
    elif _GREW.search(reading.text.lower()) and sort_end(a.period) != sort_end(b.period):
        return (a, b) if sort_end(a.period) > sort_end(b.period) else (b, a)
    return (a, b) if a.value >= b.value else (b, a)


# "signed contracts exceeded (outran) the services conducted by US$260 million": a
# difference ("outsourcing … by" is none: the verbs of going beyond, by name)
_BEYOND = (
    r"exceed|outnumber|outstrip|surpass|outpac|outs[eo]l|outearn|outr[au]n|outgr[eo]w|"
    r"outperform|outweigh|overshot|overshoot|eclips"
)
_BY_DIFFERENCE = re.compile(
    rf"\b(?:(?:{_BEYOND})\w*|topped|"
    r"(?:more|larger|bigger|higher|greater|fewer|smaller|lower|less)\s+than)\b[^.;]{0,80}"
    r"\bby\s+(?:(?:some|about|around|roughly|nearly|almost|more than|over|just|only)\s+)?"
    r"(?:us\$|\$|rmb|cn¥|¥)?\s*$"
)


_COMPARED = re.compile(
    rf"(?:{_BEYOND}|topped| than )[^.;]{{0,80}}"
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
        or " short of " in lowered
    ) and _AFTER_RAW.search(lowered) is not None
    gap = " gap " in lowered or " difference " in lowered or "gap between" in lowered
    if not (by or after or gap):
        return False
    text = as_read(reading.text)
    before = text[max(0, figure.number.start - 120) : figure.number.start]
    if (by and _BY_DIFFERENCE.search(before)) or _GAP_BEFORE.search(before):
        return True
    return after and _DIFFERENCE_AFTER.match(text, figure.number.end) is not None


# "ran US$260 million ahead of", "US$260 million more than", "US$260 million behind", "5
# million more residents than": a difference when the comparison follows the figure, only
# its unit's words between ("22 universities train more than 70,000" is a level).
_AFTER_RAW = re.compile(
    r"(?:\d(?:m|bn)?|\b(?=million|billion|thousand)[a-z]+)"
    r"(?: (?:million|billion|thousand|yuan|renminbi|dollars|us dollars)){0,2} "
    r"(?:ahead of|behind|above|below|short of|(?:more|larger|bigger|higher|greater|fewer|smaller|"
    r"lower|less) (?:[a-z-]+ ){0,3}?than)\b"
)
_DIFFERENCE_AFTER = re.compile(
    r"(?:\s*(?:m|bn|million|billion|thousand|yuan|renminbi|dollars|us\s+dollars)\b){0,2}"
    r"\s+(?:ahead\s+of|behind|above|below|short\s+of|(?:more|larger|bigger|higher|greater|fewer|"
    r"smaller|lower|less)\s+(?:[a-z-]+\s+){0,3}?than)\b"
)
# "a gap of US$260 million between", "a difference of 300 between", "the gap between
# what was signed and what was delivered came to about US$250 million".
_GAP_BEFORE = re.compile(
    r"\b(?:gap|difference|shortfall|excess)\s+(?:of|between\b[^.;]{0,100}?\b(?:came to|comes "
    r"to|come to|was|is|stood at|stands at|amounted to|amounts to|totalled|totaled|ran to|"
    r"reached))\s+(?:(?:some|about|around|roughly|nearly|almost|more than|over|just|only)\s+)?"
    r"(?:us\$|\$|rmb|cn¥|¥)?\s*$"
)
