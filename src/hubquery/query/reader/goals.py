"""Where a goal starts: the level a sentence of a goal names as the one the goal is
reached from ("aims to grow revenue from 480 billion yuan to …", "has to double its 480
billion yuan to hit its 2020 goal"), held before the goal, never the goal itself nor of
its deadline's year."""

from __future__ import annotations

import re

from hubquery.query.reader import gates

# "double its 480 billion yuan" (as rewritten, "two times its …"), "three-fold their …":
# the level a multiple is of, its holder's own
_OF_A_MULTIPLE = re.compile(r"(?:\btimes|-fold) (?:its|their) (?:us\$|\$|rmb|cn¥|¥)?\s*$")


def goal_base(text: str, start: int) -> bool:
    """Is the figure at ``start`` where a goal starts: written after "from" in a
    sentence of a goal ("aims to grow revenue from 480 billion yuan to …"), or the level
    a goal's multiple is of ("has to double its 480 billion yuan to hit its 2020 goal")?"""
    before = text[max(0, start - 24) : start]
    if "from" in before and gates.FROM_BEFORE.search(before) is not None:
        return gates.TARGET.search(text[:start]) is not None
    return of_a_multiple(before) and gates.TARGET.search(text) is not None


def of_a_multiple(before: str) -> bool:
    """Do the words before a figure make it the level a multiple is of ("… double its")?"""
    return (" its " in before or " their " in before) and _OF_A_MULTIPLE.search(before) is not None
