"""What a figure counts or pays that no metric of the place measures: a part of its
companies named by what they did ("some 300 Zhongguancun companies have opened branches",
"300 of them have …", "companies with a turnover of …"), which is not the place's count
of companies; companies of another kind than the metric's ("840 software firms" of a
count of AI companies); and the pay its people earn ("80,000 workers earn an average of US$15,000"),
which is not the place's revenue."""

from __future__ import annotations

import re

from hubquery.query import lexicon as lx
from hubquery.query.reader.figures import Figure
from hubquery.query.reader.gates import Gated
from hubquery.query.reader.metrics import MetricCues
from hubquery.records import Metric

# After the number: "of them …", or a count's noun (a few words on) followed by what the
# group did to something or has ("have opened branches", "with a turnover of …"; not
# what places them: "have registered in Shenyang", "have set up shop"; not the whole's:
# "with a combined …", "with some 80,000 employees").
# "650 companies with some 80,000 employees": the whole's people, no part of it
_STAFF = (
    r"\s+(?:(?:some|about|around|roughly|nearly|almost|more than|over|just|close to)\s+)?"
    r"[\d,.]+(?:\s+(?:thousand|million))?\s+(?:employees|staff|workers|people|engineers|"
    r"researchers|professionals)\b"
)
_SUB_GROUP = re.compile(
    r"(?:\s+of (?:them|those|these)|(?:\s+[\w'’.-]+){0,3}?\s+(?:companies|firms|"
    r"enterprises|businesses|start-?ups))(?:\s+(?:that|which))?\s+(?P<what>(?:(?:have|has|"
    r"had)(?:\s+(?:already|also|now|together))?\s+(?!(?:been|become|grown|settled|located|"
    r"clustered|gathered|registered|based|moved|relocated|arrived|emerged|sprung|flocked|"
    r"established|started|set|opened (?:up|shop|their doors))\b)"
    r"(?:[a-z]+(?:ed|en|t|up)|won|made|sold|begun|drawn|shown|paid|gone)\b(?!\s+(?:in|at|"
    r"to|into|here|there|since|across|over|during|from|within|this|last|so|by)\b)|"
    r"with\b(?!\s+(?:an? )?(?:combined|total|joint|collective|overall)\b)(?!" + _STAFF + r"))"
    r"[^,;:.\d]{0,40})"
)
# A part of a whole named ("50 of Hefei's AI companies …", "Of the 1,500 firms in
# Sichuan, about 200 …"): what follows says which part.
_NOUNS = r"(?:companies|firms|enterprises|businesses|start-?ups)\b"
_PART_OF = re.compile(
    rf"\s+of\s+(?:the|its|their|\S*['’]s)\s+(?P<kind>(?:[\w'’.-]+\s+){{0,3}}?){_NOUNS}"
)
_PART_OF_LEAD = re.compile(
    r"^\W*(?:of|among)\s+(?:the|its|their|\S*['’]s)\s(?:[^,;:]|,\d)*,\s*(?:[a-z]+\s+){0,2}$"
)
_REST = re.compile(r"[^,;:.\d]{0,60}")
# "600 of the companies registered in Zhongguancun": words that place the whole, not what
# its part did
_PLACED = re.compile(r"(?:registered|based|located|operating|headquartered|listed) (?:in|at)\b")
# "… have founded more than": what a part did, before its count
_DID_BEFORE = re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+)?[a-z]+(?:ed|en|t)\b")
# A total, not a part: "Zhongguancun's 2,300 companies", "its 2,300 firms", "all 2,300"
# (a hedge between: "Hefei's more than 840 AI companies").
_WHOLE_BEFORE = re.compile(r"(?:['’]s|\b(?:its|their|the|all|those|these))\s+(?:\w+\s+){0,2}$")
# Pay: what people earn ("workers earn an average of"), a salary, a wage.
_PAY = re.compile(
    r"\b(?:(?:people|persons?|workers?|employees?|staff|engineers?|programmers?|developers?|"
    r"graduates?|researchers?|residents?)\s+(?:\S+\s+){0,5}?(?:earn|earns|earned|make|makes|made|"
    r"take home)\b|(?:are|is|were|was|get|gets|got) paid|salar(?:y|ies)|wages?|"
    r"(?:average|annual|monthly|median) (?:pay|income|"
    r"earnings))\b[^,;:]*$"
)
# A rise in pay ("wages rose 8%", "their incomes grew 8%"), and money per head ("per-capita
# income of 40,000 yuan", "each employee generates US$50,000"): never a place's total.
_PAY_RISE = re.compile(
    r"\b(?:(?:their|household|disposable|personal|average|per[- ]capita) incomes?|wages?|"
    r"salar(?:y|ies))\b[^,;:]*$"
)
_PER_HEAD = re.compile(
    r"\b(?:per[- ](?:capita|head|person|employee|worker|resident)|(?:each|every) (?:employee|"
    r"worker|resident|person|engineer)\b)"
)
# Just after the sum, per any one thing counted ("US$300 per trainee", "… for every
# customer"), not a total's period ("per year", "each month", "every two years")
_PER_ONE = re.compile(
    r"\s*(?:(?:million|billion|thousand|yuan|dollars)\s+)?(?:for\s+)?(?:per[- ]|each |every )"
    r"(?!(?:year|annum|month|week|day|quarter|hour|decade|cent|other|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|\d)|of\b)[a-z]{3,}\b"
)
# A count's noun per one thing ("120 people per enterprise", "150 staff for every
# company"): an average over a group, not a span's total ("per year", "every two years")
_COUNT_PER_ONE = re.compile(
    r"\s+(?:[a-z-]+\s+){1,2}?(?:per[- ]|for (?:each|every) )"
    r"(?!(?:year|annum|month|week|day|quarter|hour|decade|cent|other|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|\d)|of\b)[a-z]{3,}\b"
)
# "among the first three zones", "the earliest 100 companies": a part picked by its order
_FIRST_FEW = re.compile(r"\bthe (?:very )?(?:first|earliest|last|latest)\s+$")
# "Each of Dalian's 40 incubators turns out 800 …": a figure of each member, not the total.
_EACH_OF = Gated(
    re.compile(
        r"\b(?:each|every one|any one) of\s+(?:(?:the|its|their|these|those|\S*['’]s)\s+)?"
        r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty)\b[^,;:.]*$"
    ),
    "each",
    "every one",
    "any one",
)
# A metric of one country's business ("japan-share-of-ito-exports") is not a claim that
# names another's ("Korean clients accounted for 80 percent").
_NATIONS = (
    ("japan", "japanese"),
    ("korea", "korean"),
    ("india", "indian"),
    ("philippines", "filipino"),
    ("europe", "european"),
)
_NATION = Gated(
    re.compile(r"\b(?:" + "|".join(w for n in _NATIONS for w in n) + r")\b"),
    *("japan", "korea", "india", "philippines", "filipino", "europe"),  # (in "japanese" …)
)
# "70 percent of all the land in Beijing": the whole, not the kind of it a metric counts
# ("the city's industrial land")
_ALL_OF = re.compile(r"\b(?:all|the whole|the entire|the total)(?: of)?(?: the| its)? ([a-z]+)\b")
_NO_KIND = frozenset(("the", "of", "a", "an", "its", "all", "total", "world", "global", "national"))
NO_METRIC = "cannot tell which metric the figure measures"
_PAY_STEMS = lx.stems("salary salaries wage wages pay")  # ("income" is a word of revenue)
# "Neusoft paid about US$50 million for its stake": a price, no figure of what it earns
_PRICE = re.compile(r"\b(?:paid|pays|paying|bought|buys|buying)\b[^,;:]*$")
_EARNING_STEMS = lx.stems("revenue revenues sales exports income turnover earnings")
# "worth about 85 percent of the contracts signed": a part of a whole, never a growth
_PERCENT_OF = re.compile(r"\s*(?:%|percent|per cent) of (?:the|its|their|all|[a-z.]+['’]s)\b")
# "half a dozen science parks": the count's own noun (a plural), after one word at most
_COUNTED = re.compile(r"\s+(?:[a-z-]+\s+)?([a-z]{3,}s)\b")
_NO_NOUNS = frozenset(("this", "thus", "plus", "less", "unless", "across", "news", "always"))


def sub_group(text: str, start: int, end: int) -> str | None:
    """The words that name a part of a count by what it did, after its number."""
    part = _PART_OF.match(text, end)
    if part or _PART_OF_LEAD.match(text[:start]):
        rest = _REST.match(text, part.end() if part else end)
        said = " ".join(rest.group().split()) if rest else ""
        placed = bool(said) and _PLACED.match(said) is not None
        if (
            part
            and (placed or not lx.stems(said))
            and _DID_BEFORE.search(text, max(0, start - 60), start)
        ):
            # ("have founded 600 of the companies in …": what the part did, said before it)
            return " ".join(text[max(0, start - 60) : start].split())
        return said
    found = _SUB_GROUP.match(text, end)
    if found is None or _WHOLE_BEFORE.search(text[max(0, start - 40) : start]):
        return None
    return found.group("what").strip()


def kind_of_whole(text: str, end: int) -> str | None:
    """The words that say which of a place's companies a part is taken from ("of
    Zhongguancun's returnee-founded companies": "returnee-founded"), after its number;
    None where no whole is named or it is all of them ("of its 2,300 companies")."""
    part = _PART_OF.match(text, end)
    if part is None:
        return None
    words = [w for w in part.group("kind").split() if not w.endswith(("'s", "’s"))]
    return " ".join(words) if lx.stems(" ".join(words)) else None


def unmeasured(
    text: str,
    unnamed: str,
    figure: Figure,
    group: str | None,
    metric: Metric,
    cues: MetricCues,
    held: set[str],
) -> str | None:
    """Why the metric found is not what the figure measures, if it is not: a part of a
    count no metric of which names it ("300 companies have opened branches"; ``group``,
    the words that name the part), nor a part of a group the place counts on its own ("of
    its returnee-founded companies", of a metric ``held``), pay that is not revenue, or a
    sum per head that is not a total (``unnamed``: the text with its places' names
    blanked)."""
    strong, label, kind = cues.metric_words(metric), metric.label, metric.unit_kind
    if group is not None:
        part_of = kind_of_whole(unnamed, figure.number.end)
        # (the part's own words: "have opened offices", not the whole's "founded")
        if strong.isdisjoint(lx.stems(group) - (lx.stems(part_of) if part_of else set())):
            return f"counts only a part ({group}): no source holds a count of that part"
        if part_of and cues.counts_named(part_of, held) and strong.isdisjoint(lx.stems(part_of)):
            return f"counts a part of the {part_of} companies: no source holds a count of it"
    start, money = figure.number.start, figure.unit in ("USD", "CNY")
    before = text[max(0, start - 60) : start]
    if kind == "count" and "the " in before and _FIRST_FEW.search(before):
        return "counts the first few of a group, not the group: no source holds that part"
    pay = _PAY if money else _PAY_RISE if figure.unit == "percent" else None
    if pay and pay.search(before) and strong.isdisjoint(_PAY_STEMS):
        return "states what people are paid: no source holds a figure of pay"
    if kind == "growth" and (
        _PERCENT_OF.match(text, figure.number.end)
        or (figure.number.kind == "fraction" and text.startswith(" of ", figure.number.end))
    ):  # ("less than half of Chengdu's population" is no growth rate either)
        return "states a part of a whole, not a change"  # ("85 percent of the contracts")
    if money and _PRICE.search(before) and not strong.isdisjoint(_EARNING_STEMS):
        return "states a price paid: no source holds one"
    if (
        figure.unit is None
        and not figure.year_like
        and not figure.number.scaled  # ("a city of 6 million makes …": a verb)
        and (noun := _COUNTED.match(text, figure.number.end)) is not None
        and (word := noun.group(1)) not in lx.UNIT_OF_WORD
        and word not in _NO_NOUNS
        and word not in lx.STOP
        and lx.stem(word) not in strong
    ):  # "six science parks abroad" is no count of the companies with branches abroad
        return f"counts {noun.group().strip()}: no source holds a count of them"
    if (
        kind == "count"
        and (sort_of := _KIND_OF_COMPANIES.match(text, figure.number.end)) is not None
        and _another_kind(sort_of.group(1), strong, cues)
    ):  # "840 software firms" is no count of AI companies, nor of outsourcing enterprises
        return f"counts {sort_of.group().strip()}: no source holds a count of them"
    if kind == "count" and _COUNT_PER_ONE.match(text, figure.number.end):
        return "states a count per one of a group: no source holds one"
    held = {n[0] for n in _NATIONS if n[0] in strong}
    around = text[max(0, start - 60) : figure.number.end + 60] if held else ""
    named = {n[0] for m in _NATION.finditer(around) for n in _NATIONS if m.group() in n}
    if held and named - held:
        return of_other_nations(named, held)
    first, last = max(0, start - 40), figure.number.end + 40
    # (found only where one of its words is: a few plain finds, not a search, for most)
    whole = (
        _ALL_OF.search(text, first, last)
        if text.find("all", first, last) != -1
        or text.find("the whole", first, last) != -1
        or text.find("the entire", first, last) != -1
        or text.find("the total", first, last) != -1
        else None
    )
    if whole and (sort := _kind_of(whole.group(1), label.lower())) and sort not in text:
        return f"is of all {whole.group(1)}, not only the {sort} {whole.group(1)} the source counts"
    if "of " in before and _EACH_OF.search(before):
        return "states a figure for each one of a group: no source holds one"
    if money and (
        _PER_HEAD.search(text[max(0, start - 90) : figure.number.end + 30])
        or _PER_ONE.match(text, figure.number.end)
    ):
        return "states a sum per head: no source holds one"
    return None


# "1,000 software companies", "840 biotech firms": the word that names their kind
_KIND_OF_COMPANIES = re.compile(r"\s+([a-z]+)\s+" + _NOUNS)
_COMPANY_STEMS = lx.stems("companies firms enterprises businesses start-ups startups")


def _another_kind(word: str, strong: set[str], cues: MetricCues) -> bool:
    """Whether the word before a count's noun names a kind of company ("software") that
    the count's metric, itself of one kind ("AI companies"), does not: a word some metric
    of the dataset names, none of this one's (a metric of all companies has no kind)."""
    said = lx.stems(word) - _COMPANY_STEMS
    return (
        bool(said)
        and said.isdisjoint(strong)
        and bool(strong - _COMPANY_STEMS)
        and cues.names_a_metric(word)
    )


def _kind_of(noun: str, label: str) -> str | None:
    """The word that makes a metric's noun a kind of it ("industrial" of "the city's
    industrial land"), where the label names one before the noun."""
    found = re.search(rf"\b([a-z]+) {re.escape(noun)}\b", label)
    if found is None or found.group(1) in _NO_KIND:
        return None
    return found.group(1) if not found.group(1).endswith("'s") else None


_OF, _COUNTS, _ONLY = "is of ", ": the source counts ", " only"


def of_other_nations(named: set[str], held: set[str]) -> str:
    """The note of a share said of other countries (``named``) than those the held metric
    counts (``held``): "is of korea: the source counts japan only"."""
    return f"{_OF}{', '.join(sorted(named))}{_COUNTS}{', '.join(sorted(held))}{_ONLY}"


def other_nations(message: str) -> tuple[list[str], list[str]] | None:
    """The countries named and those counted, of a note ``of_other_nations`` wrote; None
    for any other note (its one reader: ``query.other_parts``)."""
    if not message.startswith(_OF) or _COUNTS not in message:
        return None
    named, counted = message.removeprefix(_OF).removesuffix(_ONLY).split(_COUNTS, 1)
    return named.split(", "), counted.split(", ")
