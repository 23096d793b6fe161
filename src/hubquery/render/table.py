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

from hubquery.display import quantity_label
from hubquery.judgement.figures import period_label
from hubquery.records import Citation, Fact, Hub, Metric, Note, Source
from hubquery.render.layout import Block, Canvas, Column, Row, Span, Styled, Table, layout
from hubquery.render.layout import render as render_blocks
from hubquery.render.values import cite_source, safe, source_date

if TYPE_CHECKING:
    from hubquery.query.catalog import MetricSummary, SourceDetail, SourceSummary
    from hubquery.query.check import Claim
    from hubquery.query.history import History, MetricHistory, Series
    from hubquery.query.listing import HubList
    from hubquery.query.profile import Profile
    from hubquery.query.rank import Ranking
    from hubquery.query.search import SearchHit


def make_canvas(file: IO[str], markdown: bool = False, colour: str = "auto") -> Canvas:
    """Where a run's table goes. ``colour`` is --color: ``never`` turns off every escape
    (bold too), ``always`` colours even a pipe; with ``auto``, NO_COLOR does the first
    and wins over FORCE_COLOR, and otherwise rich decides from the terminal, TERM and
    COLUMNS."""
    if markdown:
        return Canvas(markdown=True)
    return plain_canvas(file, colour) or rich_canvas(file, colour)


def rich_canvas(file: IO[str], colour: str = "auto") -> Canvas:
    """The canvas as rich's Console works it out (a terminal's, or forced colour)."""
    from rich.console import Console

    always = colour == "always"
    no_color = colour == "never" or (not always and bool(os.environ.get("NO_COLOR")))
    console = Console(
        file=file,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
        no_color=no_color or (False if always else None),
        force_terminal=True if always else None,
        color_system=None if no_color else "auto",
    )
    return Canvas(
        width=console.width,
        color_system=console._color_system,
        unicode=console.encoding.lower().startswith("utf"),
    )


def plain_canvas(file: IO[str], colour: str = "auto") -> Canvas | None:
    """The canvas rich's Console gives output that is not a terminal (a pipe, a file),
    worked out without importing ``rich.console`` (three quarters of a table's start-up
    in a pipe: 76 M instructions, callgrind); None when it may be a terminal or colour is
    forced (then rich decides). The same answer as rich's: not a terminal when
    TTY_COMPATIBLE is 0, or else FORCE_COLOR is set and empty, or else the file is not a
    TTY; the width is $COLUMNS when it is digits, else the first of stdin, stdout and
    stderr that is a terminal, else 80 (tests/unit/test_table.py pins it to rich)."""
    environ = os.environ
    if colour == "always":
        return None
    compatible = environ.get("TTY_COMPATIBLE", "")
    if compatible == "1":
        return None
    if compatible != "0":
        forced = environ.get("FORCE_COLOR")
        if forced is not None:
            if forced != "":
                return None
        else:
            isatty = getattr(file, "isatty", None)
            try:
                if isatty is not None and isatty():
                    return None
            except ValueError:  # a closed file is no terminal (as rich says)
                pass
    columns = environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        width = int(columns)
    else:
        width = 0
        for descriptor in (0, 1, 2):
            try:
                width = os.get_terminal_size(descriptor).columns
            except (AttributeError, ValueError, OSError):
                continue
            break
        width = width or 80
    encoding = (getattr(file, "encoding", "utf-8") or "utf-8").lower()
    return Canvas(width=width, color_system=None, unicode=encoding.startswith("utf"))


def text(value: str | None, style: str = "") -> Styled:
    return Styled(safe(value or ""), style)


def render(canvas: Canvas, blocks: Iterable[Block]) -> str:
    """The blocks, one after another, as the terminal (or Markdown) shows them."""
    return render_blocks(canvas, blocks)


def paragraph(message: str, canvas: Canvas) -> str:
    """A line of text (the as-of line, validate's summary) wrapped to the canvas."""
    return render(canvas, [text(message)])


def grid(canvas: Canvas, rows: Sequence[Row], *columns: Column) -> Table:
    """Columns without a header: a label and its value, a mark and its note."""
    return layout(canvas, columns, rows, gap=1, header=False)


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

    def blocks(self, canvas: Canvas) -> list[Block]:
        if not self.sources:
            return []
        rows = []
        for source in self.sources:
            reference = text(cite_source(source))
            reference.append(f"  ({source.id})", style="dim")
            rows.append([Styled(self.mark(source.id), style="cyan"), reference])
        return [
            Styled(""),
            Styled("Sources", style="bold"),
            grid(canvas, rows, Column(), Column(wrap=True)),
            *self.derived_blocks(canvas),
        ]

    def derived_blocks(self, canvas: Canvas, numbered: bool = True) -> list[Block]:
        """Each derived figure cited, with its computation in its inputs' own figures."""
        rows: list[Row] = [
            [
                Styled(DERIVED_MARK, style="cyan"),
                text(derived_line(fact, self.mark(fact.source.id) if numbered else "this source")),
            ]
            for fact in self.derived.values()
        ]
        if not rows:
            return []
        return [grid(canvas, rows, Column(), Column(wrap=True))]


class Footnotes:
    """Notes lettered (a), (b), … under a table instead of inline in a tall cell: one
    ``Footnotes`` per view, shared by its tables. The same note gets the same letter.

    The interface every table view uses: ``mark(note)`` (the letter), ``marks(notes)``
    (the letters of a row's notes as a cell: ``(a)``, ``(a, c)``; empty without
    notes), and ``blocks(canvas)`` (the lettered notes, to put under the table)."""

    def __init__(self) -> None:
        self.letters: dict[str, str] = {}

    def mark(self, note: str) -> str:
        if note not in self.letters:
            index = len(self.letters)
            self.letters[note] = chr(97 + index % 26) + str(index // 26 or "")
        return self.letters[note]

    def marks(self, notes: Iterable[str | None]) -> Styled:
        """The letters of a row's notes (empty ones skipped), dim: ``(a, c)``."""
        letters = [self.mark(note) for note in notes if note]
        return Styled(f"({', '.join(letters)})" if letters else "", style="dim")

    def blocks(self, canvas: Canvas) -> list[Block]:
        if not self.letters:
            return []
        rows = [[Styled(f"({letter})"), text(note)] for note, letter in self.letters.items()]
        return [Styled(""), grid(canvas, rows, Column(style="dim"), Column(wrap=True, style="dim"))]


def notes(
    canvas: Canvas, items: Iterable[Note], marker: str = "  !", style: str = "yellow"
) -> list[Block]:
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
    for remark in remarks:
        label.append(f" ({footnotes.mark(remark)})", style="dim")
    return label


DERIVED_MARK = "†"


def period(fact: Fact) -> str:
    """The fact's period as every view prints it: ``c. 2018`` when inferred, ``reported
    2014``, ``target for 2020`` (``judgement.period_label``, the one formatter)."""
    return period_label(fact)


def derived_line(fact: Fact, mark: str) -> str:
    """``Computed from figures in [3], not printed there: 20.9 million people (2020-12) = …``:
    what a derived figure is computed from, in its inputs' own figures."""
    return (
        f"Computed from figures in {mark}, not printed there: {fact.display} "
        f"({period(fact)}) = "
        f"{fact.derivation or fact.method or 'computed'}."
    )


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
            rows.append(
                [
                    label,
                    fact_value(fact, metrics),
                    text(period(fact)),
                    Styled(citations.cite(fact), style="cyan"),
                ]
            )
            if quotes:
                rows += _quote(fact, 4 if fact.subject else 2)
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


# list


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
                    marks = footnotes.marks(n.message for n in row.notes if n.message not in shown)
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


# metrics, sources, source, search


def metrics(items: Sequence[MetricSummary], canvas: Canvas) -> str:
    # Ids can be long and never wrap, so label and aliases share the one column
    # that does.
    rows: list[Row] = []
    for m in items:
        label = text(m.label)
        if m.aliases:
            label.append(f" ({', '.join(m.aliases)})", style="dim")
        rows.append(
            [text(m.id, "bold"), text(m.unit_kind), str(m.hub_count), str(m.fact_count), label]
        )
    columns = [
        Column("Metric"),
        Column("Kind", drop=3),
        Column("Hubs", justify="right", drop=2),
        Column("Facts", justify="right", drop=1),
        Column("Label (aliases)", wrap=True),
    ]
    return render(canvas, [layout(canvas, columns, rows)])


def sources(items: Sequence[SourceSummary], canvas: Canvas) -> str:
    rows: list[Row] = []
    for s in items:
        rows.append(
            [
                text(s.source.id, "bold"),
                text(cite_source(s.source)),
                str(s.hub_count),
                str(s.fact_count),
            ]
        )
    columns = [
        Column("Source"),
        Column("Reference", wrap=True),
        Column("Hubs", justify="right", drop=2),
        Column("Facts", justify="right", drop=1),
    ]
    return render(canvas, [layout(canvas, columns, rows)])


def source(result: SourceDetail, canvas: Canvas, quotes: bool = False) -> str:
    src = result.source
    published = source_date(src)
    head: list[Row] = [["Title", text(src.title, "bold")]]
    for label, value in (
        ("Author", src.author),
        ("Publisher", src.publisher),
        ("Published", published),
        ("How dated", src.date_note),
        ("URL", src.url),
        ("Note", src.note),
    ):
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
        rows.append(
            [text(names.get(fact.hub_id, fact.hub_id)), figure, figure_value, text(period(fact))]
        )
        if quotes:
            rows += _quote(fact, 2)
    columns = [
        Column("Hub", wrap=True),
        Column("Figure", wrap=True),
        Column("Value", justify="right", wrap=True),
        Column("Period", wrap=True),
    ]
    blocks: list[Block] = [
        layout(
            canvas, [Column(style="dim"), Column(wrap=True)], head, gap=2, header=False, fields=True
        ),
        Styled(""),
        layout(canvas, columns, rows),
        *footnotes.blocks(canvas),
        *citations.derived_blocks(canvas, numbered=False),
    ]
    if result.statements:
        blocks += [Styled(""), Styled("Tags and organisations", style="bold")]
        for statement in result.statements:
            line = Styled("  " + safe(names.get(statement.hub_id, statement.hub_id)) + ": ")
            line.append(safe(f"{statement.field} {statement.name}"), style="bold")
            blocks.append(line)
    blocks += [
        Styled(""),
        Styled(f"{len(result.facts)} figures about {len(result.hubs)} hubs", style="dim"),
    ]
    return render(canvas, blocks)


def search(hits: Sequence[SearchHit], canvas: Canvas) -> str:
    if not hits:
        return render(canvas, [Styled("Nothing matches.", style="dim")])
    # Each row says what it is (a name, a tag, a figure) and where the text was found;
    # the source is what a reader looks up next. Fact ids are in --json and CSV.
    rows: list[Row] = []
    for hit in hits:
        what = text(hit.name, "bold")
        if hit.text and hit.text != hit.name:
            what.append("\n")
            what.append(safe(hit.text), style="italic" if hit.kind == "fact" else "")
        rows.append(
            [text(hit.hub_name or "—"), hit.kind, what, text(hit.source_id or hit.metric_id or "")]
        )
    columns = [
        Column("Hub", wrap=True),
        Column("Match", drop=1),
        Column("What", wrap=True),
        Column("Source", style="dim", drop=2),
    ]
    return render(canvas, [layout(canvas, columns, rows)])


# history

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
    rows: list[Row] = []
    for ident in order:
        fact = by_id[ident]
        value = text(fact.display)
        detail = "; ".join(x for x in (fact.subject, fact.basis) if x)
        if detail:
            value.append(f" ({safe(detail)})", style="dim")
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
            rows += _quote(fact, 2)
    columns = [
        Column("Period", wrap=True),
        Column("Value", justify="right", wrap=True),
        Column("Change (derived)", wrap=True),
        Column("Src"),
    ]
    blocks: list[Block] = [
        Styled(""),
        text(entry.metric.label, "bold"),
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
            label = fact_label(fact, metrics, footnotes)
            if fact.subject:
                label = text(f"{fact.subject}: ") + label
            rows.append(
                [
                    label,
                    text(fact.display),
                    text(period(fact)),
                    Styled(citations.cite(fact), style="cyan"),
                ]
            )
            if quotes:
                rows += _quote(fact, 2)
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
    heading = "; ".join(x for x in (series.subject, series.basis, series.unit) if x)
    return [
        Styled(""),
        text(f"  {heading}", "dim"),
        grid(canvas, rows, Column(), Column(), Column(wrap=True)),
    ]


def bar(fraction: float, canvas: Canvas) -> Styled:
    """A horizontal bar filled to ``fraction`` (0–1), sized to the canvas: block
    characters, or ``#`` and ``.`` where the terminal's encoding is not UTF-8. Plain
    characters, so the bar survives NO_COLOR and copy-paste."""
    width = max(10, min(40, canvas.width - 50))
    block, empty = ("█", "░") if canvas.unicode else ("#", ".")
    filled = round(fraction * width)
    return Styled(block * filled, style="cyan") + Styled(empty * (width - filled), style="dim")


# --fields


def projected(paths: Sequence[str], rows: Sequence[dict[str, object]], canvas: Canvas) -> str:
    """The fields a user chose (--fields), one column each, headed by its path; none is
    dropped, since the user chose them."""
    from hubquery.render.data import cell_text

    columns = [Column(path, wrap=True) for path in paths]
    cells: list[Row] = [[text(cell_text(row.get(path))) for path in paths] for row in rows]
    return render(canvas, [layout(canvas, columns, cells)])


# check

_VERDICT_MARKS = {
    "supported": ("✓", "green"),
    "contradicted": ("✗", "red"),
    "unsupported": ("?", "yellow"),
}


def claims(items: Sequence[Claim], canvas: Canvas, hidden: int = 0) -> str:
    """The draft's sentences in order, one block each: the sentence's verdict (the worst
    of its figures') and line, the sentence, then each figure with its own verdict, what
    it was read as, the figures it rests on with their quotes and numbered sources, and
    the notes a writer acts on."""
    if not items:
        message = (
            "No claims: no sentence states a figure."
            if not hidden
            else (f"Nothing to list: {hidden} claim{'s' * (hidden != 1)} left out by --only.")
        )
        return render(canvas, [Styled(message, style="dim")])
    from hubquery.judgement.figures import period_label

    citations = Citations(_claim_sources(items))
    blocks: list[Block] = []
    sentences = _by_sentence(items)
    for group in sentences:
        first = group[0]
        mark, style = _VERDICT_MARKS[first.sentence_verdict]
        head = Styled(f"{mark} {first.sentence_verdict}", style=f"bold {style}")
        head.append(f"  line {first.line}", style="dim")
        blocks += [
            head,
            grid(canvas, [[Styled(""), text(first.text)]], Column(), Column(wrap=True)),
        ]
        rows: list[Row] = []
        for claim in group:
            mark, style = _VERDICT_MARKS[claim.verdict]
            figure = Styled(f"{claim.verdict:<12}", style=style)
            figure.append(safe(f" read as: {claim.read_as}"))
            rows.append([Styled("  "), Styled(mark, style=style), figure])
            for fact in claim.facts:
                about = f"{fact.subject}, {fact.hub_id}" if fact.subject else fact.hub_id
                shown = fact.display.removesuffix(" (target)")
                held = text(f"{shown} ({period_label(fact)}) ", "bold")
                held.append(safe(f"{about} · {fact.metric_id} "))
                held.append(citations.cite(fact), style="cyan")
                rows.append([Styled(""), Styled(""), held])
                if fact.quote and not fact.derived:
                    rows.append([Styled(""), Styled(""), text(f"“{fact.quote}”", "italic")])
            rows += [
                [Styled(""), Styled("!", style="yellow"), text(note.message, "yellow")]
                for note in claim.notes
            ]
        blocks.append(grid(canvas, rows, Column(), Column(), Column(wrap=True)))
        blocks.append(Styled(""))
    blocks += [
        *(Styled(line, style="bold") for line in _claims_summary(sentences, items, hidden)),
        *citations.blocks(canvas),
    ]
    return render(canvas, blocks)


def _by_sentence(items: Sequence[Claim]) -> list[list[Claim]]:
    groups: dict[int, list[Claim]] = {}
    for claim in items:
        groups.setdefault(claim.sentence, []).append(claim)
    return list(groups.values())


def _claims_summary(sentences: list[list[Claim]], items: Sequence[Claim], hidden: int) -> list[str]:
    def counts(verdicts: list[str]) -> str:
        return ", ".join(f"{verdicts.count(v)} {v}" for v in _VERDICT_MARKS)

    n = len(sentences)
    lines = [
        f"{n} sentence{'s' * (n != 1)}: {counts([g[0].sentence_verdict for g in sentences])}",
        f"{len(items)} claim{'s' * (len(items) != 1)}: {counts([c.verdict for c in items])}",
    ]
    if hidden:
        lines.append(f"({hidden} more claim{'s' * (hidden != 1)} left out by --only)")
    return lines


def _claim_sources(items: Sequence[Claim]) -> list[Source]:
    seen: dict[str, Source] = {}
    for claim in items:
        for fact in claim.facts:
            seen.setdefault(fact.source.id, fact.source)
    return list(seen.values())
