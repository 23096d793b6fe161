"""`compare`'s table: one column per hub, one row per metric, the notes under it, and
bars where the judgement lets the figures be drawn side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hubquery.display import figure_name, join_names
from hubquery.judgement.orders import bar_top
from hubquery.render.layout import Block, Canvas, Column, Row, Styled, Table, layout
from hubquery.render.table import Citations, bar, grid, notes, period, render, text
from hubquery.render.values import safe

if TYPE_CHECKING:
    from hubquery.query.compare import Cell, Comparison, ComparisonRow


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
                ),
                *_comparison_notes(result, canvas),
            ],
        )
    rows: list[Row] = []
    for row in result.rows:
        # One table row per basis: the basis qualifies the row's name (figure_name), so
        # a metric counted as produced by one hub and sold by another is two rows.
        for basis in dict.fromkeys(f.basis for cell in row.cells for f in cell.facts):
            name = figure_name(row.metric.label, basis=basis)
            cells: list[Styled | str] = [text(name, "bold")]
            for cell in row.cells:
                cells.append(_cell(cell, basis, citations, canvas))
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
    blocks += _comparison_notes(result, canvas)
    blocks += citations.blocks(canvas)
    return render(canvas, blocks)


def _cell(cell: Cell, basis: str | None, citations: Citations, canvas: Canvas) -> Styled:
    """A hub's figures of one basis, newest first, the one compared in bold."""
    lines = Styled()
    facts = [f for f in cell.facts if f.basis == basis]
    for i, fact in enumerate(facts):
        if i:
            lines.append("\n")
        compared = fact is cell.compared
        # "▸" marks the figure compared: bold alone is lost under NO_COLOR
        marked = compared and len(cell.facts) > 1
        mark = ("▸ " if canvas.unicode else "> ") if marked else ""
        lines.append(mark + safe(fact.display), style="bold" if compared else "dim")
        detail = f" {period(fact)} {citations.cite(fact)}"
        if period(fact) == fact.display:  # a year: "1988 1988"
            detail = f" {citations.cite(fact)}"
        lines.append(detail, style="" if compared else "dim")
    return lines if facts else Styled("—", style="dim")


def _comparison_notes(result: Comparison, canvas: Canvas) -> list[Block]:
    """What the comparison as a whole leaves out, and where else to look."""
    if not result.notes:
        return []
    return [Styled(""), *notes(canvas, result.notes, marker="  →", style="")]


def _bar_chart(
    row: ComparisonRow, names: dict[str, str], citations: Citations, canvas: Canvas
) -> Table | None:
    """Horizontal bars for the compared figures, in the order the hubs were given, where
    the judgement lets them be drawn side by side (`query.compare.bars`); a share is
    drawn on a scale of 0–100 (`judgement.orders.bar_top`)."""
    from hubquery.query.compare import bars

    judged = bars(row)
    if judged is None or not judged.ok:
        return None
    compared = [(cell.hub_id, cell.compared) for cell in row.cells if cell.compared is not None]
    top = bar_top([fact for _, fact in compared])
    rows: list[Row] = []
    for hub, fact in compared:
        # drawn side by side only where comparable: of one basis, which the row names
        rows.append(
            [
                text(names[hub]),
                bar(fact.value / top, canvas),
                text(f"{fact.display} {period(fact)} ")
                + Styled(citations.cite(fact), style="cyan"),
            ]
        )
    return grid(canvas, rows, Column(), Column(), Column(wrap=True))
