"""A count added over a year ("Hefei added more than 150 AI companies in 2021") read as
the change of the level its words name, where the place holds that level and its growth
(issue #19): the reader reads "added … companies" as a count of new ones, of whichever
such count the dataset has ("new robotics companies"), which the place may not hold."""

from __future__ import annotations

import re

from hubquery.judgement.answering import NOW_YEARS
from hubquery.judgement.claims import FigureVerdict, says
from hubquery.judgement.figures import period_label, year
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.reader.rewrites import as_read
from hubquery.query.workings import Judged
from hubquery.records import Fact, Metric, Note

# (a cheap test first, of the words before each "new" of the sentence: some number, or
# "of them", just before it)
_BEFORE_NEW = re.compile(
    r"(?:\d(?:\s+\w+)?\s+(?:brand[- ])?|\bof (?:them|these|those|which) \w*\s?)$"
)
# "500 new AI companies", "150 brand-new firms", "80 newly listed ones": a count of new
# ones, said by the word just after the figure (its scale word between: "2 million new")
_NEW = re.compile(r"(?:\s+(?:thousand|million|billion))?\s+(?:brand[- ])?new(?:ly)?\b")
# "500 start-ups were founded in Hefei in 2021", "were set up during 2021": made in a time
# (never "founded by returnees": who made them)
_FOUNDED_WHEN = re.compile(
    r"\d[^,.;]{0,40}?\b(?:were|have been|had been)\s+(?:founded|set up|established|created|"
    r"launched|started|incorporated)\b(?!\s+by\b)[^,.;]{0,25}?\b(?:in (?:the )?(?:(?:19|20)\d\d|"
    r"past|last|first)|last year|this year|during|over the (?:past|last))\b"
)
# "160 of them new", "120 of which were new": of a count just said, the new ones
_OF_THEM_NEW = re.compile(r"\s+of (?:them|these|those|which)(?: (?:were|are))? (?:brand[- ])?new\b")
# "new" (lower case: never "New Area") before the companies counted, "newly" before what
# made them: "the new AI companies numbered 500", "500 firms were newly registered"
_NEW_ONES = re.compile(  # (a word first, so that re looks for "new" alone, fast)
    r"new(?:\s+(?:[A-Za-z-]+\s+){0,2}?(?:compan|firm|start-?up|business|enterprise)|"
    r"ly\s+(?:set up|founded|registered|established|created|opened|launched|listed)\b)"
)


def added_count(reading: Reading) -> bool:
    """Whether the figure is a count the sentence says was added ("added more than 150
    …") or a count of new ones ("more than 500 new AI companies"): judged alike, as the
    change of a level, never as the level, as is a count more than a time before ("150
    more … than in 2020", which the reader reads as "added"); a sentence without "new"
    or "were" is never searched."""
    figure, lowered = reading.figure, reading.text.lower()
    if figure is None:
        return False
    if reading.change == "added":  # ("added", "gained" … before it, as the reader read)
        return True
    new = " new" in lowered or "-new" in lowered  # (a word begins "new": cheap test first)
    if new and _NEW_ONES.search(reading.text):
        return True  # ("new AI companies numbered 500", "were newly registered")
    if " were " in lowered and _FOUNDED_WHEN.search(lowered):
        return True  # ("500 start-ups were founded in 2021": founded then, not by whom)
    if not new or not _after_a_number(lowered):
        return False
    text = as_read(reading.text)
    return bool(_NEW.match(text, figure.number.end) or _OF_THEM_NEW.match(text, figure.number.end))


def _after_a_number(lowered: str) -> bool:
    """Whether some "new" of the sentence follows a number ("500 new", "2 million new")
    or "of them" ("160 of them new")."""
    at = lowered.find("new")
    while at >= 0:
        if _BEFORE_NEW.search(lowered[max(0, at - 24) : at]):
            return True
        at = lowered.find("new", at + 3)
    return False


def level_added(reader: ClaimReader, reading: Reading, hub_id: str, flow: Metric) -> Metric | None:
    """The count the claim's words name ("AI" of AI companies) of which the place holds
    the level and its growth in percent, where the place holds no figure of the count of
    new ones the reader read and the claim names none of that count's own words; None
    unless exactly one such count fits."""
    held = reader.held(hub_id, reading.subject)
    if flow.id in held:
        return None
    own = reader.metric_words(flow)
    found = [
        metric
        for m in sorted(held)
        if f"{m}-growth" in held
        and (metric := reader.cues.by_id.get(m)) is not None
        and metric.unit_kind == "count"
        and reading.words & (reader.metric_words(metric) - own)
    ]
    if len(found) != 1 or reading.words & (own - reader.metric_words(found[0])):
        return None
    return found[0]


# Words that say a count is of things new over some time: "registered", "set up",
# "founded", "added", "in the past two years", "since 2020", "between …" … (as parts of
# words: "news" or "however" only keep a count as the source's; no regex, as a level
# is asked of every figure of a count of new ones)
_OVER_TIME = (
    "new",
    "regist",
    "found",
    "set up",
    "setting up",
    "establish",
    "launch",
    "open",
    "creat",
    "start",
    "add",
    "gain",
    "spawn",
    "born",
    "emerg",
    "appear",
    "attract",
    "lur",
    "drew",
    "draw",
    "brought",
    "past",
    "last",
    "since",
    "between",
    "over",
    "within",
    "before",
    "after",
    "during",
    "year",
    "month",
    "alone",
    "pace",
    "rate",
)


def level_of_new(reading: Reading, metric: Metric, facts: list[Fact], hub_id: str) -> Judged | None:
    """A level ("Shenyang is home to 3,000 robotics firms") where the place holds only a
    count of new ones over some window ("more than 860 new companies … in the past two
    years"): unsupported, never set against it, as no count of new ones says how many
    there are. None where the claim says its count is of new ones or of a time."""
    lowered = reading.text.lower()
    if not metric.id.startswith("new-") or any(word in lowered for word in _OVER_TIME):
        return None
    held = "; ".join(f"{f.display} ({period_label(f)})" for f in facts)
    said = (
        f"the claim is of how many there are; the dataset counts only new ones over a "
        f"time ({metric.label.lower()}: {held}), which says nothing of how many there are"
    )
    note = Note("basis-differs", said, (hub_id,), tuple(f.id for f in facts))
    return Judged("unsupported", tuple(facts), (note,), False)


# "has passed", "have now topped", "has since surpassed": a mark passed by now
_PASSED = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|since\s+|already\s+|finally\s+)?(?:passed|topped|surpassed|"
    r"crossed|exceeded|broken|gone (?:past|over|beyond))\b"
)


def passed_since(reader: ClaimReader, reading: Reading, judged: FigureVerdict) -> FigureVerdict:
    """A level claimed, with no year, to have passed a mark by now ("Dalian's population
    has passed 7 million"), contradicted only by the place's newest figures, where those
    are more than ``NOW_YEARS`` older than the newest source the dataset holds: not
    established either way, as the level may have passed the mark since."""
    claimed = reading.claimed
    if (
        claimed is None
        or claimed.first_year is not None
        or judged.kind != "disjoint"
        or not judged.facts
        or not _PASSED.search(reading.text.lower())
        or any(f.status != "reported" for f in judged.facts)
    ):
        return judged
    newest = max(int(s.published[:4]) for s in reader.store.sources())
    held = max(year(f, end=True) for f in judged.facts)
    if held >= newest - NOW_YEARS:
        return judged
    return judged._replace(
        verdict="unsupported",
        kind="not-established",
        reason=f"the claim says the mark has been passed by now; {says(judged.facts)}, "
        "and it may have been passed since",
    )
