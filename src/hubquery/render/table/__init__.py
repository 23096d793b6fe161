"""Results as tables for a person at a terminal, or as Markdown for a writer: one module
per view (``profile``, ``hubs`` for list and rank, ``catalog`` for metrics,
sources, source and search, ``history``, ``check``), each drawn from the
pieces every view shares (``parts``: the canvas, numbered citations, lettered
footnotes, caveats, how a figure's label, value and period read). With ``layout``, the
only modules that import rich.

Every string from the dataset is passed through ``safe`` (control characters shown,
not executed) and is only ever text, never markup. The canvas is made per run from
rich's detection of the terminal, which honours NO_COLOR, FORCE_COLOR, TERM=dumb and
COLUMNS. Each view is rendered completely before anything is written.
"""

from __future__ import annotations

from hubquery.render.table.parts import (
    DERIVED_MARK,
    Citations,
    Footnotes,
    bar,
    derived_line,
    fact_label,
    fact_value,
    grid,
    make_canvas,
    notes,
    paragraph,
    period,
    projected,
    quote,
    render,
    text,
)

__all__ = [
    "DERIVED_MARK",
    "Citations",
    "Footnotes",
    "bar",
    "derived_line",
    "fact_label",
    "fact_value",
    "grid",
    "make_canvas",
    "notes",
    "paragraph",
    "period",
    "projected",
    "quote",
    "render",
    "text",
]
