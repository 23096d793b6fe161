"""A writer's draft as passages to check: sentences of prose, and table cells with their row.

Plain text or Markdown: headings, list items and block quotes lose their markers,
inline markup (emphasis, code, links, footnote marks) its punctuation, fenced code
is left out, and each cell of a table that holds a number becomes a passage of its
own, read with its row's other cells and its column's header ("Dalian Population:
6 million").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple


class Passage(NamedTuple):
    """A sentence (or a table cell in its row) and the line of the draft it starts on."""

    text: str
    line: int


_BLOCK_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)+")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
# Each pattern's repeated part stops at the next character that could start another
# match ("[" in a link's text, "(" in its address, the delimiter inside emphasis), so a
# draft is read in time linear in its length: "[^\]]*" ran on to the end of the text
# from every "[" (100,000 of them took 48 s).
_INLINE = (
    (re.compile(r"!?\[([^\[\]]*)\]\([^()]*\)"), r"\1"),  # links and images: their text
    (re.compile(r"\[\^[^\[\]]*\]"), ""),  # footnote marks
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"\*\*([^*]+?)\*\*"), r"\1"),
    (re.compile(r"__([^_]+?)__"), r"\1"),
    (re.compile(r"(?<!\w)[*_]([^*_]+?)[*_](?!\w)"), r"\1"),
)
# A longer passage, or one with more numbers (a run of them with no full stop: "1,1,1,…"
# ×5,000 took 56 s), is read in pieces of at most this many characters and numbers: the
# reader's work on a passage grows with its length times its numbers.
LONGEST_PASSAGE = 1000
MOST_NUMBERS = 20
_DIGITS = re.compile(r"\d+")
_ABBREVIATIONS = {"no", "nos", "approx", "e.g", "i.e", "u.s", "u.k", "mr", "mrs", "dr", "st",
                  "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun",
                  "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "p", "pp"}
_SENTENCE_END = re.compile(r"([.!?。！？])([\"”’)\]]*)(\s+|$)")


def passages(draft: str) -> list[Passage]:
    """Every sentence and table cell of the draft, in order."""
    found: list[Passage] = []
    paragraph: list[str] = []
    start = 0
    header: list[str] | None = None
    fenced = False

    def flush() -> None:
        if paragraph:
            found.extend(sentences(" ".join(paragraph), start))
            paragraph.clear()

    for number, raw in enumerate(draft.splitlines(), 1):
        if _FENCE.match(raw):
            flush()
            fenced = not fenced
            continue
        if fenced:
            continue
        line = raw.strip()
        if line.startswith("|") or (header is not None and "|" in line):
            flush()
            if _TABLE_RULE.match(line):
                continue
            cells = [_inline(cell.strip()) for cell in line.strip("|").split("|")]
            if header is None:
                header = cells
            else:
                found.extend(_cells(header, cells, number))
            continue
        header = None
        if not line:
            flush()
            continue
        stripped = _BLOCK_MARK.sub("", line)
        if stripped != line and (line.lstrip().startswith("#") or _is_item(line)):
            flush()  # a heading or a new list item starts a new paragraph
        if not paragraph:
            start = number
        paragraph.append(_inline(stripped))
        if line.lstrip().startswith("#"):
            flush()
    flush()
    return found


def _is_item(line: str) -> bool:
    return re.match(r"^\s*(?:[-*+]|\d+[.)])\s+", line) is not None


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def _cells(header: list[str], cells: list[str], line: int) -> Iterator[Passage]:
    """Each cell with a digit or a number word, read with its row and its column's name."""
    context = [c for c in cells if c and not re.search(r"\d", c)]
    for index, cell in enumerate(cells):
        if cell and re.search(r"\d", cell):
            name = header[index] if index < len(header) else ""
            yield Passage(f"{' '.join(context)} {name}: {cell}".strip(), line)


def sentences(text: str, line: int = 1) -> list[Passage]:
    """A paragraph cut into sentences, not at abbreviations ("No. 1") or decimals."""
    found: list[Passage] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        # Only the last word counts: splitting all since the sentence began was quadratic
        # when full stops followed one-letter words ("1. 1. 1. …").
        before = text[max(begin, match.start() - 40):match.start()].split()
        word = before[-1].lower().rstrip(".") if before else ""
        if match.group(1) == "." and (word in _ABBREVIATIONS or len(word) == 1):
            continue
        end = match.end(2)
        found.extend(_pieces(text[begin:end].strip(), line))
        begin = match.end()
    found.extend(_pieces(text[begin:].strip(), line))
    return found


def _pieces(sentence: str, line: int) -> Iterator[Passage]:
    """The sentence, or pieces of it of at most LONGEST_PASSAGE characters (cut at a
    space where there is one) and MOST_NUMBERS numbers (cut before the next)."""
    while sentence:
        cut = len(sentence)
        if cut > LONGEST_PASSAGE:
            cut = sentence.rfind(" ", LONGEST_PASSAGE // 2, LONGEST_PASSAGE)
            cut = LONGEST_PASSAGE if cut < 0 else cut
        beyond = next(itertools.islice(_DIGITS.finditer(sentence, 0, cut), MOST_NUMBERS, None),
                      None)
        if beyond is not None:
            cut = beyond.start()
        piece = sentence[:cut].strip()
        if piece:
            yield Passage(piece, line)
        sentence = sentence[cut:].strip()
