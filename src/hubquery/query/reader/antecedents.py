"""What a sentence refers back to, as a reader takes it: a sentence that opens on "its",
"their", "it" or "they" just after a question that names one place ("Remember when
nobody had heard of Dalian? Its software sector pulled in …"): the pronoun is that
place's; a figure alone answering the question before it ("The gap between what Dalian
signed and delivered in 2012? Roughly US$260 million."): the question's subject is that
figure; "the institute": the dataset's one organisation whose name that noun heads; "the
city", in a draft of one sentence that names no place: the one city that holds the
figure's metric (no other passage is looked at: a draft may be read in parts cut
anywhere, ``asks``; after another sentence, "the city" is the one that sentence named,
which the reader does not carry over, so it is left unread)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from hubquery.numbers import normalise
from hubquery.query.reader import gates
from hubquery.query.reader.bounds import hedge_start
from hubquery.query.reader.mentions import Mention, NameReader
from hubquery.query.reader.reading import Reading
from hubquery.store import Store

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


# "Roughly US$260 million.", "About 2,300.", "Just 14th.": a figure and at most its
# hedge and unit, no verb (six words at most)
_FIGURE_ALONE = re.compile(r"^(?P<hedge>[a-z ]*?)(?:us\$|\$|cn¥|¥|rmb ?)?\d[^?!;]*$", re.I)


def answered(question: str, text: str) -> str:
    """``text`` (in lower case) as the answer to the question before it (as written: "…
    in 2012? Roughly US$260 million.": "… in 2012 is roughly us$260 million."), where it
    is a figure alone; unchanged otherwise."""
    alone = _FIGURE_ALONE.match(text)
    if alone is None or len(text.split()) > 6:
        return text
    hedge = alone.group("hedge").lower()
    if hedge and hedge_start(hedge) != 0:
        return text  # ("Dalian? 6 million." yes; "Dalian had 6 million." is no answer)
    return f"{question.rstrip().removesuffix('?').rstrip()} is {text}"


class Organisations:
    """The organisations of a dataset by the noun that heads their name ("Neusoft
    Institute of Information": institute), where that noun is a word of the name after
    its first, written with a capital, and no kind of place ("Special Economic Zone")."""

    def __init__(self, subjects: Iterable[str], place_kinds: Iterable[str]) -> None:
        kinds = set(place_kinds)
        self.by_head: dict[str, list[str]] = {}
        for subject in subjects:
            words = subject.split(" of ")[0].split()
            head = words[-1] if len(words) > 1 else ""
            if head.isalpha() and head[0].isupper() and head.lower() not in kinds:
                self.by_head.setdefault(head.lower(), []).append(subject)
        heads = "|".join(map(re.escape, sorted(self.by_head)))
        self._the_head = re.compile(rf"\bthe ({heads})\b") if heads else None
        # (what every match holds: looked for first, as most sentences name none)
        self._the_heads = tuple(f"the {head}" for head in sorted(self.by_head))
        # "Neusoft's Dalian institute", "Neusoft's own institute": the organisation that
        # head noun names after its first word, said by that word's possessive
        self._owners_head = (
            re.compile(rf"\b([a-z]+)['’]s (?:([a-z]+) )?({heads})\b") if heads else None
        )
        self._heads = tuple(f" {head}" for head in sorted(self.by_head))

    def named_by_kind(self, text: str) -> str:
        """``text`` with "the institute" as the name of the organisation it refers to,
        the dataset's only one of that head noun, and "Neusoft's institute" as the one
        of that head named after Neusoft; unchanged where none, or several, may be
        meant."""
        if self._owners_head is not None and any(map(text.__contains__, self._heads)):
            text = self._owners(text)
        if self._the_head is None or not any(map(text.__contains__, self._the_heads)):
            return text
        for said in self._the_head.finditer(text):
            meant = self.by_head.get(said.group(1), [])
            if len(meant) == 1:
                name = normalise(meant[0])
                if name not in text:
                    return f"{text[: said.start()]}{name}{text[said.end() :]}"
        return text

    def _owners(self, text: str) -> str:
        """ "neusoft's dalian institute" as "dalian neusoft institute of information"."""
        assert self._owners_head is not None
        for said in self._owners_head.finditer(text):
            owner, between, head = said.groups()
            meant = [n for n in self.by_head.get(head, []) if n.split()[0].lower() == owner]
            if len(meant) == 1 and (name := normalise(meant[0])) not in text:
                name = f"{between} {name}" if between else name
                return f"{text[: said.start()]}{name}{text[said.end() :]}"
        return text


# "the park's 650-odd companies": a kind of place named with "the" alone
_THE_KIND = re.compile(r"\bthe (zone|park|base|district|cluster|centre|center|hub)\b")


def part_of_members(names: NameReader, text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with "the park" as the one park of the place the organisations the
    sentence names are all in ("… the park's 650-odd software companies …, Accenture,
    IBM and SAP among them": Dalian's one park), where the sentence names no place."""
    if any(m.subject is None for m in mentions) or not any(m.subject for m in mentions):
        return mentions
    hubs = {hub for m in mentions if m.subject for hub in m.subject_hubs}
    said = _THE_KIND.search(text)
    if len(hubs) != 1 or said is None:
        return mentions
    part = names.part_of_kind(next(iter(hubs)), said.group(1))
    if part is None:
        return mentions
    return sorted([*mentions, Mention(said.start(), said.end(), part)], key=lambda m: m.start)


# "the city's 40 incubators", "the port city": a city said by its kind alone (and one word
# before it at most). ("the park" is no place: the project's own set, claims.tsv, labels
# "The software park's export revenue …" unsupported.)
_THE_CITY = re.compile(r"\bthe (?:([a-z]+) )?city\b")
_ANY_ONE = frozenset(("same", "whole", "entire", "very"))  # (words that name no city)


def the_city(
    readings: list[Reading],
    text: str,
    store: Store,
    held: Callable[[str, str | None], set[str]],
) -> list[Reading]:
    """The readings of a sentence that names no place but "the city", each figure the one
    city (whose name has the word before "city", if any) that holds the metric read: the
    city a reader of the sources takes it for; as read where several hold it, or none."""
    said = _THE_CITY.search(text)
    if said is None:
        return readings
    word = said.group(1)
    meant = []
    for reading in readings:
        if reading.hub_id is None and reading.metric is not None and reading.claimed:
            ids = store.hubs_that_may(reading.metric.id, None, ">=", float("-inf"))
            cities = [
                h.id
                for h in store.hubs_by_id(ids)
                if h.kind == "city"
                and reading.metric.id in held(h.id, None)
                and (word is None or word in _ANY_ONE or word in h.name.lower().split())
            ]
            if len(cities) == 1:
                reading = reading._replace(hub_id=cities[0], note=None)
        meant.append(reading)
    return meant
