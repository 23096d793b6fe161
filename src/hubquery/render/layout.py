"""Columns laid out for the terminal: widths, wrapping and alignment, computed directly.

rich's Table measures and renders every cell through several layers of
renderables: about 10 ms for fifty rows, which is most of what `show` costs at
start-up, and minutes for a listing of fifty thousand hubs. The tables here are
plain columns of text with at most a few columns that may wrap, so this module
does the same job in a few passes over the cells. The result is still rich
Text: styles, colour and terminal handling stay rich's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text


@dataclass(frozen=True)
class Column:
    header: str = ""
    justify: str = "left"  # or "right"
    wrap: bool = False  # may be narrowed to fit the width; its cells then wrap
    style: str = ""
    min_width: int = 10


@dataclass(frozen=True)
class Span:
    """A row that is one piece of text across all columns (a section heading)."""

    text: Text


Cell = Text | str
Row = Sequence[Cell] | Span


def layout(console: Console, columns: Sequence[Column], rows: Sequence[Row], *,
           gap: int = 3, header: bool = True, rule: bool = True) -> Text:
    """The rows as lines of text that fit ``console.width`` where they can."""
    cells: list[list[list[Text]] | Span] = [
        [_lines(cell, column.style) for cell, column in zip(row, columns, strict=False)]
        if not isinstance(row, Span) else row for row in rows
    ]
    widths = _widths(console.width, columns, cells, gap, header)
    out: list[Text] = []
    separator = " " * gap
    if header:
        titles = [_fit(Text(c.header, style="bold"), w, c.justify) for c, w in zip(
            columns, widths, strict=True)]
        out.append(Text(separator).join(titles))
        if rule:
            ascii_only = not console.encoding.lower().startswith("utf")
            total = sum(widths) + gap * (len(widths) - 1)
            out.append(Text(("-" if ascii_only else "─") * total))
    for row in cells:
        if isinstance(row, Span):
            out.append(row.text)
            continue
        wrapped: list[list[Text]] = []
        for index, (lines, column) in enumerate(zip(row, columns, strict=False)):
            width = widths[index]
            column_lines: list[Text] = []
            for line in lines:
                if column.wrap and line.cell_len > width:
                    column_lines.extend(line.wrap(console, width, overflow="fold"))
                else:
                    column_lines.append(line)
            wrapped.append(column_lines)
        height = max((len(lines) for lines in wrapped), default=1)
        for number in range(height):
            parts = []
            for index, lines in enumerate(wrapped):
                line = lines[number] if number < len(lines) else Text()
                parts.append(_fit(line, widths[index], columns[index].justify))
            out.append(Text(separator).join(parts))
    for line in out:
        line.rstrip()
    return Text("\n").join(out)


def _lines(cell: Cell, style: str) -> list[Text]:
    text = cell if isinstance(cell, Text) else Text(cell)
    if style:
        text = text.copy()
        text.stylize(style, 0)
    return list(text.split("\n")) if "\n" in text.plain else [text]


def _widths(total: int, columns: Sequence[Column], rows: Sequence[list[list[Text]] | Span],
            gap: int, header: bool) -> list[int]:
    natural = [cell_len(c.header) if header else 0 for c in columns]
    for row in rows:
        if isinstance(row, Span):
            continue
        for index, lines in enumerate(row):
            for line in lines:
                natural[index] = max(natural[index], line.cell_len)
    flexible = [i for i, c in enumerate(columns) if c.wrap]
    budget = total - gap * (len(columns) - 1) - sum(
        natural[i] for i in range(len(columns)) if i not in flexible)
    if sum(natural[i] for i in flexible) <= budget:
        return natural
    # Share the room among the wrapping columns in proportion to their text, never
    # below a column's minimum; a column that needs less than its share keeps its
    # own width and leaves the rest to the others.
    widths = list(natural)
    active = list(flexible)
    while active:
        wanted = sum(natural[i] for i in active)
        share = {i: max(columns[i].min_width, budget * natural[i] // wanted) for i in active}
        satisfied = [i for i in active if share[i] >= natural[i]]
        if not satisfied:
            for i in active:
                widths[i] = share[i]
            break
        for i in satisfied:
            budget -= natural[i]
            active.remove(i)
    return widths


def _fit(line: Text, width: int, justify: str) -> Text:
    padding = width - line.cell_len
    if padding <= 0:
        return line
    fitted = line.copy()
    if justify == "right":
        return Text(" " * padding) + fitted
    fitted.append(" " * padding)
    return fitted
