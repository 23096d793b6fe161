"""list and rank: hubs in a table, filtered or sorted, and each metric's order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from hubquery.display import figure_name
from hubquery.records import Fact, Metric
from hubquery.render.layout import Block, Canvas, Column, Row, Span, Styled, layout
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
    # A column per metric and basis: the basis qualifies the column's name (figure_name),
    # so figures counted as produced and as sold never share a column; the ranked
    # figures' basis comes first.
    ranked = [f for r in result.rows if r.rank is not None for f in r.facts]
    sort_id = result.sort.id if result.sort is not None else None
    named: list[tuple[Metric, str | None]] = []
    for metric in result.metrics:
        first = [f.basis for f in ranked if f.metric_id == metric.id and metric.id == sort_id]
        found = [f.basis for r in result.rows for f in r.facts if f.metric_id == metric.id]
        named += [(metric, b) for b in dict.fromkeys([*first, *found] or [None])]
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
        for metric, basis in named:
            fact = by_metric.get(metric.id)
            if fact is None or fact.basis != basis:
                cells.append(Styled("—", style="dim"))
            else:
                cell = text(fact.display) + Styled(
                    f" {period(fact)} {citations.cite(fact)}", style="dim"
                )
                if result.sort is not None and metric.id == result.sort.id:
                    # the same notes as rank's: why it is left out, its note
                    marks = footnotes.marks(
                        [*(n.message for n in row.notes if n.message not in shown), fact.note]
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
        *(
            Column(safe(figure_name(m.label, basis=b)), justify="right", wrap=True, lines=2)
            for m, b in named
        ),
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
    units: dict[str, int] = {}
    for ranking in result:
        units[ranking.metric.id] = units.get(ranking.metric.id, 0) + 1
    for ranking in result:
        if blocks:
            blocks.append(Styled(""))
        # The title names what is ranked (figure_name: one basis, the ranked figures');
        # every value says its unit, so the title says it only to tell two orders apart.
        basis = ranking.rows[0].fact.basis if ranking.rows else None
        title = figure_name(ranking.metric.label, basis=basis)
        if units[ranking.metric.id] > 1:
            title += f" ({ranking.unit})"
        blocks.append(text(f"{title}, {ranking.order}", "bold"))
        rows: list[Row] = []
        for row in ranking.rows:
            rank = str(row.rank) + ("" if row.order_known else "?")
            rows.append(_ranked_row(rank, row.name, row.fact, citations, footnotes))
        # The figures left out, those of another basis under a name of their own.
        others = [basis, *(b for b in dict.fromkeys(x.fact.basis for x in ranking.left_out))]
        for other in dict.fromkeys(others):
            group = [left for left in ranking.left_out if left.fact.basis == other]
            if group and other != basis:
                rows.append(Span(text(figure_name(ranking.metric.label, basis=other), "bold")))
            rows += [
                _ranked_row("–", left.name, left.fact, citations, footnotes, left.note.message)
                for left in group
            ]
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
    for why it is left out and its note."""
    return [
        rank,
        text(name, "bold"),
        text(fact.display),
        text(period(fact)),
        Styled(citations.cite(fact), style="cyan"),
        footnotes.marks([left_out, fact.note]),
    ]
