"""How names are matched: case, width, accents of punctuation and spacing never matter."""

from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    """The form a name is looked up by: ``Xi’an``, ``XIAN`` and ``xi-an`` are all ``xian``."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def fold(text: str) -> str:
    """Text as search compares it: like ``name_key`` but keeping word breaks, so that
    ``China’s``, ``China's`` and ``CHINA S`` are all ``china s``."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())
