"""The dataset as related tables, for the SQLite and Data Package exports.

Each table's columns are its record's fields (``records``), in order, under their
JSON format 2 names: an embedded record becomes a reference (a fact's ``source``
is ``source_id``), a list is a JSON array. Only what a reader needs beyond the
fields is written here: descriptions, keys, enums, ranges and facets. Both
exports read the same ``Table`` objects, so the SQLite file and the Data Package
cannot disagree.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from hubquery.records import CitedName, Fact, Hub, Metric, Source, is_record

if TYPE_CHECKING:
    from hubquery.query.export import ExportTables, Origin

TITLE = "hubquery: cited facts about technology hubs"
DESCRIPTION = (
    "Figures about technology hubs (cities, districts, science parks), each with the "
    "article that states it and the verbatim quote. Values are in base units (135 billion "
    'CNY is 135000000000; percentages are 0–100); a hedged figure ("more than 20 million") '
    "keeps its qualifier and the interval it admits in low and high."
)
# The compilation (ids, values, periods, structure) is the project's; each quote is
# the words of its publisher, reproduced to cite the figure it states.
LICENSE = "MIT"
LICENSE_URL = "https://opensource.org/licenses/MIT"
LICENSE_NOTE = (
    "MIT for the compilation; each quote remains its publisher's and is "
    "reproduced to cite the figure it states."
)

# Column kinds: Table Schema's names, which SQLite maps to its affinities.
STRING, INTEGER, NUMBER, BOOLEAN, ARRAY = "string", "integer", "number", "boolean", "array"


class Column(NamedTuple):
    name: str
    kind: str
    required: bool
    description: str
    enum: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None


class ForeignKey(NamedTuple):
    column: str
    table: str
    target: str = "id"


class Table(NamedTuple):
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]
    indexes: tuple[str, ...]
    search: tuple[str, ...]  # columns of its full-text index
    facets: tuple[str, ...]
    label: str | None  # the column that names a row (Datasette shows it for references)
    rows: Callable[[], Iterable[tuple[Any, ...]]]  # values in column order, lists as lists

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


# What each column means: the one thing a reader needs that the records do not say.
# Keyed by "table.column", or by column name where it means the same in every table.
_DESCRIPTIONS = {
    "hub_id": "The hub (hubs.id).",
    "metric_id": "The metric (metrics.id).",
    "source_id": "The source article (sources.id).",
    "quote": "The sentence that states it, verbatim (… marks an elision).",
    "aliases": "Other names, a JSON array.",
    "sources.id": "The source's id.",
    "sources.title": "The article's title.",
    "sources.publisher": "The publisher, where printed.",
    "sources.author": "The author, where known.",
    "sources.published": "Publication date, ISO 8601 (2022-05-27, or 2014 when only the year "
    "is known).",
    "sources.date_inferred": "True when the date is not printed in the article but inferred.",
    "sources.date_note": "How an inferred date was inferred.",
    "sources.date_range": "The range an inferred date is bounded by, ISO 8601 (2018/2019), "
    "where the text does not settle it.",
    "sources.url": "Where the article is, where known.",
    "sources.note": "A curator's note on the source.",
    "metrics.id": "The metric's id.",
    "metrics.label": "What the metric is called.",
    "metrics.description": "What is counted, in one sentence.",
    "metrics.unit_kind": "The kind of unit: money, count, share (percent 0–100), growth "
    "(percent), rank, area, year, duration, multiple.",
    "hubs.id": "The hub's id.",
    "hubs.name": "The hub's name.",
    "hubs.name_zh": "The name in Chinese, where it has one.",
    "hubs.kind": "country, region, state, province, city, district or science-park.",
    "hubs.parent_id": "The hub it is part of (hubs.id).",
    "hubs.region": "The region it is in (inherited from the hubs above it).",
    "hubs.country_id": "The country it is in (hubs.id).",
    "hubs.tags": "Industries the sources tie it to, a JSON array (cited in tags).",
    "hubs.note": "A curator's note on the hub (why it is listed, its place in the hierarchy).",
    "note": "A curator's note.",
    "facts.id": "The figure's id.",
    "facts.subject": "The organisation, programme or site the figure is about; empty for "
    "the hub itself.",
    "facts.value": "The figure in base units of unit (135 billion CNY is 135000000000; "
    "percent 0–100). For a hedged figure (qualifier not empty) it is the "
    'number the text hedges ("more than 20 million" is 20000000): filter '
    "on low and high, not on value.",
    "facts.unit": "The unit of value, low and high: an ISO 4217 currency, percent, km2, rank, "
    "year, years, times, or a plural noun for counts (people, companies).",
    "facts.qualifier": "The hedge in the text (about, nearly, more than, at least, less than, "
    "at most); empty when stated exactly. With a hedge, value is the "
    "hedged number and low/high the interval the text admits.",
    "facts.low": "Lowest value the figure admits, in unit (value when stated exactly; "
    '20000000 for "more than 20 million"); empty when unbounded. '
    "low >= N keeps the figures that are certainly at least N.",
    "facts.high": "Highest value the figure admits, in unit (value when stated exactly); "
    'empty when unbounded ("more than …"). high <= N keeps the figures '
    "that are certainly at most N; high IS NULL OR high > N those that may "
    "be more than N.",
    "facts.display": "The figure as hubquery's tables print it.",
    "facts.period_label": "The period as hubquery's tables print it: c. 2019 where inferred, "
    "reported 2014 where only the report is dated, target for 2020.",
    "facts.period": "The period it describes, ISO 8601 (2012, 2021-12, 2012-01/2012-10).",
    "facts.period_inferred": 'True when the period is inferred ("last year" read from the '
    "article's date).",
    "facts.period_of": "figure when the period is when the figure held; report when it is only "
    "when the source reported it.",
    "facts.status": "reported (it held); target (a goal, its period the horizon); "
    "aspiration (a goal with no horizon); threshold (a bound a sentence sets "
    "for a group, not a count of the place).",
    "facts.basis": "What was counted, where a metric can be counted differently (produced, sold).",
    "facts.note": "A curator's clarification.",
    "facts.stated_as": "The words that state a figure the quote does not write in digits "
    "(two-thirds, largest, a nickel, hundreds …); empty for digits.",
    "facts.derived": "True when computed from other facts rather than quoted.",
    "facts.method": "How a derived figure is computed: difference, sum, ratio, percent-change.",
    "facts.inputs": "The facts a derived figure is computed from, in order, a JSON array of "
    "facts.id.",
    "facts.derivation": "How a derived figure is computed, in its inputs' own figures.",
    "shares.value": "The share, in percent (0–100).",
    "shares.low": "Lowest share the hedged figure admits, in percent (0–100).",
    "shares.high": "Highest share the hedged figure admits, in percent (0–100).",
    "tags.name": "The tag (an industry: ai, robotics, outsourcing …).",
    "organisations.name": "The organisation's name.",
    "tags.quote": "The sentence that ties the hub to the industry.",
    "organisations.quote": "The sentence that places the organisation in the hub.",
}


def _columns(
    table: str,
    record: type,
    extra: Sequence[Column] = (),
    enums: dict[str, tuple[str, ...]] | None = None,
) -> tuple[Column, ...]:
    """The record's fields as columns; an embedded record becomes ``<name>_id``."""
    columns = list(extra)
    for name, kind in typing.get_type_hints(record).items():
        if is_record(kind):
            name, kind = f"{name}_id", str
        args = typing.get_args(kind)
        required = type(None) not in args
        if typing.get_origin(kind) is tuple:
            column_kind, required = ARRAY, False
        elif kind is bool:
            column_kind = BOOLEAN
        elif kind is int:
            column_kind = INTEGER
        elif float in args or kind is float:
            column_kind = NUMBER
        else:
            column_kind = STRING
        description = _DESCRIPTIONS.get(f"{table}.{name}") or _DESCRIPTIONS[name]
        columns.append(
            Column(name, column_kind, required, description, (enums or {}).get(name, ()))
        )
    return tuple(columns)


def _values(record: Any, names: Sequence[str]) -> tuple[Any, ...]:
    return tuple(getattr(record, name) for name in names)


def tables(data: ExportTables, shares: bool = False) -> list[Table]:
    """The tables of an export: every source, metric, hub, tag and organisation, and the
    facts given (the whole dataset, or what export's filters kept).

    With ``shares``, a last table repeats the figures of share metrics with their range
    (0–100) declared, for formats whose schemas check ranges but cannot make a range
    depend on another column (a Table Schema); it is filled as the facts stream by."""
    from hubquery import vocabulary

    enum = typing.get_args
    sources = _columns("sources", Source)
    metrics = _columns("metrics", Metric, enums={"unit_kind": enum(vocabulary.UnitKind)})
    hubs = _columns("hubs", Hub, enums={"kind": enum(vocabulary.HubKind)})
    fact_columns = _columns(
        "facts",
        Fact,
        enums={
            "qualifier": enum(vocabulary.Qualifier),
            "status": enum(vocabulary.Status),
            "method": enum(vocabulary.Method),
            "period_of": enum(vocabulary.PeriodOf),
            "stated_as": enum(vocabulary.StatedAs),
        },
    )
    hub_id = Column("hub_id", STRING, True, "The hub (hubs.id).")
    fact_names = tuple(c.name for c in fact_columns)
    source_at = fact_names.index("source_id")

    share_metrics = {m.id for m in data.metrics if m.unit_kind == "share"} if shares else set()
    share_rows: list[tuple[Any, ...]] = []

    def fact_rows() -> Iterator[tuple[Any, ...]]:
        for fact in data.facts:
            row = [getattr(fact, name) for name in fact_names[:source_at]]
            row.append(fact.source.id)
            row += [getattr(fact, name) for name in fact_names[source_at + 1 :]]
            if fact.metric_id in share_metrics:
                share_rows.append((fact.id, fact.value, fact.low, fact.high))
            yield tuple(row)

    def cited(table: str, citations: Iterable[tuple[str, CitedName]]) -> Table:
        columns = _columns(table, CitedName, extra=[hub_id])
        names = [c.name for c in columns[1:]]
        return Table(
            table,
            f"The {table} the sources tie each hub to, each with its quote.",
            columns,
            ("hub_id", "name", "source_id"),
            (ForeignKey("hub_id", "hubs"), ForeignKey("source_id", "sources")),
            ("hub_id", "name", "source_id"),
            ("name", "quote"),
            ("hub_id", "name", "source_id"),
            "name",
            lambda: ((hub, *_values(c, names)) for hub, c in citations),
        )

    exported = [
        Table(
            "sources",
            "The articles the figures are quoted from.",
            sources,
            ("id",),
            (),
            (),
            ("title", "publisher", "author"),
            ("publisher", "published"),
            "title",
            lambda: (_values(s, [c.name for c in sources]) for s in data.sources),
        ),
        Table(
            "metrics",
            "What the figures measure.",
            metrics,
            ("id",),
            (),
            ("unit_kind",),
            ("label", "description", "aliases"),
            ("unit_kind",),
            "label",
            lambda: (_values(m, [c.name for c in metrics]) for m in data.metrics),
        ),
        Table(
            "hubs",
            "Places: countries, provinces, cities, districts, science parks.",
            hubs,
            ("id",),
            (ForeignKey("parent_id", "hubs"), ForeignKey("country_id", "hubs")),
            ("parent_id", "country_id", "kind", "region"),
            ("name", "name_zh", "aliases"),
            ("kind", "region", "country_id", "parent_id", "tags"),
            "name",
            lambda: (_values(h, [c.name for c in hubs]) for h in data.hubs),
        ),
        Table(
            "facts",
            "One figure each, with its source article and the quote that states it.",
            fact_columns,
            ("id",),
            (
                ForeignKey("hub_id", "hubs"),
                ForeignKey("metric_id", "metrics"),
                ForeignKey("source_id", "sources"),
            ),
            ("hub_id", "metric_id", "source_id", "period", "unit"),
            ("quote", "subject"),
            ("hub_id", "metric_id", "unit", "period", "source_id"),
            None,
            fact_rows,
        ),
        cited("tags", data.tags),
        cited("organisations", data.organisations),
    ]
    if shares:
        by_name = {c.name: c for c in fact_columns}
        percent = [
            by_name[name]._replace(
                minimum=0, maximum=100, description=_DESCRIPTIONS[f"shares.{name}"]
            )
            for name in ("value", "low", "high")
        ]
        exported.append(
            Table(
                "shares",
                "The figures of share metrics (facts whose metric's unit_kind is share), "
                "with the range a share must lie in.",
                (Column("fact_id", STRING, True, "The fact (facts.id)."), *percent),
                ("fact_id",),
                (ForeignKey("fact_id", "facts"),),
                (),
                (),
                (),
                None,
                lambda: share_rows,
            )
        )
    return exported


def source_text(origin: Origin) -> str:
    """Where an export's data comes from: the dataset file and its checksum."""
    name = origin.dataset or "dataset"
    return f"hubquery {origin.hubquery} dataset {name}" + (
        f" (sha256 {origin.sha256[:16]})" if origin.sha256 else ""
    )


def json_array(value: Sequence[Any]) -> str:
    return json.dumps(list(value), ensure_ascii=False) if value else "[]"
