"""The domain's closed vocabularies, written once: kinds, statuses, qualifiers.

Standard library only, so that the CLI (``--kind``), the hedges, the records, the
pydantic model and the exporters all import the same words without paying for
pydantic. ``models`` validates a dataset against these ``Literal`` types; the tuples
are the same words for code that iterates them.
"""

from typing import Literal, get_args

UnitKind = Literal[
    "money", "count", "share", "growth", "rank", "area", "year", "duration", "multiple"
]
HubKind = Literal[
    "country", "region", "state", "province", "city", "district", "science-park"
]
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
