"""Money whose currency a sentence leaves out: "480 billion yuan, … a trillion by 2020",
"from US$8.65 billion in 2010 to 21.7 billion in 2013": a count of millions, billions or
trillions with no unit of its own, after a sum of money, is money in that currency."""

from __future__ import annotations

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
