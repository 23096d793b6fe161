"""A sentence cut between its figures: each figure with the clause that states it.

A year is a figure of its own when the sentence says something began then ("founded in
1991"); written just after another figure it is that figure's time ("US$1 billion in
2012"). The reader (``ClaimReader.read``) reads each clause for its hub and metric.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from hubquery.numbers import Number
from hubquery.query import lexicon as lx
from hubquery.query.reader import gates
from hubquery.query.reader.figures import Figure, read_figures
from hubquery.query.reader.goals import goal_base
from hubquery.query.reader.mentions import Mention
from hubquery.query.reader.times import Time, reported

_DIGITS_RUN = re.compile(r"\d+")
# the words that date the year after them ("… in 2016", "… in April 2016")
_WHEN_BEFORE = re.compile(r"\s(?:in|on|since)\s+(?:[a-z]+\s+)?$")
# "had opened offices there by 2010", "By the end of 2010, …": the time a state was
# reached, never the year something began
_BY_YEAR = re.compile(r"\bby (?:the (?:end|middle|start) of |(?:early|mid|late)[\s-]?)?$", re.I)


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span's characters replaced by spaces (its length kept)."""
    # (a slice per span, not a list of every character: a sentence has one or two)
    for start, end in spans:
        if start < end:
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def after_figure(year: Figure, figures: list[Figure], text: str) -> bool:
    """Is the year written just after another figure, as its time ("… in 2012"), or in
    its clause where no word of a founding or becoming comes before it ("the 3,000-plus
    firms registered in Zhongguancun in 2013, 600 were founded by …")?"""
    return any(
        0 <= year.number.start - f.number.end <= 70
        and lx.YEAR_BEFORE.search(between := text[f.number.end : year.number.start])
        and not any(c.isdigit() for c in between)
        and (
            len(between) <= 30
            or (
                _CLAUSE_BREAK.search(between) is None
                and gates.YEAR_CUES.search(text[: year.number.start]) is None
                and lx.BECAME.search(text, 0, year.number.start) is None
            )
        )
        for f in figures
        if f.number.kind != "ordinal"  # ("its first centre in 2002": the founding's year)
    )


# "…, the park's administrators said in 2013", "told visiting U.S. reporters in 2010":
# when a figure was said, never a founding's year
_SAID_IN = re.compile(
    r"\b(?:said|says|reported|reports|wrote|writes|noted|notes|told(?:\s+[a-z.'’-]+){1,4}) in\s+$"
)


def _said_in(text: str, year: Figure) -> bool:
    start = year.number.start
    return " in " in text[max(0, start - 4) : start] and bool(
        _SAID_IN.search(text, max(0, start - 50), start)
    )


_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|which|that|who|while|but)\b")


def _by_year(text: str, year: Figure) -> bool:
    """Is the year written after "by" ("… by 2010", "By the end of 2010, …")?"""
    return _BY_YEAR.search(text, max(0, year.number.start - 20), year.number.start) is not None


def goal_year(text: str) -> bool:
    """Does a sentence give itself a year to do something by ("has until 2020 to
    become …", "gave itself until the end of 2025 to double …"): a deadline?"""
    return ("until " in text and lx.GOAL_YEAR.search(text) is not None) or (
        "by " in text and lx.GOAL_BY_YEAR.search(text) is not None
    )


def cut(
    text: str,
    times: list[Time],
    mentions: list[Mention],
    window: re.Match[str] | None,
    year_cued: Callable[[str], bool],
    dated: Callable[[list[Mention]], str | None],
) -> list[tuple[int, int, Figure]]:
    """Cut a sentence between its figures (at ';', ',', 'and', 'while', 'but', 'to').
    A year is a figure when the sentence says something began then (or names what
    began: "a cross-border e-commerce pilot city"); else it is a period."""
    every = read_figures(text)
    said = gates.YEAR_CUES.search(text) is not None
    figures = [f for f in every if not f.year_like]
    # "became the first … in 1980": the year it became so is a figure too.
    cued = said or (
        (not figures or gates.BECAME.search(text) is not None)
        and (year_cued(text) or dated(mentions) is not None)
    )
    # "has given itself until 2020 to become …": a goal's one year is its deadline
    cued = cued or (not figures and goal_year(text))
    # "said in 2022 that it would build …": the year the plan was made known
    cued = cued or (not figures and "would" in text and lx.SAID_WOULD.search(text) is not None)
    if window is not None and len(figures) > 1:  # "the past two years" is a period
        figures = [f for f in figures if not window.start() <= f.number.start < window.end()]
    if cued:
        # (not a year written just after another figure: "US$1 billion in 2012")
        founding = [
            f
            for f in every
            if f.year_like
            and not after_figure(f, figures, text)
            # (unless it is the only figure: "said in 2022 that it would build …")
            and not (figures and _said_in(text, f))
            # (unless the year is the only figure: "had finished building it by 2021")
            and not (figures and "by " in text.lower() and _by_year(text, f))
        ]
        # (and a later year of what the sentence names as dated after the one before and
        # before the one after: "set up in 1991, became a national IP demonstration zone
        # in 2014", "set up in 1991, …, and in 2014 the state made it a national IP …")
        ends = [f.number.start for f in founding[2:]] + [len(text)]
        founding = founding[:1] + [
            f
            for (previous, f), end in zip(itertools.pairwise(founding), ends, strict=False)
            if dated([m for m in mentions if previous.number.end <= m.start < end])
        ]
        decades = [t for t in times if t.first != t.last and not reported(text, t)]
        if not founding and decades:
            span = decades[0]
            founding = [
                Figure(
                    Number((float(span.first),), span.start, span.end, "digits"),
                    float(span.first),
                    "year",
                    None,
                    True,
                    years=(span.first, span.last),
                )
            ]
        figures = sorted([*figures, *founding], key=lambda f: f.number.start)
    if not figures:
        return []
    bounds = [0]
    for previous, current in itertools.pairwise(figures):
        gap = text[previous.number.end : current.number.start]
        # Cut after the previous figure's own year ("US$8.65 billion in 2010 to …").
        at = lx.cut(gap)
        if (
            current.year_like
            and not previous.year_like
            and lx.CUTS.search(gap) is None
            and (when := _WHEN_BEFORE.search(gap)) is not None
        ):
            at = when.start()  # ("20 cities picked as … pilots in 2016": the year's own "in")
        bounds.append(previous.number.end + at)
    bounds.append(len(text))
    # "has to double its 480 billion yuan … to hit its goal": the multiple's clause is its
    # base's too, to where the goal is said
    ends = [
        bounds[i + 2]
        if f.unit == "times"
        and i + 1 < len(figures)
        and goal_base(text, figures[i + 1].number.start)
        else bounds[i + 1]
        for i, f in enumerate(figures)
    ]
    return [(bounds[i], ends[i], f) for i, f in enumerate(figures)]


def other_figures_end(text: str, start: int, figure: Figure) -> int:
    """Where the last number before the figure in its clause (from ``start``; no year)
    ends: the figure's own words begin after it ("… US$1.79 billion in 2012, against …");
    ``start`` where there is none."""
    return max(
        (
            m.end()
            for m in _DIGITS_RUN.finditer(text, start, figure.number.start)
            if not (len(m.group()) == 4 and 1800 <= int(m.group()) <= 2100)
        ),
        default=start,
    )


def own_words(
    text: str,
    unnamed: str,
    clause: slice,
    figure: Figure,
    words: str,
    mentions: list[Mention],
    subject: str | None,
) -> tuple[dict[str, str], frozenset[str]]:
    """The bases a figure's clause names and the stems of its words (``words``: the
    clause as its metric is read, ``unnamed`` the sentence less its places' names): its
    own figure's where the clause states another first ("signed … US$1.79 billion,
    against US$1.53 billion conducted"), with the names of organisations other than
    ``subject`` in it ("joins Neusoft" may name its basis), never those of who said it."""
    stop = clause.stop
    if "," in text[clause] and (said_by := _SAID_BY.search(text, clause.start, stop)):
        stop = said_by.start()  # (", a former Neusoft executive said in 2014": not its words)
    bases, said = lx.bases(words), text[clause.start : stop]
    if (
        len(bases) > 1
        and (cut := other_figures_end(text, clause.start, figure)) > clause.start
        and (own := lx.bases(unnamed[figure.number.end : stop]))
    ):
        bases, said = own, text[cut:stop]
    named = (
        lx.stems(m.said)
        for m in mentions
        if clause.start <= m.start < stop and m.subject not in (None, subject)
    )
    return bases, frozenset(lx.stems(said).union(*named))


# ", a former Neusoft executive said in 2014.", ", according to a Neusoft vice president":
# who said what the sentence states, at its end (no word of what it counts)
_SAID_BY = re.compile(
    r",\s*(?:according to\b[^,;]*|(?:[\w'’.-]+\s+){1,6}?(?:said|says|told\s+[a-z]+|noted|"
    r"notes|reported|reports|wrote|writes|added|adds|estimated|estimates)"
    r"(?:\s+(?:in|on)\s+[\w ]*?(?:19|20)\d\d)?)\s*[.!?]?\s*$"
)
