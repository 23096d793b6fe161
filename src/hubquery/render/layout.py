"""Text laid out for a terminal, or as Markdown: columns that fit the width, wrapped at
word boundaries, computed directly on strings.

rich's Table (and even one rich ``Text`` per cell) measures and renders every cell
through several layers of objects: fifty thousand rows took many seconds. The tables
here are plain columns of text, so this module works on strings and styled runs
(``Styled``) and asks rich only for what it knows best: the display width of wide
characters (``rich.cells``) and the escape codes of a style for the terminal's colour
system.

How a table fits the width (``_plan``), in order, stopping as soon as it fits:

1. every column at its natural width (its widest line, or its header);
2. the wrapping columns (``Column.wrap``) narrowed, widest first, never below their
   longest word;
3. the gap between columns narrowed from three spaces to two, then one;
4. the other columns narrowed the same way (a value wraps between its words);
5. marks allowed to wrap alone (``2022-05`` / ``[4]``) and compounds to break after a
   hyphen (``outsourcing-`` / ``enterprises``);
6. columns dropped in the order of their ``drop`` rank (1 first), with a line under the
   table naming them, and steps 2 to 5 tried again; tables say which columns may go;
7. words broken, as a last resort.

Then width a wrapped column does not use goes to the others, and (tables of up to 300
rows) width moves between columns while that makes the table shorter (``_balance``).

From 80 columns up every hubquery table fits by step 5 with every column; at 60 a
``list`` with a metric column drops its tags, and a ``compare`` of five hubs breaks the
longest hub name, as do --fields headers whose paths need more than the width
(tests/unit/test_fit.py).

Words are what lies between spaces, except that a unit or a note mark stays with the
number or word before it (``20 %``, ``6 million``, ``land (a)``, ``Baidu [1]``), so a
mark never wraps alone, and a period may break after its slash (``2012-01/`` /
``2012-10``). A line that wraps keeps its indentation on every continuation line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len as _rich_cell_len

from hubquery.render.values import markdown_escape

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


# Wrapping

# A unit, scale word or note mark stays with the word before it.
_GLUED = (
    r"(?:%|m|bn|tn|km²|×|million|billion|trillion|\[[\d?]+(?:, [\d?]+)*\]"
    r"|\([a-z]\d*\)|[”’\"]|…[”’\"]?)"
)
# "c. 2014" (circa) and an opening quote mark alone stay with the word after them.
_LEADING = r"(?:(?:c\.|[“‘]) )?"
_GLUE_HINT = re.compile(rf" {_GLUED}|(?:^|\s)(?:c\.|[“‘]) ")
_PIECE = re.compile(r"\s+|(?<=[^\s-]-)(?=[^\s-])")
_WORD = re.compile(rf"{_LEADING}\S+(?: {_GLUED}(?=[\s,.;:)]|$)[,.;:)]*)*")


def _plain(line: Cell) -> str:
    return line if isinstance(line, str) else line.plain


def longest_word(text: str, glued: bool = True) -> int:
    """The width of the longest word, with the marks glued to it or (not ``glued``) alone."""
    if "/" in text.rstrip("/"):  # a period 2012-01/2012-10 may break after its slash
        return max(longest_word(part + "/", glued) for part in text.split("/"))
    if " " not in text and (glued or "-" not in text):
        return cell_len(text)
    if not glued and text.isascii() and "-" not in text:
        return max(map(len, text.split()), default=0)
    if not glued:  # a compound may also break after its hyphens
        return max(map(cell_len, _PIECE.split(text)), default=0)
    if not _GLUE_HINT.search(text):  # nothing to glue: the words between spaces
        return max(map(len if text.isascii() else cell_len, text.split()), default=0)
    return max((cell_len(m.group()) for m in _WORD.finditer(text)), default=0)


def _breaks(plain: str, width: int) -> tuple[list[tuple[int, int]], int]:
    """Where a line wraps at ``width``: its pieces as (start, end) and the indentation
    of the continuation lines (that of the line itself)."""
    lead = len(plain) - len(plain.lstrip(" "))
    indent = lead if lead * 2 < width else 0
    pieces: list[tuple[int, int]] = []
    start, end, used = 0, -1, lead  # end < 0: nothing on the current line yet
    for match in _WORD.finditer(plain):
        s, e = match.span()
        w = cell_len(match.group())
        if end >= 0:
            space = cell_len(plain[end:s])
            if used + space + w <= width:
                end, used = e, used + space + w
                continue
            pieces.append((start, end))
            start, end, used = s, -1, indent
        if end < 0 and pieces:
            start = s
        while used + w > width:  # a word longer than the line: break it, at a hyphen if one fits
            cut = _cut(plain, s, e, width - used)
            pieces.append((start, cut))
            s = start = cut
            w = cell_len(plain[s:e])
            used = indent
        end, used = e, used + w
    if end >= 0:
        pieces.append((start, end))
    return pieces or [(0, 0)], indent


def _cut(plain: str, s: int, e: int, room: int) -> int:
    """Where to break plain[s:e] to fit ``room`` cells: after the last hyphen, slash or space
    that fits, else after the last character that fits (at least one)."""
    fits, used = s, 0
    while fits < e and used + cell_len(plain[fits]) <= room:
        used += cell_len(plain[fits])
        fits += 1
    fits = max(fits, s + 1)
    for i in range(fits, s + 1, -1):
        if plain[i - 1] in "-/ " and i < e:
            return i
    return fits


def _slice(runs: list[Run], start: int, end: int) -> list[Run]:
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


def _runs(line: Cell, style: str) -> list[Run]:
    if isinstance(line, str):
        return [(line, style)]
    if not style:
        return line.runs
    return [(text, f"{style} {own}" if own else style) for text, own in line.runs]


def _wrap(line: Cell, width: int, style: str) -> list[tuple[list[Run], int]]:
    """A line as lines of at most ``width`` cells: (runs, display width) each."""
    plain = _plain(line)
    return _wrap_measured((line, plain, cell_len(plain)), width, style)


# A line of a cell with its plain text and display width, measured once.
Measured = tuple[Cell, str, int]


def _wrap_measured(measured: Measured, width: int, style: str) -> list[tuple[list[Run], int]]:
    line, plain, w = measured
    if w <= width:
        return [(_runs(line, style), w)]
    runs = _runs(line, style)
    pieces, indent = _breaks(plain, width)
    out = []
    for number, (start, end) in enumerate(pieces):
        text = plain[start:end].rstrip(" ")
        piece = _slice(runs, start, start + len(text))
        if number and indent:
            piece.insert(0, (" " * indent, ""))
        out.append((piece, cell_len(text) + (indent if number else 0)))
    return out


def _lines(cell: Cell) -> list[Cell]:
    plain = _plain(cell)
    if "\n" not in plain:
        return [cell]
    if isinstance(cell, str):
        return list(cell.split("\n"))
    lines: list[Cell] = []
    position = 0
    for part in plain.split("\n"):
        piece = Styled()
        piece.runs = _slice(cell.runs, position, position + len(part))
        lines.append(piece)
        position += len(part) + 1
    return lines


# Widths


def _water(
    budget: int, indices: Sequence[int], natural: Sequence[int], floor: Sequence[int]
) -> dict[int, int]:
    """Widths for ``indices`` summing to at most ``budget``: the widest narrowed first, to a
    common cap, none below its floor nor above its natural width."""

    def total(cap: int) -> int:
        return sum(min(natural[i], max(floor[i], cap)) for i in indices)

    low, high = 0, max((natural[i] for i in indices), default=0)
    while low < high:
        middle = (low + high + 1) // 2
        if total(middle) <= budget:
            low = middle
        else:
            high = middle - 1
    widths = {i: min(natural[i], max(floor[i], low)) for i in indices}
    spare = budget - sum(widths.values())
    for i in indices:
        if spare <= 0:
            break
        if widths[i] < natural[i] and widths[i] >= low:
            widths[i] += 1
            spare -= 1
    return widths


def _share(
    budget: int,
    shown: Sequence[int],
    columns: Sequence[Column],
    natural: Sequence[int],
    words: Sequence[int],
    narrow_all: bool,
) -> dict[int, int] | None:
    if sum(natural[i] for i in shown) <= budget:
        return {i: natural[i] for i in shown}
    flexible = [i for i in shown if columns[i].wrap]
    fixed = [i for i in shown if not columns[i].wrap]
    room = budget - sum(natural[i] for i in fixed)
    if sum(words[i] for i in flexible) <= room:
        return {**{i: natural[i] for i in fixed}, **_water(room, flexible, natural, words)}
    if not narrow_all:
        return None
    room = budget - sum(words[i] for i in flexible)
    if sum(words[i] for i in fixed) <= room:
        return {**{i: words[i] for i in flexible}, **_water(room, fixed, natural, words)}
    return None


def _plan(
    width: int,
    columns: Sequence[Column],
    natural: list[int],
    words: list[int],
    bare: list[int],
    gap: int,
) -> tuple[dict[int, int], int]:
    """Column widths (of the columns shown) and the gap between them."""
    shown = list(range(len(columns)))
    droppable = sorted((i for i, c in enumerate(columns) if c.drop), key=lambda i: columns[i].drop)
    gaps = sorted({gap, min(gap, 2), 1}, reverse=True)
    while True:
        for floor, narrow_all in ((words, False), (words, True), (bare, True)):
            for g in gaps:
                widths = _share(
                    width - g * (len(shown) - 1), shown, columns, natural, floor, narrow_all
                )
                if widths is not None:
                    return widths, g
        if not droppable:
            break
        shown.remove(droppable.pop(0))
    # The fewest words broken: the longest ones, by as little as needed.
    budget = max(width - (len(shown) - 1), len(shown))
    return _water(
        budget, shown, [min(n, b) for n, b in zip(natural, bare, strict=True)], [1] * len(columns)
    ), 1


# Terminal text


Line = list[Run] | str  # a str when there is no colour to add


def _table(canvas: Canvas, table: Table) -> list[Line]:
    columns = table.columns
    count = len(columns)
    grid: list[list[list[Measured]] | Span] = [
        row if isinstance(row, Span) else [_measure(cell) for cell in row[:count]]
        for row in table.rows
    ]
    natural = [cell_len(c.header) if table.header else 0 for c in columns]
    placed = [
        (i, line)
        for row in grid
        if not isinstance(row, Span)
        for i, lines in enumerate(row)
        for line in lines
    ]
    for i, (_, _, w) in placed:
        if w > natural[i]:
            natural[i] = w
    words = [longest_word(c.header) if table.header else 0 for c in columns]
    bare = list(words)
    if sum(natural) + table.gap * (count - 1) > canvas.width:  # only then are words needed
        for i, (_, plain, w) in placed:
            if w > bare[i]:
                bare[i] = max(bare[i], longest_word(plain, glued=False))
                words[i] = max(words[i], longest_word(plain))
    widths, gap = _plan(canvas.width, columns, natural, words, bare, table.gap)
    # A wrapped column may not use all of its width; hand what it leaves to the others.
    for _ in range(2):
        narrowed = [i for i in widths if widths[i] < natural[i]]
        if not narrowed:
            break
        used = {
            i: max(
                _used(_measure(columns[i].header if table.header else "")[0], widths[i]),
                *(
                    _used(line, widths[i])
                    for row in grid
                    if not isinstance(row, Span) and i < len(row)
                    for line in row[i]
                ),
            )
            for i in narrowed
        }
        spare = sum(widths[i] - used[i] for i in narrowed)
        wanting = [i for i in narrowed if used[i] == widths[i]]
        widths.update(used)
        if not spare or not wanting:
            break
        floor = [widths.get(i, 0) for i in range(count)]
        extra = _water(sum(widths[i] for i in wanting) + spare, wanting, natural, floor)
        widths.update(extra)
    _fill(widths, natural, canvas.width - gap * (len(widths) - 1))
    if any(widths[i] < natural[i] for i in widths) and len(grid) <= _BALANCED_ROWS:
        _balance(table, grid, widths, natural, words)
    shown = sorted(widths)
    separator = (" " * gap, "")
    out: list[Line] = []
    if table.header:
        titles = [_wrap(columns[i].header, widths[i], "bold") for i in shown]
        height = max(len(t) for t in titles)
        for number in range(height):
            heads = [
                t[number - height + len(t)] if number >= height - len(t) else ([], 0)
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
            out += _text(
                canvas, " " * row.indent + row.text, detail_width if row.detail else canvas.width
            )
            continue
        if no_colour:  # the common row: one line a cell, each fitting its column, no colour
            line = _plain_row(row, shown, widths, right, separator[0])
            if line is not None:
                out.append(line)
                continue
        cells: list[list[tuple[list[Run], int]]] = [
            [
                piece
                for line in row[i]
                for piece in _wrap_measured(line, widths[i], columns[i].style)
            ]
            if i < len(row)
            else []
            for i in shown
        ]
        height = max((len(c) for c in cells), default=1)
        for number in range(height):
            out.append(
                _join(
                    [c[number] if number < len(c) else ([], 0) for c in cells],
                    [widths[i] for i in shown],
                    [columns[i].justify for i in shown],
                    separator,
                )
            )
    dropped = [columns[i].header for i in range(count) if i not in widths]
    if dropped:
        out += _text(
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
        lines = row[i] if i < len(row) else []
        if not lines:
            parts.append(" " * widths[i])
            continue
        if len(lines) > 1 or lines[0][2] > widths[i]:
            return None
        _, text, w = lines[0]
        padding = " " * (widths[i] - w)
        parts.append(padding + text if right[k] else text + padding)
    return separator.join(parts).rstrip()


_BALANCED_ROWS = 300


def _balance(
    table: Table,
    grid: list[list[list[Measured]] | Span],
    widths: dict[int, int],
    natural: list[int],
    words: list[int],
) -> None:
    """Move width between columns while that makes the table shorter: the fewest lines,
    so space goes where the text is (a value column of four lines a row gets cells from
    a column of tags that then wraps once)."""
    columns = table.columns
    rows = [row for row in grid if not isinstance(row, Span)]
    counts: dict[tuple[int, int], list[int]] = {}

    def lines(i: int, width: int) -> list[int]:
        if (i, width) not in counts:
            head = [len(_wrap(columns[i].header, width, ""))] if table.header else []
            counts[i, width] = head + [
                sum(
                    1 if line[2] <= width else len(_wrap_measured(line, width, ""))
                    for line in row[i]
                )
                if i < len(row)
                else 0
                for row in rows
            ]
        return counts[i, width]

    def height(trial: dict[int, int]) -> int:
        return sum(map(max, zip(*(lines(i, w) for i, w in trial.items()), strict=True)))

    best = height(widths)
    donors = [i for i in widths if columns[i].wrap or widths[i] < natural[i]]
    for _ in range(40):
        chosen = None
        for donor in donors:
            room = widths[donor] - min(widths[donor], words[donor])
            for taker in widths:
                if taker == donor or widths[taker] >= natural[taker]:
                    continue
                for step in range(1, min(room, natural[taker] - widths[taker], 16) + 1):
                    trial = {**widths, donor: widths[donor] - step, taker: widths[taker] + step}
                    total = height(trial)
                    if total < best:
                        best, chosen = total, trial
        for taker in widths:  # or from several columns at once, each giving a little
            trial = dict(widths)
            for _ in range(min(natural[taker] - widths[taker], 16)):
                rooms = {d: trial[d] - min(widths[d], words[d]) for d in donors if d != taker}
                giver = max(rooms, key=lambda d: rooms[d], default=None)
                if giver is None or rooms[giver] <= 0:
                    break
                trial[giver] -= 1
                trial[taker] += 1
                total = height(trial)
                if total < best:
                    best, chosen = total, dict(trial)
        if chosen is None:
            return
        widths.update(chosen)


def _fill(widths: dict[int, int], natural: Sequence[int], budget: int) -> None:
    """No cell wraps while the table is narrower than the width: width the table does
    not use goes to the columns that still wrap, the narrowest first."""
    wanting = [i for i in widths if widths[i] < natural[i]]
    spare = budget - sum(widths.values())
    if spare <= 0 or not wanting:
        return
    floor = [widths.get(i, 0) for i in range(len(natural))]
    widths.update(_water(sum(widths[i] for i in wanting) + spare, wanting, natural, floor))


def _used(line: Measured, width: int) -> int:
    if line[2] <= width:
        return line[2]
    return max(w for _, w in _wrap_measured(line, width, ""))


def _measure(cell: Cell) -> list[Measured]:
    if isinstance(cell, str) and "\n" not in cell:
        return [(cell, cell, len(cell) if cell.isascii() else _rich_cell_len(cell))]
    return [(line, plain, cell_len(plain)) for line in _lines(cell) for plain in (_plain(line),)]


def _join(
    cells: list[tuple[list[Run], int]], widths: list[int], justify: list[str], separator: Run
) -> list[Run]:
    line: list[Run] = []
    last = len(cells) - 1
    while last > 0 and not cells[last][0]:
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


def _text(canvas: Canvas, block: Cell, width: int = 0) -> list[Line]:
    """A line (or lines) of free text, wrapped with its indentation kept."""
    out: list[Line] = []
    for line in _lines(block):
        out += [runs for runs, _ in _wrap(line, width or canvas.width, "")]
    return out


def render(canvas: Canvas, blocks: Iterable[Block]) -> str:
    """The blocks, one after another, as the terminal (or a Markdown document) shows them."""
    if canvas.markdown:
        return _markdown(blocks)
    lines: list[Line] = []
    for block in blocks:
        lines += _table(canvas, block) if isinstance(block, Table) else _text(canvas, block)
    if canvas.color_system is None:
        return (
            "\n".join(
                line if isinstance(line, str) else "".join(text for text, _ in line).rstrip()
                for line in lines
            )
            + "\n"
        )
    codes: dict[str, tuple[str, str]] = {}
    return (
        "\n".join(
            line if isinstance(line, str) else _coloured(line, canvas.color_system, codes)
            for line in lines
        )
        + "\n"
    )


def _coloured(line: list[Run], color_system: ColorSystem, codes: dict[str, tuple[str, str]]) -> str:
    from rich.style import Style

    parts = []
    while line and not line[-1][0].strip():
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


# Markdown


def _md(cell: Cell) -> str:
    return "<br>".join(
        text
        for text in (" ".join(markdown_escape(_plain(line)).split()) for line in _lines(cell))
        if text
    )


def _md_line(line: Cell) -> str:
    """A line of text, its bold runs in bold."""
    if isinstance(line, str):
        return _md(line)
    merged: list[tuple[str, bool]] = []
    for text, style in line.runs:
        bold = "bold" in style.split()
        if merged and merged[-1][1] == bold:
            merged[-1] = (merged[-1][0] + text, bold)
        else:
            merged.append((text, bold))
    parts = []
    for text, bold in merged:
        escaped = " ".join(markdown_escape(text).split())
        if bold and escaped:
            escaped = f"**{escaped}**"
        if escaped:
            parts.append(escaped)
    return " ".join(parts)


def _markdown(blocks: Iterable[Block]) -> str:
    """Each table as a Markdown table, each headerless grid as a list, each line as a
    paragraph with its bold parts in bold."""
    paragraphs = []
    for block in blocks:
        text = _markdown_table(block) if isinstance(block, Table) else _md_line(block)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs) + "\n"


def _markdown_table(table: Table) -> str:
    if not table.header:
        items = []
        for row in table.rows:
            if isinstance(row, Span):
                continue
            cells = [_md(cell) for cell in row]
            if table.fields and len(cells) > 1:
                cells[0] = f"**{cells[0]}:**"
            elif cells and cells[0] == "•":  # the list item is the bullet
                cells = cells[1:]
            items.append("- " + " ".join(cell for cell in cells if cell))
        return "\n".join(items)
    count = len(table.columns)
    lines = [
        "| " + " | ".join(markdown_escape(c.header) for c in table.columns) + " |",
        "|" + "|".join(" ---: " if c.justify == "right" else " --- " for c in table.columns) + "|",
    ]
    rows: list[list[str]] = []
    for row in table.rows:
        if isinstance(row, Span):
            text = _md(row.text)
            if not text:
                continue
            if row.detail and rows:
                rows[-1][0] += "<br>" + text
            else:
                rows.append([f"**{text}**"] + [""] * (count - 1))
            continue
        rows.append([_md(cell) for cell in row] + [""] * (count - len(row)))
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
