"""How names are matched: case, width, accents of punctuation and spacing never matter."""

from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    """The form a name is looked up by: ``Xi’an``, ``XIAN`` and ``xi-an`` are all ``xian``."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if ch.isalnum())
