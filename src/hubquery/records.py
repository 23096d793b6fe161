"""The dataset's records as the warm path serves them: named tuples.

Not to be confused with ``models``, the pydantic classes of the same names that
*validate* a dataset file: those are built once, when the cache is compiled;
these are read from the cache on every run. They are the parts every query
result is made of, and what ``--json`` prints, field for field (JSON format 2:
a reference to another record is ``<thing>_id``, an embedded record is
``<thing>``). Their fields are written here once: the store's tables, inserts
and row readers and the flat CSV columns are derived from them. They import
nothing heavy, so a lookup never pays for pydantic.

Every immutable record hubquery serves (these, the query results, the views) is a
``typing.NamedTuple``, not a frozen dataclass: defining one costs a tenth of a
dataclass's code generation at start-up, and a row becomes a record in C
(``Fact._make(row)``); ``is_record`` tells a record type from other types.
"""

# No `from __future__ import annotations` here: a named tuple's string annotations are
# each compiled when its class is made, a third of this module's import time.
from typing import TYPE_CHECKING, Any, NamedTuple

from hubquery.vocabulary import (
    HubKind,
    Method,
    PeriodOf,
    Qualifier,
    StatedAs,
    Status,
    UnitKind,
)

if TYPE_CHECKING:
    from hubquery.hedges import Interval


class Source(NamedTuple):
    """An article the figures are quoted from."""

    id: str
    title: str
    publisher: str | None
    author: str | None
    published: str
    date_inferred: bool
    date_note: str | None
    date_range: str | None  # bounds an inferred date the text does not settle: '2018/2019'
    url: str | None
    note: str | None


class Metric(NamedTuple):
    """What a figure measures."""

    id: str
    label: str
    description: str
    unit_kind: UnitKind
    aliases: tuple[str, ...]


class Hub(NamedTuple):
    """A place: a country, province, city, district, science park or region."""

    id: str
    name: str
    name_zh: str | None
    kind: HubKind
    parent_id: str | None
    aliases: tuple[str, ...]
    region: str | None
    country_id: str | None
    tags: tuple[str, ...]
    note: str | None


class CitedName(NamedTuple):
    """A cited statement about a hub that is not a figure: a tag or an organisation."""

    name: str
    source_id: str
    quote: str
    note: str | None


class Fact(NamedTuple):
    """One figure, with where it comes from and the words that state it.

    ``low`` and ``high`` are the interval its hedge admits (null where unbounded;
    see ``hedges``); ``display`` is the figure as tables print it, ``period_label`` its
    period as they print it ("c. 2019", "reported 2014", "target for 2020"), beside the
    ISO ``period`` ("2019", "2014", "2020") for programs. ``period_of`` is
    ``figure`` when the period is when the figure held, ``report`` when it is only when
    the source reported it. ``stated_as`` is the word that states a figure written in
    words ("only", "first", "all", "hundreds"). ``derivation`` is how a derived figure
    is computed, in its inputs' figures ("21.192 million people (2021-12) − 245,000 people
    (2021)"), never their ids."""

    id: str
    hub_id: str
    metric_id: str
    subject: str | None
    value: int | float
    unit: str
    qualifier: Qualifier | None
    low: int | float | None
    high: int | float | None
    display: str
    period_label: str  # the period as every view prints it (judgement.period_label)
    period: str
    period_inferred: bool
    period_of: PeriodOf
    status: Status
    basis: str | None
    note: str | None
    quote: str | None
    stated_as: StatedAs | None
    derived: bool
    method: Method | None
    inputs: tuple[str, ...]
    derivation: str | None  # a derived figure's computation in its inputs' own figures
    source: Source

    def interval(self) -> "Interval":
        # hedges is imported when an interval is first asked for, not with the records
        # that every run loads (a seam named in the README's "Start-up" section).
        from hubquery.hedges import stored_interval

        return stored_interval(self.low, self.high, self.qualifier)


class Note(NamedTuple):
    """A caveat a result carries: what a careful reader must know before using it.

    ``kind`` is stable, for scripts (``periods-differ``, ``units-differ``,
    ``definitions-differ``, ``hedged``, ``order-unknown``, ``not-ordered``, ``target``, ``missing``,
    ``conflict``, ``cut``; compare's ``not-drawn``, ``left-out``, ``see-also``);
    ``message`` is what a table prints."""

    kind: str
    message: str
    hub_ids: tuple[str, ...] = ()
    fact_ids: tuple[str, ...] = ()


class LatestFigure(NamedTuple):
    """A hub's (or an organisation's) latest figure of a metric in one unit, as the
    store's ``latest`` table and its --as-of twin hold it: enough to rank, sort and test
    a condition without reading the fact whole (``Store.facts_by_ord(ord)`` does).
    ``kind`` names the figures alike in all ``judgement.order`` asks (subject, basis,
    status, period …): the ord of the first of them, judged for all of them. Read from
    a row in C; never printed."""

    ord: int
    hub_id: str
    subject: str | None
    value: float
    low: float | None
    high: float | None
    qualifier: Qualifier | None
    kind: int


def is_record(value: Any) -> bool:
    """Whether ``value`` is a record type (a named tuple class), not an instance."""
    return isinstance(value, type) and issubclass(value, tuple) and hasattr(value, "_fields")
