"""Dataset text as a reader sees it: control characters escaped, sources as reference lines."""

from __future__ import annotations

import re

from hubquery.display import quoted
from hubquery.records import Source

# The patterns are compiled on first use (re caches them): compiling both costs more
# than half a millisecond, and most runs need one at most.
# C0 and C1 controls and the Unicode bidirectional controls: never let data
# steer the terminal; show each as a visible escape instead. Line and paragraph
# separators (U+2028/2029) break a row where no line break shows; zero-width characters
# and tag characters (U+E0000–E007F) hide text a reader cannot see: escaped too.
_CONTROL = (
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029"
    "\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]"
)
# What JSON and YAML writers leave raw but a terminal may still act on: C1
# controls (one-byte CSI …), bidirectional controls, and line/paragraph separators.
_UNSAFE_IN_TEXT = "[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"


def escape_unsafe(text: str) -> str:
    """``\\uXXXX`` for each unsafe character (valid in JSON and YAML double quotes)."""
    if text.replace("\n", "").isprintable():  # none is printable: the common case, fast
        return text
    return re.sub(_UNSAFE_IN_TEXT, lambda m: f"\\u{ord(m.group()):04x}", text)


def has_unsafe(text: str) -> bool:
    """Whether ``escape_unsafe`` would change the text."""
    return re.search(_UNSAFE_IN_TEXT, text) is not None


def safe(text: str) -> str:
    """Text with control characters shown as escapes (``\\x1b``), never executed."""
    if text.isprintable():  # no control character is printable: the common case, fast
        return text
    return re.sub(_CONTROL, _escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return (
        f"\\x{code:02x}"
        if code < 0x100
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )


def markdown_escape(text: str) -> str:
    """Text as Markdown shows it literally: pipes, emphasis, code, links and HTML escaped."""
    for char in "\\|*_`[]<>#":
        text = text.replace(char, "\\" + char)
    return text


def cite_source(source: Source) -> str:
    """A reference line: author, “title”, publisher, date."""
    parts = []
    if source.author:
        parts.append(source.author)
    parts.append(quoted(source.title))
    if source.publisher:
        parts.append(source.publisher)
    parts.append(source_date(source))
    text = ", ".join(parts)
    if source.url:
        text += f". {source.url}"
    return text


def source_date(source: Source) -> str:
    """When a source was published, as a reader should take it: ``2022-05-27``,
    ``2010 (date inferred)``, ``2018–2019 (date inferred)`` when the text only bounds it."""
    date = source.date_range.replace("/", "–") if source.date_range else source.published
    return date + (" (date inferred)" if source.date_inferred else "")
