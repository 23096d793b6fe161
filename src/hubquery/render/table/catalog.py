"""metrics, sources, source and search: what the dataset holds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from hubquery.render.layout import Block, Canvas, Column, Row, Styled, layout
from hubquery.render.table.parts import (
    DERIVED_MARK,
    Citations,
    Footnotes,
    fact_label,
    fact_value,
    period,
    quote,
    render,
    text,
)
from hubquery.render.values import cite_source, safe, source_date

if TYPE_CHECKING:
    from hubquery.query.catalog import MetricSummary, SourceDetail, SourceSummary
    from hubquery.query.search import SearchHit


def metrics(items: Sequence[MetricSummary], canvas: Canvas) -> str:
    # Ids can be long and never wrap, so label and aliases share the one column
    # that does.
    rows: list[Row] = []
    for m in items:
        label = text(m.label)
        if m.aliases:
            label.append(safe(f" ({', '.join(m.aliases)})"), style="dim")
        rows.append(
            [text(m.id, "bold"), text(m.unit_kind), str(m.hub_count), str(m.fact_count), label]
        )
    columns = [
        Column("Metric"),
        Column("Kind", drop=3),
        Column("Hubs", justify="right", drop=2),
        Column("Facts", justify="right", drop=1),
        Column("Label (aliases)", wrap=True),
    ]
    return render(canvas, [layout(canvas, columns, rows)])


def sources(items: Sequence[SourceSummary], canvas: Canvas) -> str:
    rows: list[Row] = []
    for s in items:
        rows.append(
            [
                text(s.source.id, "bold"),
                text(cite_source(s.source)),
                str(s.hub_count),
                str(s.fact_count),
            ]
        )
    columns = [
        Column("Source"),
        Column("Reference", wrap=True),
        Column("Hubs", justify="right", drop=2),
        Column("Facts", justify="right", drop=1),
    ]
    return render(canvas, [layout(canvas, columns, rows)])


def source(result: SourceDetail, canvas: Canvas, quotes: bool = False) -> str:
    src = result.source
    published = source_date(src)
    head: list[Row] = [["Title", text(src.title, "bold")]]
    for label, value in (
        ("Author", src.author),
        ("Publisher", src.publisher),
        ("Published", published),
        ("How dated", src.date_note),
        ("URL", src.url),
        ("Note", src.note),
    ):
        if value:
            head.append([label, text(value)])
    names = {h.id: h.name for h in result.hubs}
    metric_by_id = {m.id: m for m in result.metrics}
    footnotes = Footnotes()
    citations = Citations([src])
    rows: list[Row] = []
    for fact in result.facts:
        figure = fact_label(fact, metric_by_id, footnotes)
        if fact.subject:
            figure = text(fact.subject + ": ") + figure
        figure_value = fact_value(fact, metric_by_id)
        if fact.derived:
            citations.cite(fact)
            figure_value.append(DERIVED_MARK, style="cyan")
        rows.append(
            [text(names.get(fact.hub_id, fact.hub_id)), figure, figure_value, text(period(fact))]
        )
        if quotes:
            rows += quote(fact, 2)
    columns = [
        Column("Hub", wrap=True),
        Column("Figure", wrap=True),
        Column("Value", justify="right", wrap=True),
        Column("Period", wrap=True),
    ]
    blocks: list[Block] = [
        layout(
            canvas, [Column(style="dim"), Column(wrap=True)], head, gap=2, header=False, fields=True
        ),
        Styled(""),
        layout(canvas, columns, rows),
        *footnotes.blocks(canvas),
        *citations.derived_blocks(canvas, numbered=False),
    ]
    if result.statements:
        blocks += [Styled(""), Styled("Tags and organisations", style="bold")]
        for statement in result.statements:
            line = Styled("  " + safe(names.get(statement.hub_id, statement.hub_id)) + ": ")
            line.append(safe(f"{statement.field} {statement.name}"), style="bold")
            blocks.append(line)
    blocks += [
        Styled(""),
        Styled(f"{len(result.facts)} figures about {len(result.hubs)} hubs", style="dim"),
    ]
    return render(canvas, blocks)


def search(hits: Sequence[SearchHit], canvas: Canvas) -> str:
    if not hits:
        return render(canvas, [Styled("Nothing matches.", style="dim")])
    # Each row says what it is (a name, a tag, a figure) and where the text was found;
    # the source is what a reader looks up next. Fact ids are in --json and CSV.
    rows: list[Row] = []
    for hit in hits:
        what = text(hit.name, "bold")
        if hit.text and hit.text != hit.name:
            what.append("\n")
            what.append(safe(hit.text), style="italic" if hit.kind == "fact" else "")
        rows.append(
            [text(hit.hub_name or "—"), hit.kind, what, text(hit.source_id or hit.metric_id or "")]
        )
    columns = [
        Column("Hub", wrap=True),
        Column("Match", drop=1),
        Column("What", wrap=True),
        Column("Source", style="dim", drop=2),
    ]
    return render(canvas, [layout(canvas, columns, rows)])
