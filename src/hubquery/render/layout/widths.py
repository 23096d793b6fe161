"""Column widths: how a table fits the width (``fit``), in order, stopping as soon as it
fits:

1. every column at its natural width (its widest line, or its header);
2. the wrapping columns (``Column.wrap``) narrowed, widest first, never below their
   longest word;
3. the gap between columns narrowed from three spaces to two, then one;
4. the other columns narrowed the same way (a value wraps between its words);
5. marks allowed to wrap alone (``2022-05`` / ``[4]``); a compound stays one word
   (``outsourcing-enterprises``, ``science-park``: an alias, a tag or a kind is typed as
   it is shown), and an id column (``Column.whole``) is never wrapped;
6. columns dropped in the order of their ``drop`` rank (1 first), and steps 2 to 5
   tried again; tables say which columns may go. A figure column (``Column.lines``,
   list's values) is not narrowed below the width that holds each of its cells in that
   many lines while a column may still go (where the columns that stay can hold it);
7. words broken, as a last resort (after a hyphen where one fits).

Then width a wrapped column does not use goes to the others, width the table does not
use goes to the columns that still wrap (no cell wraps while the table is narrower than
the width), and (tables of up to ``BALANCED_ROWS`` rows) width moves between columns
while that makes the table shorter (``balance``, a local search with a bounded number
of trials); a table that still wraps is laid out again with gaps of two spaces, kept
where it is shorter (a value of three lines in two).

From 80 columns up every hubquery table fits by step 5 with every column, but those a
``list`` drops to hold its figures in two lines; at 60 a ``list`` drops its tags (with
a metric column, its region and what it is part of too), search its match and source,
and a ``compare`` of five hubs breaks the longest hub name, as do --fields headers
whose paths need more than the width (tests/unit/test_fit.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from hubquery.render.layout.cells import Column, Measured, cell_len, measure
from hubquery.render.layout.wrap import height, longest_word, used_width

# A row as the layout sees it: each cell's lines, measured.
Grid = Sequence[Sequence[Sequence[Measured]]]

BALANCED_ROWS = 300


class Fit(NamedTuple):
    """The widths of the columns shown (by column index) and the gap between them."""

    widths: dict[int, int]
    gap: int


def fit(
    width: int,
    columns: Sequence[Column],
    rows: Grid,
    *,
    header: bool = True,
    gap: int = 3,
    balanced: bool = True,
) -> Fit:
    """Widths for ``columns`` holding ``rows`` in ``width`` cells (see the module's steps);
    ``balanced``: also move width where it makes the table shorter."""
    count = len(columns)
    natural = [cell_len(c.header) if header else 0 for c in columns]
    placed = [(i, line) for row in rows for i, lines in enumerate(row) for line in lines]
    for i, line in placed:
        if line.width > natural[i]:
            natural[i] = line.width
    words = [longest_word(c.header) if header else 0 for c in columns]
    bare = list(words)
    if sum(natural) + gap * (count - 1) > width:  # only then are words needed
        for i, line in placed:
            if line.width > bare[i]:
                glued = longest_word(line.plain)
                if glued > words[i]:
                    words[i] = glued
                if glued > bare[i]:  # a bare word is never longer than the glued one
                    bare[i] = max(bare[i], longest_word(line.plain, glued=False))
        for i, column in enumerate(columns):
            if column.whole:  # an id is one word, not a compound to break at its hyphens
                words[i] = bare[i] = natural[i]
    # Each column's lines at a width, counted once for the balancing and both tries.
    heights = Heights(columns, rows, header)
    if sum(natural) + gap * (count - 1) > width and any(c.lines for c in columns):
        _keep_figures(width, columns, natural, words, bare, heights)
    widths, gap = _settle(
        width, columns, rows, natural, words, bare, gap, header, balanced, heights
    )
    if balanced and gap > 2 and any(widths[i] < natural[i] for i in widths):
        # The gaps are width too: narrower ones where that makes the table shorter (a
        # value of three lines in two), as the terminal's width is used before a wrap.
        tight, narrow = _settle(
            width, columns, rows, natural, words, bare, 2, header, True, heights
        )
        if tight.keys() == widths.keys() and heights.total(tight) < heights.total(widths):
            widths, gap = tight, narrow
    return Fit(widths, gap)


def _keep_figures(
    width: int,
    columns: Sequence[Column],
    natural: list[int],
    words: list[int],
    bare: list[int],
    heights: Heights,
) -> None:
    """A figure's cells take at most ``Column.lines`` lines: its column's floor is raised
    to the width that holds them, so the columns that may go are dropped before a
    figure wraps further (list's Tags, Region, Part of, Kind before a value takes a
    third line). Where even the columns that stay cannot hold them, nothing is raised."""
    raised = {
        i: _least(heights, i, words[i], natural[i], c.lines)
        for i, c in enumerate(columns)
        if c.lines
    }
    staying = [i for i, c in enumerate(columns) if not c.drop]
    need = sum(raised.get(i, bare[i]) for i in staying) + len(staying) - 1
    if need > width:
        return
    for i, least in raised.items():
        words[i] = max(words[i], least)
        bare[i] = max(bare[i], least)


def _least(heights: Heights, i: int, low: int, high: int, lines: int) -> int:
    """The narrowest width from ``low`` to ``high`` at which no cell of column ``i`` takes
    more than ``lines`` lines (its header may take more)."""
    skip = 1 if heights.header else 0
    while low < high:
        middle = (low + high) // 2
        if max(heights.lines(i, middle)[skip:], default=0) <= lines:
            high = middle
        else:
            low = middle + 1
    return low


class Heights:
    """The lines each row of a column takes at a width (its header's first), counted
    once per (column, width); and the lines a table of given widths takes."""

    def __init__(self, columns: Sequence[Column], rows: Grid, header: bool) -> None:
        self.columns, self.rows, self.header = columns, rows, header
        self.counts: dict[tuple[int, int], list[int]] = {}

    def lines(self, i: int, width: int) -> list[int]:
        if (i, width) not in self.counts:
            head = [height(measure(self.columns[i].header)[0], width)] if self.header else []
            self.counts[i, width] = head + [
                sum(height(line, width) for line in row[i]) if i < len(row) else 0
                for row in self.rows
            ]
        return self.counts[i, width]

    def total(self, widths: dict[int, int]) -> int:
        """The lines a table of these widths takes, its header's included."""
        lines = self.lines
        return sum(map(max, zip(*(lines(i, w) for i, w in widths.items()), strict=True)))


def _settle(
    width: int,
    columns: Sequence[Column],
    rows: Grid,
    natural: list[int],
    words: list[int],
    bare: list[int],
    gap: int,
    header: bool,
    balanced: bool,
    heights: Heights,
) -> tuple[dict[int, int], int]:
    """The widths of the planned columns, the width they leave handed on and balanced."""
    widths, gap = plan(width, columns, natural, words, bare, gap)
    # A wrapped column may not use all of its width; hand what it leaves to the others.
    for _ in range(2):
        narrowed = [i for i in widths if widths[i] < natural[i]]
        if not narrowed:
            break
        used = {
            i: max(
                used_width(measure(columns[i].header if header else "")[0], widths[i]),
                *(used_width(line, widths[i]) for row in rows if i < len(row) for line in row[i]),
            )
            for i in narrowed
        }
        spare = sum(widths[i] - used[i] for i in narrowed)
        wanting = [i for i in narrowed if used[i] == widths[i]]
        widths.update(used)
        if not spare or not wanting:
            break
        floor = [widths.get(i, 0) for i in range(len(columns))]
        widths.update(water(sum(widths[i] for i in wanting) + spare, wanting, natural, floor))
    fill(widths, natural, width - gap * (len(widths) - 1))
    if balanced and any(widths[i] < natural[i] for i in widths):
        balance(columns, rows, widths, natural, words, header=header, heights=heights)
    return widths, gap


def water(
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
        return {**{i: natural[i] for i in fixed}, **water(room, flexible, natural, words)}
    if not narrow_all:
        return None
    room = budget - sum(words[i] for i in flexible)
    if sum(words[i] for i in fixed) <= room:
        return {**{i: words[i] for i in flexible}, **water(room, fixed, natural, words)}
    return None


def plan(
    width: int,
    columns: Sequence[Column],
    natural: list[int],
    words: list[int],
    bare: list[int],
    gap: int,
) -> tuple[dict[int, int], int]:
    """Column widths (of the columns shown) and the gap between them: steps 1 to 7."""
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
        if not droppable or len(shown) == 1:  # a table keeps at least one column
            break
        shown.remove(droppable.pop(0))
    # The fewest words broken: the longest ones, by as little as needed.
    budget = max(width - (len(shown) - 1), len(shown))
    return water(
        budget, shown, [min(n, b) for n, b in zip(natural, bare, strict=True)], [1] * len(columns)
    ), 1


def fill(widths: dict[int, int], natural: Sequence[int], budget: int) -> None:
    """No cell wraps while the table is narrower than the width: width the table does
    not use goes to the columns that still wrap, the narrowest first."""
    wanting = [i for i in widths if widths[i] < natural[i]]
    spare = budget - sum(widths.values())
    if spare <= 0 or not wanting:
        return
    floor = [widths.get(i, 0) for i in range(len(natural))]
    widths.update(water(sum(widths[i] for i in wanting) + spare, wanting, natural, floor))


# The local search's bounds. Each round that it keeps makes the table at least one line
# shorter, so it ends by itself; the bounds only stop a pathological table (many wide
# columns, each step shortening it by one line) from costing more than the rest of the
# layout. TRIALS is the number of trial layouts it may measure in all; STEP the most
# width it moves in one trial. Every table hubquery prints (the README's examples and
# test_fit's views at 60, 80 and 120 columns) settles well within both
# (tests/unit/test_layout_widths.py holds the count).
ROUNDS = 40
TRIALS = 4000
STEP = 16


def balance(
    columns: Sequence[Column],
    rows: Grid,
    widths: dict[int, int],
    natural: list[int],
    words: list[int],
    *,
    header: bool = True,
    trials: int = TRIALS,
    heights: Heights | None = None,
) -> int:
    """Move width between columns while that makes the table shorter: the fewest lines,
    so space goes where the text is (a value column of four lines a row gets cells from
    a column of tags that then wraps once). Returns the number of trials it measured."""
    counted = heights or Heights(columns, rows, header)
    tried = 0

    def total(trial: dict[int, int]) -> int:
        nonlocal tried
        tried += 1
        return counted.total(trial)

    best = total(widths)
    donors = [i for i in widths if columns[i].wrap or widths[i] < natural[i]]
    for _ in range(ROUNDS):
        chosen = None
        for donor in donors:
            room = widths[donor] - min(widths[donor], words[donor])
            for taker in widths:
                if taker == donor or widths[taker] >= natural[taker]:
                    continue
                for step in range(1, min(room, natural[taker] - widths[taker], STEP) + 1):
                    if tried >= trials:
                        break
                    trial = {**widths, donor: widths[donor] - step, taker: widths[taker] + step}
                    lines_now = total(trial)
                    if lines_now < best:
                        best, chosen = lines_now, trial
        for taker in widths:  # or from several columns at once, each giving a little
            trial = dict(widths)
            for _ in range(min(natural[taker] - widths[taker], STEP)):
                rooms = {d: trial[d] - min(widths[d], words[d]) for d in donors if d != taker}
                giver = max(rooms, key=lambda d: rooms[d], default=None)
                if giver is None or rooms[giver] <= 0 or tried >= trials:
                    break
                trial[giver] -= 1
                trial[taker] += 1
                lines_now = total(trial)
                if lines_now < best:
                    best, chosen = lines_now, dict(trial)
        if chosen is None:
            break
        widths.update(chosen)
    return tried
