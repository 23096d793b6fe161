"""A writer's draft as passages to check: sentences of prose, and table cells with their row.

Plain text or Markdown: headings, list items and block quotes lose their markers,
inline markup (emphasis, links, footnote marks) its punctuation; what a reader does not
read as prose is left out: YAML or TOML front matter, fenced and indented code, inline
code, HTML comments and tags. Each sentence keeps the line it starts on. Each cell of a
table that states a number (in digits or in words) becomes a passage of its own, read
with its row's other cells; a cell that is only a figure is read with its column's
header ("Dalian Population: 6 million"), a cell with words of its own with those alone.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from hubquery.numbers import (
    _NUMBER_WORD,
    _NUMBER_WORDS,
    coins_or_vague,
    read_numbers,
)
from hubquery.words import first_digit, letter_runs


class Passage(NamedTuple):
    """A sentence (or a table cell in its row), or a piece of a long one, and the line of
    the draft it starts on; ``numbers`` counts the numbers it states (in digits or words),
    ``unread`` those of its sentence after it that are not read (MOST_NUMBERS_A_SENTENCE).
    ``plain`` is true when ``may_state_numbers`` finds nothing in its lower case and that
    is the text the reader reads (``counted_as_read``; most sentences of prose): the
    reader need not look again."""

    text: str
    line: int
    numbers: int = 0
    unread: int = 0
    plain: bool = False


_BLOCK_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)+")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_INDENTED = ("    ", "\t")  # (what a line of indented code begins with)
# Each pattern's repeated part stops at the next character that could start another
# match ("[" in a link's text, "(" in its address, the delimiter inside emphasis), so a
# draft is read in time linear in its length: "[^\]]*" ran on to the end of the text
# from every "[" (100,000 of them took 48 s).
_INLINE = (
    (re.compile(r"!?\[([^\[\]]*)\]\([^()]*\)"), r"\1"),  # links and images: their text
    (re.compile(r"\[\^[^\[\]]*\]"), ""),  # footnote marks
    (re.compile(r"`[^`]*`"), ""),  # inline code is not prose
    (re.compile(r"<[a-zA-Z/][^<>]*>"), ""),  # HTML tags
    (re.compile(r"\*\*([^*]+?)\*\*"), r"\1"),
    (re.compile(r"__([^_]+?)__"), r"\1"),
    (re.compile(r"(?<!\w)[*_]([^*_]+?)[*_](?!\w)"), r"\1"),
)
_MARKS = "[`<*_"  # a character each of them starts with
# A longer passage, or one with more numbers (a run of them with no full stop: "1,1,1,…"
# ×5,000 took 56 s), is read in pieces of at most this many characters and numbers: the
# reader's work on a passage grows with its length times its numbers.
LONGEST_PASSAGE = 1000
MOST_NUMBERS = 20
# What check reads at most (the README and `check --help` say so): the first 50 numbers
# of a sentence (the rest are counted, not read: 100,000 of them took 10 s), and 20,000
# numbers a draft (a megabyte of the seed articles states about 6,000), else the draft
# is refused before any is read.
MOST_NUMBERS_A_SENTENCE = 50
MOST_NUMBERS_A_DRAFT = 20_000
# A number as these limits count it: digits ("1,000", "21.7" are one) or a number word
# ("one million" is two); a count, never a reading (the reader reads them, with hedges).
# (The lookahead lets the pattern skip at once what starts neither a digit nor a word.)
_FIRST_LETTERS = "".join(sorted({w[0] for w in re.findall(r"[a-z]+", _NUMBER_WORD.pattern)}))
_NUMBER = re.compile(
    rf"(?=[\d{_FIRST_LETTERS}])(?:\d+(?:[.,]\d{{3}})*(?:\.\d+)?|{_NUMBER_WORD.pattern})",
    re.IGNORECASE,
)
# In a piece lower-cased, where its lower case is its own (ASCII, or none of the four
# letters IGNORECASE takes for ASCII ones: İ ı ſ K), the same numbers are counted in two
# parts, letters and digits never being one another: its digits (begun by a digit, so
# that the pattern skips what is none at once) and its number words, by its words.
_DIGITS_LOWER = re.compile(r"\d\d*(?:[.,]\d{3})*(?:\.\d+)?")
_UNLIKE_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_UNLIKE = "\u0130\u0131\u017f\u212a"  # (each looked for: not a test of every character)
_SPACES = re.compile(r"\s*")
_ABBREVIATIONS = {
    "no",
    "nos",
    "approx",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "mr",
    "mrs",
    "dr",
    "st",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "fig",
    "p",
    "pp",
}
_SENTENCE_END = re.compile(r"([.!?。！？])([\"”’)\]]*)(\s+|$)")
_OTHER_ENDS = ("!", "?", "。", "！", "？")  # (its ends but the full stop)
# A post's place in its thread before a sentence: "1/ ", "2/5 ", "Thread: 3/ ", "🧵 4/" (a
# mark, as a list item's "1. " is; not a fraction: "2/5 of the firms", "1/3 the size")
_THREAD_MARK = re.compile(
    r"(?:(?:thread|\U0001f9f5)\s*:?\s*)?\d{1,3}/\d{0,3}\s+(?!(?:of|the)\b)", re.IGNORECASE
)
_THREAD_FIRST = ("t", "T", "\U0001f9f5")  # (what else a thread's mark begins with than a digit)
_FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}


def passages(draft: str) -> list[Passage]:
    """Every sentence and table cell of the draft, in order."""
    return passages_of_lines(draft_lines(draft))


def draft_lines(draft: str) -> list[str]:
    """The draft's lines, its HTML comments blanked (``passages_of_lines`` reads them)."""
    return _without_comments(draft).splitlines()


def passages_of_lines(lines: list[str], begin: int = 0, end: int | None = None) -> list[Passage]:
    """The passages of ``lines[begin:end]`` (the draft's, from ``draft_lines``): all of
    them, or those from a line where the reading begins afresh (``fresh_lines``) to
    another."""
    first = _after_front_matter(lines)
    found: list[Passage] = []
    paragraph: list[tuple[int, str]] = []  # (line number, text) of each line
    header: list[str] | None = None
    fenced = False

    def flush() -> None:
        if paragraph:
            found.extend(_sentences(paragraph))
            paragraph.clear()

    for number, raw in enumerate(lines[begin:end], begin + 1):
        if number < first:
            continue
        if ("```" in raw or "~~~" in raw) and _FENCE.match(raw):
            flush()
            fenced = not fenced
            continue
        if fenced:
            continue
        if not paragraph and raw.startswith(_INDENTED) and not _is_item(raw) and raw.strip():
            continue  # indented code: four spaces or a tab after a blank line
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
        # (a mark begins with one of these: most lines of prose have none)
        marked = line[0] in "#>-*+" or line[0].isdecimal()
        stripped = _BLOCK_MARK.sub("", line) if marked else line
        if stripped != line and (line.lstrip().startswith("#") or _is_item(line)):
            flush()  # a heading or a new list item starts a new paragraph
        paragraph.append((number, _inline(stripped)))
        if line.lstrip().startswith("#"):
            flush()
    flush()
    return found


def fresh_lines(lines: list[str]) -> Iterator[int]:
    """The index of each blank line outside front matter and fenced code: where the
    reading of the lines is as at their start (no paragraph, table or fence open), so
    that the passages of the lines before it and of those from it are the draft's."""
    first = _after_front_matter(lines)
    fenced = False
    for number, raw in enumerate(lines, 1):
        if number < first:
            continue
        if ("```" in raw or "~~~" in raw) and _FENCE.match(raw):
            fenced = not fenced
        elif not fenced and not raw.strip():
            yield number - 1


def _without_comments(draft: str) -> str:
    """The draft with HTML comments blanked, their line breaks kept (lines still count)."""
    if "<!--" not in draft:
        return draft
    out: list[str] = []
    at = 0
    while (start := draft.find("<!--", at)) != -1:
        end = draft.find("-->", start + 4)
        end = len(draft) if end == -1 else end + 3
        out.append(draft[at:start])
        out.append("\n" * draft.count("\n", start, end))
        at = end
    out.append(draft[at:])
    return "".join(out)


def _after_front_matter(lines: list[str]) -> int:
    """The first line after YAML (---) or TOML (+++) front matter at the top, else 1."""
    if not lines or lines[0].strip() not in _FRONT_MATTER:
        return 1
    ends = _FRONT_MATTER[lines[0].strip()]
    for number, line in enumerate(lines[1:], 2):
        if line.strip() in ends:
            return number + 1
    return 1  # never closed: not front matter


def _is_item(line: str) -> bool:
    return re.match(r"^\s*(?:[-*+]|\d+[.)])\s+", line) is not None


def _inline(text: str) -> str:
    # (most lines of prose have no inline markup: a search for each character, not the
    # pattern's test of every character of the line)
    if not any(map(text.__contains__, _MARKS)):
        return text
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def _cells(header: list[str], cells: list[str], line: int) -> Iterator[Passage]:
    """Each cell that states a number, read with its row's other cells: with its column's
    header when the cell is only a figure, with its own words when it has some."""
    figures = [bool(cell) and _states_number(cell) for cell in cells]
    context = [
        c for c, figure in zip(cells, figures, strict=True) if not figure and re.search(r"\w", c)
    ]
    for index, cell in enumerate(cells):
        if not figures[index]:
            continue
        own = _own_words(cell)
        name = "" if own or index >= len(header) else header[index]
        words = " ".join(context)
        text = f"{words} {name}: {cell}".strip() if name else f"{words}: {cell}" if words else cell
        yield from _pieces(text, 0, len(text), line)


def _states_number(cell: str) -> bool:
    return bool(re.search(r"\d", cell)) or any(
        n.kind in ("words", "fraction") and (n.scaled or n.value != 1) for n in read_numbers(cell)
    )


_FIGURE_WORDS = re.compile(
    r"\b(?:more|than|less|fewer|about|around|nearly|almost|over|under|some|roughly|at|least|"
    r"most|up|to|million|billion|thousand|hundred|trillion|percent|per|cent|and|a|an|the|"
    r"us|rmb|yuan|renminbi|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|third|thirds|quarter|"
    r"quarters|fifth|fifths|tenth|tenths|in|out|of|every|m|bn|k|c|km2|km)\b"
)


def _own_words(cell: str) -> bool:
    """Whether a cell says more than a figure ("840 AI companies", not "more than 840")."""
    rest = _FIGURE_WORDS.sub(" ", cell.lower())
    return re.search(r"[a-z]{2,}", rest) is not None


def _sentences(paragraph: list[tuple[int, str]]) -> list[Passage]:
    """A paragraph's sentences, each with the line it starts on."""
    if len(paragraph) == 1:  # (most paragraphs of prose are one line: each sentence is on it)
        number, text = paragraph[0]
        return sentences(text, number)
    text = ""
    starts: list[tuple[int, int]] = []  # (offset in text, line number)
    for number, part in paragraph:
        if text:
            text += " "
        starts.append((len(text), number))
        text += part
    offsets = [offset for offset, _ in starts]
    found = []
    for passage in sentences(text, 0):
        # passage.line holds its offset here: map it to the line it falls on
        _, line = starts[bisect.bisect_right(offsets, passage.line) - 1]
        found.append(Passage(passage.text, line, passage.numbers, passage.unread, passage.plain))
    return found


def sentences(text: str, line: int = 1) -> list[Passage]:
    """A paragraph cut into sentences, not at abbreviations ("No. 1") or decimals. With
    ``line`` 0, each passage's ``line`` is instead its offset in ``text``."""
    found: list[Passage] = []
    begin = 0
    for match in _ends(text):
        # Only the last word counts: splitting all since the sentence began was quadratic
        # when full stops followed one-letter words ("1. 1. 1. …").
        if match.group(1) == ".":
            before = text[max(begin, match.start() - 40) : match.start()].rsplit(maxsplit=1)
            word = before[-1].lower().rstrip(".") if before else ""
            if word in _ABBREVIATIONS or len(word) == 1:
                continue
        found.extend(_pieces(text, _after_thread_mark(text, begin), match.end(2), line))
        begin = match.end()
    if begin < len(text):  # (most paragraphs end with a sentence's end)
        found.extend(_pieces(text, _after_thread_mark(text, begin), len(text), line))
    return found


def _after_thread_mark(text: str, begin: int) -> int:
    """Where the sentence at ``begin`` starts after its place in a thread ("1/ "), if it
    has one (most sentences begin with neither a digit nor "thread": no pattern tried)."""
    first = text[begin : begin + 1]
    if not (first.isdecimal() or first in _THREAD_FIRST):
        return begin
    mark = _THREAD_MARK.match(text, begin)
    return begin if mark is None else mark.end()


def _ends(text: str) -> list[re.Match[str]]:
    """``_SENTENCE_END.finditer(text)``; where a full stop is the only end the text has
    (most paragraphs), the pattern is tried only at each full stop, found by ``find``, not
    at every character (with the markup and the letters IGNORECASE reads apart each
    looked for, not tested at every character: 0.4 % of a check of prose's instructions)."""
    if any(map(text.__contains__, _OTHER_ENDS)):
        return list(_SENTENCE_END.finditer(text))
    found = []
    at = text.find(".")
    while at >= 0:
        match = _SENTENCE_END.match(text, at)
        if match is None:
            at = text.find(".", at + 1)
        else:
            found.append(match)
            at = text.find(".", match.end())
    return found


def _pieces(text: str, begin: int, end: int, line: int) -> list[Passage]:
    """The sentence ``text[begin:end]``, or pieces of it of at most LONGEST_PASSAGE
    characters (cut at a space where there is one) and MOST_NUMBERS numbers (cut before
    the next), up to its MOST_NUMBERS_A_SENTENCE-th number: the numbers after it are
    counted in the last piece's ``unread``. With ``line`` 0, each passage's ``line`` is
    its offset in ``text`` (where it starts, its leading spaces skipped)."""
    if end - begin <= LONGEST_PASSAGE:  # most sentences: one piece
        count, none = _count(text, begin, end)
        if count <= MOST_NUMBERS:
            sentence = text[begin:end]  # (its spaces, \s's, stripped: no pattern tried)
            piece, begin = sentence.strip(), end - len(sentence.lstrip())
            plain = none and counted_as_read(piece)
            return [Passage(piece, line or begin, count, plain=plain)] if piece else []
    found: list[Passage] = []
    read = 0
    while read < MOST_NUMBERS_A_SENTENCE:
        begin = _SPACES.match(text, begin, end).end()  # type: ignore[union-attr]
        if begin >= end:
            return found
        cut = end
        if cut - begin > LONGEST_PASSAGE:
            space = text.rfind(" ", begin + LONGEST_PASSAGE // 2, begin + LONGEST_PASSAGE)
            cut = begin + LONGEST_PASSAGE if space < 0 else space
        most = min(MOST_NUMBERS, MOST_NUMBERS_A_SENTENCE - read)
        numbers = list(itertools.islice(_NUMBER.finditer(text, begin, cut), most + 1))
        if len(numbers) > most:
            cut = numbers[most].start()
            del numbers[most:]
        piece = text[begin:cut].rstrip()
        if piece:
            found.append(Passage(piece, line or begin, len(numbers)))
        read += len(numbers)
        begin = cut
    unread = sum(1 for _ in _NUMBER.finditer(text, begin, end))
    if unread:
        found[-1] = found[-1]._replace(unread=unread)
    return found


def _count(text: str, begin: int, end: int) -> tuple[int, bool]:
    """How many numbers ``text[begin:end]`` states, as ``_NUMBER`` counts them, and
    whether ``may_state_numbers`` finds none in its lower case."""
    piece = text[begin:end]
    if piece.isascii() or not any(map(piece.__contains__, _UNLIKE)):
        low = piece.lower()
        # (most pieces state none: no digit and no number word, told without a pattern
        # tried at every place: 1.5 % of a check of prose's instructions)
        count = count_number_words(low)
        digit = first_digit(low)  # (a number of digits begins with one: tried from there)
        if digit >= 0:
            count += len(_DIGITS_LOWER.findall(low, digit))
        # (``may_state_numbers``: a digit, a number word, else a coin or "hundreds of")
        return count, not count and not coins_or_vague(low)
    return len(_NUMBER.findall(text, begin, end)), False


def count_number_words(text: str) -> int:
    """How many times ``_NUMBER_WORD`` is found in the text: its words (whole runs of
    letters) that are number words, counted only where there is one."""
    words = letter_runs(text)
    return 0 if _NUMBER_WORDS.isdisjoint(words) else sum(map(_NUMBER_WORDS.__contains__, words))


def counted_as_read(text: str) -> bool:
    """Whether a passage's numbers were counted in the text the reader reads them in:
    ``normalise``'s, the lower case of its NFKC form (the passage is ASCII, or NFKC
    leaves it as it is and none of the letters whose case IGNORECASE reads apart is in
    it). Curly quotes make a third of prose's sentences not ASCII."""
    return text.isascii() or (
        not any(map(text.__contains__, _UNLIKE)) and unicodedata.is_normalized("NFKC", text)
    )
