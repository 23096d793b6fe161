"""Units a sentence leaves out. Money's currency: "480 billion yuan, … a trillion by
2020", "from US$8.65 billion in 2010 to 21.7 billion in 2013": a count of millions,
billions or trillions with no unit of its own, after a sum of money, is money in that
currency. A count's noun: "built in five years what took Silicon Valley thirty": a
count that ends its clause with no noun is of the unit of the count before it."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hubquery.query.reader.figures import Figure

# What may follow a sum written without its currency: the clause goes on, no noun of a
# count ("17 million residents") names what it counts
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|(?:by|in|for|and|or|to|from|at|on|within|this|next|last|of it|of that|"
    r"of which|is|was|were|are|a year|per year|annually)\b)"
)
_MONEY = ("USD", "CNY")
# (the units a count's noun may be left out of; not a share, rank or multiple)
_NO_COUNT = (*_MONEY, None, "percent", "rank", "times")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)—–]|\s-+\s|$)")  # (a dash ends it too: "30 — a wild claim")
# (the words that set one count against another: "what", "than", "whereas")
_SET_AGAINST = re.compile(r"\b(?:what|than|whereas)\b")


def in_currency(text: str, figures: list[Figure]) -> None:
    """Give each scaled count of no unit after a sum of money that sum's currency."""
    currency = None
    for figure in figures:
        if figure.unit in _MONEY:
            currency = figure.unit
        elif (
            currency is not None
            and figure.unit is None
            and figure.number.scaled
            and not figure.year_like
            and figure.value >= 1e6
            and _NO_NOUN_AFTER.match(text, figure.number.end)
        ):
            figure.unit = currency


def in_unit_before(text: str, figures: list[Figure]) -> None:
    """Give a count of no unit that ends its clause, set against the count before it
    ("in five years what took Silicon Valley thirty.", "in five years rather than 30"),
    that count's unit ("years")."""
    for previous, figure in itertools.pairwise(figures):
        if (
            figure.unit is None
            and not figure.year_like
            and previous.unit not in _NO_COUNT
            and not previous.year_like
            and _CLAUSE_END.match(text, figure.number.end)
            and _SET_AGAINST.search(text, previous.number.end, figure.number.start)
        ):
            figure.unit = previous.unit
