"""Results as tables for a person at a terminal. The only module that imports rich.

Every string from the dataset goes into a ``Text`` (never parsed as markup) after
``safe`` (control characters shown, not executed). The console is made per run;
colour follows rich's detection, which honours NO_COLOR, FORCE_COLOR, TERM=dumb
and COLUMNS.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from hubquery.query import Profile
from hubquery.records import Citation, Fact, Hub, Metric, Source
from hubquery.render.values import cite_source, format_fact, safe


def make_console(file: IO[str]) -> Console:
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


def fact_label(fact: Fact, metrics: dict[str, Metric]) -> Text:
    metric = metrics.get(fact.metric)
    label = text(metric.label if metric else fact.metric)
    extras = [x for x in (fact.basis, fact.note) if x]
    if fact.derived:
        extras.insert(0, f"derived: {fact.method} of {', '.join(fact.inputs)}")
    if extras:
        label.append(" (" + safe("; ".join(extras)) + ")", style="dim")
    return label


def fact_value(fact: Fact, metrics: dict[str, Metric]) -> Text:
    metric = metrics.get(fact.metric)
    return text(format_fact(fact, metric.unit_kind if metric else None), "bold")


def profile(result: Profile, console: Console, quotes: bool = False) -> str:
    metrics = {m.id: m for m in result.metrics}
    citations = Citations(result.sources)
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
            label = fact_label(fact, metrics)
            if fact.subject:
                label = Text("  ") + label
            row = [label, fact_value(fact, metrics), text(fact.period), citations.mark(fact.source.id)]
            if quotes:
                row.append(text(f"“{fact.quote}”" if fact.quote else "", "italic"))
            table.add_row(*row)
        parts.append(table)
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
    lines: list[RenderableType] = [Text("Sources differ", style="bold yellow")]
    for difference in result.differences:
        facts = [by_id[i] for i in difference.facts if i in by_id]
        metric = metrics.get(difference.metric)
        label = metric.label if metric else difference.metric
        if difference.subject:
            label = f"{difference.subject}: {label}"
        if difference.basis:
            label += f" ({difference.basis})"
        verdict = "conflict" if difference.same_period else "different periods"
        line = Text("  • ")
        line.append(safe(label), style="bold")
        line.append(f" ({verdict}): ", style="yellow")
        kind = metric.unit_kind if metric else None
        line.append(" vs ".join(
            format_fact(f, kind) + ("" if kind == "year" else f" in {f.period}")
            + f" {citations.mark(f.source.id)}" for f in facts
        ))
        lines.append(line)
    lines.append(Text(""))
    return Group(*lines)
