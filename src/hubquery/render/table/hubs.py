"""list and rank: hubs in a table, filtered or sorted, and each metric's order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from hubquery.records import Fact
from hubquery.render.layout import Block, Canvas, Column, Row, Styled, layout
from hubquery.render.table.parts import (
    Citations,
    Footnotes,
    notes,
    period,
    render,
    text,
)
from hubquery.render.values import safe

if TYPE_CHECKING:
    from hubquery.query.listing import HubList
    from hubquery.query.rank import Ranking


def hub_list(result: HubList, canvas: Canvas) -> str:
    if not result.rows:
        return render(canvas, [Styled("No hubs match.", style="dim")])
    citations = Citations(result.sources)
    footnotes = Footnotes()
    shown = {n.message for n in result.notes}
    rows: list[Row] = []
    for row in result.rows:
        hub = row.hub
        by_metric = {f.metric_id: f for f in row.facts}
        name = text(hub.name)
        if row.match == "maybe":
            name.append(" ?", style="yellow")
        cells: list[Styled | str] = [
            name,
            hub.kind,
            safe(row.parent_name or ""),
            safe(hub.region or ""),
            safe(", ".join(hub.tags)),
        ]
        for metric in result.metrics:
            fact = by_metric.get(metric.id)
            if fact is None:
                cells.append(Styled("—", style="dim"))
            else:
                cell = text(fact.display) + Styled(
                    f" {period(fact)} {citations.cite(fact)}", style="dim"
                )
                if result.sort is not None and metric.id == result.sort.id:
                    # the same notes as rank's: why it is left out, its basis, its note
                    marks = footnotes.marks(
                        [
                            *(n.message for n in row.notes if n.message not in shown),
                            f"Counted as: {fact.basis}." if fact.basis else None,
                            fact.note,
                        ]
                    )
                    if marks.plain:
                        cell += Styled(" ") + marks
                cells.append(cell)
        if result.sort is not None:
            place = "–" if row.rank is None else str(row.rank) + ("" if row.order_known else "?")
            cells.insert(0, place if by_metric.get(result.sort.id) else "")
        rows.append(cells)
    columns = [
        Column("Hub", wrap=True, style="bold"),
        Column("Kind", drop=4),
        Column("Part of", wrap=True, drop=3),
        Column("Region", wrap=True, drop=2),
        Column("Tags", wrap=True, drop=1),
        *(Column(safe(m.label), justify="right", wrap=True) for m in result.metrics),
    ]
    if result.sort is not None:
        columns.insert(0, Column("#", justify="right"))
    footer = Styled(f"{len(result.rows)} hub{'s' * (len(result.rows) != 1)}", style="dim")
    if any(row.match == "maybe" for row in result.rows):
        footer.append("; ? = a hedged figure leaves a condition undecided", style="dim")
    if result.order is not None:
        footer.append(f"; sorted {result.order}", style="dim")
    return render(
        canvas,
        [
            layout(canvas, columns, rows),
            footer,
            *notes(canvas, result.notes),
            *footnotes.blocks(canvas),
            *citations.blocks(canvas),
        ],
    )


# rank


def rankings(result: Sequence[Ranking], canvas: Canvas) -> str:
    citations = Citations(dict.fromkeys(s for r in result for s in r.sources))
    footnotes = Footnotes()
    blocks: list[Block] = []
    for ranking in result:
        if blocks:
            blocks.append(Styled(""))
        blocks.append(text(f"{ranking.metric.label} ({ranking.unit}), {ranking.order}", "bold"))
        rows: list[Row] = []
        for row in ranking.rows:
            rank = str(row.rank) + ("" if row.order_known else "?")
            rows.append(_ranked_row(rank, row.name, row.fact, citations, footnotes))
        for left in ranking.left_out:
            rows.append(
                _ranked_row("–", left.name, left.fact, citations, footnotes, left.note.message)
            )
        columns = [
            Column("#", justify="right"),
            Column("Hub", wrap=True),
            Column("Value", justify="right"),
            Column("Period"),
            Column("Src"),
            Column("Notes", drop=1),
        ]
        blocks += [layout(canvas, columns, rows), *notes(canvas, ranking.notes)]
    if not result:
        blocks.append(Styled("No figures for this metric.", style="dim"))
    return render(canvas, [*blocks, *footnotes.blocks(canvas), *citations.blocks(canvas)])


def _ranked_row(
    rank: str,
    name: str,
    fact: Fact,
    citations: Citations,
    footnotes: Footnotes,
    left_out: str | None = None,
) -> Row:
    """A row of an order: its place (– when left out), the figure, and lettered marks
    for why it is left out, its basis and its note."""
    basis = f"Counted as: {fact.basis}." if fact.basis else None
    return [
        rank,
        text(name, "bold"),
        text(fact.display),
        text(period(fact)),
        Styled(citations.cite(fact), style="cyan"),
        footnotes.marks([left_out, basis, fact.note]),
    ]
