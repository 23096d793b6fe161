"""How names are matched: case, width, accents of punctuation and spacing never matter."""

from __future__ import annotations

import re
import unicodedata

# What str.isalnum() refuses: \w is exactly isalnum() and the underscore.
_NOT_ALNUM = re.compile(r"[\W_]+")


def name_key(name: str) -> str:
    """The form a name is looked up by: ``Xi’an``, ``XIAN`` and ``xi-an`` are all ``xian``."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return _NOT_ALNUM.sub("", folded)


def fold(text: str) -> str:
    """Text as search compares it: like ``name_key`` but keeping word breaks, so that
    ``China’s``, ``China's`` and ``CHINA S`` are all ``china s``."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NOT_ALNUM.sub(" ", folded).strip(" ")
