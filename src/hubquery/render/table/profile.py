"""show: a hub's profile, its figures, where sources differ, and its sources."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from hubquery.display import quantity_label
from hubquery.records import CitedName, Hub, Metric
from hubquery.render.layout import Block, Canvas, Column, Row, Span, Styled, layout
from hubquery.render.table.parts import (
    Citations,
    Footnotes,
    fact_label,
    fact_value,
    grid,
    notes,
    period,
    quote,
    render,
    text,
)
from hubquery.render.values import safe

if TYPE_CHECKING:
    from hubquery.query.profile import Profile


def profile(result: Profile, canvas: Canvas, quotes: bool = False) -> str:
    metrics = {m.id: m for m in result.metrics}
    citations = Citations(result.sources)
    footnotes = Footnotes()
    blocks = _profile_header(result, citations, canvas)
    if result.facts:
        rows: list[Row] = []
        subject: str | None = None
        for fact in result.facts:
            if fact.subject != subject and fact.subject is not None:
                rows.append(Span(Styled("")))
                rows.append(Span(text(fact.subject, "bold underline")))
            subject = fact.subject
            label = fact_label(fact, metrics, footnotes)
            if fact.subject:
                label = Styled("  ") + label
            rows.append(
                [
                    label,
                    fact_value(fact, metrics),
                    text(period(fact)),
                    Styled(citations.cite(fact), style="cyan"),
                ]
            )
            if quotes:
                rows += quote(fact, 4 if fact.subject else 2)
        columns = [
            Column("Figure", wrap=True),
            Column("Value", justify="right", wrap=True),
            Column("Period", wrap=True),
            Column("Src"),
        ]
        blocks += [layout(canvas, columns, rows), *footnotes.blocks(canvas)]
    else:
        blocks.append(Styled("No figures for this hub in the dataset.", style="dim"))
    blocks += _differences(result, metrics, citations, canvas)
    blocks += citations.blocks(canvas)
    return render(canvas, blocks)


def _profile_header(result: Profile, citations: Citations, canvas: Canvas) -> list[Block]:
    hub = result.hub
    title = text(hub.name, "bold")
    if hub.name_zh:
        title.append(" " + safe(hub.name_zh), style="bold")
    title.append(f" · {hub.kind}", style="dim")
    rows: list[Row] = []
    if result.ancestors:
        rows.append(["Part of", text(" › ".join(h.name for h in result.ancestors))])
    if hub.region:
        rows.append(["Region", text(hub.region)])
    if hub.aliases:
        rows.append(["Also", text(", ".join(hub.aliases))])
    if result.children:
        rows.append(["Contains", text(", ".join(_hub_names(result.children)))])
    if result.tags:
        rows.append(["Tags", _cited_names(result.tags, citations)])
    if result.organisations:
        rows.append(["Organisations", _cited_names(result.organisations, citations)])
    blocks: list[Block] = [title]
    if rows:
        blocks.append(
            layout(
                canvas,
                [Column(style="dim"), Column(wrap=True)],
                rows,
                gap=2,
                header=False,
                fields=True,
            )
        )
    return [*blocks, Styled("")]


def _hub_names(hubs: Iterable[Hub]) -> list[str]:
    return [h.name for h in hubs]


def _cited_names(cited: Iterable[CitedName], citations: Citations) -> Styled:
    """``outsourcing [2], software [2, 3]``: each name once, with all its sources."""
    sources: dict[str, list[str]] = {}
    for citation in cited:
        marks = sources.setdefault(citation.name, [])
        mark = str(citations.number.get(citation.source_id, "?"))
        if mark not in marks:
            marks.append(mark)
    line = Styled()
    for i, (name, marks) in enumerate(sources.items()):
        if i:
            line.append(", ")
        line.append(safe(name))
        line.append(f" [{', '.join(marks)}]", style="cyan")
    return line


def _differences(
    result: Profile, metrics: dict[str, Metric], citations: Citations, canvas: Canvas
) -> list[Block]:
    """Figures that cannot both be true, cited; then where figures change over time."""
    by_id = {f.id: f for f in result.facts}
    conflicts = [note for note in result.notes if note.kind == "conflict"]
    blocks: list[Block] = []
    if conflicts:
        rows: list[Row] = []
        for note in conflicts:
            facts = [by_id[i] for i in note.fact_ids if i in by_id]
            label = quantity_label(facts[0], metrics.get(facts[0].metric_id))
            line = Styled(safe(label), style="bold")
            line.append(" (conflict): ", style="yellow")
            line.append(
                " vs ".join(
                    safe(f.display)
                    + ("" if f.unit == "year" else f" in {period(f)}")
                    + f" {citations.cite(f)}"
                    for f in facts
                )
            )
            rows.append([Styled("  •"), line])
        blocks += [
            Styled(""),
            Styled("Sources differ", style="bold yellow"),
            grid(canvas, rows, Column(), Column(wrap=True)),
        ]
    others = [note for note in result.notes if note.kind != "conflict"]
    if others:
        blocks += [Styled(""), *notes(canvas, others, marker="  →", style="")]
    return blocks
