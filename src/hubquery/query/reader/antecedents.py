"""A sentence that opens on "its" or "their" just after a question that names one place
("Remember when nobody had heard of Dalian? Its software sector pulled in …"): the
pronoun is that place's, as a reader takes it across the question."""

from __future__ import annotations

from hubquery.numbers import normalise
from hubquery.query.reader import gates
from hubquery.query.reader.mentions import NameReader

_PRONOUNS = ("its ", "their ")


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
    return f"{asked[place.start : place.end]}'s {text.split(' ', 1)[1]}"


def _named(text: str) -> str:
    """The text less what is no part of a name ("us$", "'s"), its length kept."""
    return gates.NOT_NAMES.sub(lambda m: " " * len(m.group()), text)
