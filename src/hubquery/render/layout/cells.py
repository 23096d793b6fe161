"""What a layout is made of: styled text, cells, columns, rows, tables and the canvas
they are drawn on; and the one measure of text, its display width."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len as _rich_cell_len

if TYPE_CHECKING:
    from rich.color import ColorSystem

Run = tuple[str, str]  # text, style


def cell_len(text: str) -> int:
    """Display width: CJK characters count 2."""
    return len(text) if text.isascii() else _rich_cell_len(text)


class Styled:
    """A line of text as runs of one style each; a few tuples instead of an object tree."""

    __slots__ = ("runs",)

    def __init__(self, text: str = "", style: str = "") -> None:
        self.runs: list[Run] = [(text, style)] if text else []

    def append(self, text: str, style: str = "") -> Styled:
        if text:
            self.runs.append((text, style))
        return self

    def __add__(self, other: Styled | str) -> Styled:
        joined = Styled()
        joined.runs = self.runs + (other.runs if isinstance(other, Styled) else [(other, "")])
        return joined

    def __radd__(self, other: str) -> Styled:
        return Styled(other) + self

    @property
    def plain(self) -> str:
        return "".join(text for text, _ in self.runs)

    def __repr__(self) -> str:
        return f"Styled({self.plain!r})"


Cell = Styled | str


class Column(NamedTuple):
    header: str = ""
    justify: str = "left"  # or "right"
    wrap: bool = False  # narrowed first when the table is too wide; the others only after
    style: str = ""
    drop: int = 0  # 0: always shown; else dropped when nothing else fits, rank 1 first
    whole: bool = False  # ids: never wrapped; columns are dropped before one is broken
    lines: int = 0  # a figure: columns are dropped before one of its cells takes more lines


class Span(NamedTuple):
    """A row that is one piece of text across the table: a section heading, or (``detail``)
    a line that belongs to the row above it, such as its quote."""

    text: Cell
    indent: int = 0
    detail: bool = False


Row = Sequence[Cell] | Span


class Table(NamedTuple):
    columns: Sequence[Column]
    rows: Sequence[Row]
    gap: int = 3
    header: bool = True
    rule: bool = True
    fields: bool = False  # rows of a label and its value (Markdown: "**Label:** value")


Block = Table | Styled | str


class Canvas(NamedTuple):
    """Where the text goes: its width, colour system, and whether it is Markdown."""

    width: int = 80
    color_system: ColorSystem | None = None
    unicode: bool = True
    markdown: bool = False


def layout(
    canvas: Canvas,
    columns: Sequence[Column],
    rows: Sequence[Row],
    *,
    gap: int = 3,
    header: bool = True,
    rule: bool = True,
    fields: bool = False,
) -> Table:
    """A table; ``render`` lays it out for the canvas."""
    return Table(columns, rows, gap, header, rule, fields)


def plain(line: Cell) -> str:
    return line if isinstance(line, str) else line.plain


def slice_runs(runs: list[Run], start: int, end: int) -> list[Run]:
    """The runs of the characters start:end of their text."""
    out: list[Run] = []
    position = 0
    for text, style in runs:
        following = position + len(text)
        if following > start and position < end:
            out.append((text[max(start - position, 0) : end - position], style))
        position = following
        if position >= end:
            break
    return out


def lines(cell: Cell) -> list[Cell]:
    """A cell's lines (split at its newlines), each keeping its styles."""
    text = plain(cell)
    if "\n" not in text:
        return [cell]
    if isinstance(cell, str):
        return list(cell.split("\n"))
    out: list[Cell] = []
    position = 0
    for part in text.split("\n"):
        piece = Styled()
        piece.runs = slice_runs(cell.runs, position, position + len(part))
        out.append(piece)
        position += len(part) + 1
    return out


class Measured(NamedTuple):
    """A line of a cell with its plain text and display width, measured once."""

    line: Cell
    plain: str
    width: int


# Measured's own constructor, without the Python frame a NamedTuple's __new__ adds.
_measured = partial(tuple.__new__, Measured)


def measure(cell: Cell) -> list[Measured]:
    """A cell's lines, each measured."""
    if isinstance(cell, str) and "\n" not in cell:  # the common cell, once per cell of a table
        return [_measured((cell, cell, len(cell) if cell.isascii() else _rich_cell_len(cell)))]
    return [Measured(line, text, cell_len(text)) for line in lines(cell) for text in (plain(line),)]
