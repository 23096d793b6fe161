"""The stems `check` ties a writer's words to the metrics' labels, aliases and
descriptions by (English only): a word's root, its synonym in the labels' words, the
stop words left out, and the bases ("signed", "produced") a text names."""

from __future__ import annotations

import functools
import re
from typing import cast

from hubquery.words import quoted_runs

# Words a writer uses, read as the words of the metrics' labels, aliases and descriptions.
_SYNONYM_WORDS = {
    "sector": "industry",  # ("Chengdu's IT sector": its IT industry)
    "sectors": "industry",
    "grew": "growth",
    "grow": "growth",
    "grows": "growth",
    "rose": "growth",
    "risen": "growth",
    "increase": "growth",
    "increased": "growth",
    "rise": "growth",
    "up": "growth",
    "jumped": "growth",
    "climbed": "growth",
    "takes": "intake",
    "took": "intake",
    "admits": "intake",
    "admitted": "intake",
    "enrols": "intake",
    "enrolls": "intake",
    "added": "growth",
    "gained": "growth",
    "lost": "growth",  # ("lost 200,000 residents": a change, below zero)
    "shed": "growth",
    "live": "residents",
    "lives": "residents",
    "lived": "residents",
    "home": "residents",
    "inhabitants": "residents",
    "employs": "employees",
    "employ": "employees",
    "employed": "employees",
    "work": "employees",
    "founded": "established",
    "set": "established",
    "planted": "established",  # ("planted its first delivery centre there in 2002")
    "created": "established",
    "creation": "established",
    "opened": "established",
    "sells": "sold",
    "sell": "sold",
    "made": "produced",
    "makes": "produced",
    "make": "produced",
    "manufactures": "produced",
    "assembled": "produced",
    "produces": "produced",
    "filed": "applied",  # patents filed are applied for, not granted
    "sought": "applied",  # ("patents sought": applied for)
    "filing": "applications",
    "filings": "applications",
    "turnover": "revenue",
    "sales": "revenue",
    "earned": "revenue",
    "earns": "revenue",
    "earn": "revenue",
    "generated": "revenue",
    "income": "revenue",
    "firms": "companies",
    "enterprises": "companies",
    "businesses": "companies",
    "iphones": "smartphones",
    "present": "presence",
    "workforce": "employees",
    "workers": "employees",  # ("80,000 workers": its employees, as "workforce" is)
    "worker": "employees",
    "headcount": "employees",
    "payroll": "employees",
    "payrolls": "employees",
    "cost": "investment",
    "costs": "investment",
    "spent": "investment",
    "spend": "investment",
    "invested": "investment",
    "poured": "investment",
    "pours": "investment",
    "pour": "investment",
    "dates": "established",
    "occupies": "covers",
    "subsidises": "subsidies",
    "subsidizes": "subsidies",
    "unveiled": "launched",
    "named": "designated",
    "picked": "designated",
    "selected": "designated",
    "spans": "area",
    "span": "area",
    "started": "established",
    "began": "established",
    "begun": "established",
    "chose": "designated",
    "chosen": "designated",
    "built": "invested",
    "launch": "established",
    "straight": "directly",  # "go straight to jobs at Neusoft": employed directly by it
}
WORD = re.compile(r"[a-z][a-z']*")


def root(word: str) -> str:
    word = word.removesuffix("'s").removesuffix("’s").strip("'")
    for suffix in ("ies", "es", "s", "ed", "ing", "ment", "ly", "ic", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:6]


SYNONYMS = {root(word): root(meaning) for word, meaning in _SYNONYM_WORDS.items()}
STOP = {
    root(word)
    for word in (
        "the",
        "of",
        "a",
        "an",
        "in",
        "and",
        "or",
        "to",
        "by",
        "for",
        "as",
        "its",
        "it",
        "is",
        "place",
        "places",
        "where",
        "with",
        "that",
        "this",
        "from",
        "on",
        "at",
        "what",
        "which",
        "whether",
        "says",
        "figure",
        "named",
        "subject",
        "number",
        "was",
        "were",
        "has",
        "had",
        "have",
        "are",
        "be",
        "been",
        "than",
        "more",
        "about",
        "nearly",
        "per",
        "year",
        "new",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "percent",
        "cent",
        # hedges: "over 860" says nothing of "turnover over 1 billion yuan"
        "over",
        "above",
        "under",
        "below",
        "around",
        "almost",
    )
}
# The bases a claim may name ("signed", "produced"), by stem.
BASIS_WORDS = ("sold", "produced", "signed", "conducted", "registered", "delivered", "foreign")
_BASIS_ALIASES = {"delivered": "conducted"}


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """The stem a word is matched by (remembered: a draft says the same words often)."""
    found = _STEMS.get(word)
    if found is None:
        rooted = root(word)
        found = SYNONYMS.get(rooted, rooted)
        if len(_STEMS) < 200_000:  # a draft is at most 1 MiB: its words, bounded
            _STEMS[word] = found
    return found


def stems(text: str) -> set[str]:
    """The stems of a text's words, stop words left out (a new set each call: callers
    may change it; the same clause is stemmed for its metric and for its bases)."""
    return set(_stems(text))


# (remembered only as long as one sentence's reading asks again, for its metric, its
# bases and its passage: the bench's draft repeats the seed articles, and 256 clauses
# remembered made its check 4.6 % cheaper than a draft of new sentences would be)
@functools.lru_cache(maxsize=16)
def _stems(text: str) -> frozenset[str]:
    words = quoted_runs(text.lower())  # (WORD's words, by a table of bytes)
    known = list(map(_STEMS.get, words))  # (the words met before: no call each)
    if None in known:
        return (
            frozenset(stem(w) if s is None else s for s, w in zip(known, words, strict=True)) - STOP
        )
    return frozenset(cast("list[str]", known)) - STOP


def bases(text: str) -> dict[str, str]:
    """The bases a text names, by stem, with the word it uses ("produces" → produced)."""
    words = _stems(text)
    if words.isdisjoint(_BASIS_STEMS):
        return {}  # (most clauses name none)
    return {stem(_BASIS_ALIASES.get(w, w)): w for w in BASIS_WORDS if stem(w) in words}


_BASIS_STEMS = frozenset(map(stem, BASIS_WORDS))
