"""Whether a figure is a change, by the words just before it: "added 245,000 residents"
(a change, or a count of new ones), "grew by 245,000" (the change of a level the
sentence names), or neither (English only)."""

from __future__ import annotations

import re

# ("lost more than 200,000 residents", "shrank by over 200,000": a change below zero)
_ADDED = re.compile(
    r"\b(?:added|adding|adds|add|gained|gaining|gains|lost|loses|losing|shed|sheds|"
    r"(?:shrank|shrunk|fell|dropped|declined|decreased) by)(?: [a-z]+){0,2}$"
)
# ("the population grew by 245,000", "rose by some 150": the change of the level named)
_BY = re.compile(
    r"\b(?:grew|grown|grows|rose|risen|rises|increased|increases|climbed|jumped|expanded|"
    r"swelled|went up|gone up|goes up) by(?: [a-z]+){0,2}$"
)


def change_before(before: str) -> str | None:
    """ "added" where the words before a figure (one space apart) say it was added or
    lost, "by" where they say a level rose by it, else None."""
    if _ADDED.search(before):
        return "added"
    return "by" if " by" in before and _BY.search(before) else None
