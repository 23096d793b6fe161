"""One View per kind of result: what each command's output is, in every format."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from hubquery.records import Fact
from hubquery.render import View
from hubquery.render.data import FACT_COLUMNS, fact_row, fact_rows, jsonable

if TYPE_CHECKING:
    from rich.console import Console

    from hubquery.query.catalog import MetricSummary, SourceDetail, SourceSummary
    from hubquery.query.compare import Comparison
    from hubquery.query.listing import HubList
    from hubquery.query.profile import Profile
    from hubquery.query.rank import Ranking
    from hubquery.query.search import SearchHit



def _table(name: str, *args: Any, **kwargs: Any) -> Callable[[Console], str]:
    """A deferred call of render.table.<name>: rich is imported only to draw it."""

    def draw(console: Console) -> str:
        from hubquery.render import table

        function: Callable[..., str] = getattr(table, name)
        return function(*args, console, **kwargs)

    return draw


def _with_facts(result: Profile | SourceDetail, table: str, quotes: bool) -> View:
    """A document (a profile, a source) whose rows for CSV and JSON Lines are its facts."""
    return View(
        document=lambda: result,
        items=lambda: result.facts,
        columns=FACT_COLUMNS,
        rows=lambda: fact_rows(result.facts),
        table=_table(table, result, quotes=quotes),
    )


def profile_view(result: Profile, quotes: bool = False) -> View:
    return _with_facts(result, "profile", quotes)


def facts_view(facts: Iterable[Fact]) -> View:
    """A stream of facts (export): never held in memory all at once."""
    return View(
        document=lambda: list(facts),
        items=lambda: facts,
        columns=FACT_COLUMNS,
        rows=lambda: fact_rows(facts),
        stream_json_array=True,
    )


def records_view(items: Sequence[Any], record_type: type, table: str) -> View:
    """A list of flat records: a top-level JSON array, one CSV column per field."""
    columns = tuple(f.name for f in fields(record_type))
    return View(
        document=lambda: list(items),
        items=lambda: items,
        columns=columns,
        rows=lambda: (jsonable(item) for item in items),
        table=_table(table, items),
    )


def metrics_view(items: Sequence[MetricSummary]) -> View:
    from hubquery.query.catalog import MetricSummary

    return records_view(items, MetricSummary, "metrics")


def sources_view(items: Sequence[SourceSummary]) -> View:
    from hubquery.query.catalog import SourceSummary

    return records_view(items, SourceSummary, "sources")


def search_view(items: Sequence[SearchHit]) -> View:
    from hubquery.query.search import SearchHit

    return records_view(items, SearchHit, "search")


def source_view(result: SourceDetail, quotes: bool = False) -> View:
    return _with_facts(result, "source", quotes)


COMPARISON_COLUMNS = ("metric", "hub", *FACT_COLUMNS[3:], "fact_id", "notes")


def comparison_view(result: Comparison, chart: bool = True) -> View:
    def rows() -> Iterable[dict[str, Any]]:
        for row in result.rows:
            for cell in row.cells:
                flat = fact_row(cell.compared) if cell.compared else {}
                flat.update(metric=row.metric.id, hub=cell.hub, notes=" ".join(row.notes),
                            fact_id=cell.compared.id if cell.compared else None)
                yield flat

    return View(
        document=lambda: result,
        items=lambda: result.rows,
        columns=COMPARISON_COLUMNS,
        rows=rows,
        table=_table("comparison", result, chart=chart),
    )


HUB_COLUMNS = ("id", "name", "name_zh", "kind", "parent", "region", "country", "tags")


def hub_list_view(result: HubList) -> View:
    columns = list(HUB_COLUMNS)
    for metric in result.metrics:
        columns += [metric.id, f"{metric.id}_unit", f"{metric.id}_period", f"{metric.id}_fact"]

    def rows() -> Iterable[dict[str, Any]]:
        for row in result.rows:
            flat = {name: getattr(row.hub, name) for name in HUB_COLUMNS}
            for fact in row.figures:
                flat.update({fact.metric: fact.value, f"{fact.metric}_unit": fact.unit,
                             f"{fact.metric}_period": fact.period, f"{fact.metric}_fact": fact.id})
            yield flat

    return View(
        document=lambda: list(result.rows),
        items=lambda: result.rows,
        columns=columns,
        rows=rows,
        table=_table("hub_list", result),
    )


RANK_COLUMNS = ("rank", "hub", "hub_name", "value", "unit", "qualifier", "period", "basis",
                "status", "source_id", "fact_id")


def ranking_view(rankings: Sequence[Ranking]) -> View:
    def items() -> Iterable[Any]:
        return [row for ranking in rankings for row in ranking.rows]

    def rows() -> Iterable[dict[str, Any]]:
        for row in items():
            fact = row.fact
            yield {"rank": row.rank, "hub": row.hub.id, "hub_name": row.hub.name,
                   "value": fact.value, "unit": fact.unit, "qualifier": fact.qualifier,
                   "period": fact.period, "basis": fact.basis, "status": fact.status,
                   "source_id": fact.source.id, "fact_id": fact.id}

    return View(
        document=items,
        items=items,
        columns=RANK_COLUMNS,
        rows=rows,
        table=_table("rankings", rankings),
    )


