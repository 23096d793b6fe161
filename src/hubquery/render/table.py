"""Results as tables for a person at a terminal, or as Markdown for a writer. The only
module, with its helper ``layout``, that imports rich.

Every string from the dataset is passed through ``safe`` (control characters shown,
not executed) and is only ever text, never markup. The canvas is made per run from
rich's detection of the terminal, which honours NO_COLOR, FORCE_COLOR, TERM=dumb and
COLUMNS. Each view is rendered completely before anything is written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import IO, TYPE_CHECKING

from hubquery.records import Citation, Fact, Hub, Metric, Note, Source
from hubquery.render.layout import Block, Canvas, Column, Row, Span, Styled, Table, layout
from hubquery.render.layout import render as render_blocks
from hubquery.render.values import cite_source, safe

if TYPE_CHECKING:
    from hubquery.query.catalog import MetricSummary, SourceDetail, SourceSummary
    from hubquery.query.compare import Comparison, ComparisonRow
    from hubquery.query.listing import HubList
    from hubquery.query.profile import Profile
    from hubquery.query.rank import Ranking
    from hubquery.query.search import SearchHit


def make_canvas(file: IO[str], markdown: bool = False) -> Canvas:
    """Where a run's table goes. NO_COLOR turns off every escape (bold too), and wins
    over FORCE_COLOR; otherwise rich decides from the terminal, TERM and COLUMNS."""
    if markdown:
        return Canvas(markdown=True)
    from rich.console import Console

    no_color = bool(os.environ.get("NO_COLOR"))
    console = Console(file=file, markup=False, emoji=False, highlight=False, soft_wrap=False,
                      no_color=no_color or None, color_system=None if no_color else "auto")
    return Canvas(width=console.width, color_system=console._color_system,
                  unicode=console.encoding.lower().startswith("utf"))


def text(value: str | None, style: str = "") -> Styled:
    return Styled(safe(value or ""), style)


def render(canvas: Canvas, blocks: Iterable[Block]) -> str:
    """The blocks, one after another, as the terminal (or Markdown) shows them."""
    return render_blocks(canvas, blocks)


def grid(canvas: Canvas, rows: Sequence[Row], *columns: Column) -> Table:
    """Columns without a header: a label and its value, a mark and its note."""
    return layout(canvas, columns, rows, gap=1, header=False)


class Citations:
    """Numbers sources [1], [2], … in the order a view first cites them."""

    def __init__(self, sources: Iterable[Source]) -> None:
        self.sources = list(sources)
        self.number = {s.id: i for i, s in enumerate(self.sources, start=1)}

    def mark(self, source_id: str) -> str:
        return f"[{self.number[source_id]}]" if source_id in self.number else "[?]"

    def blocks(self, canvas: Canvas) -> list[Block]:
        if not self.sources:
            return []
        rows = []
        for source in self.sources:
            reference = text(cite_source(source))
            reference.append(f"  ({source.id})", style="dim")
            rows.append([Styled(self.mark(source.id), style="cyan"), reference])
        return [Styled(""), Styled("Sources", style="bold"),
                grid(canvas, rows, Column(), Column(wrap=True))]


class Footnotes:
    """Curators' notes and derivations, lettered under a table instead of inline."""

    def __init__(self) -> None:
        self.letters: dict[str, str] = {}

    def mark(self, note: str) -> str:
        if note not in self.letters:
            index = len(self.letters)
            self.letters[note] = chr(97 + index % 26) + str(index // 26 or "")
        return self.letters[note]

    def blocks(self, canvas: Canvas) -> list[Block]:
        if not self.letters:
            return []
        rows = [[Styled(f"({letter})"), text(note)] for note, letter in self.letters.items()]
        return [Styled(""), grid(canvas, rows, Column(style="dim"), Column(wrap=True, style="dim"))]


def notes(canvas: Canvas, items: Iterable[Note], marker: str = "  !",
          style: str = "yellow") -> list[Block]:
    """Caveats, each wrapped under its own text rather than under the marker."""
    rows = [[Styled(marker), text(item.message)] for item in items]
    if not rows:
        return []
    return [grid(canvas, rows, Column(style=style), Column(wrap=True, style=style))]


def fact_label(fact: Fact, metrics: dict[str, Metric], footnotes: Footnotes) -> Styled:
    """The metric's label, the basis a figure is counted on, and marks for its notes."""
    metric = metrics.get(fact.metric_id)
    label = text(metric.label if metric else fact.metric_id)
    if fact.basis:
        label.append(f" ({safe(fact.basis)})", style="dim")
    remarks = [fact.note] if fact.note else []
    if fact.derived:
        label.append(" derived", style="italic")
        remarks.insert(0, f"Derived: {fact.method} of {', '.join(fact.inputs)}.")
    for remark in remarks:
        label.append(f" ({footnotes.mark(remark)})", style="dim")
    return label


def fact_value(fact: Fact, metrics: dict[str, Metric]) -> Styled:
    return text(fact.display, "bold")


def _quote(fact: Fact, indent: int) -> list[Row]:
    """The quote that states a figure, on its own indented line(s) under the figure."""
    if not fact.quote:
        return []
    return [Span(text(f"“{fact.quote}”", "italic"), indent=indent, detail=True)]


# show


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
            rows.append([label, fact_value(fact, metrics), text(fact.period),
                         Styled(citations.mark(fact.source.id), style="cyan")])
            if quotes:
                rows += _quote(fact, 4 if fact.subject else 2)
        columns = [Column("Figure", wrap=True), Column("Value", justify="right", wrap=True),
                   Column("Period", wrap=True), Column("Src")]
        blocks += [layout(canvas, columns, rows), *footnotes.blocks(canvas)]
    else:
        blocks.append(Styled("No figures for this hub in the dataset.", style="dim"))
    if result.differences:
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
        blocks.append(layout(canvas, [Column(style="dim"), Column(wrap=True)], rows, gap=2,
                             header=False, fields=True))
    return [*blocks, Styled("")]


def _hub_names(hubs: Iterable[Hub]) -> list[str]:
    return [h.name for h in hubs]


def _cited_names(cited: Iterable[Citation], citations: Citations) -> Styled:
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


def _differences(result: Profile, metrics: dict[str, Metric], citations: Citations,
                 canvas: Canvas) -> list[Block]:
    by_id = {f.id: f for f in result.facts}
    rows: list[Row] = []
    for difference in result.differences:
        facts = [by_id[i] for i in difference.fact_ids if i in by_id]
        metric = metrics.get(difference.metric)
        label = metric.label if metric else difference.metric
        if difference.subject:
            label = f"{difference.subject}: {label}"
        if difference.basis:
            label += f" ({difference.basis})"
        verdict = "conflict" if difference.same_period else "different periods"
        line = Styled(safe(label), style="bold")
        line.append(f" ({verdict}): ", style="yellow")
        kind = metric.unit_kind if metric else None
        line.append(" vs ".join(
            f.display + ("" if kind == "year" else f" in {f.period}")
            + f" {citations.mark(f.source.id)}" for f in facts
        ))
        rows.append([Styled("  •"), line])
    return [Styled(""), Styled("Sources differ", style="bold yellow"),
            grid(canvas, rows, Column(), Column(wrap=True))]


# compare


def comparison(result: Comparison, canvas: Canvas, chart: bool = True) -> str:
    citations = Citations(result.sources)
    names = {h.id: h.name for h in result.hubs}
    if not result.rows:
        return render(canvas, [Styled(
            f"{_join_names(list(names.values()))} have no metric in common; "
            "name one with --metric.", style="dim")])
    rows: list[Row] = []
    for row in result.rows:
        cells: list[Styled | str] = [text(row.metric.label, "bold")]
        for cell in row.cells:
            lines = Styled()
            for i, fact in enumerate(cell.facts):
                if i:
                    lines.append("\n")
                compared = fact is cell.compared
                lines.append(safe(fact.display),
                             style="bold" if compared else "dim")
                detail = f" {fact.period} {citations.mark(fact.source.id)}"
                if fact.basis:
                    detail = f" ({safe(fact.basis)})" + detail
                lines.append(detail, style="" if compared else "dim")
            cells.append(lines if cell.facts else Styled("—", style="dim"))
        rows.append(cells)
    columns = [Column("Metric", wrap=True),
               *(Column(safe(h.name), wrap=True) for h in result.hubs)]
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


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _bar_chart(row: ComparisonRow, names: dict[str, str], citations: Citations,
               canvas: Canvas) -> Table | None:
    """Horizontal bars for the compared figures, in the order the hubs were given."""
    compared = [(cell.hub_id, cell.compared) for cell in row.cells if cell.compared is not None]
    if not compared or any(fact.value < 0 for _, fact in compared):
        return None
    top = max(fact.value for _, fact in compared) or 1
    width = max(10, min(40, canvas.width - 50))
    block, empty = ("█", "░") if canvas.unicode else ("#", ".")
    rows: list[Row] = []
    for hub, fact in compared:
        filled = round(fact.value / top * width)
        bar = Styled(block * filled, style="cyan") + Styled(empty * (width - filled), style="dim")
        label = fact.display
        if fact.basis:
            label += f" ({fact.basis})"
        rows.append([text(names[hub]), bar, text(f"{label} {fact.period} ")
                     + Styled(citations.mark(fact.source.id), style="cyan")])
    return grid(canvas, rows, Column(), Column(), Column(wrap=True))


# list


def hub_list(result: HubList, canvas: Canvas) -> str:
    if not result.rows:
        return render(canvas, [Styled("No hubs match.", style="dim")])
    citations = Citations(result.sources)
    rows: list[Row] = []
    for row in result.rows:
        hub = row.hub
        by_metric = {f.metric_id: f for f in row.facts}
        cells: list[Styled | str] = [safe(hub.name), hub.kind, safe(row.parent_name or ""),
                                     safe(hub.region or ""), safe(", ".join(hub.tags))]
        for metric in result.metrics:
            fact = by_metric.get(metric.id)
            if fact is None:
                cells.append(Styled("—", style="dim"))
            else:
                cells.append(text(fact.display) + Styled(
                    f" {fact.period} {citations.mark(fact.source.id)}", style="dim"))
        rows.append(cells)
    columns = [Column("Hub", wrap=True, style="bold"), Column("Kind", drop=4),
               Column("Part of", wrap=True, drop=3), Column("Region", wrap=True, drop=2),
               Column("Tags", wrap=True, drop=1),
               *(Column(safe(m.label), justify="right", wrap=True) for m in result.metrics)]
    footer = Styled(f"{len(result.rows)} hub{'s' * (len(result.rows) != 1)}", style="dim")
    return render(canvas, [layout(canvas, columns, rows), footer,
                            *citations.blocks(canvas)])


# rank


def rankings(result: Sequence[Ranking], canvas: Canvas) -> str:
    citations = Citations(dict.fromkeys(s for r in result for s in r.sources))
    blocks: list[Block] = []
    for ranking in result:
        if blocks:
            blocks.append(Styled(""))
        blocks.append(text(f"{ranking.metric.label} ({ranking.unit})", "bold"))
        rows: list[Row] = []
        for row in ranking.rows:
            fact = row.fact
            note = "; ".join(x for x in (fact.basis, fact.note) if x)
            rank = str(row.rank) + ("" if row.order_known else "?")
            rows.append([rank, text(row.name, "bold"),
                         text(fact.display), text(fact.period),
                         Styled(citations.mark(fact.source.id), style="cyan"), text(note, "dim")])
        columns = [Column("#", justify="right"), Column("Hub", wrap=True),
                   Column("Value", justify="right"), Column("Period"), Column("Src"),
                   Column("Note", wrap=True, drop=1)]
        blocks += [layout(canvas, columns, rows), *notes(canvas, ranking.notes)]
    if not result:
        blocks.append(Styled("No figures for this metric.", style="dim"))
    return render(canvas, [*blocks, *citations.blocks(canvas)])


# metrics, sources, source, search


def metrics(items: Sequence[MetricSummary], canvas: Canvas) -> str:
    # Ids can be long and never wrap, so label and aliases share the one column
    # that does.
    rows: list[Row] = []
    for m in items:
        label = text(m.label)
        if m.aliases:
            label.append(f" ({', '.join(m.aliases)})", style="dim")
        rows.append([text(m.id, "bold"), text(m.unit_kind), str(m.hub_count), str(m.fact_count),
                     label])
    columns = [Column("Metric"), Column("Kind", drop=3), Column("Hubs", justify="right", drop=2),
               Column("Facts", justify="right", drop=1), Column("Label (aliases)", wrap=True)]
    return render(canvas, [layout(canvas, columns, rows)])


def sources(items: Sequence[SourceSummary], canvas: Canvas) -> str:
    rows: list[Row] = []
    for s in items:
        rows.append([text(s.source.id, "bold"), text(cite_source(s.source)), str(s.hub_count),
                     str(s.fact_count)])
    columns = [Column("Source"), Column("Reference", wrap=True),
               Column("Hubs", justify="right", drop=2), Column("Facts", justify="right", drop=1)]
    return render(canvas, [layout(canvas, columns, rows)])


def source(result: SourceDetail, canvas: Canvas, quotes: bool = False) -> str:
    src = result.source
    published = src.published + (" (inferred)" if src.date_inferred else "")
    head: list[Row] = [["Title", text(src.title, "bold")]]
    for label, value in (("Author", src.author), ("Publisher", src.publisher),
                         ("Published", published), ("How dated", src.date_note),
                         ("URL", src.url), ("Note", src.note)):
        if value:
            head.append([label, text(value)])
    names = {h.id: h.name for h in result.hubs}
    metric_by_id = {m.id: m for m in result.metrics}
    footnotes = Footnotes()
    rows: list[Row] = []
    for fact in result.facts:
        figure = fact_label(fact, metric_by_id, footnotes)
        if fact.subject:
            figure = text(fact.subject + ": ") + figure
        rows.append([text(names.get(fact.hub_id, fact.hub_id)), figure,
                     fact_value(fact, metric_by_id), text(fact.period)])
        if quotes:
            rows += _quote(fact, 2)
    columns = [Column("Hub", wrap=True), Column("Figure", wrap=True),
               Column("Value", justify="right", wrap=True), Column("Period", wrap=True)]
    blocks: list[Block] = [
        layout(canvas, [Column(style="dim"), Column(wrap=True)], head, gap=2, header=False,
               fields=True),
        Styled(""), layout(canvas, columns, rows), *footnotes.blocks(canvas)]
    if result.statements:
        blocks += [Styled(""), Styled("Tags and organisations", style="bold")]
        for statement in result.statements:
            line = Styled("  " + safe(names.get(statement.hub_id, statement.hub_id)) + ": ")
            line.append(safe(f"{statement.field} {statement.name}"), style="bold")
            blocks.append(line)
    blocks += [Styled(""), Styled(f"{len(result.facts)} figures about {len(result.hubs)} hubs",
                              style="dim")]
    return render(canvas, blocks)


def search(items: Sequence[SearchHit], canvas: Canvas) -> str:
    if not items:
        return render(canvas, [Styled("Nothing matches.", style="dim")])
    # The source is what a reader looks up next; fact ids are in --json and CSV.
    rows: list[Row] = [[safe(hit.hub_name), hit.kind, safe(hit.text), safe(hit.source_id or "")]
                       for hit in items]
    columns = [Column("Hub", wrap=True, style="bold"), Column("Match", drop=1),
               Column("Text", wrap=True), Column("Source", style="dim", drop=2)]
    return render(canvas, [layout(canvas, columns, rows)])
