"""Lines wrapped at word boundaries, computed directly on strings.

Words are what lies between spaces, except that a unit or a note mark stays with the
number or word before it (``20 %``, ``6 million``, ``land (a)``, ``Baidu [1]``), so a
mark never wraps alone; "c. 2014" and an opening quote mark stay with the word after
them; the marks of one list of notes ("(b, c)") are one word; a period may break after
its slash (``2012-01/`` / ``2012-10``), a compound (``outsourcing-enterprises``) never
at its hyphen unless the word is longer than the line. A line that wraps keeps its
indentation on every continuation line. A word longer than the line breaks after its
last hyphen, slash or space that fits, else after the last character that fits.
"""

from __future__ import annotations

import re
from functools import partial
from typing import NamedTuple

from hubquery.render.layout.cells import Cell, Measured, Run, cell_len, plain, slice_runs

# A unit, scale word or note mark stays with the word before it.
_GLUED = (
    r"(?:%|m|bn|tn|km²|×|million|billion|trillion|\[[\d?]+(?:, [\d?]+)*\]"
    r"|\([a-z]\d*\)|[”’\"]|…[”’\"]?)"
)
# "c. 2014" (circa) and an opening quote mark alone stay with the word after them.
_LEADING = r"(?:(?:c\.|[“‘]) )?"
_GLUE_HINT = re.compile(rf" {_GLUED}|(?:^|\s)(?:c\.|[“‘]) |\([a-z]\d*, ")
# The marks of one list of notes ("(b, c)") are one word.
_NOTES = r"\([a-z]\d*(?:, [a-z]\d*)+\)"
_WORD = re.compile(rf"(?:{_NOTES}|{_LEADING}\S+)(?: {_GLUED}(?=[\s,.;:)]|$)[,.;:)]*)*")


# Spaces that stay even where marks may wrap alone (the table's step 5): an amount and
# its scale word or percent sign, "c." and its year, a closing ellipsis and quote mark,
# the marks of one list of notes ("(b, c)", "[1, 2]").
_KEPT_SPACE = re.compile(
    r"(?<=\d) (?=(?:%|million|billion|trillion|bn|tn)(?:[\s,.;:)]|$))"
    r"|(?<=\bc\.) (?=\d)|(?<=\S) (?=…[”’\"]?(?:\s|$))"
    r"|(?<=[a-z\d],) (?=(?:[a-z]\d*, )*[a-z]\d*\))|(?<=[\d?],) (?=(?:[\d?]+, )*[\d?]+\])"
)

# A unit or note mark that would begin a line alone if a long word broke before it.
_MARK_AFTER = re.compile(rf"{_GLUED}(?=[\s,.;:)]|$)")

_KEPT_HINT = re.compile(
    r"[%…]|illion|bn|tn|c\. |, \S+[)\]]"
)  # a cheap test before the substitution


class Wrapped(NamedTuple):
    """One line of a wrapped line: its styled runs and its display width."""

    runs: list[Run]
    width: int


# Wrapped's own constructor, without the Python frame a NamedTuple's __new__ adds.
_wrapped = partial(tuple.__new__, Wrapped)


def longest_word(text: str, glued: bool = True) -> int:
    """The width of the longest word, with the marks glued to it or (not ``glued``) alone."""
    if "/" in text.rstrip("/"):  # a period 2012-01/2012-10 may break after its slash
        *heads, tail = text.split("/")
        return max(longest_word(tail, glued), *(longest_word(part + "/", glued) for part in heads))
    if not glued and " " in text and _KEPT_HINT.search(text):  # "US$4.5 billion" stays whole
        text = _KEPT_SPACE.sub("_", text)
    if " " not in text:
        return cell_len(text)
    if not glued:  # a compound is one word: it breaks at its hyphen only as a last resort
        return max(map(len if text.isascii() else cell_len, text.split()), default=0)
    if not _GLUE_HINT.search(text):  # nothing to glue: the words between spaces
        return max(map(len if text.isascii() else cell_len, text.split()), default=0)
    return max((cell_len(m.group()) for m in _WORD.finditer(text)), default=0)


def words(text: str) -> list[str]:
    """The words a line wraps between, each with the marks that stay with it."""
    return [m.group() for m in _WORD.finditer(text)]


def breaks(text: str, width: int) -> tuple[list[tuple[int, int]], int]:
    """Where a line wraps at ``width``: its pieces as (start, end) and the indentation
    of the continuation lines (that of the line itself)."""
    lead = len(text) - len(text.lstrip(" "))
    indent = lead if lead * 2 < width else 0
    pieces: list[tuple[int, int]] = []
    start, end, used = 0, -1, lead  # end < 0: nothing on the current line yet
    for match in _WORD.finditer(text):
        s, e = match.span()
        w = cell_len(match.group())
        if end >= 0:
            space = cell_len(text[end:s])
            if used + space + w <= width:
                end, used = e, used + space + w
                continue
            # A word no line holds is broken where it stands, if a break of its own (a
            # slash, a hyphen, a space) fits what is left of this line.
            cut = _cut(text, s, e, width - used - space, good=True) if indent + w > width else s
            if cut > s:
                pieces.append((start, cut))
                start = s = cut
                w = cell_len(text[s:e])
                end, used = -1, indent
                if used + w <= width:
                    end, used = e, used + w
                    continue
            else:
                pieces.append((start, end))
                start, end, used = s, -1, indent
        if end < 0 and pieces:
            start = s
        while used + w > width:  # a word longer than the line: break it, at a hyphen if one fits
            cut = _cut(text, s, e, width - used)
            pieces.append((start, cut))
            s = start = cut
            w = cell_len(text[s:e])
            used = indent
        end, used = e, used + w
    if end >= 0:
        pieces.append((start, end))
    return pieces or [(0, 0)], indent


def _cut(text: str, s: int, e: int, room: int, good: bool = False) -> int:
    """Where to break text[s:e] to fit ``room`` cells: after the last slash or space that
    fits and leaves no mark alone, else the last hyphen, else after the last character
    that fits (at least one). With ``good``, only a break of the first kind, else ``s``
    (no break)."""
    fits, used = s, 0
    while fits < e and used + cell_len(text[fits]) <= room:
        used += cell_len(text[fits])
        fits += 1
    if good and fits == s:
        return s
    fits = max(fits, s + 1)
    last = fits + 1 if fits < e and text[fits] == " " else fits  # a space needs no room
    # A compound is one word: its hyphen is a break only for a word longer than the line.
    for marks in ("/ ",) if good else ("/ ", "-"):
        for i in range(last, s + 1, -1):
            if (
                text[i - 1] in marks
                and i < e
                and not _KEPT_SPACE.match(text, i - 1)
                and not (good and _MARK_AFTER.match(text, i))
            ):
                return i
    if good:
        return s
    for i in range(fits, s + 1, -1):  # none but the spaces an amount keeps
        if text[i - 1] in "-/ " and i < e:
            return i
    return fits


def styled_runs(line: Cell, style: str) -> list[Run]:
    """A line's runs with ``style`` laid under each run's own."""
    if isinstance(line, str):
        return [(line, style)]
    if not style:
        return line.runs
    return [(text, f"{style} {own}" if own else style) for text, own in line.runs]


def wrap(line: Cell, width: int, style: str = "") -> list[Wrapped]:
    """A line as lines of at most ``width`` cells (as long as no word is longer)."""
    text = plain(line)
    return wrap_measured(Measured(line, text, cell_len(text)), width, style)


def wrap_measured(measured: Measured, width: int, style: str = "") -> list[Wrapped]:
    line, text, w = measured
    if w <= width:
        return [_wrapped((styled_runs(line, style), w))]
    runs = styled_runs(line, style)
    pieces, indent = breaks(text, width)
    out = []
    for number, (start, end) in enumerate(pieces):
        part = text[start:end].rstrip(" ")
        piece = slice_runs(runs, start, start + len(part))
        if number and indent:
            piece.insert(0, (" " * indent, ""))
        out.append(_wrapped((piece, cell_len(part) + (indent if number else 0))))
    return out


def used_width(measured: Measured, width: int) -> int:
    """The width a line takes when wrapped at ``width``: its widest line."""
    if measured.width <= width:
        return measured.width
    return max(w for _, w in wrap_measured(measured, width))


def height(measured: Measured, width: int) -> int:
    """How many lines a line takes when wrapped at ``width``."""
    if measured.width <= width:
        return 1
    pieces, _ = breaks(measured.plain, width)
    return len(pieces)
