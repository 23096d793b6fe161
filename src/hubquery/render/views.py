"""One View per kind of result: what each command's output is, in every format.

A table is drawn by a typed closure that imports ``render.table`` (and so rich)
only when it runs; mypy follows every call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from hubquery.records import Fact
from hubquery.render import View

if TYPE_CHECKING:
    from hubquery.curate import ValidationReport
    from hubquery.query.catalog import MetricSummary, SourceDetail, SourceSummary
    from hubquery.query.check import Claim
    from hubquery.query.cite import Citation
    from hubquery.query.compare import Comparison
    from hubquery.query.history import History
    from hubquery.query.listing import HubList
    from hubquery.query.profile import Profile
    from hubquery.query.rank import Ranking
    from hubquery.query.search import SearchHit
    from hubquery.render.layout import Canvas


def column_paths(item_type: type) -> tuple[str, ...]:
    """``render.fields.column_paths``, imported when a result is written as rows (CSV,
    TSV, JSON Lines) or with --fields: a JSON document or a table never needs it, and
    loading it costs a lookup 1.8 M instructions (the README's start-up section)."""
    from hubquery.render import fields

    return fields.column_paths(item_type)


def path_rows(paths: Sequence[str], items: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """``render.fields.path_rows``, imported as ``column_paths`` is."""
    from hubquery.render import fields

    return fields.path_rows(paths, items)


def profile_view(result: Profile, quotes: bool = False) -> View:
    def draw(canvas: Canvas) -> str:
        from hubquery.render.table import profile

        return profile.profile(result, canvas, quotes=quotes)

    parts = ["the profile (name, kind, place in the hierarchy, region, aliases)"]
    parts += [
        name
        for name, present in (
            ("tags", result.tags),
            ("organisations", result.organisations),
            ("the notes comparing its figures", result.notes),
        )
        if present
    ]
    return _with_facts(
        result, draw, ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
    )


def source_view(result: SourceDetail, quotes: bool = False) -> View:
    def draw(canvas: Canvas) -> str:
        from hubquery.render.table import catalog

        return catalog.source(result, canvas, quotes=quotes)

    omits = "the tags and organisations the source names" if result.statements else ""
    return _with_facts(result, draw, omits)


def _with_facts(result: Profile | SourceDetail, draw: Callable[[Canvas], str], omits: str) -> View:
    """A document (a profile, a source) whose rows for CSV and JSON Lines are its facts."""
    return View(
        document=lambda: result,
        items=lambda: result.facts,
        columns=lambda: column_paths(Fact),
        rows=lambda: path_rows(column_paths(Fact), result.facts),
        table=draw,
        flat_omits=omits,
    )


def facts_view(facts: Iterable[Fact]) -> View:
    """A stream of facts (export): never held in memory all at once, so emitted once."""
    return View(
        document=lambda: list(facts),
        items=lambda: facts,
        columns=lambda: column_paths(Fact),
        rows=lambda: path_rows(column_paths(Fact), facts),
        stream_json_array=True,
    )


def records_view(items: Sequence[Any], record_type: type, draw: Callable[[Canvas], str]) -> View:
    """A list of records: a top-level JSON array, one CSV column per (flattened) field."""
    return View(
        document=lambda: list(items),
        items=lambda: items,
        columns=lambda: column_paths(record_type),
        rows=lambda: path_rows(column_paths(record_type), items),
        table=draw,
    )


def metrics_view(items: Sequence[MetricSummary]) -> View:
    from hubquery.query.catalog import MetricSummary

    def draw(canvas: Canvas) -> str:
        from hubquery.render.table import catalog

        return catalog.metrics(items, canvas)

    return records_view(items, MetricSummary, draw)


def sources_view(items: Sequence[SourceSummary]) -> View:
    from hubquery.query.catalog import SourceSummary

    def draw(canvas: Canvas) -> str:
        from hubquery.render.table import catalog

        return catalog.sources(items, canvas)

    return records_view(items, SourceSummary, draw)


def search_view(items: Sequence[SearchHit]) -> View:
    from hubquery.query.search import SearchHit

    def draw(canvas: Canvas) -> str:
        from hubquery.render.table import catalog

        return catalog.search(items, canvas)

    return records_view(items, SearchHit, draw)


def comparison_view(result: Comparison, chart: bool = True) -> View:
    """A comparison as one JSON document; as rows, one per hub and metric."""
    from hubquery.render.rows import ComparedRow, row_notes

    def items() -> Iterable[ComparedRow]:
        for row in result.rows:
            for cell in row.cells:
                fact = cell.compared
                yield ComparedRow(
                    row.metric.id,
                    row.unit,
                    cell.hub_id,
                    fact,
                    row_notes((*row.notes, *result.notes), fact.id if fact else None, cell.hub_id),
                )

    def draw(canvas: Canvas) -> str:
        from hubquery.render.comparison import comparison

        return comparison(result, canvas, chart=chart)

    return _rows_view(
        lambda: result,
        items,
        ComparedRow,
        draw,
        lambda: ("metric_id", "unit", "hub_id", *_figure("fact."), "notes"),
    )


def _rows_view(
    document: Callable[[], Any],
    items: Callable[[], Iterable[Any]],
    row_type: type,
    draw: Callable[[Canvas], str],
    columns: Callable[[], Sequence[str]] | None = None,
) -> View:
    """A result whose rows (JSON Lines, CSV, TSV, --fields) are records of ``row_type``,
    one column per path (``render.fields``): ``columns``, or every path of the type."""
    names = columns or (lambda: column_paths(row_type))
    return View(
        document=document,
        items=items,
        columns=names,
        rows=lambda: path_rows(names(), items()),
        table=draw,
    )


# A figure in a row of CSV: the figure and every caveat the table shows with it (the
# rest of the fact, its quote and its source's details, is in JSON and --fields).
_FIGURE_COLUMNS = (
    "id",
    "subject",
    "value",
    "unit",
    "qualifier",
    "low",
    "high",
    "display",
    "period",
    "period_inferred",
    "status",
    "basis",
    "note",
    "derived",
    "derivation",
    "source.id",
)


def _figure(prefix: str) -> tuple[str, ...]:
    return tuple(prefix + name for name in _FIGURE_COLUMNS)


def hub_list_view(result: HubList) -> View:
    """Hubs with, per metric asked about, its figure and every caveat the table shows:
    ``facts.population.value`` is the value of the hub's population figure."""
    from hubquery.query.listing import HubRow

    def names() -> list[str]:
        paths = [*column_paths(HubRow)]
        if result.sort is not None:
            paths.append("notes.message")  # why a hub is left out of the order, and its notes
        for metric in result.metrics:
            paths += _figure(f"facts.{metric.id}.")
        return paths

    def draw(canvas: Canvas) -> str:
        from hubquery.render.table import hubs

        return hubs.hub_list(result, canvas)

    return _rows_view(lambda: list(result.rows), lambda: result.rows, HubRow, draw, names)


def ranking_view(rankings: Sequence[Ranking]) -> View:
    """One JSON object per ranking (a unit), with its notes; as rows, one per place, each
    with its ranking's metric and unit and the notes that concern it, then one per figure
    the order leaves out (no rank; why among its notes)."""
    from hubquery.render.rows import RankedRow, row_notes

    def items() -> Iterable[RankedRow]:
        for ranking in rankings:
            for row in ranking.rows:
                yield RankedRow(
                    ranking.metric.id,
                    ranking.unit,
                    row.rank,
                    row.order_known,
                    row.name,
                    row.hub,
                    row.subject,
                    row.fact,
                    row_notes(ranking.notes, row.fact.id, row.hub.id),
                )
            # The figures the order leaves out: no place, and why among their notes.
            for left in ranking.left_out:
                yield RankedRow(
                    ranking.metric.id,
                    ranking.unit,
                    None,
                    None,
                    left.name,
                    left.hub,
                    left.subject,
                    left.fact,
                    row_notes((left.note, *ranking.notes), left.fact.id, left.hub.id),
                )

    def draw(canvas: Canvas) -> str:
        from hubquery.render.table import hubs

        return hubs.rankings(rankings, canvas)

    return _rows_view(
        lambda: list(rankings),
        items,
        RankedRow,
        draw,
        lambda: (
            "metric_id",
            "unit",
            "rank",
            "order_known",
            "name",
            "hub.id",
            *_figure("fact."),
            "notes",
        ),
    )


def history_view(result: History, quotes: bool = False, everything: bool = True) -> View:
    """A hub's figures over time: one JSON document; as rows, one per figure, with the
    (derived) change from the figure before it in its series, or why it has none
    (``unjoined``: the judgement's kind and reason)."""
    from hubquery.render.rows import HistoryRow, row_notes

    def items() -> Iterable[HistoryRow]:
        for entry in result.metrics:
            changes = {c.to_fact_id: c for s in entry.series for c in s.changes}
            unjoined = {u.fact_id: u for u in entry.unjoined}
            for fact in entry.facts:
                yield HistoryRow(
                    entry.metric.id,
                    fact,
                    changes.get(fact.id),
                    unjoined.get(fact.id),
                    row_notes(result.notes, fact.id, None),
                )

    def draw(canvas: Canvas) -> str:
        from hubquery.render.table import history

        return history.history(result, canvas, quotes=quotes, everything=everything)

    return _rows_view(
        lambda: result,
        items,
        HistoryRow,
        draw,
        lambda: (
            "metric_id",
            *_figure("fact."),
            *(p for p in column_paths(HistoryRow) if p.startswith(("change.", "unjoined."))),
            "notes",
        ),
    )


def validation_view(report: ValidationReport) -> View:
    """`validate`: its report as a document; its problems as rows and JSON Lines. The
    table is the one-line summary of a valid dataset (problems go to stderr)."""

    def draw(canvas: Canvas) -> str:
        from hubquery.render import table

        if not report.valid:
            return ""
        # One line, never hard-wrapped: a terminal wraps it, a pipe gets it whole.
        return (
            table.text(
                f"ok: {report.file}: {report.hub_count} hubs, {report.fact_count} facts, "
                f"{report.source_count} sources, {report.metric_count} metrics"
            ).plain
            + "\n"
        )

    from hubquery.problems import Problem

    return _rows_view(lambda: report, lambda: report.problems, Problem, draw)


def check_view(claims: Sequence[Claim], hidden: int = 0) -> View:
    """Claims as a JSON array (each with the figures it rests on); one row per claim in
    CSV, with its fact ids and every note's message. ``hidden`` counts the claims
    --only left out (the table says so)."""
    from hubquery.query.check import Claim

    def draw(canvas: Canvas) -> str:
        from hubquery.render.table import check

        return check.claims(claims, canvas, hidden)

    return _rows_view(
        lambda: list(claims),
        lambda: claims,
        Claim,
        draw,
        lambda: ("line", "text", *column_paths(Claim)[2:], "notes.message"),
    )


def cite_view(result: Citation) -> View:
    """A citation as JSON: what was cited and its references (each with its source, the
    figure and its quote); one row per reference elsewhere."""
    from hubquery.query.cite import Reference

    references = result.references
    return View(
        document=lambda: list(references),
        items=lambda: references,
        columns=lambda: column_paths(Reference),
        rows=lambda: path_rows(column_paths(Reference), references),
    )
