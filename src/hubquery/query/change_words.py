"""The words by which a writer says a figure changed (English only): the verbs of a level
that rose by a figure and of a count added or lost, and the patterns the reader applies
to the words before a number to tell a change from a level ("grew three-fold", "fell
36%", ", up 38.6 percent", "rose … to 21.192 million", "up from 680"). Each vocabulary is
named once, here; the reader reads with it once (``reader.changed``), and the verdict
reads the reading (``Reading.change``), never the words again.

As in ``lexicon``, every pattern is linear and the ones anchored at the end of a text
are applied to a short slice before a number.
"""

from __future__ import annotations

import re

# The verbs by which a level "rose by" a figure ("revenue rose by US$1 billion"): that
# figure is the level's change, not the level
ROSE_BY_VERBS = (
    "rose|risen|rises|increased|increases|grew|grown|grows|climbed|jumped|expanded|went up|"
    "swelled|gone up|goes up"
)
# "added 245,000 residents", "gained 150 companies": a change, or a count of new ones
# ("new robotics companies", "professionals per year"), never the level
ADD_VERBS = "added|adding|adds|add|gained|gaining|gains"
# "lost more than 200,000 residents", "shed 300 firms": a change below zero
LOSE_VERBS = "lost|loses|losing|shed|sheds"
# The past forms of a level that rose ("grew three-fold", "has risen by half") and fell
# ("fell 36%", "has shrunk by 200,000")
GREW_VERBS = "grew|grown|rose|risen|increased|expanded|jumped|surged"
FELL_VERBS = "fell|dropped|declined|decreased|shrank|shrunk"
# Their plain forms ("did it really drop 7 %", "did not shrink by 5 %")
FALL_VERBS = "fall|drop|decline|decrease|shrink|contract"
# The other past forms of a fall a level took from one figure to another ("slid from 14th
# to 15th", "plunged from X to Y"), and of a rise ("surged from X to Y")
SLID_VERBS = "slipped|slid|sank|dipped|tumbled|plunged|slumped"
SURGED_VERBS = "surged|soared|swelled"

# "grew three-fold": a multiple of growth (applied to the words before the number)
GREW_BEFORE = re.compile(rf"\b(?:{GREW_VERBS}|multiplied)(?: [a-z]+)?$")
# "rose by less than half", "grew 150 %": a percentage a level grew by (applied to the
# words before the number)
GREW_BY_BEFORE = re.compile(
    rf"\b(?:{GREW_VERBS}|climbed|went up)(?: by)?"
    r"(?: (?:some|about|around|roughly|nearly|almost|more than|over|just|only|less than|"
    r"under|at least|at most|no more than|well over|well under))?$"
)
# "moved from 15th to 14th", "grew from US$8.65 billion to US$21.7 billion": the figure
# after "to" is the later one (applied to the sentence before it)
FROM_TO_BEFORE = re.compile(
    r"\bfrom\b[^;]{0,60}?\d[^;]{0,40}?\bto\s*(?:(?:about|around|some|roughly|nearly|almost|"
    r"just|only|fewer than|less than|more than|over|under|at least)\s+)?(?:us\$|\$|rmb|¥|#)?\s*$"
)
# "grew from 5 million to …": the figure after "from" (applied to the words before it)
FROM_BEFORE = re.compile(
    r"\bfrom(?: (?:about|around|some|roughly|nearly|almost|just|only|fewer than|less than|"
    r"more than|over|under))?\s*(?:us\$|\$|rmb|¥|#)?\s*$"
)
# "rose … to 21.192 million", "grew from 20.9 million": a level, not the change.
# (Applied to the words before a number, currency and spaces stripped, one space apart.)
# ("close to", "up to": a hedge's "to", not a level's)
TO_LEVEL = re.compile(
    r"\b(?:(?<!close )(?<!closer )(?<!up )to|from|reached|reaching|hit|stands at|stood at)"
    r"(?: [a-z]+){0,2}$"
)
# "puts Chengdu's population at the end of 2020 at approximately 20.95 million", "pegged
# its revenue at US$21.7 billion": the level the words put it at, not a change (applied to
# the sentence before the number)
PUT_AT_BEFORE = re.compile(
    r"\b(?:puts?|putting|placed?|places|placing|pegs?|pegged|pegging)\b[^.;]*\bat"
    r"(?: (?:some|about|around|roughly|nearly|almost|approximately|more than|over|just|"
    r"less than|fewer than|at least|at most))?\s*(?:us\$|\$|rmb|¥)?\s*$"
)
# "fell 36%", "dropped by nearly a quarter", "did it shrink 7 %": a change below zero
# ("down from 30%" is the level it came from, not a decline).
DECLINE_BEFORE = re.compile(
    rf"\b(?:{FELL_VERBS}|{FALL_VERBS}|falls|falling|drops|declines|decreases|shrinks|slid|"
    rf"slipped|contracted|down|{LOSE_VERBS})"
    r"(?: by)?(?: some| about| nearly| almost| around| roughly| more than| over| just|"
    r" less than| under| at least| at most| no more than| not more than)?\s*$"
)
# "did not fall 20 %", "never dropped by 20 percent": a fall smaller than it (applied to
# the words before the number)
NOT_FALLEN_BEFORE = re.compile(rf"(?:\bnot|n't|\bnever) (?:{FELL_VERBS}|{FALL_VERBS})(?: by)?\s*$")
# "fell by more than 20 %" is a change below -20 %: a decline's bound is the other side.
DECLINE_BOUNDS = {
    "more than": "less than",
    "less than": "more than",
    "at least": "at most",
    "at most": "at least",
}
# ", up 38.6 percent": a change of the figure named before it
UP_BEFORE = re.compile(
    r"\b(?:up|down|a rise of|an increase of|a drop of|a fall of|a jump of)"
    r"(?: by| some| about| nearly| almost| around| roughly| more than| over| just)?\s*$"
)
# "840 firms in 2021, up from 680 a year earlier": the figure it is compared with is of
# the same thing (applied to the words before a number, one space apart).
COMPARED_BEFORE = re.compile(
    r"\b(?:(?:up|down|rising|rose|falling|fell|climbing|increasing|decreasing|growing|grew)"
    r"(?: [a-z]+)? from|compared (?:with|to)|against|versus|vs\.?)"
    r"(?: (?:a combined|a total of|just|only|about|around|some))?$"
)
