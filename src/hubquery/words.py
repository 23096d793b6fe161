"""A text's words as two patterns find them, ``[a-z]+`` and ``\\w+``, found instead by a
table of bytes (issue 24: check's speed on prose).

The text's UTF-8 with every byte that is not a word's made a space splits into the same
words: no byte of a character beyond ASCII is an ASCII letter or digit, so each of those
characters is a space to the table. For ``\\w+``, whose words may have letters beyond
ASCII ("café"), only where the text has none (most sentences: curly quotes and dashes
are no letters); elsewhere the pattern finds them. A pattern made a string of each word
it found, a match at a time; the table and ``split`` make them four times as fast (and
with a third of the instructions). A text's digits are told the same way: its UTF-8
holds a digit of ASCII as that byte and no other, and the characters beyond ASCII, few
in prose (curly quotes, dashes), are looked at apart for a digit or a letter of theirs
("٣", "é"): a pattern tried at every character cost 20 times as many instructions.
tests/unit/test_number_shortcuts.py holds each to its pattern.
"""

from __future__ import annotations

import re

_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_QUOTED = bytes(c if 97 <= c <= 122 or c == 39 else 32 for c in range(256))
_WORD_BYTES = bytes(c if (chr(c).isalnum() and c < 128) or c == 95 else 32 for c in range(256))
_WORD = re.compile(r"\w+")
_NOT_DIGITS = bytes(c for c in range(256) if not 48 <= c <= 57)
_ASCII = bytes(range(128))
_DIGIT_MARKS = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))  # (a digit: "0")
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
    data = text.encode("utf-8", "surrogatepass")
    if not text.isascii() and any(map(str.isalnum, _beyond_ascii(data))):
        return _WORD.findall(text)  # (a letter beyond ASCII: "café")
    return data.translate(_WORD_BYTES).decode("ascii").split()


def has_digit(text: str) -> bool:
    """``re.search(r"\\d", text) is not None``."""
    data = text.encode("utf-8", "surrogatepass")
    if data.translate(None, _NOT_DIGITS):
        return True
    return not text.isascii() and any(map(str.isdecimal, _beyond_ascii(data)))


def first_digit(text: str) -> int:
    """Where ``re.search(r"\\d", text)`` finds a digit, or -1."""
    if text.isascii():
        return text.encode("ascii").translate(_DIGIT_MARKS).find(b"0")
    data = text.encode("utf-8", "surrogatepass")
    if any(map(str.isdecimal, _beyond_ascii(data))):  # ("٣": a digit of no ASCII)
        found = _DIGIT.search(text)
        return found.start() if found else -1
    at = data.translate(_DIGIT_MARKS).find(b"0")  # (a place among the bytes)
    return at if at < 0 else len(data[:at].decode("utf-8", "surrogatepass"))


def _beyond_ascii(data: bytes) -> str:
    """The characters beyond ASCII of a text's UTF-8 (``text.encode("utf-8",
    "surrogatepass")``), in order: its bytes of ASCII left out."""
    return data.translate(None, _ASCII).decode("utf-8", "surrogatepass")


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
