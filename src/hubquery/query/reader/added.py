"""Counts a writer says were added without the word "added": "had more than 500 new AI
companies", "saw 40 newly registered firms", "245,000 more residents in 2021 than a
year earlier" (and lost: "100 fewer firms than in 2012"). Each is rewritten with "added"
(or "lost") before it, as the reader and the verdict read a count added: never the
level (English only). Each rule starts from a literal ("new", "than") and reads only
the few words before it."""

from __future__ import annotations

import re

from hubquery.numbers import count_in_words, read_numbers
from hubquery.query import change_words as cw
from hubquery.query.reader import bounds

# " new" or " newly" after the count (not a kind named "new": "new energy vehicles")
_NEW_AFTER = re.compile(
    r" new(?:ly)?(?![\w-])"
    r"(?! (?:energy|economy|materials?|media|infrastructure|retail|types?|kinds?|generation)\b)"
)
# A count that ends the text: not money, a share's or a year ("in 2021 new firms …")
_COUNT_END = re.compile(
    r"(?<![$¥\w.,])(?!(?:1[89]|20)\d\d$)(\d[\d,.]*|[a-z]+)(?:[ -](?:hundred|thousand|million))?$"
)
# The words a count ends in before "new" ("two hundred new", "five new", "2 million new")
_COUNTS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "dozen",
        "dozens",
    ]
)
_ADD_BEFORE = re.compile(rf"\b(?:{cw.ADD_VERBS})\s+$")
# "… than a year earlier", "than in 2020", "than it had at the end of 2020": a time before
_THAN_A_TIME = re.compile(
    r"than (?:(?:it|they|there|its [a-z]+) (?:had|did|was|were|counted|employed) )?"
    r"(?:a year (?:earlier|before|ago)|the (?:previous|preceding|prior) year|the year before|"
    r"last year|(?:in|at the end of|by the end of) (?:19|20)\d\d|"
    r"(?:a|one|two|three|four|five|ten|\d+) (?:years?|decades?) (?:earlier|before|ago)|"
    r"a decade (?:earlier|before|ago))\b"
)
# "245,000 more residents in 2021 " just before that "than"
_MORE_BEFORE = re.compile(
    r"(?<![$¥\w.,])(?!(?:1[89]|20)\d\d )(?P<number>\d[\d,.]*|[a-z]+)"
    r"(?:[ -](?:hundred|thousand|million|billion))? (?P<more>more|fewer|less) "
    r"(?P<what>(?:[a-z-]+ ){1,4}?)(?P<when>(?:(?:in|by|at the end of|during) (?:19|20)\d\d )?)$"
)

# The words just before a scale's last words that make it part of a longer number in words
# ("a quarter of |a million", "half |a million", "eight and a |half million")
_PART_BEFORE = re.compile(r"\b(?:of|half|and a) $")


def new_counts(text: str) -> str:
    """ "had more than 500 new firms" → "had added more than 500 new firms" (not "a new
    firm", "one new firm", nor where a verb of adding is before the count already)."""
    parts, last = [], 0
    at = _new_after_count(text, 0)
    while at != -1:
        count = _NEW_AFTER.match(text, at) and _COUNT_END.search(text, max(0, at - 24), at)
        if count and _counts(count.group(1)) and count.group(1) not in ("a", "an", "one", "1"):
            start = _hedged(text, count.start())
            if start >= last and not _ADD_BEFORE.search(text, max(0, start - 12), start):
                parts += [text[last:start], "added "]
                last = start
        at = _new_after_count(text, at + 4)
    return "".join(parts) + text[last:] if parts else text


def _new_after_count(text: str, start: int) -> int:
    """Where the next " new" after a digit or a word of a count is, from ``start``; -1
    where there is none ("the new", "its new": most)."""
    at = text.find(" new", start)
    while at != -1:
        word = text[text.rfind(" ", 0, at) + 1 : at]
        if word and (word[-1].isdigit() or word in _COUNTS):
            return at
        at = text.find(" new", at + 4)
    return -1


def more_than_before(text: str) -> str:
    """ "had 245,000 more residents in 2021 than a year earlier" → "had added 245,000
    residents in 2021"; "fewer" → "lost" ("… more residents than Dalian" is left as it
    is: a difference of two places, see ``ratios``)."""
    time = _THAN_A_TIME.search(text)  # (most "than"s are "more than 840": no time after)
    while time is not None:
        at = time.start()
        more = _MORE_BEFORE.search(text, max(0, at - 90), at)
        if more and _counts(more.group("number")):
            start = _hedged(text, _count_start(text, more.start(), more.start("more") - 1))
            verb = "added" if more.group("more") == "more" else "lost"
            said = f"{verb} {text[start : more.start('more')]}{more['what']}{more['when']}"
            text = text[:start] + said.rstrip() + text[time.end() :]
            at = start + len(said) - 5
        time = _THAN_A_TIME.search(text, at + 5)
    return text


def _count_start(text: str, start: int, end: int) -> int:
    """Where the whole count ending at ``end`` begins: "a quarter of a million", "half a
    million", "eight and a half million" from their first word, not from their last words
    ("a million", "half million") where ``_MORE_BEFORE`` found it (``start``)."""
    if not _PART_BEFORE.search(text, max(0, start - 8), start):
        return start  # (most counts: digits or one run of number words)
    window = text.rfind(" ", 0, max(0, start - 30)) + 1
    starts = [window + n.start for n in read_numbers(text[window:end]) if window + n.end == end]
    return min(starts, default=start)


def _counts(word: str) -> bool:
    return word[0].isdigit() or count_in_words(word) is not None


def _hedged(text: str, start: int) -> int:
    """Where the count starting at ``start`` begins with its hedge ("more than 500")."""
    hedge = bounds.hedge_start(text[:start]) if start else None
    return start if hedge is None else hedge
