"""The domain's closed vocabularies, written once: kinds, statuses, qualifiers.

Standard library only, so that the CLI (``--kind``), the hedges, the records, the
pydantic model and the exporters all import the same words without paying for
pydantic. ``models`` validates a dataset against these ``Literal`` types; the tuples
are the same words for code that iterates them.
"""

from __future__ import annotations

from typing import Literal, get_args

UnitKind = Literal[
    "money", "count", "share", "growth", "rank", "area", "year", "duration", "multiple"
]
HubKind = Literal["country", "region", "state", "province", "city", "district", "science-park"]
Qualifier = Literal["about", "nearly", "more than", "at least", "less than", "at most"]
# What a figure is, beside a count that held:
#   reported    the source states it held (the default);
#   target      a goal with a horizon: the period is the deadline, never a fact that held;
#   aspiration  a goal or prospect the source gives no horizon: the period is the report's;
#   threshold   a bound the sentence sets for a group ("one of the only four cities with
#               more than 20 million"), not a count of this hub: compared only as an
#               interval, never joined into a change or an order.
Status = Literal["reported", "target", "aspiration", "threshold"]
# What a fact's period is the time of: the figure itself (it held then), or only
# the report (the source gave the figure then and does not say when it held).
PeriodOf = Literal["figure", "report"]
Method = Literal["difference", "sum", "ratio", "percent-change"]
# A checked claim's verdict (see ``judgement``).
Verdict = Literal["supported", "contradicted", "unsupported"]

UNIT_KINDS: tuple[str, ...] = get_args(UnitKind)
HUB_KINDS: tuple[str, ...] = get_args(HubKind)
QUALIFIERS: tuple[str, ...] = get_args(Qualifier)
STATUSES: tuple[str, ...] = get_args(Status)
PERIODS_OF: tuple[str, ...] = get_args(PeriodOf)
METHODS: tuple[str, ...] = get_args(Method)
VERDICTS: tuple[str, ...] = get_args(Verdict)


class StatedWord:
    """How a figure stated in words is stored and read back.

    ``value`` is the number stored (for ``years-ago``, the number of years before the
    source's year); ``qualifiers`` those the figure may carry with the words (None: the
    words alone; a hedge the quote says before them: "nearly all", "less than a
    nickel"); ``implied`` the qualifier the words themselves mean ("hundreds" is at least
    200) and that the quote does not say. ``reads`` says how the figure is shown:

    - ``fraction``  its words and the number rounded, approximate: "two-thirds (≈67 %)";
    - ``ordinal``   its words and the place: "the largest (#1)";
    - ``words``     ``phrase``, with the number stored in brackets where ``bracket``:
                    "the only one", "hundreds (at least 200 companies)";
    - ``number``    a number in words that the digits say exactly ("six million"): shown
                    as the number;
    - ``years-ago`` "eight years ago": the year, ``value`` years before the source's;
    - ``ahead-of``  "the third largest …, after Beijing and Shanghai": a place the quote
                    names as ahead of the one it ranks, so at most that rank minus
                    ``value`` (validate finds the rank in the quote): shown as the number.

    A plain class, not a named tuple, and its annotations never evaluated: every run
    imports this module, and a named tuple with these types cost each run 1.1 M
    instructions to define (callgrind).
    """

    __slots__ = ("bracket", "implied", "phrase", "qualifiers", "reads", "value")

    def __init__(
        self,
        value: float,
        reads: Literal["fraction", "ordinal", "words", "number", "years-ago", "ahead-of"],
        qualifiers: tuple[Qualifier | None, ...] = (None,),
        implied: Qualifier | None = None,
        phrase: str | None = None,
        bracket: bool = False,
    ) -> None:
        self.value = value
        self.reads = reads
        self.qualifiers = qualifiers
        self.implied = implied
        self.phrase = phrase
        self.bracket = bracket


# Every word a figure may be stated as (``stated_as``), and how it is stored. A figure
# whose digits are not in its quote names here the words that state it.
StatedAs = Literal[
    "only",
    "first",
    "all",
    "most",
    "hundreds",
    "a nickel",
    "after",
    "largest",
    "third largest",
    "fourth",
    "half",
    "one quarter",
    "one-third",
    "two-thirds",
    "one in three",
    "one out of every three",
    "one out of every 10",
    "two",
    "four",
    "six million",
    "ten-year",
    "five-fold",
    "eight years ago",
    "this year",
]
STATED_WORDS: dict[str, StatedWord] = {
    "only": StatedWord(1, "words", phrase="the only one"),
    "first": StatedWord(1, "ordinal"),
    "all": StatedWord(100, "words", (None, "nearly"), phrase="all"),
    "most": StatedWord(50, "words", ("more than",), "more than", "most", True),
    "hundreds": StatedWord(200, "words", ("at least",), "at least", "hundreds", True),
    "a nickel": StatedWord(5, "words", (None, "less than"), phrase="a nickel", bracket=True),
    "largest": StatedWord(1, "ordinal"),
    "third largest": StatedWord(3, "ordinal"),
    "fourth": StatedWord(4, "ordinal"),
    "half": StatedWord(50, "fraction", (None, "nearly", "about")),
    "one quarter": StatedWord(25, "fraction", (None, "about")),
    "one-third": StatedWord(100 / 3, "fraction", (None, "about")),
    "two-thirds": StatedWord(200 / 3, "fraction", (None, "about")),
    "one in three": StatedWord(100 / 3, "fraction", (None, "about")),
    "one out of every three": StatedWord(100 / 3, "fraction", (None, "about")),
    "one out of every 10": StatedWord(10, "fraction", (None, "about")),
    "two": StatedWord(2, "number"),
    "four": StatedWord(4, "number"),
    "six million": StatedWord(6_000_000, "number"),
    "ten-year": StatedWord(10, "number"),
    "five-fold": StatedWord(5, "number"),
    "eight years ago": StatedWord(8, "years-ago"),
    "this year": StatedWord(0, "years-ago"),
    "after": StatedWord(1, "ahead-of", ("at most",), "at most"),
}
STATED_AS: tuple[str, ...] = get_args(StatedAs)
