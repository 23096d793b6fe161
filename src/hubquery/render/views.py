"""One View per kind of result: what each command's output is, in every format.

A table is drawn by a typed closure that imports ``render.table`` (and so rich)
only when it runs; mypy follows every call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from hubquery.records import Fact
from hubquery.render import View
from hubquery.render.data import flat_columns, flat_row, flat_rows

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


def profile_view(result: Profile, quotes: bool = False) -> View:
    def draw(canvas: Canvas) -> str:
        from hubquery.render import table

        return table.profile(result, canvas, quotes=quotes)

    parts = ["the profile (name, kind, place in the hierarchy, region, aliases)"]
    parts += [name for name, present in (("tags", result.tags),
                                         ("organisations", result.organisations),
                                         ("the notes on its figures", result.notes)) if present]
    return _with_facts(result, draw, ", ".join(parts[:-1]) + " and " + parts[-1]
                       if len(parts) > 1 else parts[0])


def source_view(result: SourceDetail, quotes: bool = False) -> View:
    def draw(canvas: Canvas) -> str:
        from hubquery.render import table

        return table.source(result, canvas, quotes=quotes)

    omits = "the tags and organisations the source names" if result.statements else ""
    return _with_facts(result, draw, omits)


def _with_facts(result: Profile | SourceDetail, draw: Callable[[Canvas], str],
                omits: str) -> View:
    """A document (a profile, a source) whose rows for CSV and JSON Lines are its facts."""
    return View(
        document=lambda: result,
        items=lambda: result.facts,
        columns=lambda: flat_columns(Fact),
        rows=lambda: flat_rows(result.facts),
        table=draw,
        flat_omits=omits,
    )


def facts_view(facts: Iterable[Fact]) -> View:
    """A stream of facts (export): never held in memory all at once, so emitted once."""
    return View(
        document=lambda: list(facts),
        items=lambda: facts,
        columns=lambda: flat_columns(Fact),
        rows=lambda: flat_rows(facts),
        stream_json_array=True,
    )


def records_view(items: Sequence[Any], record_type: type,
                 draw: Callable[[Canvas], str]) -> View:
    """A list of records: a top-level JSON array, one CSV column per (flattened) field."""
    return View(
        document=lambda: list(items),
        items=lambda: items,
        columns=lambda: flat_columns(record_type),
        rows=lambda: flat_rows(items),
        table=draw,
    )


def metrics_view(items: Sequence[MetricSummary]) -> View:
    from hubquery.query.catalog import MetricSummary

    def draw(canvas: Canvas) -> str:
        from hubquery.render import table

        return table.metrics(items, canvas)

    return records_view(items, MetricSummary, draw)


def sources_view(items: Sequence[SourceSummary]) -> View:
    from hubquery.query.catalog import SourceSummary

    def draw(canvas: Canvas) -> str:
        from hubquery.render import table

        return table.sources(items, canvas)

    return records_view(items, SourceSummary, draw)


def search_view(items: Sequence[SearchHit]) -> View:
    from hubquery.query.search import SearchHit

    def draw(canvas: Canvas) -> str:
        from hubquery.render import table

        return table.search(items, canvas)

    return records_view(items, SearchHit, draw)


def _notes_text(notes: Iterable[Any]) -> str:
    return " ".join(note.message for note in notes)


def comparison_view(result: Comparison, chart: bool = True) -> View:
    def columns() -> Sequence[str]:
        return ("metric_id", "hub_id", *flat_columns(Fact)[3:], "fact_id", "notes")

    def rows() -> Iterable[dict[str, Any]]:
        for row in result.rows:
            for cell in row.cells:
                flat = flat_row(cell.compared) if cell.compared else {}
                flat.update(metric_id=row.metric.id, hub_id=cell.hub_id,
                            notes=_notes_text(row.notes),
                            fact_id=cell.compared.id if cell.compared else None)
                yield flat

    def draw(canvas: Canvas) -> str:
        from hubquery.render import table

        return table.comparison(result, canvas, chart=chart)

    return View(document=lambda: result, items=lambda: result.rows, columns=columns,
                rows=rows, table=draw)


HUB_COLUMNS = ("id", "name", "name_zh", "kind", "parent_id", "region", "country_id", "tags")
# Per metric a listing asks about: the figure and every caveat the table shows with it.
_FIGURE_COLUMNS = ("value", "unit", "qualifier", "low", "high", "display", "period",
                   "period_inferred", "status", "basis", "derived", "derivation", "fact_id",
                   "source_id")


def hub_list_view(result: HubList) -> View:
    """Hubs with, per metric asked about, its figure and every caveat the table shows."""

    def columns() -> Sequence[str]:
        names = [*HUB_COLUMNS, "match"]
        for metric in result.metrics:
            names += [f"{metric.id}_{name}" for name in _FIGURE_COLUMNS]
        return names

    def rows() -> Iterable[dict[str, Any]]:
        for row in result.rows:
            flat = {name: getattr(row.hub, name) for name in HUB_COLUMNS}
            flat["match"] = row.match
            for fact in row.facts:
                figure = flat_row(fact)
                figure.update(fact_id=fact.id)
                flat.update({f"{fact.metric_id}_{name}": figure[name]
                             for name in _FIGURE_COLUMNS})
            yield flat

    def draw(canvas: Canvas) -> str:
        from hubquery.render import table

        return table.hub_list(result, canvas)

    return View(document=lambda: list(result.rows), items=lambda: result.rows,
                columns=columns, rows=rows, table=draw)


RANK_COLUMNS = ("metric_id", "unit", "rank", "hub_id", "hub_name", *_FIGURE_COLUMNS, "notes")


def ranking_view(rankings: Sequence[Ranking]) -> View:
    """One JSON object per ranking (a unit), with its notes; flat rows for CSV."""

    def rows() -> Iterable[dict[str, Any]]:
        for ranking in rankings:
            notes = _notes_text(ranking.notes)
            for row in ranking.rows:
                figure = flat_row(row.fact)
                figure.update(fact_id=row.fact.id)
                yield {"metric_id": ranking.metric.id, "unit": ranking.unit, "rank": row.rank,
                       "hub_id": row.hub.id, "hub_name": row.hub.name,
                       **{name: figure[name] for name in _FIGURE_COLUMNS}, "notes": notes}

    def draw(canvas: Canvas) -> str:
        from hubquery.render import table

        return table.rankings(rankings, canvas)

    return View(document=lambda: list(rankings), items=lambda: rankings,
                columns=lambda: RANK_COLUMNS, rows=rows, table=draw)


CHANGE_COLUMNS = ("change_from_fact_id", "change", "change_low", "change_high",
                  "change_percent_low", "change_percent_high", "change_direction",
                  "change_across_sources", "change_derived", "unjoined_kind",
                  "unjoined_reason")


def history_view(result: History, quotes: bool = False, everything: bool = True) -> View:
    """A hub's figures over time: one JSON document; for CSV one row per figure, with the
    (derived) change from the figure before it in its series, or why it has none
    (``unjoined_kind``, ``unjoined_reason``: the judgement's words)."""

    def columns() -> Sequence[str]:
        return ("metric_id", "hub_id", *flat_columns(Fact)[3:], "fact_id", *CHANGE_COLUMNS)

    def rows() -> Iterable[dict[str, Any]]:
        for entry in result.metrics:
            changes = {c.to_fact_id: c for s in entry.series for c in s.changes}
            unjoined = {u.fact_id: u for u in entry.unjoined}
            for fact in entry.facts:
                flat = flat_row(fact)
                flat.update(metric_id=entry.metric.id, hub_id=fact.hub_id, fact_id=fact.id)
                flat.update(dict.fromkeys(CHANGE_COLUMNS))
                change = changes.get(fact.id)
                if change is not None:
                    flat.update({
                        "change_from_fact_id": change.from_fact_id, "change": change.display,
                        "change_low": change.low, "change_high": change.high,
                        "change_percent_low": change.percent_low,
                        "change_percent_high": change.percent_high,
                        "change_direction": change.direction,
                        "change_across_sources": change.across_sources,
                        "change_derived": change.derived})
                apart = unjoined.get(fact.id)
                if apart is not None:
                    flat.update(change_from_fact_id=apart.from_fact_id,
                                unjoined_kind=apart.kind, unjoined_reason=apart.reason)
                yield flat

    def draw(canvas: Canvas) -> str:
        from hubquery.render import table

        return table.history(result, canvas, quotes=quotes, everything=everything)

    return View(document=lambda: result, items=lambda: result.metrics, columns=columns,
                rows=rows, table=draw)


def validation_view(report: ValidationReport) -> View:
    """`validate`: its report as a document; its problems as rows and JSON Lines. The
    table is the one-line summary of a valid dataset (problems go to stderr)."""
    from hubquery.curate import ValidationProblem

    def draw(canvas: Canvas) -> str:
        from hubquery.render import table

        if not report.valid:
            return ""
        return table.paragraph(
            f"ok: {report.file}: {report.hub_count} hubs, {report.fact_count} facts, "
            f"{report.source_count} sources, {report.metric_count} metrics", canvas)

    return View(document=lambda: report, items=lambda: report.problems,
                columns=lambda: flat_columns(ValidationProblem),
                rows=lambda: flat_rows(report.problems), table=draw)


CLAIM_COLUMNS = ("line", "text", "verdict", "hub_id", "subject", "metric_id", "value", "unit",
                 "qualifier", "period", "fact_ids", "notes")


def check_view(claims: Sequence[Claim]) -> View:
    """Claims as a JSON array (each with the figures it rests on); one row per claim in
    CSV, its fact ids space-separated and every note's message."""

    def rows() -> Iterable[dict[str, Any]]:
        for claim in claims:
            row = {name: getattr(claim, name) for name in CLAIM_COLUMNS[:-2]}
            yield {**row, "fact_ids": " ".join(claim.fact_ids),
                   "notes": _notes_text(claim.notes)}

    def draw(canvas: Canvas) -> str:
        from hubquery.render import table

        return table.claims(claims, canvas)

    return View(document=lambda: list(claims), items=lambda: claims,
                columns=lambda: CLAIM_COLUMNS, rows=rows, table=draw)


def cite_view(result: Citation) -> View:
    """A citation as JSON: what was cited and its references (each with its source, the
    figure and its quote); one row per reference elsewhere."""
    from hubquery.query.cite import Reference

    references = result.references
    return View(document=lambda: list(references), items=lambda: references,
                columns=lambda: flat_columns(Reference), rows=lambda: flat_rows(references))
