"""The figures of a sentence: each number with its hedge or bound, unit and rounding,
as a claim states it (English only).

Words a reader turns into figures are rewritten first (``rewrites``); fractions in
words are approximate shares; square miles are read as km² with a note; a rate is read
in the period the metric counts it in (``rates``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hubquery.numbers import (
    SCALES,
    VAGUE_QUANTITIES,
    VAGUE_QUANTITY,
    Number,
    in_a_name,
    may_name_vague,
    read_numbers,
)
from hubquery.query import change_words as cw
from hubquery.query import lexicon as lx
from hubquery.query.reader import bounds, gates
from hubquery.query.reader.elided import in_currency, in_unit_before
from hubquery.words import first_digit, has_digit, quoted_runs

_NUMBER_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_ORDINAL_BEFORE = re.compile(
    r"(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth)[\s-]*$"
)
_DIGITS = re.compile(r"\d+")
# "… a year later", "… two years on": when, not what the number before counts
_LATER = re.compile(
    r"\b(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(?:years?|months?|decades?) (?:later|earlier|after|before|on|on from|ago|prior)\b"
    # "… 20.9 million the previous year", "… last year"
    r"|\b(?:the (?:previous|prior|preceding)|last) (?:years?|months?|decades?)\b"
    # "up 245,000 over the year": the time of the change
    r"|\b(?:over|in|during|across|within|through|for) the (?:year|month|decade)\b"
)
_PER_PERIOD = re.compile(r"\b(?:a|an|per|each|every) (?:years?|months?)\b")
# "between 600 and 700 companies": one figure, a range (the words between the two)
# "5,280 invention patents sought in …", "6 million residents, …": the words after the
# figure that name what it counts, up to a preposition, a verb of being or a stop
_HEAD = re.compile(
    r"(?:\s*(?:million|billion|thousand|bn|m)\b)?((?:\s+(?!(?:in|of|at|on|for|with|and|or|to|"
    r"from|by|as|than|that|which|who|were|was|are|is|had|has|have|a|an|the|it|its)\b)[a-z-]+)"
    r"{1,3})"
)
_BETWEEN = re.compile(r"\bbetween\s*(?:us\$|\$|cn¥|¥|rmb)?\s*$")
_AND_THEN = re.compile(r"\s*and\s*(?:us\$|\$|cn¥|¥|rmb)?\s*")
_UP_TO = re.compile(r"\bup (?:un)?to\s*$")
_VAGUE = re.compile(r"\b(?:couple of|few|several|many)\s+$")
_OTHER = re.compile(r"\b(?:the|its|their) other\s+$")
_OF_A_NUMBER = re.compile(r"^\s+of\s+(?:(?:the|just|only|all)\s+)*$")
# "Chengdu and Chongqing are two of China's four": the members a sentence names, said to
# be some of a place's group (its name blanked, its 's kept); not "300 of Zhongguancun's
# 2,300 companies have …", a part the sentence counts, nor "half of the park's 650"
_OF_A_PLACES_NUMBER = re.compile(r"^\s+of\s+(?:(?:the|just|only|all|[a-z]*['’]s)\s+)*$")
_MEMBERS_ARE = re.compile(
    r"\b(?:are|were|remain|remained|became|become|as)\s+(?:now\s+|still\s+|currently\s+)?$"
)


@dataclass
class Figure:
    """A number read from a clause: what it states, before it is judged."""

    number: Number
    value: float
    unit: str | None
    qualifier: str | None
    year_like: bool
    rounding: float = 0.0
    superlative: bool = False
    approximate: bool = False  # a fraction in words: "a third", "one in ten"
    converted: str | None = None  # the unit it was written in ("square miles")
    years: tuple[int, int] | None = None  # a year figure written as a decade
    only: bool = False  # "only one in ten": at most about that, said to be small
    respective: bool = False  # read with the clause of what it is of ("respectively")
    growth: bool = False  # a multiple read as a growth ("doubled"): never a share
    over: tuple[int, int] | None = None  # the years of a span it is bound to ("2010–2013")
    bounds: tuple[float, float] | None = None  # "hundreds of": at least 200, under 1,000
    through: bool = False  # "between 600 and 700": the bounds' top included
    after: str = ""  # the text just after it ("patents sought in …": see ``head``)


def read_figures(text: str) -> list[Figure]:
    """The numbers of a text a claim can state, widest reading first at each place."""
    chosen: list[Number] = []
    end = -1
    for number in sorted(read_numbers(text), key=lambda n: (n.start, -n.end)):
        after = text[number.end : number.end + 20]
        if number.start < end or number.kind == "years-ago" or lx.SPAN_AFTER.match(after):
            continue  # "the first ten months of 2012": a span of time, not a figure
        if number.kind == "fraction" and not 0.01 <= number.value < 1:
            continue  # "#14 in 2014", "1998 in 1998": no fraction
        if number.kind == "words" and has_digit(text[number.start : number.end]):
            continue  # ("a $280 million lab": the digits' number, no "a million" around them)
        if (
            number.kind == "words"
            and not number.scaled
            and number.value == 1
            and not re.match(r"^\s+(?:in|out of)\b", after)
            and bounds.hedge_before(text[max(0, number.start - 20) : number.start]) is None
        ):
            continue  # "one of the largest", "a city": not a figure
        if (
            number.kind == "ordinal"
            and number.value == 1
            and _ORDINAL_BEFORE.search(text[max(0, number.start - 12) : number.start])
        ):
            continue  # "14th largest": the rank is 14, "largest" names what is ranked
        if number.kind == "words" and _VAGUE.search(text[max(0, number.start - 12) : number.start]):
            continue  # "a couple of dozen", "a few hundred": no figure to judge
        if number.kind == "words" and _OTHER.search(text[max(0, number.start - 12) : number.start]):
            continue  # "(the other two are Beijing and Shanghai)": members, no count
        if number.kind == "fraction" and lx.SUPERLATIVE_AFTER.match(after):
            continue  # "the third largest": an ordinal, not a third
        chosen.append(number)
        end = number.end
    # "two of the only four cities": the members, not a count of the group
    chosen = [
        n
        for n, after in zip(chosen, [*chosen[1:], None][: len(chosen)], strict=True)
        if after is None
        or _year(after)
        or not (
            _OF_A_PLACES_NUMBER
            if n.kind in ("digits", "words")
            and _MEMBERS_ARE.search(text, max(0, n.start - 24), n.start)
            else _OF_A_NUMBER
        ).match(text[n.end : after.start])
    ]
    figures = [_figure(text, n) for n in chosen]
    if len(figures) > 1 and ("$" in text or "yuan" in text or "¥" in text or "rmb" in text):
        in_currency(text, figures)  # ("480 billion yuan, … a trillion by 2020")
    if len(figures) > 1:
        in_unit_before(text, figures)  # ("in five years what took Silicon Valley thirty")
    if "between" in text:
        figures = _ranges(text, figures)
    return _vague(text, figures) if may_name_vague(text) else figures


def _ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """ "between 600 and 700 software companies": one figure of 600 to 700 (the unit the
    second's words give), not two."""
    merged: list[Figure] = []
    for figure in figures:
        first = merged[-1] if merged else None
        if first is not None and figure.number.scaled and not first.number.scaled:
            # "between 15 and 20 million": the first of the second's scale
            scale = SCALES.get(text[figure.number.start : figure.number.end].rsplit(" ", 1)[-1])
            if scale and first.value * scale <= figure.value:
                first.value *= scale
        if (
            first is not None
            and first.bounds is None
            and not (first.year_like or figure.year_like or figure.bounds)
            and first.qualifier is None
            and figure.qualifier is None
            and first.unit in (None, figure.unit)
            and first.value < figure.value
            and _AND_THEN.fullmatch(text, first.number.end, figure.number.start)
            and _BETWEEN.search(text, max(0, first.number.start - 14), first.number.start)
        ):
            said = text[first.number.start : figure.number.end]
            figure.converted = f'"between {said}" read as {first.value:,.0f} to {figure.value:,.0f}'
            figure.qualifier, figure.bounds, figure.through = (
                "at least",
                (first.value, figure.value),
                True,
            )
            figure.value, figure.rounding = first.value, 0.0
            figure.number = figure.number._replace(start=first.number.start)
            merged[-1] = figure
            continue
        merged.append(figure)
    return merged


def _vague(text: str, figures: list[Figure]) -> list[Figure]:
    """ "Hundreds of foreign firms": a count of at least 200 and under 1,000 (see
    ``numbers.VAGUE_QUANTITIES``), where no number is read."""
    found = []
    for match in VAGUE_QUANTITY.finditer(text):
        if any(f.number.start < match.end() and match.start() < f.number.end for f in figures):
            continue
        low, high = VAGUE_QUANTITIES[match.group()]
        figure = _figure(text, Number((low,), match.start(), match.end(), "words", True))
        if figure.qualifier is None and figure.unit not in ("USD", "CNY", "percent"):
            figure.qualifier, figure.bounds = "at least", (low, high)
            figure.converted = f'"{match.group()}" read as {low:,.0f} to under {high:,.0f}'
            found.append(figure)
    return sorted([*figures, *found], key=lambda f: f.number.start) if found else figures


# "300 had opened …", "600 were founded …", "300 have set up …": a verb just after a count
_VERB_AFTER = re.compile(
    r"\s+(?:have|has|had|were|was|are|is)\s+(?:[a-z]+(?:ed|en|wn)|set|built|made|won|sold|"
    r"spent|sent|put|got|brought|bought)\b"
)

# "two of them", "300 of them had opened …": a part of a group just counted (between a
# count and its verb); a later count and the noun just after it ("… in more than 50
# countries")
OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b")
_LATER_COUNT = re.compile(r"\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+([a-z]+)")


def later_count_noun(text: str, end: int, stop: int) -> str | None:
    """ "300 (of them) had opened branches in more than 50 countries": the noun of the
    count after one whose own noun is left out (a verb just after it), which is that
    later count's and names nothing of this one; None where there is none."""
    them = OF_THEM.match(text, end)
    at = them.end() if them else end
    later = _VERB_AFTER.match(text, at) and _LATER_COUNT.search(text, at, stop)
    return later.group(1) if later else None


def _year(number: Number) -> bool:
    return number.kind == "digits" and not number.scaled and 1800 <= number.value <= 2100


def _figure(text: str, number: Number) -> Figure:
    # A hedge, a currency or a unit is within a few words of its number.
    before = text[max(0, number.start - 40) : number.start]
    after = text[number.end : number.end + 60]
    value, unit, rounding = number.value, None, number.rounding
    approximate, converted, only = False, None, False
    for code, currency in gates.CURRENCY_BEFORE:
        if currency.search(before):
            unit, before = code, currency.sub("", before)
    # "at most #2": the hedge stands before the rank's mark (which ends ``before``: looked
    # for from where it can begin, once for the three questions below)
    rank = lx.RANK_BEFORE.search(before, max(0, len(before.rstrip()) - lx.LONGEST_RANK_MARK))
    hedged = before[: rank.start()] if rank else before
    qualifier = bounds.hedge_before(hedged)
    if qualifier in ("more than", "less than") and bounds.NEGATED_BOUND.search(hedged):
        qualifier = "at most" if qualifier == "more than" else "at least"  # "never above"
    if number.kind == "fraction":
        value, unit, approximate = value * 100, "percent", True
        # "only one in ten": no more than about that (see ``verdict``)
        only = qualifier is None and bounds.ONLY_BEFORE.search(before) is not None
        qualifier = "at most" if only else qualifier
    elif number.kind == "ordinal" or lx.RANK_AFTER.match(after) or rank:
        unit = "rank"
    elif gates.TOP_BEFORE.search(before):
        # "in the top 20" is a rank of at most 20; "not even in the top 20", "outside the
        # top ten" above it.
        unit = "rank"
        negation = gates.NEGATION.search(text[max(0, number.start - 60) : number.start]) or (
            "outside the top" in before
        )
        qualifier = "more than" if negation else "at most"
    elif lx.PERCENT_AFTER.match(after):
        unit = "percent"
        rounding = rounding or 0.5  # "67 %" rounds a share: it is not 67.000 %
    elif lx.TIMES_AFTER.match(after):
        unit = "times"
    elif lx.AREA_AFTER.match(after):
        unit = "km2"
    elif (area := lx.other_area(after)) is not None:
        unit, (name, one, km2) = "km2", area
        converted = f"{name} read as km² ({one} = {km2:.4g} km²)"
        # (the miles' last digit rounds the km² they stand for: "185 square miles", 480 km²)
        written = text[number.start : number.end].partition(".")[2]
        rounding = max(rounding, 0.5 / 10 ** len(written) if written.isdigit() else 0.5)
        value, rounding = value * km2, rounding * km2
    elif unit is None:
        for code, pattern in lx.CURRENCY_AFTER:
            if pattern.match(after):
                unit = code
    if number.kind == "words" and number.scaled:
        rounding = number.rounding or _word_rounding(text[number.start : number.end])
    digit = first_digit(after)
    words_after = after[:digit] if digit >= 0 else after  # to the next number
    if "year" in words_after or "month" in words_after or "decade" in words_after:
        words_after = _LATER.split(words_after, maxsplit=1)[0]
        # ("takes in about 1,000 a year": a rate, its period no unit of the count)
        words_after = _PER_PERIOD.split(words_after, maxsplit=1)[0]
    nouns = quoted_runs(words_after)[:4]
    if unit is None and after[:1] in (",", ";") and 1800 <= value <= 2100:
        nouns = []  # ("By 2013, Zhongguancun companies …": a year, its clause ended)
    elif unit is None and not _year(number) and _VERB_AFTER.match(after):
        # "… Zhongguancun companies …, and 300 had opened branches": the count's noun is
        # left out, never the object of the verb after it
        nouns = []
    if unit is None:
        # (a unit a metric keeps before a kind of things: "internet-of-things companies")
        units = [lx.UNIT_OF_WORD[w] for w in nouns if w in lx.UNIT_OF_WORD]
        unit = next((u for u in units if u != "kinds"), units[0] if units else None)
    if len(number.values) > 1 and not number.scaled and unit in lx.UNIT_WORDS and unit != "years":
        value, rounding = number.values[0], 0.0  # "2.300 companies": no count is 2.3
    if hedge := bounds.HEDGE_AFTER.match(after):
        said = hedge.group().strip()
        # ("650-odd companies": some 650, as a fact-checker takes it, not a bound above)
        qualifier = {
            "or more": "at least",
            "or so": "about",
            "or thereabouts": "about",
            "-odd": "about",
        }.get(said, "more than")
    elif (
        qualifier is None
        and ("at " in after or "or " in after)
        and (bound := bounds.BOUND_AFTER.match(after))
    ):
        qualifier = "at most" if bound.group(1) else "at least"
    elif (
        qualifier is None
        and bounds.MARK_AFTER.match(after)
        and (mark := bounds.MARK_BEFORE.search(before))
    ):
        qualifier = "more than" if mark.group(1) else "at least"  # "passed the … mark"
    # "2010" is a year unless a unit follows it at once ("1500 companies"); "up to 2012"
    # is a time, no bound ("up to 2,012 firms" is).
    year_like = (
        number.kind == "digits"
        and not number.scaled
        and value.is_integer()
        and 1800 <= value <= 2100
        and "," not in text[number.start : number.end]
        and unit in (None, *lx.UNIT_WORDS)
        and (
            qualifier is None
            or (
                # ("up to 2012"; "set up shop around 2008": about that year)
                (
                    qualifier == "about"
                    or (qualifier == "at most" and _UP_TO.search(before) is not None)
                )
                and not any(w in lx.UNIT_OF_WORD for w in nouns[:3])
            )
        )
        and not (nouns and nouns[0] in lx.UNIT_OF_WORD)
    )
    # (a year "about" is a couple of years either side of it)
    years = (int(value) - 2, int(value) + 2) if year_like and qualifier == "about" else None
    if year_like:
        qualifier = None
    if year_like:
        unit = None
    # An ordinal word ("the first ten months", "the largest city") is a figure only
    # when the dataset has one to judge it by.
    superlative = number.kind == "ordinal" and not (lx.RANKED_AFTER.match(after) or rank)
    return Figure(
        number,
        value,
        unit,
        qualifier,
        year_like,
        rounding,
        superlative,
        approximate,
        converted,
        years=years,
        only=only,
        after=after,
    )


def unread_digits(text: str) -> bool:
    """Digits the number reader did not read ("成都有2000万人口": digits inside words)."""
    if not has_digit(text):
        return False
    read = bytearray(len(text) + 1)
    for number in read_numbers(text):
        read[number.start : number.end] = b"\1" * (number.end - number.start)
    return any(
        not read[m.start()] and not in_a_name(text, m.start(), m.end())
        for m in _DIGITS.finditer(text)
    )


def head(figure: Figure) -> str:
    """The words just after a figure that name what it counts ("5,280 invention patents
    sought in …": "invention patents sought"), up to a preposition or a verb of being."""
    found = _HEAD.match(figure.after)
    return found.group(1) if found else ""


def count_word(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


def _word_rounding(words: str) -> float:
    """Half a unit of the last scale a number in words names ("nine million": 500,000;
    "two thousand three hundred": 50)."""
    last = [w for w in re.findall(r"[a-z]+", words) if w in SCALES and len(w) > 2]
    tail = re.findall(r"[a-z]+", words)
    if last and tail and tail[-1] == last[-1]:
        return 0.5 * SCALES[last[-1]]
    return 0.0


def multiple_as_growth(figure: Figure, before: str, text: str) -> None:
    """ "doubled", "grew three-fold" of a place that holds no multiple: a growth of about
    (n − 1) × 100 % ("doubled" is about 100 %)."""
    if figure.unit == "times" and (
        lx.MULTIPLE_WORDS.search(text) is not None or cw.GREW_BEFORE.search(before) is not None
    ):
        figure.value, figure.unit, figure.approximate = (figure.value - 1) * 100, "percent", True
        figure.growth = True


def span_growth(figure: Figure, before: str) -> bool:
    """ "Revenue rose by less than half between 2010 and 2013": a percentage a level
    grew by over a span of years, judged like "doubled" against the level's figures of
    the span's first and last years, not a growth of one year."""
    return bool(figure.over and figure.unit == "percent" and cw.GREW_BY_BEFORE.search(before))
