"""Text laid out for a terminal, or as Markdown: columns that fit the width, wrapped at
word boundaries, computed directly on strings.

Small pure modules, each with its own tests and properties (the shape of rich's own
``_wrap``, ``_ratio`` and ``cells``):

- ``cells``: what a layout is made of (``Styled`` text, ``Column``, ``Span``, ``Table``,
  ``Canvas``) and the display width of text (CJK characters count 2);
- ``wrap``: a line wrapped at its words, marks kept with their word;
- ``widths``: the width of each column, so that the table fits and no cell wraps while
  the table is narrower than the width;
- ``terminal``: the lines that draw a table or text, coloured or plain;
- ``markdown``: the same blocks as Markdown.
"""

from __future__ import annotations

from collections.abc import Iterable

from hubquery.render.layout.cells import (
    Block,
    Canvas,
    Cell,
    Column,
    Row,
    Span,
    Styled,
    Table,
    cell_len,
    layout,
)
from hubquery.render.layout.markdown import markdown
from hubquery.render.layout.terminal import Line, table_lines, terminal_text, text_lines
from hubquery.render.layout.wrap import longest_word

__all__ = [
    "Block",
    "Canvas",
    "Cell",
    "Column",
    "Row",
    "Span",
    "Styled",
    "Table",
    "cell_len",
    "layout",
    "longest_word",
    "render",
]


def render(canvas: Canvas, blocks: Iterable[Block]) -> str:
    """The blocks, one after another, as the terminal (or a Markdown document) shows them."""
    if canvas.markdown:
        return markdown(blocks)
    lines: list[Line] = []
    for block in blocks:
        lines += (
            table_lines(canvas, block) if isinstance(block, Table) else text_lines(canvas, block)
        )
    return terminal_text(canvas, lines)
