"""The times a sentence names and the figure each is of: years, decades ("the late
1970s"), spans ("between 2016 and 2020", "the four years before 2020"), each bound to
the nearest figure ("from US$X in 2010 to US$Y in 2013")."""

from __future__ import annotations

import re
from typing import NamedTuple

from hubquery.query import lexicon as lx
from hubquery.query.reader import gates
from hubquery.query.reader.figures import Figure, count_word, read_figures
from hubquery.query.reader.gates import Gated
from hubquery.query.reader.goals import goal_base
from hubquery.words import first_digit, has_digit

_MONTH = r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? )?"
_BETWEEN = re.compile(
    rf"\b(?:between {_MONTH}((?:1[89]|20)\d\d) and|from {_MONTH}((?:1[89]|20)\d\d) "
    rf"(?:to|until|till|through)) {_MONTH}((?:1[89]|20)\d\d)\b"
)  # ("from 2010 to 2013" with nothing between: "from US$X in 2010 to …" is two times)
_YEARS_BEFORE = re.compile(
    rf"\b(\w+) years (?:before|(?:leading |running )?up to|up until|until|to|ending in) "
    r"(?:(?:the )?(?:spring|summer|autumn|fall|winter|end|start|beginning|middle|close)(?: of)? |"
    r"(?:mid|end|early|late)[- ])?"  # ("the two years to mid-2022")
    rf"{_MONTH}((?:1[89]|20)\d\d)\b"
)
# (the lookahead turns away every place that is no 1 or 2 at once: see query.lexicon.RANK_BEFORE)
_YEAR = re.compile(r"(?=[12])(?<![\w.,$])((?:1[89]|20)\d\d)(?![\w%]|[.,]\d)")
_ON_BEFORE = re.compile(r"\b(?:on|over|from)\s*$")  # "up 30 percent on 2020"

# "a 2014 magazine feature", "a 2013 KPMG report": the year of what says the figure
_REPORT_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:report|feature|article|study|survey|profile|post|blog|story|piece|"
    r"paper|review|interview|book|documentary|broadcast|round-up|roundup|overview|analysis|"
    r"account|write-up|column|editorial|op-ed|newsletter|podcast|dispatch|briefing)s?\b"
)
# "over the whole of 2012", "in all of 2012", "the full year 2012": no part of it
_WHOLE_YEAR = re.compile(
    r"\b(?:(?:the )?whole (?:of )?|all of |(?:the )?(?:full|entire|complete)(?: year(?: of)?)? )"
    r"(?:(?:1[89]|20)\d\d)\b"
)


# "between January and October 2012", "the first ten months", "the third quarter"
_PART_OF_YEAR = Gated(
    re.compile(
        r"\b(?:january|february|march|april|june|july|august|september|october|november|"
        r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|may(?= \d)|months?|"
        r"quarters?|first half|second half|year to date|so far)\b"
    ),
    # (a month's first three letters, or a word of the others, is in every match)
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    *("month", "quarter", "half", "year to date", "so far"),
)


def whole_year(text: str) -> bool:
    """Does the text claim a figure of a whole year, not part of it? "over the whole of
    2012" does, and so does "granted 1,205 patents in 2012": a year named with no month
    or part of it counts the year (a figure of January to October does not establish it)."""
    said = (
        any(word in text for word in ("whole ", "all of ", "full", "entire", "complete"))
        and _WHOLE_YEAR.search(text) is not None
    )
    return said or _PART_OF_YEAR.search(text) is None


class Time(NamedTuple):
    """A time the sentence names: a year or a span of years, where it is written."""

    start: int
    end: int
    first: int
    last: int
    label: str
    before: bool = False  # "not … until 2019": any year before the one named
    after: bool = False  # "now …, as it was in 2010": now, a year after the one named
    within: bool = False  # "in the late 2010s": some time within them, no span counted over
    counted: bool = False  # "the two years to May 2022": a window of years, no decade


_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)[-–/]((?:19|20)?\d\d)\b(?![-–/.,]?\d)")
_EITHER_YEAR = re.compile(r"\b(?:either )?((?:19|20)\d\d) or ((?:19|20)\d\d)\b")
_RANGE_GATES = tuple(f"{c}{d}" for c in "-–/" for d in "0123456789")


def reported(text: str, time: Time) -> bool:
    """Whether the time dates a report ("a 2018-19 survey found …"), not a figure."""
    return _REPORT_AFTER.match(text, time.end) is not None


def times(text: str) -> list[Time]:
    """The years, decades and spans a sentence names, where they are written."""
    found: list[Time] = []
    # Each pattern is run only where its words are (a literal test: most sentences name
    # no decade, no "between" and no "years").
    decades = lx.DECADE.finditer(text) if "0s" in text or "0'" in text or "0’" in text else ()
    for match in decades:
        part, first = match.group(1), int(match.group(2))
        low, high = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(part or "", (0, 9))
        label = f"{first + low}–{first + high}"
        found.append(
            Time(match.start(), match.end(), first + low, first + high, label, within=bool(part))
        )
    for match in (
        _BETWEEN.finditer(text)
        if "between " in text or "from 1" in text or "from 2" in text
        else ()
    ):
        first, last = int(match.group(1) or match.group(2)), int(match.group(3))
        found.append(Time(match.start(), match.end(), first, last, f"{first}–{last}"))
    # "the four years before 2020"
    for match in _YEARS_BEFORE.finditer(text) if " years " in text else ():
        count, last = count_word(match.group(1)), int(match.group(2))
        if count:
            first = last - count
            found.append(
                Time(match.start(), match.end(), first, last, f"{first}–{last}", counted=True)
            )
    # "a 2018-19 survey", "in 2012/13": two years, one time; "over 2010–2013": the span
    for match in _YEAR_RANGE.finditer(text) if any(map(text.__contains__, _RANGE_GATES)) else ():
        first, full = int(match.group(1)), len(match.group(2)) == 4
        last = int(match.group(2)) if full else first // 100 * 100 + int(match.group(2))
        if last == first + 1 or (full and last > first):
            found.append(Time(match.start(), match.end(), first, last, f"{first}–{last}"))
    # "in 2017 or 2018", "in either 2012 or 2013": one of two years, which the writer
    # does not know (a time within both, no span counted over)
    for match in _EITHER_YEAR.finditer(text) if " or " in text else ():
        first, last = int(match.group(1)), int(match.group(2))
        if last == first + 1:
            found.append(
                Time(match.start(), match.end(), first, last, f"{first}–{last}", within=True)
            )
    covered = [(t.start, t.end) for t in found]
    digit = first_digit(text)  # (a year begins with a digit: tried from the first on)
    for match in _YEAR.finditer(text, digit) if digit >= 0 else ():
        if any(s <= match.start() < e for s, e in covered):
            continue
        if _REPORT_AFTER.match(text, match.end()):
            continue  # "a 2014 magazine feature put …": when it was written, not a period
        year = int(match.group(1))
        found.append(Time(match.start(), match.end(), year, year, str(year)))
    if "year" in text:  # ("a year earlier", "three years later")
        _relative(text, found)
    if "years" in text:
        _years_after(text, found)
    return sorted(found)


# "in the two years after (2020)", "the three years that followed": a span after a time
_YEARS_AFTER = re.compile(
    rf"\bthe (\w+) years (?:after|afterwards|following|that followed)"
    rf"(?: {_MONTH}((?:1[89]|20)\d\d)\b)?"
)


def _years_after(text: str, found: list[Time]) -> None:
    """ "170 in the four years to 2020, 860 in the two years after": 2020–2022, counted
    from the year written (or the end of the time named before it)."""
    for match in _YEARS_AFTER.finditer(text):
        count = count_word(match.group(1))
        named = [t for t in found if t.end <= match.start()]
        if match.group(2):
            first = int(match.group(2))
            found[:] = [t for t in found if not match.start() <= t.start < match.end()]
        elif named:
            first = max(named, key=lambda t: t.end).last
        else:
            continue
        if count:
            last = first + count
            found.append(
                Time(match.start(), match.end(), first, last, f"{first}–{last}", counted=True)
            )


# "a year before the total passed 840": "before" a clause of its own (the year named is a
# year before that clause's time), not "three years before," nor "a year before that"
_CLAUSE_AFTER = re.compile(
    r"\s+(?!(?:that|then|this|in|on|at|by|of)\b)(?:the|its|their|it|[a-z]+)\b"
)
_FROM_THEN = re.compile(r"\b(?:from|on|over|than|compared with|compared to|against)\s*$")


def _relative(text: str, found: list[Time]) -> None:
    """ "US$8.65 billion three years earlier": the year named before it, less three."""
    for match in gates.RELATIVE_YEARS.finditer(text):
        # ("the year before", "the year earlier": one year)
        count = count_word(match.group(1)) or (1 if match.group().startswith("the year ") else None)
        named = [t for t in found if t.first == t.last and t.end <= match.start()]
        if _FROM_THEN.search(text, max(0, match.start() - 16), match.start()):
            continue  # ("up 38.6 percent from a year earlier": what it is compared with)
        if count and named:
            later = bool(match.group(3))
            if _CLAUSE_AFTER.match(text, match.end()) and match.group(2 if not later else 3) in (
                "before",
                "after",
            ):
                later = not later  # ("in 2020, a year before the total passed 840": 2021)
            year = max(named, key=lambda t: t.end).first + (count if later else -count)
            found.append(Time(match.start(), match.end(), year, year, str(year)))


def bind_times(figures: list[Figure], text: str, times: list[Time]) -> dict[int, Time]:
    """The time each figure is of (by ``id``): a year written just after it ("US$8.65
    billion in 2010"), else the nearest time the sentence names that is neither bound so
    to another figure nor itself a figure (a founding year)."""
    own: dict[int, Time] = {}
    taken: set[int] = {f.number.start for f in figures if f.year_like or f.years}
    # "Dalian, a city of six million, at the end of 2012": the appositive's figure takes
    # only a time written inside it.
    whole = (0, len(text))
    apposed = [m.span() for m in _APPOSITIVE.finditer(text)] if ", a" in text else []
    inside = {
        id(f): next(((a, b) for a, b in apposed if a <= f.number.start < b), whole)
        for f in (figures if apposed else ())
    }
    # ("aims to grow it from X by 2020": X is where the goal starts, not of its deadline)
    bases = (
        {id(f) for f in figures if goal_base(text, f.number.start)}
        if "from" in text or " its " in text or " their " in text
        else ()
    )
    for figure in figures:
        if figure.year_like or figure.years:
            continue
        _, clause_end = inside.get(id(figure), whole)
        following = [
            t
            for t in times
            if 0 <= t.start - figure.number.end <= 40
            and t.end <= clause_end
            and t.start not in taken
            and lx.YEAR_BEFORE.search(text[max(0, t.start - 20) : t.start])
            and not has_digit(text[figure.number.end : t.start])
            # ("2.5 times its 2010 level", "as much as in 2010"; not "more than half in 2012")
            and not _COMPARED_TIME.search(text, figure.number.end, t.start)
            and not _began_then(text, t)
            and not _since(text, t, figure)
            and not (id(figure) in bases and _DEADLINE.search(text, 0, t.start))
        ]
        if following:
            own[id(figure)] = following[0]
            continue
        # "up 30 percent on 2020": a change over the year before, so of the year after.
        on = [
            t
            for t in times
            if 0 <= t.start - figure.number.end <= 20  # (" per cent on the year before")
            and t.first == t.last
            and _ON_BEFORE.search(text[max(0, t.start - 8) : t.start])
        ]
        if on:
            year = on[0].first + 1
            own[id(figure)] = on[0]._replace(first=year, last=year, label=str(year))
    taken |= {t.start for t in own.values()}
    # The figures still without a time (often none: then no time is looked at again).
    rest = [
        f for f in figures if id(f) not in own and not (f.year_like or f.years or id(f) in bases)
    ]
    # ("14th now, above where it stood in 2013": the time of what it is compared with)
    free = [
        t
        for t in (times if rest else ())
        if t.start not in taken and not _compared(text, t.start, rest) and not _began_then(text, t)
    ]
    for figure in rest:
        first, last = inside.get(id(figure), whole)
        near = [
            t for t in free if first <= t.start and t.end <= last and not _since(text, t, figure)
        ]
        if not near:
            continue
        # The nearest, in the figure's own clause first ("In 2010 … X; three years later Y").
        own[id(figure)] = min(
            near,
            key=lambda t: (
                ";" in text[min(t.end, figure.number.end) : max(t.start, figure.number.start)],
                min(abs(t.start - figure.number.end), abs(figure.number.start - t.end)),
            ),
        )
    for figure in figures:
        if (time := own.get(id(figure))) is not None and time.first < time.last:
            figure.over = (time.first, time.last)
    return own


_DEADLINE = re.compile(r"\b(?:by|until|till)(?: the end of)?\s*$")


# "above where it stood in 2013", "than in 2013", "compared with 2013", "two and a half
# times its 2010 level", "twice what it earned in 2010", "as many as in 2010": a time the
# sentence compares with, no time of a figure not written at it
_COMPARED_TIME = re.compile(
    r"\b(?:where (?:it|they|[a-z]+) (?:stood|was|were|ranked|sat)|than(?: it (?:was|did))?|"
    r"compared (?:with|to)|from where it was|times (?:its|the|their|what)"
    r"(?:(?: [a-z]+)? (?:it|they) (?:had|has|have|did|was|were))?|"
    r"as (?:many|much|large|big|high) as|"
    # "14th, up a place from 2013", "down two spots on 2013": where a move is counted from
    r"(?:up|down)(?: (?:a|one|two|three|four|five|\d+))? (?:places?|spots?|positions?|notch(?:es)?)"
    r" (?:from|on|since))(?: [a-z]+){0,2}? (?:in|at|of)?\s*$"
)


# ", dating from 1991,", ", founded in 1999,": when what is named began, set off by
# commas, no period of a count or a sum the sentence states ("Xi'an's zone, dating from
# 1991, is one of 114 zones"; not "…, opened in 2005.": the sentence's own claim)
_BEGAN_BEFORE = re.compile(
    r",\s*(?:dating (?:back )?(?:from|to)|dates? (?:back )?(?:from|to)|(?:founded|set up|"
    r"established|launched|opened|created|designated|built) in)\s*$"
)
_SET_OFF_AFTER = re.compile(r"\s*[,;)]")


def _began_then(text: str, time: Time) -> bool:
    return (
        _BEGAN_BEFORE.search(text, max(0, time.start - 26), time.start) is not None
        and _SET_OFF_AFTER.match(text, time.end) is not None
    )


def _since(text: str, time: Time, figure: Figure) -> bool:
    """ "for roughly four decades, since 1979": a duration up to now from the year, not
    a duration of that year."""
    return figure.unit == "years" and text.endswith("since ", 0, time.start)


def _compared(text: str, start: int, figures: list[Figure]) -> bool:
    """Whether the time at ``start`` is what the sentence compares with ("than in
    2013"), not the period of a figure whose own qualifier is the "than" ("rose by less
    than half between 2010 and 2013")."""
    first = max(0, start - 40)
    found = _COMPARED_TIME.search(text[first:start])
    return found is not None and not any(
        first + found.start() < f.number.start < start for f in figures
    )


# ", a port city of six million residents,": an appositive describing what is named
_APPOSITIVE = re.compile(
    r",\s*an? (?:[a-z-]+ ){0,2}(?:city|town|metropolis|municipality|seaport|port|megacity|"
    r"province|region|hub) of [^,;]{1,80}(?:[,;]|$)"
)


def in_appositive(text: str, at: int) -> bool:
    """Whether the figure at ``at`` is inside an appositive describing what is named
    (", a port city of six million residents,")."""
    return ", a" in text and any(m.start() < at < m.end() for m in _APPOSITIVE.finditer(text))


# "up from a combined 170 in the four years before that": a span of the figure's own,
# before the window the sentence counts its other figures over
_OWN_SPAN = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:in|over|during|across|for|within) the "
    r"(?:(\w+) years (?:before|prior|preceding|earlier)\b|"
    r"(?:previous|preceding|prior) (\w+) years\b)"
)


def own_span(text: str, end: int) -> int | None:
    """The years of a span written just after a figure that ends at ``end`` ("170 in the
    four years before that", "170 across the previous four years"), if any."""
    if " years" not in text:
        return None
    match = _OWN_SPAN.match(text, end)
    return count_word(match.group(1) or match.group(2)) if match else None


def owned_window(text: str, window: re.Match[str], figures: list[Figure]) -> bool:
    """Whether the sentence's window ("the previous four years") is written just after a
    figure, as that figure's own span, not the period of the sentence's other figures."""
    return any(
        (match := _OWN_SPAN.match(text, f.number.end)) is not None and match.end() >= window.end()
        for f in figures
        if f.number.end <= window.start()
    )


# "those of the preceding four (years)": a span counted back from another, never a figure
_PREVIOUS_BEFORE = re.compile(r"\bthe (?:previous|preceding|prior)\s*$")
_IN_BEFORE = re.compile(r"\b(?:in|within|over)(?: just| only)?\s*$")


def spans_of_others(
    clauses: list[tuple[int, int, Figure]], text: str
) -> list[tuple[int, int, Figure]]:
    """The clauses less the counts of years that are spans of the sentence's other figures:
    "the previous four (years)", and "in two years" beside a multiple ("five times as
    many … as in the preceding four")."""
    multiple = any(f.unit == "times" for _, _, f in clauses)
    return [
        (start, end, f)
        for start, end, f in clauses
        if f.unit != "years"
        or not (
            _PREVIOUS_BEFORE.search(text, max(0, f.number.start - 20), f.number.start)
            or (multiple and _IN_BEFORE.search(text, max(0, f.number.start - 16), f.number.start))
        )
    ]


def in_years(text: str) -> re.Match[str] | None:
    """ "Shenyang added 860 robotics firms in two years": a window, after the count it is
    the span of (not after a count of years: "built in 5 years what … 30")."""
    # (the figures read again only where the words are: 1 % of a check of prose)
    if " years" not in text or lx.IN_YEARS.search(text) is None:
        return None
    figures = [f for f in read_figures(text) if not f.year_like and f.unit != "years"]
    found = lx.IN_YEARS_AFTER.match(text, figures[0].number.end) if figures else None
    return found if found and count_word(found.group(1)) else None
