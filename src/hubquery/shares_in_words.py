"""A share said in words ("one in ten", "two out of every three"), looked for only where a
numerator stands before "in", "out of" or "of every" (issue 24: check's speed on prose).
``numbers.read_numbers`` reads them."""

from __future__ import annotations

import re

_OUT_OF = re.compile(
    r"\b(one|a|two|three|four|five|six|seven|eight|nine|\d+) "
    r"(?:out of every|out of|in every|of every|in) (\w+)\b"
)
_OUT_OF_SEPARATORS = (" in ", " out of ", " of every ")
_NUMERATORS = frozenset(
    ("one", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine")
)


def out_of_every(spaced: str) -> list[re.Match[str]]:
    """``_OUT_OF``'s matches ("one in ten"), looked for only from the word before the first
    " in ", " out of " or " of every " on: each match holds one, its first word up to it."""
    found = [a for a in map(spaced.find, _OUT_OF_SEPARATORS) if a >= 0]
    if not found or not any(_counts_before(spaced, s) for s in _OUT_OF_SEPARATORS):
        return []
    words = spaced[: min(found)].rsplit(maxsplit=1)  # (a first word has no space in it)
    return list(_OUT_OF.finditer(spaced, min(found) - len(words[-1]) if words else 0))


def _counts_before(spaced: str, separator: str) -> bool:
    """Whether ``_OUT_OF`` may match at a place of ``separator`` in the text: its word
    before (the run of ``\\w`` that ends at the separator) may be a numerator. Told from
    the text's last 40 characters before it, to their last space: a run of letters and
    digits that is not a numerator is none; anything else may be (most sentences say "in"
    only after words that count nothing: "investment in 2010", "a park in Dalian")."""
    at = spaced.find(separator)
    while at >= 0:
        before = spaced[max(0, at - 40) : at].rsplit(maxsplit=1)
        word = before[-1] if before else ""
        if word in _NUMERATORS or word.isdecimal() or not word.isalnum():
            return True
        at = spaced.find(separator, at + 1)
    return False
