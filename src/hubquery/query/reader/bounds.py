"""The words a writer puts around a figure to hedge or bound it ("about", "no more than",
"1,500 at most", "passed the US$100 billion mark"), as the dataset's qualifiers (English
only). Each pattern is linear and applied to a short slice beside a number, as
``lexicon``'s are.
"""

from __future__ import annotations

import re

from hubquery.query.reader.gates import Gated

# What a writer puts before a figure to hedge or bound it, as the dataset's qualifiers.
# The bounds with a negation come first: "no more than" is at most, never "more than".
HEDGES = (
    (
        "at least",
        r"at least|no (?:fewer|less) than|not (?:fewer|less) than|a minimum of|"
        r"as many as|or more",
    ),
    ("at most", r"at most|no more than|not more than|up to|a maximum of|no greater than"),
    (
        "less than",
        r"less than|fewer than|under|below|not even|short of|just under|south of|"
        r"a shade under",
    ),
    (
        "nearly",
        # ("its workforce neared 120,000", "approached 650": came close to it, short of it)
        r"nearly|almost|close to|approaching|not quite|(?:just )?shy of|"
        r"neared|nears|nearing|approached|approaches",
    ),
    (
        "about",
        r"about|around|approximately|roughly|some|circa|an estimated|estimated|"
        r"approx\.?|~|c\.|on the order of|or so|in the region of|in the neighbourhood of|"
        r"something like|somewhere around",
    ),
    (
        "more than",
        r"more than|over|above|exceed(?:s|ed|ing)?|in excess of|upwards of|"
        r"greater than|beyond|surpass(?:es|ed)?|topp(?:ed)?|tops|just over|passed|pass(?:es|ing)?|"
        r"clear(?:s|ed|ing)|"
        r"north of|upward of|"
        # "pushing its GDP past US$160 billion" (not "the past two years")
        r"(?<!the )(?<!this )(?<!last )past",
    ),
)
HEDGE_BEFORE = [(q, re.compile(rf"(?:^|[\s(])(?:{words})\s*$")) for q, words in HEDGES]
# Any of them: most figures have no hedge, and are told so by one search, not six.
ANY_HEDGE_BEFORE = re.compile(r"(?:^|[\s(])(?:" + "|".join(words for _, words in HEDGES) + r")\s*$")


# How far before the text's end (its trailing spaces left out) a hedge's match begins at
# most: a space or "(" and the longest hedge. (No hedge ends in a space.)
_LONGEST_HEDGE = 1 + len("in the neighbourhood of")
# The last word of each hedge: a text whose last word (after a "(" in it) is none of them
# ends in no hedge, told by a lookup, not the pattern's many words tried at each place
# (the words before most figures end in none; tests/unit/test_reader_gates.py)
_LAST_WORDS = frozenset(
    (
        *("least", "than", "of", "as", "more", "most", "to", "under", "below", "even"),
        *("nearly", "almost", "approaching", "quite", "about", "around", "approximately"),
        *("roughly", "some", "circa", "estimated", "approx", "approx.", "~", "c.", "so"),
        *("like", "over", "above", "exceed", "exceeds", "exceeded", "exceeding", "beyond"),
        *("surpass", "surpasses", "surpassed", "topp", "topped", "tops", "passed", "pass"),
        *("passes", "passing", "clears", "cleared", "clearing", "past"),
        *("neared", "nears", "nearing", "approached", "approaches"),
    )
)


def may_end_in_hedge(text: str) -> bool:
    """False only where ``ANY_HEDGE_BEFORE`` finds no hedge at the end of ``text``."""
    words = text.rsplit(maxsplit=1)
    return bool(words) and words[-1].rsplit("(", 1)[-1] in _LAST_WORDS


def hedge_before(text: str) -> str | None:
    """The qualifier of the hedge that ends ``text``, in the order of ``HEDGES``."""
    # (searched from where a match can begin, not from the start: "^" matches only at 0)
    if not may_end_in_hedge(text) or (
        ANY_HEDGE_BEFORE.search(text, max(0, len(text.rstrip()) - _LONGEST_HEDGE)) is None
    ):
        return None
    found = next((q for q, pattern in HEDGE_BEFORE if pattern.search(text)), None)
    if found == "more than" and text.rstrip().endswith(_SPREAD_OVER):
        return None  # ("spread over 480 square kilometres": a place's extent, no bound)
    return found


def hedge_start(text: str) -> int | None:
    """Where the hedge that ends ``text`` begins ("had more than " → 4), if one does."""
    if not may_end_in_hedge(text):
        return None
    found = ANY_HEDGE_BEFORE.search(text, max(0, len(text.rstrip()) - _LONGEST_HEDGE))
    if found is None:
        return None
    return found.start() + (found.group()[:1] in " (")


_SPREAD_OVER = ("spread over", "spreads over", "sprawls over", "stretches over", "scattered over")


# "never above US$1 billion", "not over 1,500": a bound negated is the other side.
# "did not grow by more than 20 percent": the change's bound, negated ("not only has more
# than 800" negates no bound).
NEGATED_BOUND = Gated(
    re.compile(
        r"(?:\bnot|\bnever|n't)(?! (?:only|just|merely|simply|least|much|far|way|significantly)\b)"
        r"(?: [a-z]+)?(?: by)?"
        r"\s+(?:more than|above|over|exceed\w*|in excess of|"
        r"greater than|below|under|less than|fewer than|lower than)\s*$"
    ),
    "not",
    "never",
    "n't",
)
# "only one in ten", "just a third": a share in words said to be small is at most that.
ONLY_BEFORE = re.compile(r"(?:^|\s)(?:only|just)\s*$")
HEDGE_AFTER = re.compile(
    r"^\s*(?:\+|-plus\b|-odd\b|or more\b|and more\b|and up\b|or so\b|or thereabouts\b)"
)
# "1,500 at most", "1,500 IoT firms at the very least", "1,500 or fewer": a bound written
# after the number (and its nouns), not before the next one ("300 firms, at least 50 …")
BOUND_AFTER = re.compile(
    r"^\s*(?:[a-z-]+\s+){0,3}?(?:(at most|at the (?:very )?most|or fewer|or less)|"
    r"(at least|at the (?:very )?least|or more))\b(?!\s*(?:\d|one|two|three|a\b|an\b))"
)
# "passed the US$100 billion mark": a bound the figure went beyond (or reached).
MARK_BEFORE = re.compile(
    r"(?:^|\s)(?:(passed|passing|crossed|crossing|topped|topping|surpassed|exceeded|broke|"
    r"broken|breaking)|(hit|hitting|reached|reaching))(?: the)?\s*$"
)
MARK_AFTER = re.compile(r"^[\s-]*(?:[a-z]+ )?(?:mark|threshold|barrier|milestone|level)\b")
