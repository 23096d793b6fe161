"""Patterns searched for only where they can match: a text without any of the words
every match contains is not searched (a test for a word is far cheaper than a regular
expression tried at every place of a sentence, and most sentences have none of them).

Each gate's words are tested against its pattern in tests/unit/test_reader_gates.py:
a word added to a pattern needs its gate word too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from hubquery.query import change_words as cw
from hubquery.query import lexicon as lx


class Gated:
    """``pattern``, searched only in a text that contains one of ``needles``: literal
    strings one of which every match of the pattern contains."""

    __slots__ = ("needles", "pattern")

    def __init__(self, pattern: re.Pattern[str], *needles: str) -> None:
        self.pattern = pattern
        self.needles = needles

    def may_match(self, text: str) -> bool:
        # (the text's own test mapped over the needles, no generator step per needle: with
        # the reader's blanked by slices, 2.3 % of a check of prose's instructions)
        return any(map(text.__contains__, self.needles))

    # (each use tests the needles itself, not by a call of may_match: a frame less for
    # each of 60,000 uses a MB of prose, 0.14 % of a check's instructions)
    def search(self, text: str) -> re.Match[str] | None:
        if any(map(text.__contains__, self.needles)):
            return self.pattern.search(text)
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if any(map(text.__contains__, self.needles)):
            return self.pattern.finditer(text)
        return iter(())

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        if any(map(text.__contains__, self.needles)):
            return self.pattern.sub(replacement, text)
        return text


# "now", "currently", "no longer", "any more" …: a claim about now
NOW = Gated(
    lx.NOW,
    "now",
    "today",
    "current",
    "present",
    "these days",
    "still",
    "longer",
    "already",
    "any",
)
# "aims to", "planned to", "target", "will" …: a goal
TARGET = Gated(
    lx.TARGET,
    "aim",
    "plan",
    "expect",
    "target",
    "goal",
    "deadline",
    "will",
    "want",
    "hope",
    "hoping",
    "need",
    "intend",
    "set to",
    "out to",
    "track to",
    "course to",
    "to become",
    "striv",
    "ambition",
    "call",
    "aspir",
    "future",
    "means to",
    "seek",
    "pledge",
    "vow",
    "promise",
    "envisage",
    "envision",
    "is to",
    "are to",
    "until ",
    "meant to",
    "supposed to",
    "scheduled to",
    "slated to",
    "required to",
)
# "the past two years": a window ends in "years"
WINDOW = Gated(lx.WINDOW, " years")
# "US$", "CN¥", "Chengdu's": what is no part of a name
NOT_NAMES = Gated(lx.NOT_NAMES, "$", "¥", "'s", "’s", " dollar")
# "founded", "set up", "opened", "designated" …: the year is the figure
YEAR_CUES = Gated(
    lx.YEAR_CUES,
    "found",
    "planted",
    "establish",
    "set",
    "open",
    "launch",
    "unveil",
    "creat",
    "date",
    "designated",
    "named",
    "picked",
    "selected",
    "inaugurated",
    "declared",
    "joined",
    "came into being",
    "got ",
    "gets ",
    "get ",
    "light of day",
    "ground",
    " since",
    "first",
)
# "a city of 6 million", "a port city of six million people"
CITY_OF = Gated(lx.CITY_OF, "ity of", "town of", "polis of", "port of")
CITY_OF_PEOPLE = Gated(lx.CITY_OF_PEOPLE, "ity of", "town of", "polis of", "port of")
# "became the first …", "was made China's first …"
BECAME = Gated(lx.BECAME, "becam", "becom", " made", "turned into")
# A figure's currency written just before it ("US$", "rmb"); "the top" before a rank
# (each tried on the 40 characters before every figure: most name neither)
CURRENCY_BEFORE = (
    ("USD", Gated(dict(lx.CURRENCY_BEFORE)["USD"], "$", "usd")),
    ("CNY", Gated(dict(lx.CURRENCY_BEFORE)["CNY"], "¥", "rmb", "cny", "yuan")),
)
TOP_BEFORE = Gated(lx.TOP_BEFORE, "top")
# A negation ("not", "isn't", "never", "no longer"): in a clause, or in the words before a
# figure ("did not reach", "never topped")
NEGATION = Gated(lx.NEGATION, "not", "never", "no longer", "n't")
NOT_BEFORE = Gated(lx.NOT_BEFORE, "not", "n't", "never")
NOT_REACHED_BEFORE = Gated(lx.NOT_REACHED_BEFORE, "not", "n't", "never")
GOAL_KEPT = Gated(
    lx.GOAL_KEPT,
    "delivered",
    "did",
    "kept",
    "made good",
    "followed through",
    "came through",
    "pulled it off",
)
# "grew from X to Y": in the words before a figure
FROM_BEFORE = Gated(cw.FROM_BEFORE, "from")
FROM_TO_BEFORE = Gated(cw.FROM_TO_BEFORE, "from")
# "three years earlier", "two years later"
RELATIVE_YEARS = Gated(
    lx.RELATIVE_YEARS,
    *(
        f"{year} {when}"
        for year in ("year", "years")
        for when in ("earlier", "before", "previously", "prior", "later", "after", "on")
    ),
)
# "rose … to 21.192 million", "fell 36%", "dropped by nearly a quarter": the words
# before a figure
TO_LEVEL = Gated(cw.TO_LEVEL, "to", "from", "reach", "hit", "stand")
DECLINE_BEFORE = Gated(
    cw.DECLINE_BEFORE,
    *("fell", "drop", "declin", "decreas", "shr", "fall", "slid", "slipped", "contract"),
    *("down", "los", "shed"),
)


# "going by the two reports", "both articles": the sources a sentence refers to, no count
# it claims (blanked before its figures are read)
SOURCES_REFERRED = Gated(
    re.compile(
        r"\b(?:the|these|those|both)\s+(?:two|three|four|five|2|3|4|5)\s+(?:reports|articles|"
        r"sources|studies|surveys|accounts|stories|pieces)\b"
    ),
    "reports",
    "articles",
    "sources",
    "studies",
    "surveys",
    "accounts",
    "stories",
    "pieces",
)
