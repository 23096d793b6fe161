"""What every table view shares: the canvas a run draws on, numbered citations,
lettered footnotes, caveats, and how a figure's label, value and period read."""

from __future__ import annotations

import builtins
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, TYPE_CHECKING

from hubquery.display import figure_name, quoted
from hubquery.judgement.figures import period_label
from hubquery.records import Fact, Metric, Note, Source
from hubquery.render.layout import Block, Canvas, Column, Row, Span, Styled, Table, layout
from hubquery.render.layout import render as render_blocks
from hubquery.render.values import cite_source, safe

if TYPE_CHECKING:
    from rich.color import ColorSystem


def make_canvas(file: IO[str], markdown: bool = False, colour: str = "auto") -> Canvas:
    """Where a run's table goes. ``colour`` is --color: ``never`` turns off every escape
    (bold too), ``always`` colours even a pipe; with ``auto``, NO_COLOR does the first
    and wins over FORCE_COLOR, and otherwise rich decides from the terminal, TERM and
    COLUMNS."""
    if markdown:
        return Canvas(markdown=True)
    return own_canvas(file, colour) or rich_canvas(file, colour)


def rich_canvas(file: IO[str], colour: str = "auto") -> Canvas:
    """The canvas as rich's Console works it out (where ``own_canvas`` cannot)."""
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


def own_canvas(file: IO[str], colour: str = "auto") -> Canvas | None:
    """The canvas rich's Console gives ``file``, worked out without importing
    ``rich.console`` (three quarters of a table's start-up: 76 M instructions, callgrind);
    None where only rich can tell (Windows, Jupyter, IDLE). rich's rules, followed to the
    letter (tests/unit/test_canvas.py pins them to rich over the variables they read):

    - a terminal: --color always; else TTY_COMPATIBLE 1 or 0; else FORCE_COLOR set and
      not empty; else the file is a TTY. A dumb one: a terminal whose TERM is dumb or
      unknown.
    - colour: none with --color never or NO_COLOR (and not --color always), off a
      terminal or on a dumb one; else truecolor for COLORTERM truecolor or 24bit, 256
      colours for a TERM ending in -256color or -kitty, else the standard 16.
    - width: $COLUMNS when it is digits (on a dumb terminal only with $LINES digits too,
      else 80); else the first of stdin, stdout and stderr that is a terminal; else 80.
    """
    if sys.platform == "win32" or "get_ipython" in vars(builtins):
        return None
    if getattr(sys.stdin, "__module__", "").startswith("idlelib"):
        return None
    environ = os.environ
    always = colour == "always"
    terminal = always or _a_terminal(file, environ)
    dumb = terminal and environ.get("TERM", "").lower() in ("dumb", "unknown")
    no_colour = colour == "never" or (not always and bool(environ.get("NO_COLOR")))
    columns, lines = environ.get("COLUMNS"), environ.get("LINES")
    given = int(columns) if columns is not None and columns.isdigit() else None
    if given is not None and ((lines is not None and lines.isdigit()) or not dumb):
        width = given
    elif dumb:
        width = 80
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
    colours = None if no_colour or not terminal or dumb else _colour_system(environ)
    return Canvas(width=width, color_system=colours, unicode=encoding.startswith("utf"))


def _a_terminal(file: IO[str], environ: Mapping[str, str]) -> bool:
    compatible = environ.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "1"
    forced = environ.get("FORCE_COLOR")
    if forced is not None:
        return forced != ""
    isatty = getattr(file, "isatty", None)
    try:
        return isatty is not None and bool(isatty())
    except ValueError:  # a closed file is no terminal
        return False


def _colour_system(environ: Mapping[str, str]) -> ColorSystem:
    from rich.color import ColorSystem  # the table's colours import it anyway

    if environ.get("COLORTERM", "").strip().lower() in ("truecolor", "24bit"):
        return ColorSystem.TRUECOLOR
    colours = environ.get("TERM", "").strip().lower().rpartition("-")[2]
    return ColorSystem.EIGHT_BIT if colours in ("kitty", "256color") else ColorSystem.STANDARD


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
        rows = [
            [Styled(f"({letter})"), text(_sentence(note))] for note, letter in self.letters.items()
        ]
        return [Styled(""), grid(canvas, rows, Column(style="dim"), Column(wrap=True, style="dim"))]


def _sentence(note: str) -> str:
    """A note under a table reads as a sentence: "not ranked: … of this place." (the
    reasons a query gives, such as rank's, are phrases in JSON and CSV)."""
    return note if note.rstrip().endswith((".", "?", "!")) else note.rstrip() + "."


def notes(
    canvas: Canvas, items: Iterable[Note], marker: str = "  !", style: str = "yellow"
) -> list[Block]:
    """Caveats, each wrapped under its own text rather than under the marker."""
    rows = [[Styled(marker), text(item.message)] for item in items]
    if not rows:
        return []
    return [grid(canvas, rows, Column(style=style), Column(wrap=True, style=style))]


def fact_label(
    fact: Fact, metrics: dict[str, Metric], footnotes: Footnotes, subject: bool = False
) -> Styled:
    """The figure's name (``figure_name``: the metric's label, the basis it is counted
    on, with ``subject`` the subject it is about first) and marks for its notes."""
    metric = metrics.get(fact.metric_id)
    about = fact.subject if subject else None
    label = text(figure_name(metric.label if metric else fact.metric_id, about, fact.basis))
    # A derived figure is marked by its dagger (beside its citation, or its value where
    # a view has no citation column) and explained under the table, in every view.
    remarks = [fact.note] if fact.note else []
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


def quote(fact: Fact, indent: int) -> list[Row]:
    """The quote that states a figure, on its own indented line(s) under the figure."""
    if not fact.quote:
        return []
    return [Span(text(quoted(fact.quote), "italic"), indent=indent, detail=True)]


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
