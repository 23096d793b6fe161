"""A verdict on a figure tempered by what else its sentence claims of it (issue #19):
a goal said to be met ("and it met that deadline"), a part of a group just counted ("two
of them"), a mark passed since its source
("has passed 7 million"), a figure said to hold "still" that the source dates to a year
before its own, members named that the source never names with the place
("400 VR companies, including Apple and Google"), the same claimed of the year before
("for a second straight year")."""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from hubquery.judgement.claims import FigureVerdict, claim_verdict, says
from hubquery.judgement.figures import year
from hubquery.numbers import normalise
from hubquery.query import lexicon as lx
from hubquery.query.closed_groups import members_named
from hubquery.query.levels import passed_since
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.reader.figures import OF_THEM
from hubquery.query.reader.mentions import Mention
from hubquery.query.reader.rewrites import as_read
from hubquery.query.trends import direction_beside
from hubquery.query.yearly import in_a_row, in_a_row_said
from hubquery.records import Fact


def tempered(
    reader: ClaimReader,
    reading: Reading,
    judged: FigureVerdict,
    matched: list[Fact],
    shown: str,
) -> FigureVerdict:
    """``judged`` (of the figures ``matched``), tempered by what else the sentence claims
    of the figure."""
    assert reading.claimed is not None
    assert reading.metric is not None
    assert reading.hub_id is not None
    metric, hub_id = reading.metric, reading.hub_id
    if (
        judged.verdict == "supported"
        and reading.claimed.target
        and lx.GOAL_SAID_MET.search(normalise(reading.text))
    ):
        # ("had until 2020 …, and it met that deadline": the goal held, its meeting not;
        # "met it by 2012" where the source, of 2013, still gives it as a goal: not met)
        judged = _met_by(reading, judged, shown) or judged._replace(
            verdict="unsupported",
            kind="status-differs",
            reason=f"the claim says the goal was met; the source gives {shown} as a goal "
            "only, not whether it was met",
        )
    if (
        judged.verdict != "unsupported"
        and metric.unit_kind == "year"
        and not reading.claimed.target
        and reading.figure is not None
        and (said := _BY.search(reading.text[: reading.figure.number.start][-16:]))
    ):  # ("had set up operations there by 2010": in 2010 or before)
        by = reading.claimed.interval._replace(low=None, low_open=False)
        if said.group(1).lower() == "before":  # ("before 2010": not in 2010)
            by = by._replace(high_open=True)
        judged = claim_verdict(reading.claimed._replace(interval=by), matched, shown)
    if (
        judged.verdict == "contradicted"
        and _RATE_METRIC.search(metric.id)
        and not _RATE_SAID.search(reading.text.lower())
    ):  # ("there are 10,000 start-ups" against "two new start-ups every two days")
        judged = judged._replace(
            verdict="unsupported",
            kind="metric-differs",
            reason=f"{judged.reason}, a rate ({metric.label.lower()}); the claim counts all "
            "there are, not how many are made each period",
        )
    if judged.verdict == "contradicted" and " of th" in reading.text:
        judged = part_of_them(reading, judged)  # ("two of them": a part of a group counted)
    if judged.verdict != "contradicted" and metric.unit_kind == "count":
        judged = members_named(reader, reading, judged)  # ("Shenzhen is one of the four")
    if judged.verdict == "contradicted" and " ha" in reading.text:
        judged = passed_since(reader, reading, judged)  # ("has passed 7 million": by now)
    if (
        judged.verdict == "supported"
        and metric.unit_kind == "count"
        and ("clud" in reading.text or "such as" in reading.text or "among th" in reading.text)
        and (named := members_unnamed(reader, reading, hub_id))
    ):  # ("400 companies, including Apple and Google": never named with the place)
        judged = judged._replace(
            verdict="unsupported",
            kind="not-established",
            reason=f"the claim names {named} among them; the source names none of them with "
            f"{_name(reader, hub_id)}",
        )
    if (
        judged.verdict == "supported"
        and reading.claimed.first_year is None
        and not reading.claimed.target
        and said_still(reading.text)
        and all(of_its_past(f) for f in judged.facts)
    ):  # ("still generates a quarter of its GDP" of "last year, … one quarter")
        judged = judged._replace(
            verdict="unsupported",
            kind="stale",
            reason=f"the claim says it still holds; {says(judged.facts)}, a year before its "
            "source's own, and does not say it held since",
        )
    if (
        judged.verdict == "supported"
        and (
            metric.unit_kind in ("multiple", "growth")
            or (reading.figure is not None and reading.figure.growth)
        )
        and (span := span_after(reading.text)) is not None
        and all(f.quote and _SINCE.search(f.quote) for f in judged.facts)
    ):  # ("grew five-fold in the year after the deal" of "five-fold since the deal")
        judged = judged._replace(
            verdict="unsupported",
            kind="not-established",
            reason=f"the claim puts the change {span.lower()} an event; {says(judged.facts)}, "
            "since that event, to its own date, and does not say how long it took",
        )
    if judged.verdict == "supported" and (
        " than " in reading.text or " between " in reading.text or " from " in reading.text
    ):
        judged = direction_beside(
            reader, reading, judged, matched
        )  # ("…, lower than a year before")
    if judged.verdict == "supported" and " than " in reading.text:
        judged = than_another(reader, reading, judged)  # ("a bigger gain than Beijing's")
    if (  # ("for two straight years": the year before too)
        judged.verdict == "supported"
        and reading.claimed.last_year is not None
        and in_a_row_said(reading.text)
    ):
        judged = in_a_row(reading, judged, matched)
    return judged


# "a bigger gain than", "more than", "faster than that of": a comparison after a figure
_THAN = re.compile(
    r"\b(?:bigger|larger|greater|higher|more|faster|smaller|lower|fewer|less|slower)"
    r"(?: [a-z]+){0,2} than (?:that of |those of )?"
)


def than_another(reader: ClaimReader, reading: Reading, judged: FigureVerdict) -> FigureVerdict:
    """``judged``, or unsupported where the sentence compares the figure with another
    place's ("…, a bigger gain than Beijing's") and the dataset holds no figure of the
    metric for that place: the comparison is not established."""
    figure, metric, hub_id = reading.figure, reading.metric, reading.hub_id
    if figure is None or metric is None or hub_id is None:
        return judged
    text = as_read(reading.text)
    found = _THAN.search(text, figure.number.end)
    if found is None:
        return judged
    other = next(
        (
            m
            for m in _named_in(reader, text)
            if m.start == found.end()
            and m.subject is None
            and text[m.end : m.end + 1] not in ("$", "¥")  # ("more than US$1 billion": no place)
        ),
        None,
    )
    if other is None or other.hub_id == hub_id or reader.facts_of(other.hub_id, metric.id, None):
        return judged
    return judged._replace(
        verdict="unsupported",
        kind="not-established",
        reason=f"{judged.reason}; the claim compares it with {_name(reader, other.hub_id)}'s, "
        f"and the dataset holds no {metric.label.lower()} of {_name(reader, other.hub_id)}",
    )


def _named_in(reader: ClaimReader, text: str) -> list[Mention]:
    """``reader.names.mentions(text)``, kept for the text last asked of (each claim of
    a sentence that compares asks of the same)."""
    kept = _NAMED_IN.get(reader)
    if kept is None or kept[0] != text:
        kept = _NAMED_IN[reader] = (text, reader.names.mentions(text))
    return kept[1]


_NAMED_IN: WeakKeyDictionary[ClaimReader, tuple[str, list[Mention]]] = WeakKeyDictionary()


# "since the deal": a change from an event to the source's own date
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
# "within two years of", "in the first year after", "in the 12 months following": a span
# after an event that a change is said to have taken
_SPAN_AFTER = re.compile(
    r"\b(?:in|within|during|over)\s+(?:the\s+|its\s+|their\s+)?(?:first\s+)?"
    r"(?:a|one|two|three|four|five|six|\d{1,2})?\s*(?:full\s+)?"
    r"(?:years?|months?)\s+(?:after|following|of|since)\b",
    re.IGNORECASE,
)


def span_after(text: str) -> str | None:
    """The span after an event the sentence says a change took ("within two years of");
    None where it says none (looked for only where "after", "following", " of " or
    "since" is)."""
    if not any(w in text for w in ("after", "following", " of ", "since")):
        return None
    found = _SPAN_AFTER.search(text)
    return found.group(0) if found else None


def of_its_past(fact: Fact) -> bool:
    """Whether the source dates the figure to a year before its own ("last year", "in
    2021" in a 2022 article): what held then, not at its writing."""
    return year(fact, end=True) < int(fact.source.published[:4])


# "still", "remains": a figure said to hold yet, at the time of writing
_STILL = re.compile(r"\b(?:still|remains?)\b", re.IGNORECASE)
# (the letters beyond ASCII IGNORECASE reads as "s" or "i": "ſtill", "remaİns")
_UNLIKE = ("\u0130", "\u0131", "\u017f")


def said_still(text: str) -> bool:
    """Whether ``_STILL`` is found in the text: looked for only where its lower case has
    "still" or "remain" (most sentences: neither), or a letter IGNORECASE reads as one
    of theirs."""
    low = text.lower()
    if "still" not in low and "remain" not in low and not any(map(text.__contains__, _UNLIKE)):
        return False
    return _STILL.search(text) is not None


def undated(text: str, facts: tuple[Fact, ...]) -> bool:
    """Whether a sentence names no time of its figure: no year, and no words of the
    place's beginning ("began life on", "when it opened") where the figures are of theirs
    ("opened on 3sq km … in 1999": both speak of the opening)."""
    if _A_YEAR.search(text):
        return False
    return not (_AT_START.search(text) and all(f.quote and _STARTED.search(f.quote) for f in facts))


_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_AT_START = re.compile(
    r"\b(?:began life|(?:started|began|set) out|when (?:it|they) (?:opened|began|started|was "
    r"founded|was set up|was established)|at (?:its|their) (?:opening|founding|start|launch)|"
    r"opened (?:on|with)|launched (?:on|with)|laid out (?:on|across|over)|originally|at first)\b",
    re.IGNORECASE,
)
_STARTED = re.compile(
    r"\b(?:opened|founded|established|launched|set up|began|started|created)\b", re.IGNORECASE
)
# "by 2010": the year an event happened by (applied to the words before the year)
_BY = re.compile(r"\b(by|before) (?:the end of )?$", re.IGNORECASE)
# A metric of how many each period ("returnee-startups-every-two-days", "annual-intake"),
# and the words that claim a rate ("every", "a year", "new", "founded")
_RATE_METRIC = re.compile(r"-(?:per|every)-|(?:^|-)annual-")
_RATE_SAID = re.compile(
    r"\b(?:every|each|per|a (?:day|week|month|year)|daily|weekly|monthly|yearly|annual(?:ly)?|"
    r"new|creat(?:e|es|ed|ing)|found(?:s|ed|ing)|launch(?:es|ed|ing)?|start(?:s|ed|ing)|set up)\b"
)
# "met it by 2012", "as early as 2012": when a goal is said to have been met
_MET_BY = re.compile(r"\b(?:by|in|as early as|as of|before)\s+((?:19|20)\d\d)\b")


def _met_by(reading: Reading, judged: FigureVerdict, shown: str) -> FigureVerdict | None:
    """The goal said met by a year no later than the date of the sources that still give
    it as a goal: contradicted (they say it was a goal then); None otherwise."""
    assert reading.figure is not None
    own = reading.figure.number
    years = [
        int(found.group(1))
        for found in _MET_BY.finditer(reading.text)
        if not own.start <= found.start(1) < own.end
    ]
    published = min((int(f.source.published[:4]) for f in judged.facts), default=None)
    if not years or published is None or min(years) > published:
        return None
    return judged._replace(
        verdict="contradicted",
        kind="target-as-achieved",
        reason=f"the claim says the goal was met by {min(years)}; the source, of {published}, "
        f"still gives {shown} as a goal then",
    )


# "including Apple and Google", "such as Meta": members named after; "Intel and Nvidia
# among them": before (to the comma before it)
_MEMBERS = re.compile(r"\b(?:includ(?:e|es|ed|ing)|such as)\s+([^.;:()—]*)")
_AMONG = re.compile(r"\samong (?:them|these|those)\b")
_NAME = re.compile(r"\b[A-Z][\w&'-]*")


def members_unnamed(reader: ClaimReader, reading: Reading, hub_id: str) -> str | None:
    """The members a claim names of what it counts ("more than 400 companies, including
    Apple and Google"), where the source names none of them with the place (its
    figures' quotes, its organisations): the names, which the count alone does not
    support; None where it names none, or the source names one of them."""
    text = reading.text
    if (found := _MEMBERS.search(text)) is not None:
        span = found.group(1)
    elif (among := _AMONG.search(text)) is not None:
        span = text[
            max(text.rfind(",", 0, among.start()), text.rfind("—", 0, among.start()))
            + 1 : among.start()
        ]
    else:
        return None
    names = _NAME.findall(span)
    if not names:
        return None
    known = _NAMED_WITH.setdefault(reader, {})
    if hub_id not in known:  # (the place's quotes and organisations, once a run)
        known[hub_id] = " ".join(
            [
                *(f.quote or "" for f in reader.hub_facts(hub_id)),
                *(f"{c.name} {c.quote}" for c in reader.store.citations(hub_id, "organisations")),
            ]
        ).lower()
    if any(n.lower() in known[hub_id] for n in names):
        return None  # (the source names one of them: the cheap test before places are read)
    places = {
        part.lower()
        for m in reader.names.mentions(normalise(span))
        if (hub := reader.names.hub(m.hub_id)) is not None
        for part in hub.name.split()
    }
    names = [n for n in names if n.lower() not in places]
    return " and ".join(names) if names else None


_NAMED_WITH: WeakKeyDictionary[ClaimReader, dict[str, str]] = WeakKeyDictionary()


def _name(reader: ClaimReader, hub_id: str) -> str:
    hub = reader.names.hub(hub_id)
    return hub.name if hub else hub_id


def part_of_them(reading: Reading, judged: FigureVerdict) -> FigureVerdict:
    """A count said of part of a group the sentence counts ("four cities …, and Chengdu
    and Chongqing are two of them"), contradicted by the group's count though no larger:
    unsupported, as it is no count of the group."""
    figure, claimed = reading.figure, reading.claimed
    if figure is None or claimed is None or claimed.interval.high is None:
        return judged
    if not OF_THEM.match(as_read(reading.text), figure.number.end):
        return judged
    if any((f.interval().low or 0) < claimed.interval.high for f in judged.facts):
        return judged  # (more of them than the group holds: that contradiction stands)
    return judged._replace(
        verdict="unsupported",
        kind="not-established",
        reason=f"{figure.value:g} of them is part of the group the source counts, not its count",
    )
