"""Results as tables for a person at a terminal. The only module, with its helper
``layout``, that imports rich.

Every string from the dataset goes into a ``Text`` (never parsed as markup) after
``safe`` (control characters shown, not executed). The console is made per run;
colour follows rich's detection, which honours NO_COLOR, FORCE_COLOR, TERM=dumb
and COLUMNS. Each view is rendered completely before anything is written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import IO, TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from hubquery.display import period_text
from hubquery.records import Citation, Fact, Hub, Metric, Note, Source
from hubquery.render.layout import Column, Row, Span, layout
from hubquery.render.values import cite_source, safe, source_date

if TYPE_CHECKING:
    from hubquery.query.catalog import MetricSummary, SourceDetail, SourceSummary
    from hubquery.query.check import Claim
    from hubquery.query.compare import Comparison, ComparisonRow
    from hubquery.query.history import History, MetricHistory, Series
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


def render(console: Console, blocks: Iterable[Text]) -> str:
    """The blocks, one after another, as the terminal will show them."""
    with console.capture() as capture:
        console.print(Text("\n").join(blocks), no_wrap=True, overflow="ignore", crop=False)
    return capture.get()


def grid(console: Console, rows: Sequence[Row], *columns: Column) -> Text:
    """Columns without a header: a label and its value, a mark and its note."""
    return layout(console, columns, rows, gap=1, header=False)


class Citations:
    """Numbers sources [1], [2], … in the order a view first cites them. A derived figure
    is cited ``[2]†``: computed from figures in [2], not printed there; the derivations
    follow the sources."""

    def __init__(self, sources: Iterable[Source]) -> None:
        self.sources = list(sources)
        self.number = {s.id: i for i, s in enumerate(self.sources, start=1)}
        self.derived: dict[str, Fact] = {}

    def mark(self, source_id: str) -> str:
        return f"[{self.number[source_id]}]" if source_id in self.number else "[?]"

    def cite(self, fact: Fact) -> str:
        """The fact's citation: ``[2]``, or ``[2]†`` for a derived figure."""
        if not fact.derived:
            return self.mark(fact.source.id)
        self.derived.setdefault(fact.id, fact)
        return self.mark(fact.source.id) + DERIVED_MARK

    def blocks(self, console: Console) -> list[Text]:
        if not self.sources:
            return []
        rows = []
        for source in self.sources:
            reference = text(cite_source(source))
            reference.append(f"  ({source.id})", style="dim")
            rows.append([Text(self.mark(source.id), style="cyan"), reference])
        return [Text(""), Text("Sources", style="bold"),
                grid(console, rows, Column(), Column(wrap=True)),
                *self.derived_blocks(console)]

    def derived_blocks(self, console: Console, numbered: bool = True) -> list[Text]:
        """Each derived figure cited, with its computation in its inputs' own figures."""
        rows: list[Row] = [[Text(DERIVED_MARK, style="cyan"), text(derived_line(
            fact, self.mark(fact.source.id) if numbered else "this source"))]
            for fact in self.derived.values()]
        if not rows:
            return []
        return [grid(console, rows, Column(), Column(wrap=True))]


class Footnotes:
    """Curators' notes and derivations, lettered under a table instead of inline."""

    def __init__(self) -> None:
        self.letters: dict[str, str] = {}

    def mark(self, note: str) -> str:
        if note not in self.letters:
            index = len(self.letters)
            self.letters[note] = chr(97 + index % 26) + str(index // 26 or "")
        return self.letters[note]

    def blocks(self, console: Console) -> list[Text]:
        if not self.letters:
            return []
        rows = [[Text(f"({letter})"), text(note)] for note, letter in self.letters.items()]
        return [grid(console, rows, Column(style="dim"), Column(wrap=True, style="dim"))]


def notes(console: Console, items: Iterable[Note], marker: str = "  !",
          style: str = "yellow") -> list[Text]:
    """Caveats, each wrapped under its own text rather than under the marker."""
    rows = [[Text(marker), text(item.message)] for item in items]
    if not rows:
        return []
    return [grid(console, rows, Column(style=style), Column(wrap=True, style=style))]


def fact_label(fact: Fact, metrics: dict[str, Metric], footnotes: Footnotes) -> Text:
    """The metric's label, the basis a figure is counted on, and marks for its notes."""
    metric = metrics.get(fact.metric_id)
    label = text(metric.label if metric else fact.metric_id)
    if fact.basis:
        label.append(f" ({safe(fact.basis)})", style="dim")
    remarks = [fact.note] if fact.note else []
    if fact.derived:
        label.append(" derived", style="italic")
    for remark in remarks:
        label.append(f" ({footnotes.mark(remark)})", style="dim")
    return label


DERIVED_MARK = "†"


def period(fact: Fact) -> str:
    """The fact's period as tables print it (``c. 2018`` when inferred)."""
    return period_text(fact.period, fact.period_inferred)


def derived_line(fact: Fact, mark: str) -> str:
    """``Computed from figures in [3], not printed there: 20.9 m people (2020-12) = …``: what a
    derived figure is computed from, in its inputs' own figures."""
    return (f"Computed from figures in {mark}, not printed there: {fact.display} "
            f"({period(fact)}) = "
            f"{fact.derivation or fact.method or 'computed'}.")


def fact_value(fact: Fact, metrics: dict[str, Metric]) -> Text:
    return text(fact.display, "bold")


def _quote(fact: Fact) -> Text:
    return text(f"“{fact.quote}”" if fact.quote else "", "italic")


# show


def profile(result: Profile, console: Console, quotes: bool = False) -> str:
    metrics = {m.id: m for m in result.metrics}
    citations = Citations(result.sources)
    footnotes = Footnotes()
    blocks = _profile_header(result, citations, console)
    if result.facts:
        rows: list[Row] = []
        subject: str | None = None
        for fact in result.facts:
            if fact.subject != subject and fact.subject is not None:
                rows.append(Span(Text("")))
                rows.append(Span(text(fact.subject, "bold underline")))
            subject = fact.subject
            label = fact_label(fact, metrics, footnotes)
            if fact.subject:
                label = Text("  ") + label
            row: list[Text | str] = [label, fact_value(fact, metrics), text(period(fact)),
                                     Text(citations.cite(fact), style="cyan")]
            if quotes:
                row.append(_quote(fact))
            rows.append(row)
        columns = [Column("Figure", wrap=True, min_width=20), Column("Value", justify="right"),
                   Column("Period"), Column("Src")]
        if quotes:
            columns.append(Column("Quote", wrap=True, min_width=30))
        blocks += [layout(console, columns, rows), *footnotes.blocks(console)]
    else:
        blocks.append(Text("No figures for this hub in the dataset.", style="dim"))
    blocks += _differences(result, metrics, citations, console)
    blocks += citations.blocks(console)
    return render(console, blocks)


def _profile_header(result: Profile, citations: Citations, console: Console) -> list[Text]:
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
    blocks = [title]
    if rows:
        blocks.append(layout(console, [Column(style="dim"), Column(wrap=True)], rows, gap=2,
                             header=False))
    return [*blocks, Text("")]


def _hub_names(hubs: Iterable[Hub]) -> list[str]:
    return [h.name for h in hubs]


def _cited_names(cited: Iterable[Citation], citations: Citations) -> Text:
    """``outsourcing [2], software [2, 3]``: each name once, with all its sources."""
    sources: dict[str, list[str]] = {}
    for citation in cited:
        marks = sources.setdefault(citation.name, [])
        mark = str(citations.number.get(citation.source_id, "?"))
        if mark not in marks:
            marks.append(mark)
    line = Text()
    for i, (name, marks) in enumerate(sources.items()):
        if i:
            line.append(", ")
        line.append(safe(name))
        line.append(f" [{', '.join(marks)}]", style="cyan")
    return line


def _differences(result: Profile, metrics: dict[str, Metric], citations: Citations,
                 console: Console) -> list[Text]:
    """Figures that cannot both be true, cited; then where figures change over time."""
    from hubquery.query.profile import quantity_label

    by_id = {f.id: f for f in result.facts}
    conflicts = [note for note in result.notes if note.kind == "conflict"]
    blocks: list[Text] = []
    if conflicts:
        rows: list[Row] = []
        for note in conflicts:
            facts = [by_id[i] for i in note.fact_ids if i in by_id]
            label = quantity_label(facts[0], metrics.get(facts[0].metric_id))
            line = Text(safe(label), style="bold")
            line.append(" (conflict): ", style="yellow")
            line.append(" vs ".join(
                f.display + ("" if f.unit == "year" else f" in {period(f)}")
                + f" {citations.cite(f)}" for f in facts))
            rows.append([Text("  •"), line])
        blocks += [Text(""), Text("Sources differ", style="bold yellow"),
                   grid(console, rows, Column(), Column(wrap=True))]
    others = [note for note in result.notes if note.kind != "conflict"]
    if others:
        blocks += [Text(""), *notes(console, others, marker="  →", style="")]
    return blocks


# compare


def comparison(result: Comparison, console: Console, chart: bool = True) -> str:
    citations = Citations(result.sources)
    names = {h.id: h.name for h in result.hubs}
    if not result.rows:
        return render(console, [Text(
            f"{_join_names(list(names.values()))} have no metric in common; "
            "name one with --metric.", style="dim")])
    rows: list[Row] = []
    for row in result.rows:
        cells: list[Text | str] = [text(row.metric.label, "bold")]
        for cell in row.cells:
            lines = Text()
            for i, fact in enumerate(cell.facts):
                if i:
                    lines.append("\n")
                compared = fact is cell.compared
                lines.append(safe(fact.display),
                             style="bold" if compared else "dim")
                detail = f" {period(fact)} {citations.cite(fact)}"
                if fact.basis:
                    detail = f" ({safe(fact.basis)})" + detail
                lines.append(detail, style="" if compared else "dim")
            cells.append(lines if cell.facts else Text("—", style="dim"))
        rows.append(cells)
    columns = [Column("Metric", wrap=True, min_width=12),
               *(Column(safe(h.name), wrap=True, min_width=12) for h in result.hubs)]
    blocks = [layout(console, columns, rows)]
    for row in result.rows:
        if row.notes:
            blocks += [Text(""), text(row.metric.label, "bold yellow"), *notes(console, row.notes)]
    if chart and len(result.rows) == 1:
        bars = _bar_chart(result.rows[0], names, citations, console)
        if bars is not None:
            blocks += [Text(""), bars]
    blocks += citations.blocks(console)
    return render(console, blocks)


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _bar_chart(row: ComparisonRow, names: dict[str, str], citations: Citations,
               console: Console) -> Text | None:
    """Horizontal bars for the compared figures, in the order the hubs were given."""
    compared = [(cell.hub_id, cell.compared) for cell in row.cells if cell.compared is not None]
    if not compared or any(fact.value < 0 for _, fact in compared):
        return None
    top = max(fact.value for _, fact in compared) or 1
    rows: list[Row] = []
    for hub, fact in compared:
        bar = _bar(fact.value / top, console)
        label = fact.display
        if fact.basis:
            label += f" ({fact.basis})"
        rows.append([text(names[hub]), bar, text(f"{label} {period(fact)} ")
                     + Text(citations.cite(fact), style="cyan")])
    return grid(console, rows, Column(), Column(), Column(wrap=True))


# list


def hub_list(result: HubList, console: Console) -> str:
    if not result.rows:
        return render(console, [Text("No hubs match.", style="dim")])
    citations = Citations(result.sources)
    rows: list[Row] = []
    for row in result.rows:
        hub = row.hub
        by_metric = {f.metric_id: f for f in row.facts}
        name = text(hub.name, "bold")
        if row.match == "maybe":
            name.append(" ?", style="yellow")
        cells: list[Text | str] = [name, text(hub.kind), text(row.parent_name),
                                   text(hub.region), text(", ".join(hub.tags))]
        for metric in result.metrics:
            fact = by_metric.get(metric.id)
            if fact is None:
                cells.append(Text("—", style="dim"))
            else:
                cells.append(text(fact.display) + Text(
                    f" {period(fact)} {citations.cite(fact)}", style="dim"))
        rows.append(cells)
    columns = [Column("Hub", wrap=True), Column("Kind"), Column("Part of", wrap=True),
               Column("Region", wrap=True), Column("Tags", wrap=True),
               *(Column(safe(m.label), justify="right", wrap=True) for m in result.metrics)]
    footer = Text(f"{len(result.rows)} hub{'s' * (len(result.rows) != 1)}", style="dim")
    if any(row.match == "maybe" for row in result.rows):
        footer.append("; ? = a hedged figure leaves a condition undecided", style="dim")
    return render(console, [layout(console, columns, rows), footer,
                            *citations.blocks(console)])


# rank


def rankings(result: Sequence[Ranking], console: Console) -> str:
    citations = Citations(dict.fromkeys(s for r in result for s in r.sources))
    blocks: list[Text] = []
    for ranking in result:
        if blocks:
            blocks.append(Text(""))
        blocks.append(text(f"{ranking.metric.label} ({ranking.unit})", "bold"))
        rows: list[Row] = []
        for row in ranking.rows:
            fact = row.fact
            note = "; ".join(x for x in (fact.basis, fact.note) if x)
            rank = str(row.rank) + ("" if row.order_known else "?")
            rows.append([rank, text(row.name, "bold"),
                         text(fact.display), text(period(fact)),
                         Text(citations.cite(fact), style="cyan"), text(note, "dim")])
        columns = [Column("#", justify="right"), Column("Hub", wrap=True),
                   Column("Value", justify="right"), Column("Period"), Column("Src"),
                   Column("Note", wrap=True)]
        blocks += [layout(console, columns, rows), *notes(console, ranking.notes)]
    if not result:
        blocks.append(Text("No figures for this metric.", style="dim"))
    return render(console, [*blocks, *citations.blocks(console)])


# metrics, sources, source, search


def metrics(items: Sequence[MetricSummary], console: Console) -> str:
    # Ids can be long and never wrap, so label and aliases share the one column
    # that does.
    rows: list[Row] = []
    for m in items:
        label = text(m.label)
        if m.aliases:
            label.append(f" ({', '.join(m.aliases)})", style="dim")
        rows.append([text(m.id, "bold"), text(m.unit_kind), str(m.hub_count), str(m.fact_count),
                     label])
    columns = [Column("Metric"), Column("Kind"), Column("Hubs", justify="right"),
               Column("Facts", justify="right"), Column("Label (aliases)", wrap=True)]
    return render(console, [layout(console, columns, rows)])


def sources(items: Sequence[SourceSummary], console: Console) -> str:
    rows: list[Row] = []
    for s in items:
        rows.append([text(s.source.id, "bold"), text(cite_source(s.source)), str(s.hub_count),
                     str(s.fact_count)])
    columns = [Column("Source"), Column("Reference", wrap=True, min_width=20),
               Column("Hubs", justify="right"), Column("Facts", justify="right")]
    return render(console, [layout(console, columns, rows)])


def source(result: SourceDetail, console: Console, quotes: bool = False) -> str:
    src = result.source
    published = source_date(src)
    head: list[Row] = [["Title", text(src.title, "bold")]]
    for label, value in (("Author", src.author), ("Publisher", src.publisher),
                         ("Published", published), ("How dated", src.date_note),
                         ("URL", src.url), ("Note", src.note)):
        if value:
            head.append([label, text(value)])
    names = {h.id: h.name for h in result.hubs}
    metric_by_id = {m.id: m for m in result.metrics}
    footnotes = Footnotes()
    citations = Citations([src])
    rows: list[Row] = []
    for fact in result.facts:
        figure = fact_label(fact, metric_by_id, footnotes)
        if fact.subject:
            figure = text(fact.subject + ": ") + figure
        figure_value = fact_value(fact, metric_by_id)
        if fact.derived:
            citations.cite(fact)
            figure_value.append(DERIVED_MARK, style="cyan")
        row: list[Text | str] = [text(names.get(fact.hub_id, fact.hub_id)), figure,
                                 figure_value, text(period(fact))]
        if quotes:
            row.append(_quote(fact))
        rows.append(row)
    columns = [Column("Hub", wrap=True), Column("Figure", wrap=True, min_width=20),
               Column("Value", justify="right"), Column("Period")]
    if quotes:
        columns.append(Column("Quote", wrap=True, min_width=30))
    blocks = [layout(console, [Column(style="dim"), Column(wrap=True)], head, gap=2,
                     header=False), Text(""), layout(console, columns, rows),
              *footnotes.blocks(console), *citations.derived_blocks(console, numbered=False)]
    if result.statements:
        blocks += [Text(""), Text("Tags and organisations", style="bold")]
        for statement in result.statements:
            line = Text("  " + safe(names.get(statement.hub_id, statement.hub_id)) + ": ")
            line.append(safe(f"{statement.field} {statement.name}"), style="bold")
            blocks.append(line)
    blocks += [Text(""), Text(f"{len(result.facts)} figures about {len(result.hubs)} hubs",
                              style="dim")]
    return render(console, blocks)


def search(hits: Sequence[SearchHit], console: Console) -> str:
    if not hits:
        return render(console, [Text("Nothing matches.", style="dim")])
    # Each row says what it is (a name, a tag, a figure) and where the text was found;
    # the source is what a reader looks up next. Fact ids are in --json and CSV.
    rows: list[Row] = []
    for hit in hits:
        what = text(hit.name, "bold")
        if hit.text and hit.text != hit.name:
            what.append("\n")
            what.append(safe(hit.text), style="italic" if hit.kind == "fact" else "")
        rows.append([text(hit.hub_name or "—"), text(hit.kind), what,
                     text(hit.source_id or hit.metric_id or "", "dim")])
    columns = [Column("Hub", wrap=True), Column("Match"), Column("What", wrap=True, min_width=20),
               Column("Source")]
    return render(console, [layout(console, columns, rows)])


# history


def history(result: History, console: Console, quotes: bool = False) -> str:
    """Each metric's figures oldest first, the (derived) change from the one before, and a
    chart of each series of two or more figures in one unit."""
    citations = Citations(result.sources)
    hub = result.hub
    title = text(hub.name, "bold")
    if hub.name_zh:
        title.append(" " + safe(hub.name_zh), style="bold")
    title.append(f" · {hub.kind} · figures over time", style="dim")
    blocks: list[Text] = [title]
    if not result.metrics:
        blocks.append(Text("No figures for this hub in the dataset.", style="dim"))
    changed = False
    for entry in result.metrics:
        blocks += [Text(""), text(entry.metric.label, "bold")]
        changes = {c.to_fact_id: c for s in entry.series for c in s.changes}
        changed = changed or bool(changes)
        rows: list[Row] = []
        for fact in entry.facts:
            value = text(fact.display)
            detail = "; ".join(x for x in (fact.subject, fact.basis) if x)
            if detail:
                value.append(f" ({safe(detail)})", style="dim")
            change = changes.get(fact.id)
            row: list[Text | str] = [text(period(fact)), value,
                                     text(change.display if change else ""),
                                     Text(citations.cite(fact), style="cyan")]
            if quotes:
                row.append(_quote(fact))
            rows.append(row)
        columns = [Column("Period"), Column("Value", justify="right"),
                   Column("Change (derived)", wrap=True, min_width=16), Column("Src")]
        if quotes:
            columns.append(Column("Quote", wrap=True, min_width=30))
        blocks.append(layout(console, columns, rows))
        for series in entry.series:
            chart = _history_chart(entry, series, citations, console)
            if chart is not None:
                blocks += [Text(""), chart]
    if changed:
        blocks += [Text(""), Text("Changes are computed by hubquery from the figures above "
                                  "(derived): no source states them.", style="dim")]
    if result.notes:
        blocks += [Text(""), *notes(console, result.notes)]
    blocks += citations.blocks(console)
    return render(console, blocks)


def _history_chart(entry: MetricHistory, series: Series, citations: Citations,
                   console: Console) -> Text | None:
    """Bars for a series of two or more figures in one unit, oldest at the top; ``#`` and
    ``.`` where the terminal's encoding is not UTF-8."""
    by_id = {f.id: f for f in entry.facts}
    facts = [by_id[i] for i in series.fact_ids]
    if len(facts) < 2 or any(f.value < 0 for f in facts):
        return None
    top = max(f.value for f in facts) or 1
    rows: list[Row] = []
    for fact in facts:
        rows.append([text(period(fact)), _bar(fact.value / top, console), text(fact.display + " ")
                     + Text(citations.cite(fact), style="cyan")])
    heading = "; ".join(x for x in (series.subject, series.basis, series.unit,
                                     "target" if series.status == "target" else None) if x)
    return Text("\n").join([text(f"  {heading}", "dim"),
                            grid(console, rows, Column(), Column(), Column(wrap=True))])


def _bar(fraction: float, console: Console) -> Text:
    """A horizontal bar filled to ``fraction`` (0–1), sized to the terminal: block
    characters, or ``#`` and ``.`` where its encoding is not UTF-8. Plain characters, so
    the bar survives NO_COLOR and copy-paste."""
    width = max(10, min(40, console.width - 50))
    block, empty = ("█", "░") if console.encoding.lower().startswith("utf") else ("#", ".")
    filled = round(fraction * width)
    return Text(block * filled, style="cyan") + Text(empty * (width - filled), style="dim")


# --fields


def projected(paths: Sequence[str], rows: Sequence[dict[str, object]], console: Console) -> str:
    """The fields a user chose (--fields), one column each, headed by its path."""
    from hubquery.render.data import cell_text

    columns = [Column(path, wrap=True, min_width=min(10, len(path))) for path in paths]
    cells: list[Row] = [[Text(cell_text(row.get(path))) for path in paths] for row in rows]
    return render(console, [layout(console, columns, cells)])


# check

_VERDICT_MARKS = {"supported": ("✓", "green"), "contradicted": ("✗", "red"),
                  "unsupported": ("?", "yellow")}


def claims(items: Sequence[Claim], console: Console) -> str:
    """The draft's claims in order: each sentence, its verdict, the figures it rests on
    with their quotes and numbered sources, and the notes an editor would add."""
    if not items:
        return render(console, [Text("No claims: no sentence states a figure.", style="dim")])
    citations = Citations(_claim_sources(items))
    blocks: list[Text] = []
    for claim in items:
        mark, style = _VERDICT_MARKS[claim.verdict]
        head = Text(f"{mark} {claim.verdict}", style=f"bold {style}")
        head.append(f"  line {claim.line}", style="dim")
        blocks += [head, grid(console, [[Text(""), text(claim.text)]], Column(),
                              Column(wrap=True))]
        rows: list[Row] = []
        for fact in claim.facts:
            about = f"{fact.subject}, {fact.hub_id}" if fact.subject else fact.hub_id
            figure = text(f"{fact.display} ({fact.period}) ", "bold")
            figure.append(safe(f"{about} · {fact.metric_id} "))
            figure.append(citations.mark(fact.source.id), style="cyan")
            rows.append([Text(""), figure])
            if fact.quote:
                rows.append([Text(""), _quote(fact)])
        if rows:
            blocks.append(grid(console, rows, Column(min_width=3), Column(wrap=True)))
        blocks += notes(console, claim.notes, marker="    !")
        blocks.append(Text(""))
    counts = {verdict: sum(c.verdict == verdict for c in items) for verdict in _VERDICT_MARKS}
    summary = ", ".join(f"{n} {verdict}" for verdict, n in counts.items())
    blocks += [Text(f"{len(items)} claim{'s' * (len(items) != 1)}: {summary}", style="bold"),
               *citations.blocks(console)]
    return render(console, blocks)


def _claim_sources(items: Sequence[Claim]) -> list[Source]:
    seen: dict[str, Source] = {}
    for claim in items:
        for fact in claim.facts:
            seen.setdefault(fact.source.id, fact.source)
    return list(seen.values())
