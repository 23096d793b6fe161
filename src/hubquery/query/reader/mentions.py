"""The places and organisations a sentence names: hubs by any of their names (Chinese
names found inside words), organisations by their full name, its first words, or its
words spread over the sentence, and a hub's part named with an article ("Xi'an … a
hi-tech zone")."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import NamedTuple, cast

from hubquery.names import name_key
from hubquery.numbers import may_state_numbers, normalise
from hubquery.query import lexicon as lx
from hubquery.query.reader.kinds import KINDS as _KINDS
from hubquery.query.reader.kinds import PUBLICATIONS as _PUBLICATIONS
from hubquery.query.reader.kinds import named_another_kind as _named_another_kind
from hubquery.records import Hub
from hubquery.store import Store
from hubquery.words import word_places, word_runs

_LINKING = {"in", "of", "the", "a", "an", "and", "for", "to", "on", "at"}
_WORDS = re.compile(r"\w+")
_CJK = re.compile(lx.CJK)
_ARTICLES = {"a", "an", "the", "its", "their", "whose", "this", "that", "s"}  # "Xi'an's"


@dataclass
class Mention:
    start: int
    end: int
    hub_id: str
    subject: str | None = None
    subject_hubs: set[str] = field(default_factory=set)
    said: str = ""  # the words that name it


class Candidate(NamedTuple):
    """What a claim may be about: a hub, or an organisation (``subject``) in it."""

    hub: str
    subject: str | None


class _Subject(NamedTuple):
    """An organisation's name as the dataset gives it, and the hubs it is in."""

    name: str
    hubs: set[str]


class _Named(NamedTuple):
    """What a phrase names: a hub, or an organisation (``subject``) in its hubs."""

    hub_id: str
    subject: str | None
    hubs: set[str]


class NameReader:
    """Finds the names of one store's hubs and organisations in a text."""

    def __init__(self, store: Store) -> None:
        # Hubs' names are looked up in the store's index as the draft names them, never
        # loaded whole: the reader's cost grows with the draft, not the dataset (5M facts
        # took 530 MB and 17 times the check on 1k). Each answer is remembered.
        self.store = store
        self._hub_keys: dict[str, set[str]] = {}
        self._begins: dict[str, bool] = {}
        self._subjects: dict[str, _Subject] = {}
        for subject, hub in store.fact_subjects():
            self._subjects.setdefault(name_key(subject), _Subject(subject, set())).hubs.add(hub)
        self._subject_words = {
            key: tuple(_WORDS.findall(normalise(subject)))
            for key, (subject, _) in self._subjects.items()
        }
        # Each organisation's name by its first words ("neusoft institute" → its full name).
        self._prefixes: dict[tuple[str, ...], list[str]] = {}
        for key, named in self._subject_words.items():
            for n in range(2, len(named) + 1):
                # Two words of content at least: "neusoft institute", never "made in".
                if len(set(named[:n]) - _LINKING) >= 2:
                    self._prefixes.setdefault(named[:n], []).append(key)
        self._subject_prefixes = {
            key[:n]
            for key in [*self._subjects, *(k + "s" for k in self._subjects)]
            for n in range(1, len(key) + 1)
        }
        # Organisations named with words between, by their first word, in dataset order.
        self._spread: dict[str, list[int]] = {}
        self._spread_names = [
            (key, named) for key, named in self._subject_words.items() if len(named) >= 2
        ]
        for index, (_, named) in enumerate(self._spread_names):
            self._spread.setdefault(named[0], []).append(index)
        self._parts: dict[str, dict[tuple[str, ...], list[str]]] = {}
        self._kinds: dict[str, str | None] = {}  # (a hub's one part of a kind noun)
        self._keys: dict[str, str] = {}
        self._hubs: dict[str, Hub | None] = {}
        # What each (key, phrase) names, remembered as for the keys above.
        self._names: dict[tuple[str, str], _Named | None] = {}
        # The last clause ``parts_named`` read: its words, and where its articles are.
        self._clause, self._clause_words, self._articles = "", list[str](), list[int]()
        self._above: dict[str, list[str]] = {}
        self._children: dict[str, list[Hub]] = {}
        self._listed: dict[str, list[str]] = {}
        self._regions: list[Hub] | None = None
        self._candidates: tuple[tuple[Mention, ...], list[Candidate]] = ((), [])
        # Chinese names are not cut into words: they are looked for anywhere in a
        # passage, longest first (each with its rank in that order). Their keys begin
        # with a Chinese character: an index range of the names, read once.
        named_zh: dict[str, set[str]] = {}
        for key, hub in store.hub_keys_from("\u3400"):
            if _CJK.search(key):
                named_zh.setdefault(key, set()).add(hub)
        chinese = sorted(
            (k for k, hubs in named_zh.items() if len(hubs) == 1),
            key=len,
            reverse=True,
        )
        self._chinese = {key: rank for rank, key in enumerate(chinese)}
        self._chinese_hubs = {key: next(iter(named_zh[key])) for key in chinese}
        self._chinese_lengths = sorted({len(key) for key in chinese})

    def organisations(self) -> list[str]:
        """The names of the organisations and programmes the dataset's figures are of."""
        return [subject.name for subject in self._subjects.values()]

    def _begun(self, text: str) -> bool:
        """Whether a name of a hub or an organisation begins with ``text`` (a key)."""
        known = self._begins.get(text)
        if known is None:
            known = bool(text) and (
                text in self._subject_prefixes or self.store.hub_name_begins(text)
            )
            if len(self._begins) < 200_000:
                self._begins[text] = known
        return known

    def _hubs_named(self, key: str) -> set[str]:
        hubs = self._hub_keys.get(key)
        if hubs is None:
            hubs = set(self.store.hubs_named(key))
            if len(self._hub_keys) < 200_000:
                self._hub_keys[key] = hubs
        return hubs

    def mentions(self, text: str) -> list[Mention]:
        """Hubs and organisations named in the text, longest names first, no overlaps."""
        known = self._keys
        # The words are found once: their keys for every word, where they are only as far
        # as a name to look up reaches (most sentences name their places early).
        words = word_runs(text)
        looked = list(map(known.get, words))
        keys = (  # (words not met before in the draft are keyed now)
            [self._key(w) if k is None else k for k, w in zip(looked, words, strict=True)]
            if None in looked
            else cast("list[str]", looked)
        )
        chinese_text = not text.isascii() and _CJK.search(text) is not None
        # How many words from each one can still begin a name: a span no name begins
        # with is never looked up (a draft of 20,000 words is 20,000 lookups, not 200,000).
        begun, begins = self._begun, self._begins
        starts = list(map(begins.get, keys))
        if None in starts:
            starts = [
                begun(key) if known is None else known
                for known, key in zip(starts, keys, strict=True)
            ]
        firsts = (
            [i for i, key in enumerate(keys) if starts[i] or _CJK.search(key)]
            if chinese_text
            else itertools.compress(range(len(keys)), starts)
        )
        spans: list[tuple[int, int]] = []  # (-length, first word) of each span to look up
        reach = 0  # (the words after the last span's are never located)
        for i in firsts:
            joined, length = "", 0
            for key in keys[i : i + 10]:
                joined += key
                if not (begun(joined) or (chinese_text and _CJK.search(joined))):
                    break
                length += 1
            spans += zip(range(-length, 0), itertools.repeat(i))  # (longest first)
            reach = max(reach, i + length)
        found: list[Mention] = []
        taken: set[int] = set()
        located = word_places(text, words[:reach])
        for negative, i in sorted(spans):
            length = -negative
            span = range(i, i + length)
            if taken.intersection(span):
                continue
            start, end = located[i], located[i + length - 1] + len(words[i + length - 1])
            mention = self._named("".join(keys[i : i + length]), start, end, text[start:end])
            if (
                mention is not None
                and mention.subject is not None
                and self._other_kind(
                    mention.subject,
                    length,
                    words[i + length] if i + length < len(words) else "",
                )
            ):
                taken.update(span)  # (nor its shorter names: "… demonstration city")
                continue
            if (
                mention is not None
                and mention.subject is None
                and i + length < len(keys)
                and keys[i + length] in _PUBLICATIONS
            ):
                taken.update(span)  # ("China Daily reported …": a newspaper, not the place)
                continue
            if mention is not None:
                part = None
                if mention.subject is None and keys[i + length : i + length + 2]:
                    # "the Dalian park", "Xi'an's zone": the hub's one part of that kind
                    after = keys[i + length : i + length + 2]
                    kind = after[1] if after[0] == "s" and len(after) > 1 else after[0]
                    part = self.part_of_kind(mention.hub_id, kind) if kind in _KINDS else None
                    if part is not None:
                        last = i + length + after.index(kind)
                        end = word_places(text, words[: last + 1])[last] + len(words[last])
                        mention = Mention(start, end, part)
                        span = range(i, last + 1)
                if (
                    part is None
                    and mention.subject is None
                    and i >= 3
                    and keys[i - 1] == "in"
                    and keys[i - 2] in _KINDS
                    and "the" in keys[max(0, i - 5) : i - 2]
                    and (part := self.part_of_kind(mention.hub_id, keys[i - 2])) is not None
                ):  # ("the software park in Dalian": the hub's one part of that kind)
                    mention = Mention(located[i - 2], end, part)
                    span = range(i - 2, i + length)
                found.append(mention)
                taken.update(span)
        if not chinese_text:
            return sorted(found, key=lambda m: m.start)
        covered = bytearray(len(text) + 1)
        for mention in found:
            covered[mention.start : mention.end] = b"\1" * (mention.end - mention.start)
        # Each place a Chinese name occurs, taken longest name first, then left to right,
        # where no name is yet: a dictionary lookup per place and length, however many
        # names the dataset has.
        chinese = self._chinese
        places = sorted(
            (chinese[text[start : start + n]], start, n)
            for start in range(len(text))
            for n in self._chinese_lengths
            if text[start : start + n] in chinese
        )
        for _, start, n in places:
            if not any(covered[start : start + n]):
                found.append(Mention(start, start + n, self._chinese_hubs[text[start : start + n]]))
                covered[start : start + n] = b"\1" * n
        return sorted(found, key=lambda m: m.start)

    def hub(self, hub_id: str) -> Hub | None:
        if hub_id not in self._hubs:
            self._hubs[hub_id] = self.store.hub(hub_id)
        return self._hubs[hub_id]

    def ancestors(self, hub_id: str) -> list[str]:
        """The ids of the hubs above one, from the root down."""
        if hub_id not in self._above:
            hub = self.hub(hub_id)
            self._above[hub_id] = [] if hub is None else [a.id for a in self.store.ancestors(hub)]
        return self._above[hub_id]

    def children(self, hub_id: str) -> list[Hub]:
        """The hubs directly under one (remembered: a query of the store each time cost
        1.4 % of a check of prose)."""
        if hub_id not in self._children:
            self._children[hub_id] = self.store.children(hub_id)
        return self._children[hub_id]

    def listed(self, hub: Hub) -> list[str]:
        """The places the parts of a hub's name written as a list name, in order
        ("Chengdu and Chongqing": chengdu, chongqing), each name read once."""
        if hub.name not in self._listed:
            self._listed[hub.name] = [
                m.hub_id
                for part in hub.name.split(" and ")
                for m in self.mentions(normalise(part))
                if m.subject is None
            ]
        return self._listed[hub.name]

    def regions(self) -> list[Hub]:
        """The hubs of kind region (read once: a query and a reading of their names
        for each claim of a part cost 2.5 % of a check of prose)."""
        if self._regions is None:
            self._regions = self.store.region_hubs()
        return self._regions

    def part_of_kind(self, hub_id: str, kind: str) -> str | None:
        """The one part under a hub whose name ends in a kind noun ("park": Dalian
        Software Park under Dalian), if it has exactly one."""
        if _KINDS[kind] != kind:
            return None  # ("the Dalian parks": several)
        key = f"{hub_id} {kind}"
        if key not in self._kinds:
            ids = [c.id for c in self.children(hub_id) if name_key(c.name).endswith(kind)]
            self._kinds[key] = ids[0] if len(ids) == 1 else None
        return self._kinds[key]

    def _other_kind(self, subject: str, length: int, after: str) -> bool:
        """Whether the word after an organisation's name said by its first ``length``
        words is a kind noun its name has not: "demonstration city" for "… demonstration
        zone"."""
        kind = _KINDS.get(after)
        if kind is None:
            return False  # (most names: no name keyed for them)
        named = self._subject_words[name_key(subject)]
        return length < len(named) and kind not in named

    def _key(self, word: str) -> str:
        """``name_key`` of a word, remembered (a draft repeats its words)."""
        key = self._keys.get(word)
        if key is None:
            key = name_key(word)
            if len(self._keys) < 200_000:
                self._keys[word] = key
        return key

    def _named(self, key: str, start: int, end: int, phrase: str) -> Mention | None:
        if (key, phrase) in self._names:
            named = self._names[(key, phrase)]
        else:
            named = self._name(key, phrase)
            if len(self._names) < 200_000:
                self._names[(key, phrase)] = named
        if named is None:
            return None
        if named.subject is None:
            return Mention(start, end, named.hub_id)
        return Mention(start, end, named.hub_id, named.subject, named.hubs)

    def _name(self, key: str, phrase: str) -> _Named | None:
        """The hub, or the organisation (its hub, name and hubs), a phrase names."""
        hubs = self._hubs_named(key)
        if len(hubs) == 1:
            return _Named(next(iter(hubs)), None, set())
        subject = self._subjects.get(key.removesuffix("s")) or self._subjects.get(key)
        # "Neusoft Institute" for its full name (never "five-year" for "five-year plan")
        if subject is None and not may_state_numbers(phrase):
            longer = self._prefixes.get(tuple(_WORDS.findall(phrase)), [])
            subject = self._subjects[longer[0]] if len(longer) == 1 else None
        if subject:
            return _Named(min(subject.hubs), subject.name, subject.hubs)
        return None

    def parts_named(self, hub: str, clause: str) -> list[str]:
        """The hubs under ``hub`` a clause names with an article instead of the hub's own
        name ("Xi'an … a hi-tech zone" is its "Xian Hi-tech Zone"; "a high-tech zone
        city" names none): the words of one of their names, less the hub's own, after an
        article and at most one word more. Looked up by words, not a pattern per name (a
        city of a large dataset has hundreds of parts)."""
        if hub not in self._parts:
            above = self.hub(hub)
            own = set() if above is None else _name_words(above.name, *above.aliases)
            parts: dict[tuple[str, ...], list[str]] = {}
            for child in self.children(hub):
                for name in (child.name, *child.aliases):
                    rest = [w for w in _WORDS.findall(normalise(name)) if w not in own]
                    if len(rest) >= 2 and not own.isdisjoint(_name_words(name)):
                        named = tuple("hi" if w == "high" else w for w in rest)
                        parts.setdefault(named, []).append(child.id)
                        if named[:2] == ("hi", "tech"):  # ("Xi'an's tech zone": its hi-tech one)
                            parts.setdefault(named[1:], []).append(child.id)
            self._parts[hub] = parts
        parts = self._parts[hub]
        if not parts:
            return []
        if clause != self._clause:  # (the same clause is asked of each hub it names)
            words = ["hi" if w == "high" else w for w in word_runs(clause)]
            self._clause, self._clause_words = clause, words
            self._articles = [i for i, word in enumerate(words) if word in _ARTICLES]
        words = self._clause_words
        lengths = {len(named) for named in parts}
        found = [
            child
            for i in self._articles
            for start in (i + 1, i + 2)
            for n in lengths
            for child in parts.get(tuple(words[start : start + n]), ())
        ]
        return list(dict.fromkeys(found))

    # What each figure claims

    def candidates(self, mentions: list[Mention]) -> list[Candidate]:
        """What a claim may be about, most likely first: an organisation named (under a hub
        named with it, else any of its hubs), then the places named, the most specific
        first ("Zhongguancun" before "China"), in the order they are named. (Kept for
        the names last asked of: a sentence's figures are most often of the same names,
        a third of a check of prose's asks; a new list each time, as callers add to it.)"""
        named = tuple(mentions)
        if named != self._candidates[0]:
            self._candidates = (named, self._candidates_of(mentions))
        return list(self._candidates[1])

    def _candidates_of(self, mentions: list[Mention]) -> list[Candidate]:
        hubs = list(dict.fromkeys(m.hub_id for m in mentions if m.subject is None))
        found: list[Candidate] = []
        for mention in mentions:
            if mention.subject is not None:
                ordered = sorted(mention.subject_hubs, key=lambda h: (h not in hubs, h))
                found += [Candidate(hub, mention.subject) for hub in ordered]
        above = {a for h in hubs for a in self.ancestors(h)}
        found += [Candidate(h, None) for h in hubs if h not in above]
        found += [Candidate(h, None) for h in hubs if h in above]
        return list(dict.fromkeys(found))

    def spread_subjects(self, text: str) -> list[Candidate]:
        """Organisations named with words between ("Neusoft set up its Institute of
        Information", "Neusoft's Dalian institute"): those whose every word, or whose two
        first words (of no other's name, and no number), the sentence has."""
        words = set(word_runs(text))
        found: list[Candidate] = []
        # (the words that begin such a name, found by one intersection, not word by word)
        firsts = [self._spread[word] for word in words & self._spread.keys()]
        for index in sorted(i for indexes in firsts for i in indexes):
            key, named = self._spread_names[index]
            if words.issuperset(named) or (
                len(self._prefixes.get(named[:2], ())) == 1
                and named[1] in words
                and not may_state_numbers(named[0])
                and not _named_another_kind(named, text)
            ):
                subject, hubs = self._subjects[key]
                found += [Candidate(hub, subject) for hub in sorted(hubs)]
        return found


def _name_words(*names: str) -> set[str]:
    """The words of names, "high-tech" and "hi-tech" alike."""
    return {
        "hi" if word == "high" else word
        for name in names
        for word in _WORDS.findall(normalise(name))
    }
