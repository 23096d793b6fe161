"""history: a hub's figures over time, with their changes and charts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from hubquery.display import figure_name
from hubquery.records import Note
from hubquery.render.layout import Block, Canvas, Column, Row, Span, Styled, layout
from hubquery.render.table.parts import (
    Citations,
    Footnotes,
    bar,
    fact_label,
    grid,
    notes,
    period,
    quote,
    render,
    text,
)
from hubquery.render.values import safe

if TYPE_CHECKING:
    from hubquery.query.history import History, MetricHistory, Series


ACROSS_SOURCES = "‡"


def history(result: History, canvas: Canvas, quotes: bool = False, everything: bool = True) -> str:
    """Each metric with figures over time in a table of its own, oldest first, with the
    (derived) change from the figure before it in its series, or a lettered footnote
    saying why there is none; a chart for a series of three or more figures that may be
    drawn side by side. The metrics with nothing over time share one table; without
    ``everything`` it is left out, saying so, where some metric has figures over time."""
    rest = [entry for entry in result.metrics if not entry.over_time]
    left_out = rest if rest and not everything and len(rest) < len(result.metrics) else []
    cited = {f.source.id for entry in result.metrics if entry not in left_out for f in entry.facts}
    citations = Citations(s for s in result.sources if s.id in cited)
    footnotes = Footnotes()
    hub = result.hub
    title = text(hub.name, "bold")
    if hub.name_zh:
        title.append(" " + safe(hub.name_zh), style="bold")
    title.append(f" · {hub.kind} · figures over time", style="dim")
    blocks: list[Block] = [title]
    if not result.metrics:
        blocks.append(Styled("No figures for this hub in the dataset.", style="dim"))
    for entry in result.metrics:
        if entry.over_time:
            blocks += _history_table(entry, citations, footnotes, canvas, quotes)
    if rest and not left_out:
        blocks += _history_rest(rest, result.metrics, citations, footnotes, canvas, quotes)
    blocks += footnotes.blocks(canvas)
    if any(s.changes for entry in result.metrics for s in entry.series):
        blocks += [
            Styled(""),
            Styled(
                "Changes are computed by hubquery from the figures above "
                "(derived): no source states them.",
                style="dim",
            ),
        ]
    if result.notes:
        blocks += [Styled(""), *notes(canvas, result.notes)]
    if left_out:
        count = sum(len(entry.facts) for entry in left_out)
        message = (
            f"Left out: {count} figure{'s' * (count != 1)} of {len(left_out)} "
            f"metric{'s' * (len(left_out) != 1)} with nothing over time (use --all, "
            f"or hubquery show {result.hub.id})."
        )
        blocks += [Styled(""), *notes(canvas, [Note("left-out", message)], marker="  →", style="")]
    blocks += citations.blocks(canvas)
    return render(canvas, blocks)


def _history_table(
    entry: MetricHistory, citations: Citations, footnotes: Footnotes, canvas: Canvas, quotes: bool
) -> list[Block]:
    """One metric's figures, series by series (oldest first), then the figures that do
    not stand; each with its change, or the judgement's reason as a footnote."""
    by_id = {f.id: f for f in entry.facts}
    changes = {c.to_fact_id: c for s in entry.series for c in s.changes}
    unjoined = {u.fact_id: u for u in entry.unjoined}
    order = [i for s in entry.series for i in s.fact_ids]
    order += [u.fact_id for u in entry.unjoined if u.from_fact_id is None]
    # Each figure's name (figure_name: its subject and basis) heads the table, or, where
    # the metric's figures have several, the rows of each in turn.
    names = {i: figure_name(entry.metric.label, by_id[i].subject, by_id[i].basis) for i in order}
    groups = list(dict.fromkeys(names[i] for i in order))
    order.sort(key=lambda i: groups.index(names[i]))
    rows: list[Row] = []
    heading = None
    for ident in order:
        fact = by_id[ident]
        if len(groups) > 1 and names[ident] != heading:
            heading = names[ident]
            rows.append(Span(text(heading, "bold")))
        value = text(fact.display)
        if fact.note:
            value.append(f" ({footnotes.mark(fact.note)})", style="dim")
        found = changes.get(ident)
        if found is not None:
            step = text(found.display + (f" {ACROSS_SOURCES}" if found.across_sources else ""))
        elif ident in unjoined:
            reason = unjoined[ident].reason
            step = Styled(
                f"— ({footnotes.mark(reason[:1].upper() + reason[1:] + '.')})", style="dim"
            )
        else:
            step = Styled("")
        rows.append([text(period(fact)), value, step, Styled(citations.cite(fact), style="cyan")])
        if quotes:
            rows += quote(fact, 2)
    columns = [
        Column("Period", wrap=True),
        Column("Value", justify="right", wrap=True),
        Column("Change (derived)", wrap=True),
        Column("Src"),
    ]
    blocks: list[Block] = [
        Styled(""),
        text(groups[0] if len(groups) == 1 else entry.metric.label, "bold"),
        layout(canvas, columns, rows),
    ]
    if not canvas.markdown:
        for series in entry.series:
            blocks += _history_chart(entry, series, citations, canvas)
    return blocks


def _history_rest(
    entries: Sequence[MetricHistory],
    everything: Sequence[MetricHistory],
    citations: Citations,
    footnotes: Footnotes,
    canvas: Canvas,
    quotes: bool,
) -> list[Block]:
    """The metrics with nothing over time, one row per figure, in one table."""
    metrics = {entry.metric.id: entry.metric for entry in entries}
    rows: list[Row] = []
    for entry in entries:
        for fact in entry.facts:
            label = fact_label(fact, metrics, footnotes, subject=True)
            rows.append(
                [
                    label,
                    text(fact.display),
                    text(period(fact)),
                    Styled(citations.cite(fact), style="cyan"),
                ]
            )
            if quotes:
                rows += quote(fact, 2)
    columns = [
        Column("Figure", wrap=True),
        Column("Value", justify="right", wrap=True),
        Column("Period", wrap=True),
        Column("Src"),
    ]
    heading = (
        text("Other figures", "bold")
        if len(entries) < len(everything)
        else Styled("No figures of one thing in different periods.", style="dim")
    )
    return [Styled(""), heading, layout(canvas, columns, rows)]


def _history_chart(
    entry: MetricHistory, series: Series, citations: Citations, canvas: Canvas
) -> list[Block]:
    """Bars for a series of three or more figures that may be drawn side by side
    (``judgement.drawable``: amounts, not ranks or years, every two joinable), oldest
    at the top; two figures are read from their change, and a series that may not be
    drawn has its reasons in the table's footnotes already."""
    from hubquery.judgement.orders import bar_top, drawable

    by_id = {f.id: f for f in entry.facts}
    facts = [by_id[i] for i in series.fact_ids]
    if len(facts) < 3 or not drawable(facts).ok:
        return []
    top = bar_top(facts)
    rows: list[Row] = []
    for fact in facts:
        rows.append(
            [
                text(period(fact)),
                bar(fact.value / top, canvas),
                text(fact.display + " ") + Styled(citations.cite(fact), style="cyan"),
            ]
        )
    name = figure_name(entry.metric.label, series.subject, series.basis)
    heading = f"{name}; {series.unit}" if series.subject or series.basis else series.unit
    return [
        Styled(""),
        text(f"  {heading}", "dim"),
        grid(canvas, rows, Column(), Column(), Column(wrap=True)),
    ]
