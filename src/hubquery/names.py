"""How names are matched: case, width, accents of punctuation and spacing never matter."""

from __future__ import annotations

import re
import unicodedata

# What str.isalnum() refuses: \w is exactly isalnum() and the underscore.
_NOT_ALNUM = r"[\W_]+"  # compiled on first use (re caches it)
# The same for ASCII text, which needs no normalising and folds by lower(): faster,
# and every quote is folded when a dataset is compiled.
_ASCII_BREAKS = str.maketrans({c: " " for c in range(128) if not chr(c).isalnum()})


def name_key(name: str) -> str:
    """The form a name is looked up by: ``Xi’an``, ``XIAN`` and ``xi-an`` are all ``xian``."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(_NOT_ALNUM, "", folded)


def fold(text: str) -> str:
    """Text as search compares it: like ``name_key`` but keeping word breaks, so that
    ``China’s``, ``China's`` and ``CHINA S`` are all ``china s``."""
    if text.isascii():
        return " ".join(text.lower().translate(_ASCII_BREAKS).split())
    folded = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(_NOT_ALNUM, " ", folded).strip(" ")
