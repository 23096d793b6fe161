"""A sentence that opens on "its", "their", "it" or "they" just after a question that
names one place ("Remember when nobody had heard of Dalian? Its software sector pulled
in …", "The software park? It dates back to …"): the pronoun is that place's, as a
reader takes it across the question."""

from __future__ import annotations

from hubquery.numbers import normalise
from hubquery.query.reader import gates
from hubquery.query.reader.mentions import NameReader

_PRONOUNS = ("its ", "their ", "it ", "they ")


def asks(passage: str) -> bool:
    """Whether a passage is a question, which the reader keeps for the passage after it:
    all it carries from one passage to the next (a draft may be read in parts cut
    anywhere else: ``query.parts``)."""
    return passage[-1:] == "?"


def after_question(names: NameReader, question: str, text: str) -> str:
    """``text`` with its opening pronoun as the possessive of the one place the question
    before it names ("dalian's software sector …"); unchanged where it names none or
    more than one, or the sentence names a place of its own."""
    if not text.startswith(_PRONOUNS) or names.mentions(_named(text)):
        return text
    asked = normalise(question)
    named = {m.hub_id: m for m in names.mentions(_named(asked)) if m.subject is None}
    if len(named) != 1:
        return text
    place = next(iter(named.values()))
    name, rest = asked[place.start : place.end], text.split(" ", 1)[1]
    return f"{name}'s {rest}" if text.startswith(("its ", "their ")) else f"{name} {rest}"


def _named(text: str) -> str:
    """The text less what is no part of a name ("us$", "'s"), its length kept."""
    return gates.NOT_NAMES.sub(lambda m: " " * len(m.group()), text)
