"""The words `check` reads a claim with (English only): hedges and bounds, currencies,
units, time words, the verbs of founding and investing (the stems that tie a writer's
words to the metrics' labels are in ``stems``, the hedges and bounds in ``reader.bounds``,
the words of a change, "rose by", "added", "fell", "up from", in ``change_words``).

Every pattern here is applied to a writer's text, so each is linear: alternatives of
literal words, no nested or adjacent quantifiers that can backtrack, and the ones
anchored at the end of a text are applied to a short slice before a number.
"""

from __future__ import annotations

import re

from hubquery.query.stems import BASIS_WORDS as BASIS_WORDS
from hubquery.query.stems import STOP as STOP
from hubquery.query.stems import SYNONYMS as SYNONYMS
from hubquery.query.stems import WORD as WORD
from hubquery.query.stems import bases as bases
from hubquery.query.stems import root as root
from hubquery.query.stems import stem as stem
from hubquery.query.stems import stems as stems

CURRENCY_BEFORE = (
    ("USD", re.compile(r"(?:us\$|usd|\$)\s*$")),
    ("CNY", re.compile(r"(?:cn¥|rmb|cny|¥|yuan)\s*$")),
)
CURRENCY_AFTER = (
    ("USD", re.compile(r"^[\s-]*(?:u\.?s\.? dollars|dollars|dollar|usd|\$)\b")),
    ("CNY", re.compile(r"^[\s-]*(?:yuan|renminbi|rmb|cny)\b")),
)
# Not part of a name: "US$" and "US dollars" name no United States, "Chengdu's Hi-Tech
# Zone" is one: "\b(?:us|cn|hk)(?=\$|¥)|(?<=\w)['’]s\b|\bu\.?s\.? dollars?\b", written
# with each alternative's first character first and the word's edge looked at behind it
# ("u(?<!\w\w)" is "\bu"), so that the engine skips at once to the places that begin
# with one of them (12.6 µs a sentence to 2.8; tests/unit/test_reader_gates.py).
NOT_NAMES = re.compile(
    r"u(?<!\w\w)(?:s(?=\$|¥)|\.?s\.? dollars?\b)|c(?<!\w\w)n(?=\$|¥)|h(?<!\w\w)k(?=\$|¥)"
    r"|'(?<=\w')s\b|’(?<=\w’)s\b"
)
CJK = r"[\u3400-\u9fff]"  # a Chinese character
FOLD = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundred|\d+)fold\b"
)
MULTIPLES = (
    ("doubled", "two-fold"),
    ("tripled", "three-fold"),
    ("quadrupled", "four-fold"),
    ("quintupled", "five-fold"),
)
MULTIPLE_WORDS = re.compile(r"\b(?:doubled|tripled|quadrupled|quintupled)\b")
# "a city of 6 million" counts its residents.
_CITY_OF = (
    r"\b(?:city|town|metropolis|municipality|seaport|port|megacity) of "
    r"(?:(?:about|some|nearly|more than|over|around|roughly|almost|close to|just over|"
    r"just under|under|less than|fewer than|at least|well over|upwards of) )?"
    r"(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty)"
    r"(?: and a half)?(?: ?(?:million|billion|bn|m)\b)?"  # ("eight and a half million")
)
CITY_OF = re.compile(
    _CITY_OF + r"(?! ?(?:million|billion|bn|m\b|people|residents|inhabitants|\d|[.,]\d))"
)
# "a port city of six million people": its people are its residents.
CITY_OF_PEOPLE = re.compile(_CITY_OF + r" (people)\b")
SPAN_AFTER = re.compile(
    r"^\s*(?:months?|weeks?|hours?|minutes?|days?|"
    r"(?:years?|decades?) (?:earlier|later|ago|before|after|prior|previously|on)\b(?!\s*\d))\b"
)
# "three years earlier", "two years later": a time counted from the year named before.
RELATIVE_YEARS = re.compile(
    r"\b(\w+) years? (?:(earlier|before|previously|prior)|(later|after|on))\b(?!\s*\d)"
)
PERCENT_AFTER = re.compile(r"^\s*(?:%|percent\b|per cent\b|pc\b|percentage points?\b)")
RANKED_AFTER = re.compile(r"^[\s-]*(?:ranked|place|position)\b")
RANK_AFTER = re.compile(r"^(?:st|nd|rd|th)\b")
# ("universities number 25" is a count: "number" after a plural is a verb; not after
# "China's")
# (A lookahead first names the characters a match can begin with: every other place is
# turned away at once, before any test of a word's edge or of the character before. It
# changes no match (tests/unit/test_reader_gates.py); with those NOT_NAMES had, and
# numbers._DIGITS' and times._YEAR's, it saved a check of prose 5.5 % of its instructions.)
RANK_BEFORE = re.compile(
    r"(?=[nr#])(?:\bno\.|(?<![a-z]s )\bnumber|\branks number|#|\b(?:ranked|ranks|rank))\s*$"
)
LONGEST_RANK_MARK = len("ranks number")  # (no mark ends in a space)
TOP_BEFORE = re.compile(r"\btop[\s-]*$")
SUPERLATIVE_AFTER = re.compile(r"^[\s-]*(?:largest|biggest|-ranked|ranked|place)\b")
TIMES_AFTER = re.compile(r"^\s*(?:times\b|fold\b|-fold\b|×|x\b)")
# (and as an adjective: "a 30-square-kilometre site", "a 12-square-mile zone")
AREA_AFTER = re.compile(
    r"^(?:\s*|-)(?:km2|km²|sq\.? ?km|square[\s-](?:kilometres?|kilometers?|km))"
)
# An area in another unit, read as km² with a note: square miles, hectares
OTHER_AREA_AFTER = re.compile(
    r"^(?:\s*|-)(?:(sq\.? ?mi(?:les?)?\b|square[\s-]miles?\b|mi²|mi2\b)|hectares?\b)"
)
SQUARE_MILE_KM2 = 2.589988110336


def other_area(after: str) -> tuple[str, str, float] | None:
    """The unit of an area written in square miles or hectares just after a figure (its
    name, one of it, km² in one), else None."""
    found = OTHER_AREA_AFTER.match(after)
    if found is None:
        return None
    if found.group(1):
        return "square miles", "1 square mile", SQUARE_MILE_KM2
    return "hectares", "1 hectare", 0.01


YEAR_BEFORE = re.compile(
    r"(?:in|since|by|during|as of|for|of|from|until|till|to|end of|year|(?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\()\s*$"
)
# "the late 1970s", "the 2000s", "the early 1990s": a span of years.
DECADE = re.compile(r"\b(?:(early|mid|late)[\s-]+)?((?:1[89]|20)\d0)['’]?s\b")
# "the past two years", "the last 10 years": a window counted back from the source.
WINDOW = re.compile(r"\b(?:the )?(?:past|last|previous) (\w+) years\b")
# "added 860 companies in two years": the span of the count before it (not one of years)
IN_YEARS = re.compile(r"\b(?:in|within|over)(?: just| only)? \w+ years\b")
IN_YEARS_AFTER = re.compile(
    r"(?:[^\d,;:.]|\.\d)*?(?<!years )\b(?:in|within|over)(?: just| only)? (\w+) years\b"
    r"(?!\s+(?:ago|later|earlier|before|after|of|to)\b)"
)
DECADES = re.compile(r"\b(a|one|two|three|four|five|six|\d+) decades?\b")
# A claim about now: the newest figure answers it, and an old one does not.
NOW = re.compile(
    r"\b(?:now|today|currently|at present|presently|these days|nowadays|"
    r"still|no longer|already|any more|anymore)\b"
)
# "said in 2022 that it would build …": a plan made known (its year the announcement's)
SAID_WOULD = re.compile(
    r"\b(?:said|says|stated|states|announced|announces|declared|revealed|disclosed)"
    r"(?: in (?:19|20)\d\d)?,? (?:that )?(?:[a-z'’-]+ ){0,4}?would\b"
)
# A claim of a goal, not of a figure that held.
TARGET = re.compile(
    r"\b(?:aims? to|aiming to|aims? for|aimed for|aiming for|aims? of [a-z]+ing|plans? to|"
    r"planned to|planning to|expects?|expected|expecting|"
    r"targets?|targeted|targeting|goal|goals|deadlines?|will|want(?:s|ing|ed)?|"
    r"hop(?:es?|ing|ed)|intend(?:s|ing|ed)?|needs? to|"
    r"is set to|are set to|on track to|on course to|(?:tipped|poised|slated|set) to become|"
    r"set(?:s|ting)? out to|"  # ("set out to devote 5 per cent …": its aim; not "set out on")
    r"(?:is|are|was|were) (?:meant|supposed|scheduled|slated|required) to|"
    r"strives?|striving|ambition|means to|seeks? to|aspires? to|aspired to|aspiring to|"
    r"aspiration|future|calls? for|called for|calling for|"
    # ("the plan earmarks 5 percent of GDP for …": what a plan sets aside, its goal)
    r"plans? (?:sets? aside|puts? aside|earmark(?:s|ed)?|allocat(?:es|ed)|reserv(?:es|ed)|"
    r"devot(?:es|ed)|commit(?:s|ted))|"
    r"seeking to|pledged? to|pledges to|vow(?:s|ed)? to|promise[sd]? to|envisages?|envisions?|"
    r"(?:has|have|had|gives?|gave|given)(?:\s+[a-z]+)?\s+until (?:the end of )?(?:19|20)\d\d,? to|"
    r"(?:is|are) to (?!the\b|a\b|an\b|date\b|be found\b|blame\b|thank\b)[a-z]+)\b"
)
# "does not have 50 universities", "isn't 6 million": an exact figure negated (applied to
# the words just before it; "not only 22" is no negation of it)
NOT_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever)(?: (?:have|has|had|be|been|is|are|was|were|exactly|quite|yet|"
    r"hold|holds|host|hosts|house|houses|employ|employs|number|total|count|rank|ranked|"
    r"place|placed|sit|sits|stand|stands)){0,2}\s*(?:us\$|\$|rmb|¥)?\s*$"
)
# "did not reach US$20 billion", "never topped 1,000", "did not grow 20 percent": less
# than it
NOT_REACHED_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever) (?:(?:reach|hit|top|exceed|pass|surpass|break|cross|touch)\w*"
    r"(?: the)?|(?:grow|grew|rise|rose|increase|climb|jump|expand|gain)(?: by)?)"
    r"\s*(?:us\$|\$|rmb|¥)?\s*$"
)
# "hit its goal of 1 trillion yuan": a goal said to be reached is a claim that the figure
# held, not of a goal ("on track to hit its target" is still one); its amount or year may
# stand in its name ("hit its 5 percent automation goal", "met its 2020 target of …"), and
# a deadline is one ("met its 2020 deadline"); applied to lower-case text
_GOAL_MET_VERBS = (
    r"(?<!to )\b(?:hit|hits|reached|reaches|met|meets|achieved|achieves|attained|attains|"
    r"exceeded|exceeds|surpassed|surpasses|beat|beats|fulfilled|fulfils|fulfills|kept|keeps)\s+"
)
_GOAL_NAMED = r"\s+(?:[\w$¥.,%-]+\s+){0,5}?(?:goal|target|deadline)s?\b"
GOAL_MET = re.compile(
    rf"{_GOAL_MET_VERBS}(?:its|their|the|a|an){_GOAL_NAMED}"
    # "reached 1 trillion yuan in 2020, right on target": met, said after the figure (not
    # "on target to reach", "on target for": still a goal)
    r"|,\s*(?:right |exactly |just |squarely |bang |dead )?on target\b(?!\s+(?:to|for)\b)"
)
# "pledged to spend 5% of GDP on it by 2020, and it delivered", "…, a promise it kept": a
# goal said met in a clause of its own at the sentence's end (not "and it hopes to deliver")
GOAL_KEPT = re.compile(
    r"(?:,|\band)\s+(?:(?:and )?(?:so )?(?:(?:it|they|the city|the government) )?(?:duly )?|"
    r"(?:a|one|the) (?:promise|pledge|vow|goal|target) (?:it|they) (?:duly )?)"
    r"(?:delivered|did(?: so| just that| it)?|kept(?: (?:it|its word|that promise|that pledge))?|"
    r"made good(?: on it)?|followed through|came through|pulled it off)\s*[.!]?\s*$"
)
# A goal said to be met, the one named with the figure or one stated before it ("set a
# goal of …, and it hit that target": the figure is read as the goal, its meeting said
# of it after)
GOAL_SAID_MET = re.compile(rf"{_GOAL_MET_VERBS}(?:its|their|the|a|an|that|this){_GOAL_NAMED}")
NEGATION = re.compile(
    r"\b(?:not|never|no longer|isn't|aren't|wasn't|doesn't|don't|didn't)\b"
    r"|n't\b"
)
# "in 2008, the same year NIIT opened …": what else happened that year, no part of the
# clause of the year's own figure
_SAME_YEAR = re.compile(r",\s+the (?:very )?same year\b|,\s+the year (?:that|when|in which)\b")


def same_year(text: str, start: int, end: int) -> int:
    """Where a year's clause ends: before ", the same year …" written after it, else at
    ``end``."""
    found = _SAME_YEAR.search(text, start, end)
    return found.start() if found else end


# A year is the figure (not a period) when the sentence says something began then.
YEAR_CUES = re.compile(
    r"\b(?:founded|founding|established|establish|set up|sets up|planted|"
    r"setting up|opened|opens|launched|launches|unveiled|created|creation|"
    r"dates|dated|designated|named|picked|selected|inaugurated|declared|"
    # "joined the ranks of …", "joined China's ten pilot cities": when it became one of a
    # group (not "a tenth joined Neusoft": people taking jobs)
    # (names the reader has read are blanked: "joined      's list")
    r"joined\s+(?:(?:the|its|their|[\w-]*\s*['’]s)\s+)?(?:(?:list|ranks|club|league|roster)\b|"
    r"(?:[a-z-]+\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|"
    r"came into being|saw the light of day|broke ground|ground was broken|breaks ground|"
    r"(?:got|gets|get) (?:going|started|under ?way|off the ground)|"  # ("got going in 1998")
    # "planted its first delivery centre in Dalian in 2002": when it began there
    r"(?:its|their) (?:very )?first (?:[a-z-]+ ){0,2}(?:centres?|centers?|offices?|campus|"
    r"campuses|branch|branches|plants?|factory|factories|facility|facilities|labs?|"
    r"laboratory|laboratories|sites?|outposts?|operations?|base)|"
    # "has been running since the early 1980s": what is running began then
    r"(?:running|operating|been going|in operation|in existence|existed|around|in place) since|"
    # "has been based in the city since 1998": when it came there
    r"(?:based|headquartered)\s+(?:(?:in|at)\s+(?:[a-z'’-]+\s+){0,3})?since)\b"
)
# "has until 2020 to become", "gave it until 2025 to double": a deadline's year (not
# "grew from 2010 until 2013 to US$21.7 billion")
GOAL_YEAR = re.compile(
    r"\b(?:has|have|had|gives?|gave|given)(?:\s+[a-z]+)?\s+until "
    r"(?:the end of )?(?:19|20)\d\d,? to\b"
)
# "hopes to become … by 2020", "hopes that by 2025 it will …": a goal's deadline (the
# goal's verb before its "by"; not "had become a hub by 2010")
GOAL_BY_YEAR = re.compile(
    r"\b(?:hop(?:es?|ed|ing)|aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|want(?:s|ed|ing)?|"
    r"intend(?:s|ed|ing)?|seek(?:s|ing)?|sought|striv(?:es?|ing)|strove|vow(?:s|ed|ing)?|"
    r"pledg(?:es?|ed|ing)|promis(?:es?|ed|ing)|means|meant|aspir(?:es?|ed|ing)) (?:to|that)\b"
    r"[^.;]*?\bby (?:the end of )?(?:19|20)\d\d\b"
)
# "became the first …": the year something became what a subject names is its date.
BECAME = re.compile(
    r"\b(?:became|become|becomes|becoming|(?:was|were|been|being|is|are) (?:made|turned into))\b"
)
# A rate's period: "a day" against a metric counted "every two days".
RATE_DAYS = (
    ("every two days", 2),
    ("every other day", 2),
    ("every day", 1),
    ("a day", 1),
    ("per day", 1),
    ("each day", 1),
    ("daily", 1),
)
# A rate in the period a metric counts it in ("Annual intake"), and in the period a
# claim says (the first that matches; "a year" is the metric's own when it is annual).
RATE_PERIODS = (
    *RATE_DAYS,
    ("every week", 7),
    ("each week", 7),
    ("a week", 7),
    ("per week", 7),
    ("weekly", 7),
    ("every month", 30.4375),
    ("each month", 30.4375),
    ("a month", 30.4375),
    ("per month", 30.4375),
    ("monthly", 30.4375),
    ("annual", 365.25),
    ("per year", 365.25),
    ("a year", 365.25),
    ("every year", 365.25),
    ("each year", 365.25),
)
RATE_NAMES = {1: "day", 2: "2 days", 7: "week", 30.4375: "month", 365.25: "year"}
# "a new start-up … every two days": the article is the count of a rate.
ONE_AT_A_RATE = re.compile(
    r"\b(?:a|one)(?= (?:[a-z]+ ){0,2}(?:start-?ups?|startups?|company|firm|business)\b)"
)
# "half a century", "half a decade": years.
CENTURIES = (
    ("quarter of a century", "25 years"),
    ("half a century", "50 years"),
    ("a century", "100 years"),
    ("half a decade", "5 years"),
)
# "… in five years what Silicon Valley did in 30": the place after "what" is the subject of
# a clause of its own (applied to the few words before a name)
WHAT_BEFORE = re.compile(r"\bwhat\s+(?:the\s+)?$")
FLOW_METRIC = re.compile(r"(?:^|-)(?:new|annual)-|-(?:per|every)-|-change$")
# "Within three years, revenue grew from X to Y": the years the change took, no figure
WITHIN_BEFORE = re.compile(r"\b(?:within|in|over|across|after|inside)(?: just| only| the)?\s*$")
CUTS = re.compile(r";|,|\band\b|\bwhile\b|\bbut\b|\bwhereas\b|\bup from\b|\bto\b")


_STOPS = re.compile(r"[;,]")


def cut(gap: str) -> int:
    """Where the clause of a figure ends in the words between it and the next figure:
    after the first ';', ',', "and", "while", "to" …, else before the word the middle of
    the gap falls in (never inside a word: "21.2 million gre|w by 245,000")."""
    found = CUTS.search(gap)
    if found is not None and found.group() == "and" and (stop := _STOPS.search(gap)):
        return stop.end()  # ("650 companies from China and abroad operate …, employing")
    if found is not None:
        return found.end()
    return gap.rfind(" ", 0, len(gap) // 2 + 1) + 1 or len(gap) // 2


UNIT_WORDS = {
    "companies": (
        "companies",
        "company",
        "firms",
        "firm",
        "enterprises",
        "enterprise",
        "businesses",
        "startups",
        "start",
        "ups",
    ),
    "people": (
        "people",
        "persons",
        "residents",
        "inhabitants",
        "employees",
        "workers",
        "staff",
        "professionals",
        "researchers",
        "engineers",
        "citizens",
        "jobs",
        "workforce",  # ("a 120,000-strong workforce": so many people)
    ),
    "students": ("students", "student", "trainees", "learners"),
    "patents": ("patents", "patent"),
    "universities": ("universities", "university", "colleges"),
    "incubators": ("incubators",),
    "shops": ("shops", "stores", "outlets"),
    "projects": ("projects",),
    "cities": ("cities",),
    "countries": ("countries",),
    "zones": ("zones",),
    "years": ("years", "year"),
    # Counts no metric keeps: a claim of "300 branches" is not one of 300 companies.
    "branches": (
        "branches",
        "branch",
        "offices",
        "plants",
        "factories",
        "labs",
        "centres",
        "centers",
    ),
    # Kinds of things, no count a metric keeps: "three main areas", "five reasons".
    "kinds": (
        "areas",
        "sectors",
        "industries",
        "fields",
        "things",
        "ways",
        "reasons",
        "pillars",
        "priorities",
        "aspects",
        "categories",
        "types",
        "kinds",
        "stages",
        "phases",
        "steps",
        "lessons",
        "factors",
    ),
}
# Counts of places: a group a place named is one of ("one of 10 pilot cities").
PLACES = frozenset(("cities", "countries", "zones"))
UNIT_OF_WORD = {word: unit for unit, words in UNIT_WORDS.items() for word in words}
# "work actually carried out", "services actually delivered": the services conducted,
# not the contracts signed (rewritten into the word the bases are named by).
# "firms from China and abroad": where they come from, no branches abroad
FROM_ABROAD = re.compile(r"\b(from|and|or) (?:abroad|overseas)\b")
CONDUCTED = re.compile(
    r"\b(?:actually |actual )?carried out\b|\bactually (?:delivered|executed|performed)\b"
)
# "RMB135bn", "USD21.7bn": a currency's letters glued to the number (no name as "5G")
GLUED_CURRENCY = re.compile(r"\b(rmb|cny|usd)(?=\d)")
# "the world's top exporter", "China's top outsourcer": the first, as "largest" is (never
# "top 10", "top-ten", "top three")
TOP_AS_FIRST = re.compile(
    r"(?<=['’]s )top(?=-ranked\b| (?!(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|hundred|dozen)\b)[a-z])"
)
# Abbreviations a writer uses for what the dataset names in full ("a national IP
# demonstration zone"); the gate is a word each contains.
ABBREVIATIONS = (
    (" ip", re.compile(r"\bip\b(?!\s*address)"), "intellectual property"),
    ("sez", re.compile(r"\bsez(s?)\b"), r"special economic zone\1"),
    # "revenue compounded at 30 percent a year": it grew so each year
    ("compound", re.compile(r"\bcompound(?:ed|s|ing)? (?:annually |yearly )?at\b"), "grew"),
)
# "the Sichuan provincial capital", "its capital city": the capital, as a hub's names
# give it ("Sichuan capital", "capital of Sichuan").
CAPITAL = re.compile(r"\b(?:provincial capital(?: city)?|capital city)\b")
# "the 13th Five-Year Plan": an ordinal before the name of what comes in editions is
# part of the name, no rank.
_EDITION_BEFORE = re.compile(
    r"(?:\b\d+(?:st|nd|rd|th)|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth))[\s-]+$"
)
_EDITIONS = re.compile(r"\b(?:plan|programme|program|congress|session|edition|expo|forum)\b")
_EDITION_WORDS = ("plan", "program", "congress", "session", "edition", "expo", "forum")


def edition_start(text: str, start: int, name: str) -> int:
    """Where a name at ``text[start:]`` begins, with the ordinal of its edition."""
    # (most names name none of these: the pattern tried only where one of its words is)
    if not any(map(name.__contains__, _EDITION_WORDS)) or _EDITIONS.search(name) is None:
        return start
    edition = _EDITION_BEFORE.search(text[max(0, start - 16) : start])
    return start - len(edition.group()) if edition else start


# Where a rank is counted: "the world's largest" is not "China's largest".
_SCOPES = (
    ("in the world", re.compile(r"\b(?:world|worldwide|global|globally|globe|planet)\b")),
    ("in China", re.compile(r"\b(?:china|chinese|nation|national|country)\b")),
)


def scope(text: str) -> str | None:
    """The one scope a (lower-case) text ranks in, or None for none or both."""
    found = [name for name, pattern in _SCOPES if pattern.search(text)]
    return found[0] if len(found) == 1 else None
