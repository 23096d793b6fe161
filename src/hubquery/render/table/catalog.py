"""metrics, sources, source and search: what the dataset holds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from hubquery.display import quoted
from hubquery.render.layout import Block, Canvas, Column, Row, Span, Styled, cell_len, layout
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


# Below this many columns for the labels, a label goes on its own line under its id.
_LABEL_ROOM = 40


def metrics(items: Sequence[MetricSummary], canvas: Canvas) -> str:
    """Each metric's id, kind and counts, and its label (aliases). Ids can be long (36
    characters) and never wrap, so where the width left for the labels is narrow (at
    80 columns, 15) each label is a line of its own under its id, whole, instead of a
    cell wrapped to four lines."""
    columns = [
        Column("Metric", whole=True),
        Column("Kind", drop=3),
        Column("Hubs", justify="right", drop=2),
        Column("Facts", justify="right", drop=1),
    ]
    fixed = sum(
        max([len(c.header)] + [cell_len(cell) for cell in cells]) + 3
        for c, cells in zip(
            columns,
            (
                [m.id for m in items],
                [m.unit_kind for m in items],
                [str(m.hub_count) for m in items],
                [str(m.fact_count) for m in items],
            ),
            strict=True,
        )
    )
    below = not canvas.markdown and canvas.width - fixed < _LABEL_ROOM
    if not below:  # else the label is a line of its own under its id
        columns.append(Column("Label (aliases)", wrap=True))
    rows: list[Row] = []
    for m in items:
        label = text(m.label)
        if m.aliases:
            label.append(safe(f" ({', '.join(m.aliases)})"), style="dim")
        row: list[Styled | str] = [
            text(m.id, "bold"),
            text(m.unit_kind),
            str(m.hub_count),
            str(m.fact_count),
        ]
        if below:
            rows += [row, Span(label, indent=2, detail=True)]
        else:
            rows.append([*row, label])
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
        Column("Source", whole=True),
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
        figure = fact_label(fact, metric_by_id, footnotes, subject=True)
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


# The kinds of hit whose text is a quote from an article.
_QUOTED = frozenset({"fact", "tag", "organisation"})


def search(hits: Sequence[SearchHit], canvas: Canvas) -> str:
    if not hits:
        return render(canvas, [Styled("Nothing matches.", style="dim")])
    # Each row says what it is (a name, a tag, a figure) and where the text was found;
    # the source is what a reader looks up next. Fact ids are in --json and CSV. A
    # quote (of a figure, a tag, an organisation) is prose: on its own lines under its
    # row, as show --quotes puts it, not wrapped in a narrow cell; an alias or a title
    # stays in the row.
    rows: list[Row] = []
    for hit in hits:
        what = text(hit.name, "bold")
        found = hit.text if hit.text and hit.text != hit.name else ""
        if found and hit.kind not in _QUOTED:
            what.append("\n")
            what.append(safe(found))
        rows.append(
            [text(hit.hub_name or "—"), hit.kind, what, text(hit.source_id or hit.metric_id or "")]
        )
        if found and hit.kind in _QUOTED:
            rows.append(Span(text(quoted(found), "italic"), indent=2, detail=True))
    columns = [
        Column("Hub", wrap=True),
        Column("Match", drop=1),
        Column("What", wrap=True),
        Column("Source", style="dim", drop=2, whole=True),
    ]
    return render(canvas, [layout(canvas, columns, rows)])
