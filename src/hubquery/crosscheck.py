"""The checks that span a dataset's records: ids, references, names, the parent chain,
units against metrics, periods against sources, and derived values.

Each problem is a document path and a message (``Problems``); the loader turns a path
into file:line:column only when something fails (``yamlfile.locate``). ``cross_check``
checks a whole ``Dataset``; ``CrossCheck`` does the same a fact at a time, for the
cold build that streams a dataset file.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import NamedTuple, Protocol

from hubquery.errors import Location
from hubquery.models import Dataset, Fact, Metric, Source
from hubquery.names import name_key
from hubquery.vocabulary import STATED_WORDS


class _Cited(Protocol):
    @property
    def source(self) -> str: ...


class HubFields(Protocol):
    """What the checks read of a hub: a ``models.Hub``, or the compact record the cold
    build keeps (``store.compact.HubRecord``)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def name_zh(self) -> str | None: ...
    @property
    def aliases(self) -> Sequence[str]: ...
    @property
    def parent(self) -> str | None: ...
    @property
    def tags(self) -> Sequence[_Cited]: ...
    @property
    def organisations(self) -> Sequence[_Cited]: ...


# The unit each kind of metric is measured in; money takes an ISO 4217 code and
# count a plural noun, so those two are checked by pattern instead.
FIXED_UNITS: dict[str, str] = {
    "share": "percent",
    "growth": "percent",
    "rank": "rank",
    "area": "km2",
    "year": "year",
    "duration": "years",
    "multiple": "times",
}
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_COUNT_UNIT = re.compile(r"^[a-z]+(?: [a-z]+)*$")

Problems = Iterator[tuple[Location, str]]


class Input(NamedTuple):
    """What a derivation needs of one of its input facts."""

    value: float
    source: str


# A fact by id: its value and source, or None when no fact has that id.
FactLookup = Callable[[str], "Input | None"]


def cross_check(dataset: Dataset) -> Problems:
    """Yield (path, message) for every problem that spans records."""
    checks = CrossCheck()
    yield from checks.sections(dataset.sources, dataset.metrics, dataset.hubs)
    facts = yield from _unique_ids("facts", [f.id for f in dataset.facts])
    derived: list[tuple[int, Fact]] = []
    for index, fact in enumerate(dataset.facts):
        yield from checks.fact(index, fact)
        if fact.derived:
            derived.append((index, fact))

    def lookup(ident: str) -> Input | None:
        if ident not in facts:
            return None
        found = dataset.facts[facts[ident]]
        return Input(found.value, found.source)

    for index, fact in derived:
        yield from derivation_problems(index, fact, lookup)


class CrossCheck:
    """The checks that span records, with compact indexes of the small sections, so
    that facts can be checked one at a time as they are read: first ``sections``,
    then ``fact`` for each fact, then ``derivation_problems`` for the derived ones
    (their inputs may come later in the file) and duplicate fact ids."""

    def __init__(self) -> None:
        self.sources: dict[str, Source] = {}
        self.metric_kinds: dict[str, str] = {}
        self.hubs: dict[str, int] = {}

    def sections(
        self, sources: Sequence[Source], metrics: Sequence[Metric], hubs: Sequence[HubFields]
    ) -> Problems:
        source_index = yield from _unique_ids("sources", [s.id for s in sources])
        metric_index = yield from _unique_ids("metrics", [m.id for m in metrics])
        self.hubs = yield from _unique_ids("hubs", [h.id for h in hubs])
        self.sources = {ident: sources[i] for ident, i in source_index.items()}
        self.metric_kinds = {ident: metrics[i].unit_kind for ident, i in metric_index.items()}
        yield from _check_metric_aliases(metrics)
        yield from _check_hub_names(hubs)
        yield from _check_hubs(hubs, self.hubs, source_index)

    def fact(self, index: int, fact: Fact) -> Problems:
        """Problems of one fact against the small sections (not its id, not its inputs)."""
        here: Location = ("facts", index)
        if fact.hub not in self.hubs:
            yield (*here, "hub"), f"unknown hub {fact.hub!r}"
        source = self.sources.get(fact.source)
        if source is None:
            yield (*here, "source"), f"unknown source {fact.source!r}"
        else:
            for field, message in _period_problems(fact, source):
                yield (*here, field), message
            for field, message in _years_ago_problems(fact, source):
                yield (*here, field), message
        kind = self.metric_kinds.get(fact.metric)
        if kind is None:
            yield (*here, "metric"), f"unknown metric {fact.metric!r}"
        else:
            for field, message in _unit_and_range_problems(fact, kind):
                yield (*here, field), message


def duplicate_id(section: str, index: int, ident: str, first: int) -> tuple[Location, str]:
    return (section, index, "id"), f"duplicate id {ident!r} (first used by {section}[{first}])"


def _unique_ids(
    section: str, ids: list[str]
) -> Generator[tuple[Location, str], None, dict[str, int]]:
    seen: dict[str, int] = {}
    for index, ident in enumerate(ids):
        if ident in seen:
            yield duplicate_id(section, index, ident, seen[ident])
        else:
            seen[ident] = index
    return seen


def _check_metric_aliases(metrics: Sequence[Metric]) -> Problems:
    owner: dict[str, str] = {name_key(m.id): m.id for m in metrics}
    for index, metric in enumerate(metrics):
        names: list[tuple[Location, str]] = [(("metrics", index, "label"), metric.label)]
        names += [(("metrics", index, "aliases", i), a) for i, a in enumerate(metric.aliases)]
        for where, name in names:
            other = owner.setdefault(name_key(name), metric.id)
            if other != metric.id:
                what = "alias" if "aliases" in where else "label"
                yield where, f"{what} {name!r} is already a name of metric {other!r}"


def _check_hub_names(hubs: Sequence[HubFields]) -> Problems:
    """Every name must find exactly one hub, however it is typed."""
    owner: dict[str, str] = {}
    for index, hub in enumerate(hubs):
        names: list[tuple[Location, str]] = [
            (("hubs", index, "id"), hub.id),
            (("hubs", index, "name"), hub.name),
        ]
        if hub.name_zh:
            names.append((("hubs", index, "name_zh"), hub.name_zh))
        names += [(("hubs", index, "aliases", i), a) for i, a in enumerate(hub.aliases)]
        for where, name in names:
            key = name_key(name)
            if not key:
                yield where, f"{name!r} has no letter or digit to look it up by"
                continue
            other = owner.setdefault(key, hub.id)
            if other != hub.id:
                yield where, f"{name!r} also names hub {other!r}"


def _check_hubs(
    hubs: Sequence[HubFields], hub_index: dict[str, int], sources: dict[str, int]
) -> Problems:
    for index, hub in enumerate(hubs):
        if hub.parent is not None and hub.parent not in hub_index:
            yield ("hubs", index, "parent"), f"unknown hub {hub.parent!r}"
        for field, cited in (("tags", hub.tags), ("organisations", hub.organisations)):
            for cite_index, citation in enumerate(cited):
                if citation.source not in sources:
                    yield (
                        ("hubs", index, field, cite_index, "source"),
                        (f"unknown source {citation.source!r}"),
                    )
    yield from _check_parent_cycles(hubs, hub_index)


def _check_parent_cycles(hubs: Sequence[HubFields], hub_index: dict[str, int]) -> Problems:
    parent = {h.id: h.parent for h in hubs}
    settled: set[str] = set()  # hubs whose chain is known to end at a root
    reported: set[str] = set()
    for start in parent:
        chain: list[str] = []
        on_chain: set[str] = set()
        node: str | None = start
        while node is not None and node in parent and node not in settled:
            if node in on_chain:
                cycle = chain[chain.index(node) :]
                if not reported.intersection(cycle):
                    reported.update(cycle)
                    path = " → ".join([*cycle, node])
                    yield ("hubs", hub_index[node], "parent"), f"parent chain loops: {path}"
                break
            chain.append(node)
            on_chain.add(node)
            node = parent[node]
        settled.update(chain)


def _period_problems(fact: Fact, source: Source) -> Iterator[tuple[str, str]]:
    """A period resolved against a publication date is only as sure as that date."""
    if fact.period_inferred and not source.date_inferred:
        yield (
            "period_inferred",
            (
                f"a period cannot be inferred from source {source.id!r}: its date "
                f"{source.published!r} is printed (date_inferred is false)"
            ),
        )
    elif fact.period_of == "report":
        if fact.period != source.published:
            yield (
                "period",
                (
                    f"a period of report is its source's date {source.published!r}, "
                    f"not {fact.period!r}"
                ),
            )
        elif not fact.period_inferred and source.date_inferred:
            yield (
                "period_inferred",
                (
                    f"a period of report is inferred when its source's date is "
                    f"(source {source.id!r} has date_inferred: true)"
                ),
            )


def _years_ago_problems(fact: Fact, source: Source) -> Iterator[tuple[str, str]]:
    """A year stated as "eight years ago" is counted back from its source's year."""
    word = STATED_WORDS[fact.stated_as] if fact.stated_as is not None else None
    if word is not None and word.reads == "years-ago":
        year = int(source.published[:4])
        expected = year - int(word.value)
        if fact.value != expected:
            yield (
                "value",
                (
                    f"a year stated as {fact.stated_as!r} is {expected}, {int(word.value)} years "
                    f"before its source's {year}, not {fact.value!r}"
                ),
            )


def _unit_and_range_problems(fact: Fact, kind: str) -> Iterator[tuple[str, str]]:
    expected = FIXED_UNITS.get(kind)
    if expected is not None and fact.unit != expected:
        yield "unit", f"a {kind} metric is measured in {expected!r}, not {fact.unit!r}"
    elif kind == "money" and not _CURRENCY.match(fact.unit):
        yield "unit", f"a money figure needs an ISO 4217 currency code, not {fact.unit!r}"
    elif kind == "count" and not _COUNT_UNIT.match(fact.unit):
        yield (
            "unit",
            (f"a count is of a lowercase plural noun (people, companies), not {fact.unit!r}"),
        )

    value = fact.value
    if kind == "share" and not 0 <= value <= 100:
        yield "value", f"a share is a percentage from 0 to 100, not {value}"
    elif kind in ("count", "area", "duration", "multiple", "money") and value < 0:
        yield "value", f"a {kind} figure cannot be negative ({value})"
    elif kind == "rank" and (not float(value).is_integer() or value < 1):
        yield "value", f"a rank is a whole number from 1, not {value}"
    elif kind == "year" and (not float(value).is_integer() or not 1000 <= value <= 2999):
        yield "value", f"a year is a whole number such as 2012, not {value}"


def derivation_problems(index: int, fact: Fact, lookup: FactLookup) -> Problems:
    """A derived fact's inputs exist, share its source, and give its value."""
    here: Location = ("facts", index)
    values: list[float] = []
    input_sources: set[str] = set()
    for input_index, ident in enumerate(fact.inputs):
        found = lookup(ident)
        if found is None:
            yield (*here, "inputs", input_index), f"unknown fact {ident!r}"
            return
        if ident == fact.id:
            yield (*here, "inputs", input_index), "a derived figure cannot be its own input"
            return
        values.append(found.value)
        input_sources.add(found.source)
    if fact.source not in input_sources:
        yield (
            (*here, "source"),
            (
                "a derived figure cites the source of its inputs "
                f"({', '.join(sorted(input_sources))})"
            ),
        )
    assert fact.method is not None  # guaranteed by Fact's own validation
    expected = derive(fact.method, values)
    if expected is None:
        yield (*here, "method"), f"{fact.method} of these inputs is undefined (division by zero?)"
    elif not math.isclose(fact.value, expected, rel_tol=1e-9, abs_tol=1e-9):
        yield (
            (*here, "value"),
            (f"{fact.method} of {', '.join(fact.inputs)} is {expected!r}, not {fact.value!r}"),
        )


def derive(method: str, values: list[float]) -> float | None:
    """The value a derivation method gives for its inputs, in order."""
    first, rest = values[0], values[1:]
    if method == "sum":
        return math.fsum(values)
    if method == "difference":
        return first - math.fsum(rest)
    if method in ("ratio", "percent-change"):
        if len(rest) != 1 or rest[0] == 0:
            return None
        if method == "ratio":
            return first / rest[0]
        return (first - rest[0]) / rest[0] * 100
    raise ValueError(method)
