"""Words a reader turns into figures before reading them ("fivefold" is "five-fold",
"four decades" about 40 years, "a city of 6 million" counts its residents), and the
words without which no rule writes a number into a text that states none."""

from __future__ import annotations

import re
from functools import lru_cache

from hubquery.numbers import count_in_words, may_state_numbers, normalise
from hubquery.query import change_words as cw
from hubquery.query import lexicon as lx
from hubquery.query.reader import added, bounds, gates
from hubquery.query.reader.figures import count_word

# "China's number one provider", "ranks as the number two hub": a rank, as "No. 1" is
_NUMBER_RANK = re.compile(r"\bnumber (one|two|three)\b")
_A_SQUARE = re.compile(r"\ban? (square (?:miles?|kilometres?|kilometers?))\b")
# "in the decade to 2014", "over the decade up to 2014": a span ending in a year, itself
# the claim (of ten years, as of then) where the sentence states no other number.
_SPAN_TO = re.compile(
    r"\b(?:(?:in|over|during|for) )?the decade (?:up |leading up |running up )?to ((?:19|20)\d\d)\b"
)
# A rate's period a week or a month ("a year" is most often a count's own period).
_LONGER_RATES = tuple(words for words, days in lx.RATE_PERIODS if 7 <= days < 365)
# "twice as many people as", "more than double the value of", "triple its 2010 figure",
# "double what it earned in 2010": a ratio, "two times", "three times" (not a verb of a
# greater multiple, "would like to triple its business": no ratio it states held)
_TWICE = re.compile(
    r"\b(twice|double|(?<!to )(?:triple|treble|quadruple|quintuple))"
    r"(?= (?:as|the|its|their|that|those|what|[A-Za-z’'-]+['’]s)\b)"
)
_TIMES = {"twice": "two", "double": "two", "triple": "three", "treble": "three"}
_TIMES |= {"quadruple": "four", "quintuple": "five"}
# "two and a half times", "one-and-a-half times": a multiple of n.5
_AND_A_HALF_TIMES = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]and[\s-]a[\s-]half"
    r"(?: (times)|[\s-]?(fold))\b"
)  # ("two-and-a-half-fold", "three and a half fold": n.5-fold)
# "a quarter as many patents as", "half as much": a ratio below one
_PART_AS = re.compile(
    r"\b(half|(?:a|one)[\s-](?:third|quarter|fifth|tenth)) as (many|much|large|big|high)\b"
)
_PARTS = {"half": "0.5", "third": "0.33", "quarter": "0.25", "fifth": "0.2", "tenth": "0.1"}
# "every single day", "each and every year": the period's rate ("every day")
_EVERY_SINGLE = re.compile(r"\b(?:every single|each and every) (day|week|month|year)\b")
# "one patent granted for every four or five applications": a ratio of one to four and a
# half, "0.22 times as many patent granted as applications"
_FOR_EVERY = re.compile(
    r"\b(?:one|an?) ((?:[a-z-]+ ){0,3}?)for (?:every|each) (\w+)(?: or (\w+))? (?=[a-z])"
)
# "for every four patents applied for, fewer than one was granted": the same ratio with
# the whole first, read as "granted fewer than one for every four patents applied for"
_FRONTED_FOR_EVERY = re.compile(
    r"\bfor (?:every|each) (\w+ [^,;:.]{1,80}?),\s+((?:fewer than |less than |more than |"
    r"only |just |about |roughly |nearly |almost |barely |not even |under |over )?)"
    r"(?:one|a single one) (?:(?:was|were|is|are|got|gets|has been|have been|had been) )?"
    r"(\w+ed)\b"
)
# "650 Chinese and foreign software companies": both origins, all of them, no part of
# foreign ones (the words left out)
_BOTH_ORIGINS = re.compile(
    r"\b(?:(?:chinese|domestic|local|home-grown) and (?:overseas|foreign)|(?:overseas|foreign) "
    r"and (?:chinese|domestic|local|home-grown)) (?=[a-z])"
)
# "most of the park's companies are …", "the majority of them were …": more than half of
# a group of things (a plural, with "are" or "were" in its clause; "most of the work … is
# of low value" states no share of a count)
_MOST_OF = re.compile(
    r"(?<!the )(?<!at )\b(?:most|the (?:vast )?majority|a majority) of (?=[^,;.:]{0,60}?"
    r"\b(?:are|were)\b)(?!(?:the |its |their )?(?:time|years|decades|days|weeks|months|\d))"
)
# "held most of the Tholons top 10", "the majority of the top ten": a share of the ranking's
# top, whatever verb comes before and whatever else the sentence states (its size is the
# group's, no figure of a place)
_MOST_OF_TOP = re.compile(
    r"(?<!the )(?<!at )\b(?:most|the (?:vast )?majority|a majority) of the "
    r"((?:[a-z'’]+ )?top[\s-](?:\d{1,3}|three|five|ten|twenty|fifty|hundred)\b)"
)
# "… in the two years to 2022 as in the previous four": four years, the unit named before
_ELLIPTIC_YEARS = re.compile(
    r"\bthe (?:previous|preceding|prior|following|next) (\w+)(?=\s*(?:[.,;:)]|$))"
)
# "reached the trillion-yuan mark", "hit its trillion-yuan mark": one trillion, as "a
# trillion-yuan business" is
_SCALES = ("million", "billion", "trillion")
_THE_SCALE = gates.Gated(
    re.compile(
        r"\b(the|its|their) (?=(?:million|billion|trillion)[\s-](?:yuan|renminbi|dollars?|us)\b)"
    ),
    *(f"{whose} {scale}" for whose in ("the", "its", "their") for scale in _SCALES),
)
# "has seen its exports triple", "watched its sales double": as "tripled", "doubled"
_SEEN_MULTIPLE = re.compile(
    r"\b(?:saw|seen|sees|see|seeing|watched|watches|watch)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(double|triple|quadruple|quintuple)(?=\s*(?:[.,;:]|$|\s(?:in|since|over|from|between|"
    r"after|within|during)\b))"
)
_SEEN_FOLDS = {"double": "two-fold", "triple": "three-fold", "quadruple": "four-fold"}
# "over the latest two-year window", "the preceding four-year period": the past (or
# previous) two years, a window, no count of years
_YEAR_WINDOW = re.compile(
    r"\bthe (latest|last|past|most recent|recent|previous|preceding|prior) (\w+)[- ]year "
    r"(?:window|period|stretch|span)\b"
)
_WINDOW_OF = {"previous": "previous", "preceding": "previous", "prior": "previous"}
# "its 1-trillion-yuan revenue goal", "a 2.5-billion-dollar deal": the sum, as written apart
_HYPHENED_SUM = gates.Gated(
    re.compile(r"\b(\d+(?:\.\d+)?)-(million|billion|trillion)-(?=yuan|renminbi|dollar|us)"),
    *(f"-{scale}-" for scale in _SCALES),
)
# "a couple of hundred robotics firms": about two hundred
# "working back from the 23.2 per cent growth rate, …": a reader's derivation from a figure,
# no one's work
_WORKING_BACK = re.compile(r"\bworking back(?:wards?)? from\b")
_A_COUPLE_OF = re.compile(r"\ba couple of (?=(?:hundred|thousand|million|billion)\b)")
# "one laptop in every three (sold)": one in every three laptops (not "one office in 10
# cities": the count must end the phrase, or a verb or a preposition follow it)
_ONE_THING_IN = re.compile(
    r"\bone ([a-z-]+) in (every |each )?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:sold|made|produced|shipped|assembled|built|manufactured|"
    r"worldwide|globally|around|across|on|in|of|from|is|are|was|were|comes?|came)\b)"
)
# "a good third", "a solid half": at least that part (never a rank, "third")
_A_GOOD_PART = re.compile(r"\ba (?:good|solid|full|hefty|healthy) (half|third|quarter|fifth)\b")
_HALF_A_DOZEN = re.compile(r"\b(?:a half[\s-]dozen|half[\s-]a[\s-]dozen)\b")
_LAST_DECADE = re.compile(r"\b(?:the )?(?:last|past|previous) decade\b")
# "a dozen years before NPR's 2010 report", "a decade after 1979", "two years later than
# 2010": the year 1998, 1989, 2012 (the year named is a reference point, not the claim's);
# not a span ("in the ten years before 2010", "for two years after").
_YEARS_FROM = re.compile(
    r"\b(?<!the )(?<!past )(?<!last )(?<!first )(?<!next )(?<!for )(?<!over )(?<!within )"
    r"(a dozen|a|an|[a-z]+|\d{1,2}) (years?|decades?) (before|after|earlier than|later than|"
    r"prior to) (?:(?:the|[a-z.]+(?:'s|’s)) ){0,2}((?:19|20)\d\d)(?:(?:'s|’s)? (?:report|"
    r"article|study|survey|census|story|book|visit|crisis|olympics|games|expo|reforms?|plan))?\b"
)

# "1979 experiment that made it …", "1979, when it became …": what happened that year
_DATED_BY_CLAUSE = re.compile(
    r"(?:['’]s)?(?:\s+[a-z-]+){1,2}\s+(?:that|which)\b|\s*,\s*(?:when|which)\b"
)

# "Chengdu's population shrank during 2021", "the economy grew last year": a change of no
# number, of its direction only, where the sentence states no number but years: a change
# ("added", "gdp growth") above or below zero (three needles only: six more cost 1 %
# of a check of prose's instructions, in every sentence)
_DIRECTED = ("population ", "gdp ", "economy ")
_DIRECTION = re.compile(
    r"\b(population|gdp|economy) (?:(?:has|have|had) )?(?:actually |also |even )?"
    rf"(grew|grown|grow|grows|rose|risen|rises|increased|expanded|{cw.FELL_VERBS}|shrinks|"
    r"falls|contracted)\b"
    r"(?=(?: (?:in|during|through|last|this|from|between)\b[^\d,;.]*"
    r"(?:(?:19|20)\d\d[^\d,;.]*)*)?\s*(?:[,;.]|$))"
)
_DOWN = frozenset((*cw.FELL_VERBS.split("|"), "shrinks", "falls", "contracted"))
_OTHER_DIGIT = re.compile(r"(?<!\d)(?!(?:19|20)\d\d\b)\d")
# "opened in '99", "back in ’05", "the late '90s": a year (a decade) written short, 1999,
# 2005, the 1990s (the sources' years run from 1980 to 2029); not a quoted number ("'2,300'")
_SHORT_YEAR = re.compile(r"(?<![\w'’])['’](\d\d)(?=s?\b)(?![\w'’]*['’]|s?[.,]\d|\s*%|\s*per)")


# "ranked behind only Beijing and Shanghai", "after only Shenzhen": the place after those
# named, third, second (a name of at most three words each)
_BEHIND_ONLY = re.compile(
    r"\b(?:behind|after|trail(?:s|ed|ing)) only ((?:[a-z'’.-]+ ){0,2}?[a-z'’.-]+"
    r"(?:, (?:[a-z'’.-]+ ){0,2}?[a-z'’.-]+)*(?:,? and (?:[a-z'’.-]+ ){0,2}?[a-z'’.-]+)?)\b"
)
_ORDINALS = ("second", "third", "fourth", "fifth")


def _behind_only(match: re.Match[str]) -> str:
    named = 1 + match.group(1).count(", ") + (" and " in match.group(1))
    return f"{_ORDINALS[named - 1]} behind {match.group(1)}" if named <= 4 else match.group()


# The words without which no rule of ``rewrite`` writes a number into a text that has
# none ("doubled" is "two-fold", "a decade" "10 years", "a start-up a day" "1 …", "its
# top firm" "its largest firm", a rank): a rule that can needs its words here
# (tests/unit/test_reader_rewrite.py).
_WRITES_NUMBERS = (
    "fold",
    *(word for word, _ in lx.MULTIPLES),
    "twice",
    "double",
    "triple",
    "quadruple",
    "quintuple",
    "treble",
    "couple of",
    "most of",
    "majority of",
    "half a",
    "century",
    "decade",
    "square",
    "day",
    "daily",
    "week",
    "s top",
    "number one",
    "number two",
    "number three",
    "behind only",
    "after only",
    "trails only",
    "trailed only",
    "trailing only",
    *_DIRECTED,
)


# "turned over more than a billion yuan": the verb of a turnover, said as its noun (what a
# count of companies by their turnover names), before a sum
_TURNED_OVER = re.compile(
    r"\b(?:turned|turns|turn|turning) over (?=(?:(?:more than|over|about|around|some|nearly|"
    r"almost|roughly|at least|less than|under|just|upwards of|in excess of|close to) )?"
    r"(?:a |an |us\$|\$|rmb|cn¥|¥|\d))"
)


def _seen_multiple(found: re.Match[str]) -> str:
    verb = found.group(1)
    fold = _SEEN_FOLDS.get(verb, "five-fold")
    return found.group()[: found.start(1) - found.start()] + fold


def may_write_numbers(text: str) -> bool:
    """False only where ``rewrite`` writes no number into a text that states none: most
    sentences of prose are then not rewritten (2 % of a check)."""
    return any(map(text.__contains__, _WRITES_NUMBERS))


def rewrite(text: str) -> str:
    """Words a reader turns into figures before reading them: "fivefold" → "five-fold",
    "tripled" → "three-fold", "four decades" → "40 years", "a city of 6 million" →
    "… residents"."""
    if "'" in text or "’" in text:
        text = _SHORT_YEAR.sub(lambda m: f"{19 if m[1] >= '30' else 20}{m[1]}", text)
    if " only " in text and ("behind" in text or "after" in text or "trail" in text):
        text = _BEHIND_ONLY.sub(_behind_only, text)
    if "fold" in text:
        text = lx.FOLD.sub(r"\1-fold", text)
    for word, fold in lx.MULTIPLES:
        if word in text:
            text = re.sub(rf"\b{word}\b", fold, text)
    if "twice" in text or "ble " in text or "ple " in text:
        text = _TWICE.sub(lambda m: f"{_TIMES[m[1]]} times", text)
    if "half times" in text or "half-fold" in text or "half fold" in text or "halffold" in text:
        text = _AND_A_HALF_TIMES.sub(
            lambda m: f"{count_in_words(m[1])}.5{' times' if m[2] else '-fold'}", text
        )
    if " as m" in text or " as large" in text or " as big" in text or " as high" in text:
        text = _PART_AS.sub(
            lambda m: f"{_PARTS[m[1].rsplit(maxsplit=1)[-1].rsplit('-')[-1]]} times as {m[2]}", text
        )
    if "every single" in text or "each and every" in text:
        text = _EVERY_SINGLE.sub(r"every \1", text)
    if " a good " in text or " a solid " in text or " a full " in text or " a he" in text:
        text = _A_GOOD_PART.sub(r"at least a \1", text)
    if "one " in text and " in " in text:
        text = _ONE_THING_IN.sub(r"one in \2\3 \1", text)
    if "dozen" in text:
        text = _HALF_A_DOZEN.sub("six", text)
    if "turn" in text and " over " in text:
        text = _TURNED_OVER.sub("had a turnover of ", text)
    if "for every" in text or "for each" in text:
        text = _FRONTED_FOR_EVERY.sub(r"\3 \2one for every \1", text)
        text = _FOR_EVERY.sub(_for_every, text)
    if ("most of" in text or "majority of" in text) and "top" in text:
        text = _MOST_OF_TOP.sub(r"more than half of the \1", text)
    if (
        ("most of" in text or "majority of" in text)
        and (" are " in text or " were " in text)
        and not may_state_numbers(text)
    ):
        # (only where it is the sentence's one figure: "most of Dalian's 22 universities"
        # states a count, and a share no source may hold beside it; "most of the top 10"
        # is read above)
        text = _MOST_OF.sub("more than half of ", text)
    if " years " in text and (
        "previous " in text
        or "preceding " in text
        or "prior " in text
        or "following " in text
        or "next " in text
    ):
        text = _ELLIPTIC_YEARS.sub(lambda m: _elliptic_years(m, text), text)
    if "-year " in text or " year " in text:
        text = _YEAR_WINDOW.sub(lambda m: f"the {_WINDOW_OF.get(m[1], 'past')} {m[2]} years", text)
    if "trillion" in text or "billion" in text or "million" in text:
        text = _THE_SCALE.sub(r"\1 1 ", text)
        text = _HYPHENED_SUM.sub(r"\1 \2 ", text)
    if ("double" in text or "triple" in text or "uple" in text) and (
        "see" in text or "saw" in text or "watch" in text
    ):
        text = _SEEN_MULTIPLE.sub(_seen_multiple, text)
    if "working back" in text:
        text = _WORKING_BACK.sub("based on", text)
    if "couple of" in text:
        text = _A_COUPLE_OF.sub("about two ", text)
    if "half a" in text or "century" in text:
        for words, years in lx.CENTURIES:
            text = text.replace(words, years)
    if ("year" in text or "decade" in text) and (
        " before " in text or " after " in text or "r than " in text or " prior to " in text
    ):
        text = _YEARS_FROM.sub(_years_from, text)
    if "decade" in text and " to " in text:
        text = _SPAN_TO.sub(lambda m: _span_to(m, text), text)
    if "decade" in text:
        text = _LAST_DECADE.sub("the last 10 years", text)
        text = lx.DECADES.sub(lambda m: _decades(m, text), text)
    if "square" in text:
        text = _A_SQUARE.sub(r"1 \1", text)
    if (("day" in text or "daily" in text) and any(words in text for words, _ in lx.RATE_DAYS)) or (
        ("week" in text or "month" in text) and any(map(text.__contains__, _LONGER_RATES))
    ):
        text = lx.ONE_AT_A_RATE.sub("1", text)  # "a new start-up every two days": one
    if "abroad" in text or "overseas" in text:
        text = lx.FROM_ABROAD.sub(r"\1 elsewhere", text)
    if " and " in text and ("foreign" in text or "overseas" in text):
        text = _BOTH_ORIGINS.sub("", text)
    if "carried out" in text or "actually" in text:
        text = lx.CONDUCTED.sub("conducted", text)
    if "s top" in text:
        text = lx.TOP_AS_FIRST.sub("largest", text)
    if "number " in text:
        text = _NUMBER_RANK.sub(lambda m: f"no. {count_in_words(m[1])}", text)
    if "rmb" in text or "cny" in text or "usd" in text:
        text = lx.GLUED_CURRENCY.sub(r"\1 ", text)
    for needle, short, full in lx.ABBREVIATIONS:
        if needle in text:
            text = short.sub(full, text)
    if "capital" in text:
        text = lx.CAPITAL.sub("capital", text)
    if (
        ("population " in text or "gdp " in text or "economy " in text)
        and _OTHER_DIGIT.search(text) is None
        and (direction := _DIRECTION.search(text))
    ):
        text = text[: direction.start()] + _direction(direction) + text[direction.end() :]
    if " new" in text:
        text = added.new_counts(text)
    if "than " in text:
        text = added.more_than_before(text)
    if " of " not in text:
        return text
    text = gates.CITY_OF_PEOPLE.sub(
        lambda m: m.group()[: m.start(1) - m.start()] + "residents", text
    )
    return gates.CITY_OF.sub(r"\g<0> residents", text)


def _elliptic_years(match: re.Match[str], text: str) -> str:
    """ "the previous four" after a count of years → "the previous four years"."""
    if count_word(match.group(1)) is None or " years " not in text[: match.start()]:
        return match.group()
    said = match.group().replace("preceding", "previous").replace("prior", "previous")
    return f"{said} years"  # (as "the previous four years" is read: a span, no figure)


def _for_every(match: re.Match[str]) -> str:
    """ "one patent for every four or five applications" → "0.222 times as many patent as
    applications"; unchanged where the count is no number."""
    counts = [count_word(word) for word in match.groups()[1:] if word]
    if not all(counts) or not counts:
        return match.group()
    of = sum(count or 0 for count in counts) / len(counts)
    return f"{1 / of:.3g} times as many {match.group(1)}as "


def _span_to(match: re.Match[str], text: str) -> str:
    """ "in the decade to 2014" → "over the last 10 years, to 2014" where the sentence
    states no other number (else a span of time, its figures')."""
    if may_state_numbers(text[: match.start()] + text[match.end() :]):
        return match.group()
    return f"over the last 10 years, to {match.group(1)}"


def _years_from(match: re.Match[str]) -> str:
    """ "a dozen years before 2010" → "in 1998"; unchanged where the count is no number,
    or where a clause says what the year named was ("four decades after the 1979 reform
    that made it a zone": 1979 is the zone's, the count no year of it)."""
    words, unit, relation, year = match.groups()
    if _DATED_BY_CLAUSE.match(match.string, match.end(4)):
        return match.group()
    count = count_in_words(words)
    if count is None:
        return match.group()
    count *= 10 if unit.startswith("decade") else 1
    sign = -1 if relation in ("before", "earlier than", "prior to") else 1
    return f"in {int(year) + sign * count}"


def _decades(match: re.Match[str], text: str) -> str:
    """ "four decades" is about 40 years (a round count), unless hedged otherwise."""
    years = f"{10 * (count_word(match.group(1)) or 1)} years"
    before = text[max(0, match.start() - 20) : match.start()]
    return years if bounds.hedge_before(before) is not None else f"about {years}"


def _direction(match: re.Match[str]) -> str:
    """ "population shrank" → "population added less than 0 people" (a change, never the
    level); "the economy grew" → "gdp growth was above 0 %": a change's direction as a
    bound at zero."""
    down = match.group(2) in _DOWN
    if match.group(1) == "population":
        return f"population added {'less' if down else 'more'} than 0 people"
    return f"gdp growth was {'below' if down else 'above'} 0 %"


@lru_cache(maxsize=4)
def as_read(sentence: str) -> str:
    """The sentence as the reader reads it (normalised, then ``rewrite``): the text a
    reading's figures are at, worked out once for all the rules that ask of a sentence's
    claims (remembered for the last few sentences)."""
    return rewrite(normalise(sentence))
