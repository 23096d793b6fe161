"""The nouns of kinds of places ("zone", "park", "city"): a hub's one part of a kind
("the Dalian park"), a designation's name that ends in another kind ("a … demonstration
city" is not the source's "… demonstration zone"); and the words after a place's name
that make it a newspaper's ("China Daily")."""

from __future__ import annotations

from hubquery.words import word_runs

# The kind a designation's name ends in: "a … demonstration city" is not the source's
# "… demonstration zone" (its first words, then another kind, name another designation).
_KIND_NOUNS = "zone park base district area cluster centre center town hub county province region"
KINDS = {kind + plural: kind for kind in _KIND_NOUNS.split() for plural in ("", "s")} | {
    "city": "city",
    "cities": "city",
}
PLACE_KINDS = frozenset(KINDS)  # (no organisation's noun: "the zone" is a place's part)
# The word after a place's name that makes it a newspaper's ("China Daily", "South China
# Morning Post", "Beijing News")
PUBLICATIONS = frozenset(("daily", "post", "times", "news", "herald", "tribune", "journal"))


def named_another_kind(named: tuple[str, ...], text: str) -> bool:
    """Whether the text says a name's first words, then a kind noun the name has not
    ("outsourcing base zone" of "outsourcing base city")."""
    said = word_runs(text)
    for j in (j for j, word in enumerate(said) if word == named[0]):
        run = next((n for n in range(len(named)) if said[j + n : j + n + 1] != [named[n]]), 0)
        if 0 < run < len(said) - j and KINDS.get(said[j + run], "") not in ("", *named):
            return True
    return False
