"""Results as tables for a person at a terminal. The only module that imports rich.

Every string from the dataset goes into a ``Text`` (never parsed as markup) after
``safe`` (control characters shown, not executed). The console is made per run;
colour follows rich's detection, which honours NO_COLOR, FORCE_COLOR, TERM=dumb
and COLUMNS.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from hubquery.records import Citation, Fact, Hub, Metric, Source
from hubquery.render.values import cite_source, format_fact, safe

if TYPE_CHECKING:
    from hubquery.query.catalog import MetricSummary, SourceDetail, SourceSummary
    from hubquery.query.compare import Comparison, ComparisonRow
    from hubquery.query.listing import HubList
    from hubquery.query.profile import Profile
    from hubquery.query.rank import Ranking
    from hubquery.query.search import SearchHit


def make_console(file: IO[str]) -> Console:
    """A console for one run. NO_COLOR turns off every escape (bold too), and wins
    over FORCE_COLOR; otherwise rich decides from the terminal, TERM and COLUMNS."""
    if os.environ.get("NO_COLOR"):
        return Console(file=file, markup=False, emoji=False, highlight=False, soft_wrap=False,
                       no_color=True, color_system=None)
    return Console(file=file, markup=False, emoji=False, highlight=False, soft_wrap=False)


def text(value: str | None, style: str = "") -> Text:
    return Text(safe(value or ""), style=style)


def render(console: Console, renderable: RenderableType) -> str:
    """Render fully before anything is written, so errors never leave half a table."""
    with console.capture() as capture:
        console.print(renderable)
    return "\n".join(line.rstrip() for line in capture.get().split("\n"))


class Citations:
    """Numbers sources [1], [2], … in the order a view first cites them."""

    def __init__(self, sources: Iterable[Source]) -> None:
        self.sources = list(sources)
        self.number = {s.id: i for i, s in enumerate(self.sources, start=1)}

    def mark(self, source_id: str) -> str:
        return f"[{self.number[source_id]}]" if source_id in self.number else "[?]"

    def listing(self) -> Table:
        table = Table(box=None, show_header=False, padding=(0, 1, 0, 0), expand=False)
        table.add_column(no_wrap=True, style="cyan")
        table.add_column(overflow="fold")
        for source in self.sources:
            line = text(cite_source(source))
            line.append(f"  ({source.id})", style="dim")
            table.add_row(self.mark(source.id), line)
        return table


class Footnotes:
    """Curators' notes and derivations, lettered under a table instead of inline."""

    def __init__(self) -> None:
        self.letters: dict[str, str] = {}

    def mark(self, note: str) -> str:
        if note not in self.letters:
            index = len(self.letters)
            self.letters[note] = chr(97 + index % 26) + str(index // 26 or "")
        return self.letters[note]

    def listing(self) -> Table:
        table = Table(box=None, show_header=False, padding=(0, 1, 0, 0), expand=False)
        table.add_column(no_wrap=True, style="dim")
        table.add_column(overflow="fold", style="dim")
        for note, letter in self.letters.items():
            table.add_row(f"({letter})", safe(note))
        return table


def fact_label(fact: Fact, metrics: dict[str, Metric], footnotes: Footnotes) -> Text:
    """The metric's label, the basis a figure is counted on, and marks for its notes."""
    metric = metrics.get(fact.metric)
    label = text(metric.label if metric else fact.metric)
    if fact.basis:
        label.append(f" ({safe(fact.basis)})", style="dim")
    notes = [fact.note] if fact.note else []
    if fact.derived:
        label.append(" derived", style="italic")
        notes.insert(0, f"Derived: {fact.method} of {', '.join(fact.inputs)}.")
    for note in notes:
        label.append(f" ({footnotes.mark(note)})", style="dim")
    return label


def fact_value(fact: Fact, metrics: dict[str, Metric]) -> Text:
    metric = metrics.get(fact.metric)
    return text(format_fact(fact, metric.unit_kind if metric else None), "bold")


def profile(result: Profile, console: Console, quotes: bool = False) -> str:
    metrics = {m.id: m for m in result.metrics}
    citations = Citations(result.sources)
    footnotes = Footnotes()
    parts: list[RenderableType] = [_profile_header(result, citations)]

    if result.facts:
        table = Table(box=box.SIMPLE_HEAD, expand=False, pad_edge=False, show_edge=False)
        table.add_column("Figure", overflow="fold", ratio=3 if quotes else None)
        table.add_column("Value", no_wrap=True, justify="right")
        table.add_column("Period", no_wrap=True)
        table.add_column("Src", no_wrap=True, style="cyan")
        if quotes:
            table.add_column("Quote", overflow="fold", ratio=4)
        subject: str | None = None
        for fact in result.facts:
            if fact.subject != subject and fact.subject is not None:
                table.add_section()
                table.add_row(text(fact.subject, "bold underline"))
            subject = fact.subject
            label = fact_label(fact, metrics, footnotes)
            if fact.subject:
                label = Text("  ") + label
            row: list[RenderableType] = [label, fact_value(fact, metrics), text(fact.period),
                                         citations.mark(fact.source.id)]
            if quotes:
                row.append(text(f"“{fact.quote}”" if fact.quote else "", "italic"))
            table.add_row(*row)
        parts.append(table)
        if footnotes.letters:
            parts.append(footnotes.listing())
        parts.append(Text(""))
    else:
        parts.append(Text("No figures for this hub in the dataset.\n", style="dim"))

    if result.differences:
        parts.append(_differences(result, metrics, citations))
    if result.sources:
        parts.append(Text("Sources", style="bold"))
        parts.append(citations.listing())
    return render(console, Group(*parts))


def _profile_header(result: Profile, citations: Citations) -> Group:
    hub = result.hub
    title = text(hub.name, "bold")
    if hub.name_zh:
        title.append(" " + safe(hub.name_zh), style="bold")
    title.append(f" · {hub.kind}", style="dim")
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    if result.ancestors:
        grid.add_row("Part of", text(" › ".join(h.name for h in result.ancestors)))
    if hub.region:
        grid.add_row("Region", text(hub.region))
    if hub.aliases:
        grid.add_row("Also", text(", ".join(hub.aliases)))
    if result.children:
        grid.add_row("Contains", text(", ".join(_hub_names(result.children))))
    if result.tags:
        grid.add_row("Tags", _cited_names(result.tags, citations))
    if result.organisations:
        grid.add_row("Organisations", _cited_names(result.organisations, citations))
    return Group(title, grid, Text(""))


def _hub_names(hubs: Iterable[Hub]) -> list[str]:
    return [h.name for h in hubs]


def _cited_names(cited: Iterable[Citation], citations: Citations) -> Text:
    """``outsourcing [2], software [2, 3]``: each name once, with all its sources."""
    sources: dict[str, list[str]] = {}
    for citation in cited:
        marks = sources.setdefault(citation.name, [])
        mark = str(citations.number.get(citation.source, "?"))
        if mark not in marks:
            marks.append(mark)
    line = Text()
    for i, (name, marks) in enumerate(sources.items()):
        if i:
            line.append(", ")
        line.append(safe(name))
        line.append(f" [{', '.join(marks)}]", style="cyan")
    return line


def _differences(result: Profile, metrics: dict[str, Metric], citations: Citations) -> Group:
    by_id = {f.id: f for f in result.facts}
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for difference in result.differences:
        facts = [by_id[i] for i in difference.facts if i in by_id]
        metric = metrics.get(difference.metric)
        label = metric.label if metric else difference.metric
        if difference.subject:
            label = f"{difference.subject}: {label}"
        if difference.basis:
            label += f" ({difference.basis})"
        verdict = "conflict" if difference.same_period else "different periods"
        line = Text()
        line.append(safe(label), style="bold")
        line.append(f" ({verdict}): ", style="yellow")
        kind = metric.unit_kind if metric else None
        line.append(" vs ".join(
            format_fact(f, kind) + ("" if kind == "year" else f" in {f.period}")
            + f" {citations.mark(f.source.id)}" for f in facts
        ))
        grid.add_row("  •", line)
    return Group(Text("Sources differ", style="bold yellow"), grid, Text(""))


def _figure_table(*columns: tuple[str, dict[str, Any]]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=False, pad_edge=False, show_edge=False)
    for title, options in columns:
        table.add_column(title, **options)
    return table


def _notes(notes: Iterable[str]) -> list[RenderableType]:
    """Caveats, each wrapped under its own text rather than under the marker."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="yellow")
    grid.add_column(overflow="fold", style="yellow")
    for note in notes:
        grid.add_row("  !", safe(note))
    return [grid] if grid.row_count else []


def _with_sources(parts: list[RenderableType], citations: Citations) -> list[RenderableType]:
    if citations.sources:
        parts += [Text(""), Text("Sources", style="bold"), citations.listing()]
    return parts


def comparison(result: Comparison, console: Console, chart: bool = True) -> str:
    citations = Citations(result.sources)
    names = {h.id: h.name for h in result.hubs}
    if not result.rows:
        return render(console, Text(
            f"{_join_names(list(names.values()))} have no metric in common; "
            "name one with --metric.", style="dim"))
    table = _figure_table(("Metric", {"overflow": "fold"}),
                          *((safe(h.name), {"overflow": "fold"}) for h in result.hubs))
    for row in result.rows:
        cells: list[RenderableType] = [text(row.metric.label, "bold")]
        for cell in row.cells:
            lines = Text()
            for i, fact in enumerate(cell.facts):
                if i:
                    lines.append("\n")
                style = "bold" if fact is cell.compared else "dim"
                lines.append(safe(format_fact(fact, row.metric.unit_kind)), style=style)
                detail = f" {fact.period} {citations.mark(fact.source.id)}"
                if fact.basis:
                    detail = f" ({safe(fact.basis)})" + detail
                lines.append(detail, style="" if fact is cell.compared else "dim")
            cells.append(lines if cell.facts else Text("—", style="dim"))
        table.add_row(*cells)
    parts: list[RenderableType] = [table]
    for row in result.rows:
        if row.notes:
            parts += [Text(""), Text(safe(row.metric.label), style="bold yellow")]
            parts += _notes(row.notes)
    if chart and len(result.rows) == 1:
        bars = _bar_chart(result.rows[0], names, citations, console)
        if bars is not None:
            parts += [Text(""), bars]
    return render(console, Group(*_with_sources(parts, citations)))


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _bar_chart(row: ComparisonRow, names: dict[str, str], citations: Citations,
               console: Console) -> Table | None:
    """Horizontal bars for the compared figures, in the order the hubs were given."""
    compared = [(cell.hub, cell.compared) for cell in row.cells if cell.compared is not None]
    if not compared or any(fact.value < 0 for _, fact in compared):
        return None
    top = max(fact.value for _, fact in compared) or 1
    width = max(10, min(40, console.width - 50))
    block, empty = ("█", "░") if console.encoding.lower().startswith("utf") else ("#", ".")
    chart = Table.grid(padding=(0, 1))
    chart.add_column(no_wrap=True)
    chart.add_column(no_wrap=True)
    chart.add_column(overflow="fold")
    for hub, fact in compared:
        filled = round(fact.value / top * width)
        bar = Text(block * filled, style="cyan") + Text(empty * (width - filled), style="dim")
        label = format_fact(fact, row.metric.unit_kind)
        if fact.basis:
            label += f" ({fact.basis})"
        chart.add_row(text(names[hub]), bar, text(f"{label} {fact.period} ") +
                      Text(citations.mark(fact.source.id), style="cyan"))
    return chart


def hub_list(result: HubList, console: Console) -> str:
    if not result.rows:
        return render(console, Text("No hubs match.", style="dim"))
    citations = Citations(result.sources)
    table = _figure_table(("Hub", {"overflow": "fold"}), ("Kind", {"no_wrap": True}),
                          ("Part of", {"overflow": "fold"}), ("Region", {"overflow": "fold"}),
                          ("Tags", {"overflow": "fold"}),
                          *((safe(m.label), {"justify": "right", "overflow": "fold"})
                            for m in result.metrics))
    kinds = {m.id: m.unit_kind for m in result.metrics}
    for row in result.rows:
        hub = row.hub
        by_metric = {f.metric: f for f in row.figures}
        cells: list[RenderableType] = [
            text(hub.name, "bold"), text(hub.kind), text(row.parent_name),
            text(hub.region), text(", ".join(hub.tags)),
        ]
        for metric in result.metrics:
            fact = by_metric.get(metric.id)
            if fact is None:
                cells.append(Text("—", style="dim"))
            else:
                cells.append(text(format_fact(fact, kinds[metric.id])) +
                             Text(f" {fact.period} {citations.mark(fact.source.id)}", style="dim"))
        table.add_row(*cells)
    footer = Text(f"{len(result.rows)} hub{'s' * (len(result.rows) != 1)}", style="dim")
    return render(console, Group(*_with_sources([table, footer], citations)))


def rankings(result: list[Ranking], console: Console) -> str:
    parts: list[RenderableType] = []
    all_sources = list(dict.fromkeys(s for r in result for s in r.sources))
    citations = Citations(all_sources)
    for ranking in result:
        if parts:
            parts.append(Text(""))
        title = f"{ranking.metric.label} ({ranking.unit})"
        parts.append(Text(safe(title), style="bold"))
        table = _figure_table(("#", {"justify": "right", "no_wrap": True}),
                              ("Hub", {"overflow": "fold"}),
                              ("Value", {"justify": "right", "no_wrap": True}),
                              ("Period", {"no_wrap": True}), ("Src", {"no_wrap": True}),
                              ("Note", {"overflow": "fold", "style": "dim"}))
        for row in ranking.rows:
            fact = row.fact
            note = "; ".join(x for x in (fact.basis, fact.note) if x)
            table.add_row(str(row.rank), text(row.hub.name, "bold"),
                          text(format_fact(fact, ranking.metric.unit_kind)), text(fact.period),
                          Text(citations.mark(fact.source.id), style="cyan"), text(note))
        parts.append(table)
        parts += _notes(ranking.notes)
    if not result:
        parts.append(Text("No figures for this metric.", style="dim"))
    return render(console, Group(*_with_sources(parts, citations)))


def metrics(items: list[MetricSummary], console: Console) -> str:
    table = _figure_table(("Metric", {"no_wrap": True, "style": "bold"}),
                          ("Label", {"overflow": "fold"}), ("Kind", {"no_wrap": True}),
                          ("Aliases", {"overflow": "fold"}),
                          ("Hubs", {"justify": "right"}), ("Facts", {"justify": "right"}))
    for m in items:
        table.add_row(text(m.id), text(m.label), text(m.unit_kind), text(", ".join(m.aliases)),
                      str(m.hubs), str(m.facts))
    return render(console, table)


def sources(items: list[SourceSummary], console: Console) -> str:
    table = _figure_table(("Source", {"no_wrap": True, "style": "bold"}),
                          ("Reference", {"overflow": "fold"}),
                          ("Hubs", {"justify": "right"}), ("Facts", {"justify": "right"}))
    for s in items:
        reference = Source(s.id, s.title, s.publisher, s.author, s.published, s.date_inferred,
                           None, s.url, None)
        table.add_row(text(s.id), text(cite_source(reference)), str(s.hubs), str(s.facts))
    return render(console, table)


def source(result: SourceDetail, console: Console, quotes: bool = False) -> str:
    src = result.source
    head = Table.grid(padding=(0, 2))
    head.add_column(style="dim", no_wrap=True)
    head.add_column(overflow="fold")
    head.add_row("Title", text(src.title, "bold"))
    published = src.published + (" (inferred)" if src.date_inferred else "")
    for label, value in (("Author", src.author), ("Publisher", src.publisher),
                         ("Published", published), ("How dated", src.date_note),
                         ("URL", src.url), ("Note", src.note)):
        if value:
            head.add_row(label, text(value))
    names = {h.id: h.name for h in result.hubs}
    metric_by_id = {m.id: m for m in result.metrics}
    footnotes = Footnotes()
    table = _figure_table(("Hub", {"overflow": "fold"}), ("Figure", {"overflow": "fold"}),
                          ("Value", {"justify": "right", "no_wrap": True}),
                          ("Period", {"no_wrap": True}),
                          *((("Quote", {"overflow": "fold", "ratio": 3}),) if quotes else ()))
    for fact in result.facts:
        figure = fact_label(fact, metric_by_id, footnotes)
        if fact.subject:
            figure = text(fact.subject + ": ") + figure
        row: list[RenderableType] = [text(names.get(fact.hub, fact.hub)), figure,
                                     fact_value(fact, metric_by_id), text(fact.period)]
        if quotes:
            row.append(text(f"“{fact.quote}”" if fact.quote else "", "italic"))
        table.add_row(*row)
    parts: list[RenderableType] = [head, Text(""), table]
    if footnotes.letters:
        parts.append(footnotes.listing())
    if result.statements:
        parts += [Text(""), Text("Tags and organisations", style="bold")]
        for statement in result.statements:
            line = Text("  " + safe(names.get(statement.hub, statement.hub)) + ": ")
            line.append(safe(f"{statement.field} {statement.name}"), style="bold")
            parts.append(line)
    footer = f"{len(result.facts)} figures about {len(result.hubs)} hubs"
    parts += [Text(""), Text(footer, style="dim")]
    return render(console, Group(*parts))


def search(items: list[SearchHit], console: Console) -> str:
    if not items:
        return render(console, Text("Nothing matches.", style="dim"))
    table = _figure_table(("Hub", {"overflow": "fold", "style": "bold"}),
                          ("Match", {"no_wrap": True}), ("Text", {"overflow": "fold"}),
                          ("Where", {"no_wrap": True, "style": "dim"}))
    for hit in items:
        where = hit.fact or hit.source or ""
        table.add_row(text(hit.hub_name), text(hit.kind), text(hit.text), text(where))
    return render(console, table)
