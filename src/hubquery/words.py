"""A text's words as two patterns find them, ``[a-z]+`` and ``\\w+``, found instead by a
table of bytes (issue 24: check's speed on prose).

The text's UTF-8 with every byte that is not a word's made a space splits into the same
words: no byte of a character beyond ASCII is an ASCII letter or digit, so each of those
characters is a space to the table. For ``\\w+``, whose words may have letters beyond
ASCII ("café"), only where the text has none (most sentences: curly quotes and dashes
are no letters); elsewhere the pattern finds them. A pattern made a string of each word
it found, a match at a time; the table and ``split`` make them four times as fast (and
with a third of the instructions). An ASCII text's digits are told the same way.
tests/unit/test_number_shortcuts.py holds each to its pattern.
"""

from __future__ import annotations

import re

_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_QUOTED = bytes(c if 97 <= c <= 122 or c == 39 else 32 for c in range(256))
_WORD_BYTES = bytes(c if (chr(c).isalnum() and c < 128) or c == 95 else 32 for c in range(256))
_WORD = re.compile(r"\w+")
_WORD_BEYOND_ASCII = re.compile(r"[^\W\x00-\x7f]")
_NOT_DIGITS = bytes(c for c in range(256) if not 48 <= c <= 57)
_DIGIT = re.compile(r"\d")


def letter_runs(text: str) -> list[str]:
    """``re.findall("[a-z]+", text)``."""
    return text.encode("utf-8", "surrogatepass").translate(_LETTERS).decode("ascii").split()


def quoted_runs(text: str) -> list[str]:
    """``re.findall("[a-z][a-z']*", text)``: runs of letters and apostrophes, those before
    the first letter left out."""
    data = text.encode("utf-8", "surrogatepass")
    if b"'" not in data:  # (most texts: their runs of letters)
        return data.translate(_LETTERS).decode("ascii").split()
    runs = data.translate(_QUOTED).decode("ascii").split()
    return [word for run in runs if (word := run.lstrip("'"))]


def word_runs(text: str) -> list[str]:
    """``re.findall(r"\\w+", text)``."""
    if not text.isascii() and _WORD_BEYOND_ASCII.search(text) is not None:
        return _WORD.findall(text)
    return text.encode("utf-8", "surrogatepass").translate(_WORD_BYTES).decode("ascii").split()


def has_digit(text: str) -> bool:
    """``re.search(r"\\d", text) is not None`` (an ASCII text's digits kept by a table)."""
    if text.isascii():
        return bool(text.encode("ascii").translate(None, _NOT_DIGITS))
    return _DIGIT.search(text) is not None


def word_places(text: str, words: list[str]) -> list[int]:
    """Where each of the first words of ``word_runs(text)`` starts (``m.start()`` of each
    match of ``\\w+``): each found from the end of the one before, as only characters of
    no word are between them, not by a match object each."""
    found = []
    at = 0
    for word in words:
        at = text.find(word, at)
        found.append(at)
        at += len(word)
    return found
