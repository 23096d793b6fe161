"""Years counted from an event the sentence names instead of a year ("a year after Made
in China 2025 was launched", "eight years after NIIT's Dalian centre"): the one year the
dataset holds for what is named, read as "a year after 2015" is ("in 2016")."""

from __future__ import annotations

import re
from collections.abc import Callable

from hubquery.numbers import count_in_words
from hubquery.query.reader.bounds import hedge_before
from hubquery.query.reader.members import part_holding
from hubquery.query.reader.mentions import Mention, NameReader
from hubquery.records import Fact

# (applied to the words just before a name)
_FROM_EVENT = re.compile(
    r"\b(a|an|[a-z]+|\d{1,2}) (years?|decades?) (before|after|earlier than|later than|"
    r"prior to|older than|younger than|newer than) "
    # ("its counterpart in Xi'an", "the one in Chengdu": that place's of the same kind)
    r"(?:(?P<other>(?:its|their|the) counterparts? in |the one in |that of )|the )?$"
)
_EARLIER = ("before", "earlier than", "prior to", "older than")
# "… three years after Chengdu's.": a possessive alone, of the kind the subject names
_POSSESSIVE_ONLY = re.compile(r"['’]s\W*$")
# where the event's words end: the clause's end
_END = re.compile(r"[,;:]|\.(?:\s|$)")
_COUNTED_FROM = re.compile(
    r"(?<!the )\b(?:a|an|[a-z]+|\d{1,2}) (?:years?|decades?) (?:before|after|earlier than|"
    r"later than|prior to|older than|younger than|newer than) "
    r"(?!(?:that|this|then|it|which|the (?:same|year))\b|\d)"
)  # (not "the four years before that", a span; nor "two years after 2010", a year)


# "23 years after it was founded": counted from the founding of what the sentence is about
_AFTER_ITS_FOUNDING = re.compile(
    r"\b(a|an|[a-z]+|\d{1,2}) (years?|decades?) (before|after) (?:it|they) (?:was|were|had been) "
    r"(?:founded|established|set up|created|opened|launched)\b"
)


def may_follow_event(text: str) -> bool:
    """Whether the text counts years from something ("eight years after …")."""
    return _COUNTED_FROM.search(text) is not None or (
        (" it " in text or " they " in text) and _AFTER_ITS_FOUNDING.search(text) is not None
    )


def from_events(
    text: str,
    mentions: list[Mention],
    names: NameReader,
    facts: Callable[[str], list[Fact]],
) -> str:
    """The text with each "N years after <a name held with one year>" written "in
    YEAR" (the event's words blanked, so that no figure is read of it); unchanged where
    no such year is held, or the count is hedged ("about a decade after …")."""
    for mention in mentions:
        found = _FROM_EVENT.search(text, max(0, mention.start - 56), mention.start)
        if found is None:
            continue
        words, unit, relation, _ = found.groups()
        count = count_in_words(words)
        end = _END.search(text, mention.end)
        stop = end.start() if end else len(text)
        # (the event's words only, where they are written)
        event = " " * mention.start + text[mention.start : stop]
        if _POSSESSIVE_ONLY.match(text, mention.end, stop):  # ("after Chengdu's": its zone)
            event = text[: found.start()] + text[found.start() : stop]
        named = mentions
        if found.group("other"):  # ("… than the one in Chengdu": as "… than Chengdu's")
            event = f"{text[: found.start()]}{text[mention.start : mention.end]}'s"
            mention = Mention(
                found.start(), found.start() + mention.end - mention.start, mention.hub_id
            )
            named = [mention]
        year = _year_of(mention, event, named, names, facts)
        if count is None or year is None or hedge_before(text[: found.start()]) is not None:
            continue
        count *= 10 if unit.startswith("decade") else 1
        said = f"in {year + count * (-1 if relation in _EARLIER else 1)}"
        if relation in ("older than", "younger than", "newer than"):
            said = f"was established {said}"  # ("three years older than": founded then)
        text = text[: found.start()] + said.ljust(stop - found.start()) + text[stop:]
        kept = [m for m in mentions if not found.start() <= m.start < stop]
        return from_events(text, kept, names, facts)
    founding = _AFTER_ITS_FOUNDING.search(text) if " it" in text or " they" in text else None
    subject = next((m for m in mentions if founding and m.end <= founding.start()), None)
    if founding is not None and subject is not None:
        if subject.subject is None:  # ("the Xi'an high-tech zone … after it was founded")
            before = text[: subject.start] + " " * (subject.end - subject.start)
            parts = names.parts_named(subject.hub_id, before + text[subject.end : founding.start()])
            subject = Mention(subject.start, subject.end, parts[0]) if len(parts) == 1 else subject
        year = _year_of(subject, "", [], names, facts)
        count = count_in_words(founding.group(1))
        if year is not None and count is not None and not hedge_before(text[: founding.start()]):
            count *= 10 if founding.group(2).startswith("decade") else 1
            said = f"in {year + count * (-1 if founding.group(3) == 'before' else 1)}"
            text = (
                text[: founding.start()]
                + said.ljust(len(founding.group()))
                + text[founding.end() :]
            )
    return text


def _year_of(
    mention: Mention,
    words: str,
    mentions: list[Mention],
    names: NameReader,
    facts: Callable[[str], list[Fact]],
) -> int | None:
    """The one year the dataset holds for an organisation or programme named, or for the
    part of a place its words name ("Chengdu's hi-tech zone"); None when none or several."""

    def years(hub: str, subject: str | None) -> set[int]:
        return {
            int(f.value)
            for f in facts(hub)
            if f.subject == subject and f.unit == "year" and f.status == "reported"
        }

    if mention.subject is not None:
        held = set().union(*(years(h, mention.subject) for h in mention.subject_hubs))
    else:  # (its part the words name, else its own: "the Xi'an hi-tech zone was set up")
        part = part_holding(names, mention.hub_id, lambda h: bool(years(h, None)), words, mentions)
        held = years(part or mention.hub_id, None)
    return held.pop() if len(held) == 1 else None
