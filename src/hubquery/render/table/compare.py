"""compare: hubs side by side, with a bar chart of one metric."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hubquery.display import join_names
from hubquery.render.layout import Block, Canvas, Column, Row, Styled, Table, layout
from hubquery.render.table.parts import (
    Citations,
    bar,
    grid,
    notes,
    period,
    render,
    text,
)
from hubquery.render.values import safe

if TYPE_CHECKING:
    from hubquery.query.compare import Comparison, ComparisonRow


def comparison(result: Comparison, canvas: Canvas, chart: bool = True) -> str:
    citations = Citations(result.sources)
    names = {h.id: h.name for h in result.hubs}
    if not result.rows:
        return render(
            canvas,
            [
                Styled(
                    f"{join_names(list(names.values()))} have no metric in common; "
                    "name one with --metric.",
                    style="dim",
                )
            ],
        )
    rows: list[Row] = []
    for row in result.rows:
        cells: list[Styled | str] = [text(row.metric.label, "bold")]
        for cell in row.cells:
            lines = Styled()
            for i, fact in enumerate(cell.facts):
                if i:
                    lines.append("\n")
                compared = fact is cell.compared
                lines.append(safe(fact.display), style="bold" if compared else "dim")
                detail = f" {period(fact)} {citations.cite(fact)}"
                if fact.basis:
                    detail = f" ({safe(fact.basis)})" + detail
                lines.append(detail, style="" if compared else "dim")
            cells.append(lines if cell.facts else Styled("—", style="dim"))
        rows.append(cells)
    columns = [Column("Metric", wrap=True), *(Column(safe(h.name), wrap=True) for h in result.hubs)]
    blocks: list[Block] = [layout(canvas, columns, rows)]
    for row in result.rows:
        if row.notes:
            blocks += [Styled(""), text(row.metric.label, "bold yellow"), *notes(canvas, row.notes)]
    if chart and len(result.rows) == 1 and not canvas.markdown:
        bars = _bar_chart(result.rows[0], names, citations, canvas)
        if bars is not None:
            blocks += [Styled(""), bars]
    blocks += citations.blocks(canvas)
    return render(canvas, blocks)


def _bar_chart(
    row: ComparisonRow, names: dict[str, str], citations: Citations, canvas: Canvas
) -> Table | None:
    """Horizontal bars for the compared figures, in the order the hubs were given."""
    compared = [(cell.hub_id, cell.compared) for cell in row.cells if cell.compared is not None]
    if not compared or any(fact.value < 0 for _, fact in compared):
        return None
    top = max(fact.value for _, fact in compared) or 1
    rows: list[Row] = []
    for hub, fact in compared:
        drawn = bar(fact.value / top, canvas)
        label = fact.display
        if fact.basis:
            label += f" ({fact.basis})"
        rows.append(
            [
                text(names[hub]),
                drawn,
                text(f"{label} {period(fact)} ") + Styled(citations.cite(fact), style="cyan"),
            ]
        )
    return grid(canvas, rows, Column(), Column(), Column(wrap=True))
