"""Blocks as Markdown: each table a Markdown table (a headerless grid a list), each line
a paragraph with its bold runs in bold; text escaped, never markup."""

from __future__ import annotations

from collections.abc import Iterable

from hubquery.render.layout.cells import Block, Cell, Span, Table, lines, plain
from hubquery.render.values import markdown_escape


def _md(cell: Cell) -> str:
    return "<br>".join(
        text
        for text in (" ".join(markdown_escape(plain(line)).split()) for line in lines(cell))
        if text
    )


def _md_line(line: Cell) -> str:
    """A line of text, its bold runs in bold."""
    if isinstance(line, str):
        return _md(line)
    merged: list[tuple[str, bool]] = []
    for text, style in line.runs:
        bold = "bold" in style.split()
        before, bold_before = merged[-1] if merged else ("", None)
        if bold_before == bold:
            merged[-1] = (before + text, bold)
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


def markdown(blocks: Iterable[Block]) -> str:
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
