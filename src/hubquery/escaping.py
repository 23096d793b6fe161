"""Text from a user or a dataset made safe to print in a message."""

from __future__ import annotations

# How much of a field path (the dataset's own keys) a message shows.
FIELD_LIMIT = 120


def escaped(text: str, limit: int | None = None) -> str:
    """Text for a message (a path, a key) with everything that is not printable
    escaped as Python writes it (``\\x1b``, ``\\u2028``, a byte that is not UTF-8 as
    ``\\xff``), and cut to ``limit`` characters."""
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch.isprintable():
            out.append(ch)
        elif "\udc80" <= ch <= "\udcff":  # a byte of a non-UTF-8 path (surrogateescape)
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        else:
            out.append(repr(ch)[1:-1])
    return "".join(out)
