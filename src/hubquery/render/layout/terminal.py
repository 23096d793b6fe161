"""Tables and text laid out for a terminal: the columns ``widths.fit`` chose, each cell
wrapped to its column, joined with their gap, then coloured for the terminal's colour
system (or left plain).

rich's Table (and even one rich ``Text`` per cell) measures and renders every cell
through several layers of objects: fifty thousand rows took many seconds. The tables
here are plain columns of text, so this module works on strings and styled runs and
asks rich only for the escape codes of a style.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hubquery.render.layout.cells import (
    Canvas,
    Cell,
    Measured,
    Run,
    Span,
    Styled,
    Table,
    lines,
    measure,
)
from hubquery.render.layout.widths import BALANCED_ROWS, fit
from hubquery.render.layout.wrap import Wrapped, wrap, wrap_measured

if TYPE_CHECKING:
    from rich.color import ColorSystem

Line = list[Run] | str  # a str when there is no colour to add

_EMPTY = Wrapped([], 0)


def table_lines(canvas: Canvas, table: Table) -> list[Line]:
    """A table as the lines of text that draw it."""
    columns = table.columns
    count = len(columns)
    grid: list[list[list[Measured]] | Span] = [
        row if isinstance(row, Span) else [measure(cell) for cell in row[:count]]
        for row in table.rows
    ]
    widths, gap = fit(
        canvas.width,
        columns,
        [row for row in grid if not isinstance(row, Span)],
        header=table.header,
        gap=table.gap,
        balanced=len(grid) <= BALANCED_ROWS,
    )
    shown = sorted(widths)
    separator = (" " * gap, "")
    out: list[Line] = []
    if table.header:
        titles = [wrap(columns[i].header, widths[i], "bold") for i in shown]
        tallest = max(len(t) for t in titles)
        for number in range(tallest):
            heads = [
                t[number - tallest + len(t)] if number >= tallest - len(t) else _EMPTY
                for t in titles
            ]
            out.append(
                _join(
                    heads,
                    [widths[i] for i in shown],
                    [columns[i].justify for i in shown],
                    separator,
                )
            )
        if table.rule:
            total = sum(widths.values()) + gap * (len(shown) - 1)
            out.append([(("─" if canvas.unicode else "-") * total, "")])
    no_colour = canvas.color_system is None
    right = [columns[i].justify == "right" for i in shown]
    # A quote under its figure is read as prose: no wider than the table, or 80 columns.
    detail_width = min(canvas.width, max(sum(widths.values()) + gap * (len(shown) - 1), 80))
    for row in grid:
        if isinstance(row, Span):
            out += text_lines(
                canvas, " " * row.indent + row.text, detail_width if row.detail else canvas.width
            )
            continue
        if no_colour:  # the common row: one line a cell, each fitting its column, no colour
            line = _plain_row(row, shown, widths, right, separator[0])
            if line is not None:
                out.append(line)
                continue
        cells: list[list[Wrapped]] = [
            [piece for line in row[i] for piece in wrap_measured(line, widths[i], columns[i].style)]
            if i < len(row)
            else []
            for i in shown
        ]
        tallest = max((len(c) for c in cells), default=1)
        for number in range(tallest):
            out.append(
                _join(
                    [c[number] if number < len(c) else _EMPTY for c in cells],
                    [widths[i] for i in shown],
                    [columns[i].justify for i in shown],
                    separator,
                )
            )
    dropped = [columns[i].header for i in range(count) if i not in widths]
    if dropped:
        out += text_lines(
            canvas, Styled(f"Left out to fit {canvas.width} columns: {', '.join(dropped)}.", "dim")
        )
    return out


def _plain_row(
    row: list[list[Measured]],
    shown: list[int],
    widths: dict[int, int],
    right: list[bool],
    separator: str,
) -> str | None:
    parts = []
    for k, i in enumerate(shown):
        cell = row[i] if i < len(row) else []
        if not cell:
            parts.append(" " * widths[i])
            continue
        if len(cell) > 1 or cell[0].width > widths[i]:
            return None
        _, text, w = cell[0]
        padding = " " * (widths[i] - w)
        parts.append(padding + text if right[k] else text + padding)
    return separator.join(parts).rstrip()


def _join(cells: list[Wrapped], widths: list[int], justify: list[str], separator: Run) -> list[Run]:
    line: list[Run] = []
    last = len(cells) - 1
    while last > 0 and not cells[last].runs:
        last -= 1
    for index in range(last + 1):
        runs, w = cells[index]
        padding = widths[index] - w
        if index:
            line.append(separator)
        if justify[index] == "right" and padding > 0:
            line.append((" " * padding, ""))
            line += runs
        else:
            line += runs
            if padding > 0 and index < last:
                line.append((" " * padding, ""))
    return line


def text_lines(canvas: Canvas, block: Cell, width: int = 0) -> list[Line]:
    """A line (or lines) of free text, wrapped with its indentation kept."""
    out: list[Line] = []
    for line in lines(block):
        out += [runs for runs, _ in wrap(line, width or canvas.width)]
    return out


def terminal_text(canvas: Canvas, lines_: list[Line]) -> str:
    """The lines as the terminal shows them: plain, or coloured for its colour system."""
    if canvas.color_system is None:
        return (
            "\n".join(
                line if isinstance(line, str) else "".join(text for text, _ in line).rstrip()
                for line in lines_
            )
            + "\n"
        )
    codes: dict[str, tuple[str, str]] = {}
    return (
        "\n".join(
            line if isinstance(line, str) else _coloured(line, canvas.color_system, codes)
            for line in lines_
        )
        + "\n"
    )


def _coloured(line: list[Run], color_system: ColorSystem, codes: dict[str, tuple[str, str]]) -> str:
    from rich.style import Style

    parts = []
    while line:
        text, _ = line[-1]
        if text.strip():
            break
        line = line[:-1]
    for text, style in line:
        if not style or not text:
            parts.append(text)
            continue
        if style not in codes:
            before, _, after = (
                Style.parse(style).render("\0", color_system=color_system).partition("\0")
            )
            codes[style] = before, after
        before, after = codes[style]
        parts.append(before + text + after)
    return "".join(parts).rstrip(" ")
