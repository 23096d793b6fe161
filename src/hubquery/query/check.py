"""A writer's claims judged against the dataset (`check`).

A claim is a figure stated in a sentence (or a clause of one): a number with its
hedge and unit, about a hub (or an organisation in one) and a metric, perhaps for a
period ("in 2013"). Numbers are read by ``numbers`` — the reader ``validate`` uses
for quotes. Each claim is judged with the hedge intervals of ``hedges`` on both sides:

    supported     a figure for that hub and metric is consistent with the claim
    contradicted  the dataset has figures for that hub and metric, none consistent
    unsupported   no figure to judge it by (an unknown place, another period, another
                  currency, or a claim the reader could not read: never a guess)

and carries notes a careful editor would add (stable kinds): ``newer-figure``,
``hedge-dropped``, ``period-differs``, ``unit-differs``, ``basis-differs``,
``rounded``, ``unreadable``.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from hubquery.display import format_value
from hubquery.hedges import Interval, interval, overlap
from hubquery.names import name_key
from hubquery.numbers import Number, normalise, read_numbers, stated_numbers, states
from hubquery.query.draft import Passage, passages
from hubquery.query.facts import latest, newest_first
from hubquery.records import Fact, Metric, Note
from hubquery.store import Store

Verdict = Literal["supported", "contradicted", "unsupported"]


class Claim(NamedTuple):
    """One figure a draft states, and how the dataset judges it.

    ``facts`` are the figures the verdict rests on (those consistent with the claim
    when it is supported, else every figure for its hub and metric), each with its
    source and quote; ``fact_ids`` are their ids."""

    text: str
    line: int
    verdict: Verdict
    hub_id: str | None
    subject: str | None
    metric_id: str | None
    value: int | float | None
    unit: str | None
    qualifier: str | None
    period: str | None
    fact_ids: tuple[str, ...]
    notes: tuple[Note, ...]
    facts: tuple[Fact, ...]


def check(store: Store, draft: str | Sequence[str]) -> list[Claim]:
    """Every claim in the draft, in order, judged. A draft given as several texts (the
    command's arguments) numbers its passages by text instead of by line."""
    reader = ClaimReader(store)
    found = passages(draft) if isinstance(draft, str) else [
        Passage(passage.text, number)
        for number, text in enumerate(draft, 1) for passage in passages(text)]
    claims: list[Claim] = []
    for passage in found:
        claims.extend(reader.judge(passage))
    return claims


# What a writer puts before a figure to hedge it, as the dataset's qualifiers.
_HEDGES = (
    ("more than", r"more than|over|above|exceed(?:s|ed|ing)?|in excess of|upwards of|"
                  r"greater than|beyond|surpass(?:es|ed)?|topp(?:ed)?|tops"),
    ("at least", r"at least|no (?:fewer|less) than|a minimum of|not less than"),
    ("nearly", r"nearly|almost|close to|just under|approaching|not quite"),
    ("about", r"about|around|approximately|roughly|some|circa|an estimated|estimated|"
              r"approx\.?|~|c\.|around about|on the order of"),
    ("less than", r"less than|fewer than|under|below"),
    ("at most", r"at most|no more than|up to|a maximum of|not more than"),
)
_HEDGE_BEFORE = [(q, re.compile(rf"(?:^|[\s(])(?:{words})\s*$")) for q, words in _HEDGES]
_CURRENCY_BEFORE = (
    ("USD", re.compile(r"(?:us\$|usd|\$)\s*$")),
    ("CNY", re.compile(r"(?:cn¥|rmb|cny|¥|yuan)\s*$")),
)
_CURRENCY_AFTER = (
    ("USD", re.compile(r"^\s*(?:us dollars|dollars|usd|\$)\b")),
    ("CNY", re.compile(r"^\s*(?:yuan|renminbi|rmb|cny)\b")),
)
# Not part of a name: "US$" names no United States, "Chengdu's Hi-Tech Zone" is one.
_NOT_NAMES = re.compile(r"\b(?:us|cn|hk)(?=\$|¥)|(?<=\w)['’]s\b")
_CJK = r"[\u3400-\u9fff]"  # a Chinese character
_FOLD = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d+)fold\b")
# "a city of 6 million" counts its residents.
_CITY_OF = re.compile(r"\b(?:city|town|metropolis|municipality|seaport|port|megacity) of "
                      r"(?:about |some |nearly |more than |over |around )?[\d.,]+"
                      r"(?: ?(?:million|m|billion|bn))?\b(?! ?(?:people|residents|inhabitants))")
_SPAN_AFTER = re.compile(r"^\s*(?:months?|weeks?|hours?|minutes?)\b")
_PERCENT_AFTER = re.compile(r"^\s*(?:%|percent\b|per cent\b|pc\b|percentage points?\b)")
_RANKED_AFTER = re.compile(r"^[\s-]*(?:ranked|place|position)\b")
_RANK_AFTER = re.compile(r"^(?:st|nd|rd|th)\b")
_RANK_BEFORE = re.compile(r"(?:no\.|number|#|ranked|ranks|rank)\s*$")
_TIMES_AFTER = re.compile(r"^\s*(?:times\b|fold\b|-fold\b|×|x\b)")
_AREA_AFTER = re.compile(r"^\s*(?:km2|km²|sq\.? ?km|square (?:kilometres|kilometers|km))")
_YEAR_BEFORE = re.compile(
    r"(?:in|since|by|during|as of|for|of|from|until|till|to|end of|year|(?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\()\s*$")
_UNIT_WORDS = {
    "companies": ("companies", "company", "firms", "firm", "enterprises", "enterprise",
                  "businesses", "startups", "start", "ups"),
    "people": ("people", "persons", "residents", "inhabitants", "employees", "workers",
               "staff", "professionals", "researchers", "engineers", "citizens", "jobs"),
    "students": ("students", "student", "trainees", "learners"),
    "patents": ("patents", "patent"),
    "universities": ("universities", "university", "colleges"),
    "incubators": ("incubators",),
    "projects": ("projects",),
    "cities": ("cities",),
    "countries": ("countries",),
    "zones": ("zones",),
    "years": ("years", "year"),
}
_UNIT_OF_WORD = {word: unit for unit, words in _UNIT_WORDS.items() for word in words}
# Words a writer uses, read as the words of the metrics' labels, aliases and descriptions.
_SYNONYM_WORDS = {
    "grew": "growth", "grow": "growth", "grows": "growth", "rose": "growth", "risen": "growth",
    "increase": "growth", "increased": "growth", "rise": "growth", "up": "growth",
    "jumped": "growth", "live": "residents", "lives": "residents", "lived": "residents",
    "home": "residents", "inhabitants": "residents", "employs": "employees",
    "employ": "employees", "employed": "employees", "work": "employees",
    "founded": "established", "set": "established", "created": "established",
    "sells": "sold", "sell": "sold", "made": "produced", "makes": "produced",
    "make": "produced", "manufactures": "produced", "assembled": "produced",
    "produces": "produced", "turnover": "revenue", "sales": "revenue", "earned": "revenue",
    "earns": "revenue", "earn": "revenue", "generated": "revenue", "firms": "companies",
    "enterprises": "companies", "businesses": "companies", "iphones": "smartphones",
    "present": "presence", "workforce": "employees", "cost": "investment",
    "costs": "investment", "spent": "investment", "spend": "investment",
    "invested": "investment", "dates": "established", "occupies": "covers",
    "subsidises": "subsidies", "subsidizes": "subsidies",
}
_WORD = re.compile(r"[a-z][a-z']*")


def _stem(word: str) -> str:
    word = _root(word)
    return _SYNONYMS.get(word, word)


def _root(word: str) -> str:
    word = word.removesuffix("'s").removesuffix("’s").strip("'")
    for suffix in ("ies", "es", "s", "ed", "ing", "ment", "ly", "ic", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:6]


_SYNONYMS = {_root(word): _root(meaning) for word, meaning in _SYNONYM_WORDS.items()}
_STOP = {_root(word) for word in (
    "the", "of", "a", "an", "in", "and", "or", "to", "by", "for", "as", "its", "it", "is",
    "place", "places", "where", "with", "that", "this", "from", "on", "at", "what", "which",
    "whether", "says", "figure", "named", "subject", "number", "was", "were", "has", "had",
    "have", "are", "be", "been", "than", "more", "about", "nearly", "per", "year", "new",
    "hundred", "thousand", "million", "billion", "trillion", "percent", "cent")}


def _phrases(metric: Metric) -> list[re.Pattern[str]]:
    """The metric's label and aliases as phrases to find in a claim, word by word."""
    names = [metric.label, *(alias.replace("-", " ") for alias in metric.aliases)]
    names = [name for name in names if name.lower() not in _UNIT_OF_WORD]  # "people": a unit
    return [re.compile(r"\b" + r"[\s\-]+".join(map(re.escape, name.lower().split())) + r"\b")
            for name in names if name.strip()]


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower())} - _STOP


@dataclass
class _Figure:
    """A number read from a clause: what it states, before it is judged."""

    number: Number
    value: float
    unit: str | None
    qualifier: str | None
    year_like: bool
    rounding: float = 0.0
    superlative: bool = False


@dataclass
class _Mention:
    start: int
    end: int
    hub_id: str
    subject: str | None = None
    subject_hubs: set[str] = field(default_factory=set)


class ClaimReader:
    """Reads claims with the names, metrics and figures of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.metrics = store.metrics()
        self.units = {m.id: set(store.metric_units(m.id, subjects=True)) for m in self.metrics}
        self._hub_keys: dict[str, set[str]] = {}
        for name, hub in store.hub_names():
            self._hub_keys.setdefault(name_key(name), set()).add(hub)
        self._subjects: dict[str, tuple[str, set[str]]] = {}
        for subject, hub in store.fact_subjects():
            entry = self._subjects.setdefault(name_key(subject), (subject, set()))
            entry[1].add(hub)
        self._subject_words = {key: tuple(re.findall(r"\w+", normalise(subject)))
                               for key, (subject, _) in self._subjects.items()}
        self._vocabulary = {m.id: self._metric_words(m) for m in self.metrics}
        self._phrases = {m.id: _phrases(m) for m in self.metrics}
        self._facts: dict[str, list[Fact]] = {}
        self._passage_stems: tuple[str, set[str]] = ("", set())
        # Chinese names are not cut into words: they are looked for anywhere in a
        # passage, longest first (each with its rank in that order).
        chinese = sorted((k for k, hubs in self._hub_keys.items()
                          if len(hubs) == 1 and re.search(_CJK, k)), key=len, reverse=True)
        self._chinese = {key: rank for rank, key in enumerate(chinese)}
        self._chinese_lengths = sorted({len(key) for key in chinese})

    @staticmethod
    def _metric_words(metric: Metric) -> tuple[set[str], set[str]]:
        strong = _stems(" ".join((metric.id.replace("-", " "), metric.label,
                                  *(a.replace("-", " ") for a in metric.aliases))))
        return strong, _stems(metric.description) - strong

    def hub_facts(self, hub: str) -> list[Fact]:
        if hub not in self._facts:
            self._facts[hub] = self.store.facts_for_hub(hub)
        return self._facts[hub]

    # Reading

    def judge(self, passage: Passage) -> list[Claim]:
        text = _FOLD.sub(r"\1-fold", normalise(passage.text))
        text = _CITY_OF.sub(r"\g<0> residents", text)
        mentions = self._mentions(_NOT_NAMES.sub(lambda m: " " * len(m.group()), text))
        # Place names are no cue to a metric ("Dalian Software Park" measures no software);
        # organisations' and programmes' names may be ("a Special Economic Zone for 40 years").
        named = list(text)
        for mention in mentions:
            if mention.subject is None:
                named[mention.start:mention.end] = " " * (mention.end - mention.start)
        unnamed = "".join(named)
        # Numbers inside a name ("Made in China 2025", "the five-year plan") are no figures.
        for mention in mentions:
            named[mention.start:mention.end] = " " * (mention.end - mention.start)
        text = "".join(named)
        years = self._years(text)
        claims: list[Claim] = []
        for start, end, figure in self._clauses(text, mentions):
            inside = [m for m in mentions if m.start >= start and m.end <= end]
            claim = self._claim(passage, unnamed, (start, end), figure, inside or mentions,
                                years)
            if claim.verdict != "unsupported" or not figure.superlative or claim.facts:
                claims.append(claim)  # "the largest city" alone is not a figure
        claims = self._without_thresholds(claims)
        if not claims and self._unread_digits(text):
            about = self._candidates(mentions)
            hub_id, subject = about[0] if about else (None, None)
            claims.append(Claim(passage.text, passage.line, "unsupported", hub_id, subject, None,
                                None, None, None, None, (), (Note(
                                    "unreadable", "states a number hubquery cannot read",
                                    (hub_id,) if hub_id else ()),), ()))
        return claims

    def _without_thresholds(self, claims: list[Claim]) -> list[Claim]:
        """Leave out numbers that are part of another claim's metric ("companies with a
        turnover above 1 billion yuan": the billion is the metric's, not a figure)."""
        labels: dict[str, set[float]] = {}
        for claim in claims:
            metric = self.store.metric(claim.metric_id) if claim.facts and claim.metric_id else None
            if metric is not None:
                labels[metric.id] = stated_numbers(metric.label)
        kept = []
        for index, claim in enumerate(claims):
            others = [c for i, c in enumerate(claims) if i != index and c.facts and c.metric_id]
            defining = set().union(*(labels.get(c.metric_id or "", set()) for c in others))
            # Left out only beside a figure that is not itself a number of the definition.
            figure_beside = any(c.value is not None and not states(c.value, defining)
                                for c in others)
            if claim.value is not None and states(claim.value, defining) and figure_beside and (
                    not claim.facts or claim.metric_id in {c.metric_id for c in others}):
                continue
            kept.append(claim)
        return kept

    @staticmethod
    def _unread_digits(text: str) -> bool:
        """Digits the number reader did not read ("成都有2000万人口": digits inside words)."""
        read = bytearray(len(text) + 1)
        for number in read_numbers(text):
            read[number.start:number.end] = b"\1" * (number.end - number.start)
        return any(not read[m.start()] for m in re.finditer(r"\d", text))

    def _figures(self, text: str) -> list[_Figure]:
        """The numbers of a text a claim can state, widest reading first at each place."""
        chosen: list[Number] = []
        end = -1
        for number in sorted(read_numbers(text), key=lambda n: (n.start, -n.end)):
            if number.start < end or number.kind == "years-ago" or _SPAN_AFTER.match(
                    text[number.end:]):
                continue  # "the first ten months of 2012": a span of time, not a figure
            if number.kind == "fraction" and not 0.01 <= number.value < 1:
                continue  # "#14 in 2014", "1998 in 1998": no fraction
            if number.kind == "words" and not number.scaled and number.value == 1 \
                    and not re.match(r"^\s+(?:in|out of)\b", text[number.end:]):
                continue  # "one of the largest", "a city": not a figure
            chosen.append(number)
            end = number.end
        return [self._figure(text, n) for n in chosen]

    def _figure(self, text: str, number: Number) -> _Figure:
        # A hedge, a currency or a unit is within a few words of its number.
        before = text[max(0, number.start - 40): number.start]
        after = text[number.end: number.end + 60]
        value, unit = number.value, None
        if number.kind == "fraction":
            value, unit = value * 100, "percent"
        elif number.kind == "ordinal" or _RANK_AFTER.match(after) or _RANK_BEFORE.search(before):
            unit = "rank"
        elif _PERCENT_AFTER.match(after):
            unit = "percent"
        elif _TIMES_AFTER.match(after):
            unit = "times"
        elif _AREA_AFTER.match(after):
            unit = "km2"
        else:
            for code, pattern in _CURRENCY_BEFORE:
                if pattern.search(before):
                    unit, before = code, pattern.sub("", before)
            for code, pattern in _CURRENCY_AFTER:
                if pattern.match(after):
                    unit = code
        nouns = _WORD.findall(re.split(r"\d", after, maxsplit=1)[0])[:4]  # up to the next number
        if unit is None:
            unit = next((_UNIT_OF_WORD[w] for w in nouns if w in _UNIT_OF_WORD), None)
        qualifier = next((q for q, pattern in _HEDGE_BEFORE if pattern.search(before)), None)
        if re.match(r"^\s*(?:\+|-plus\b|or more\b|and more\b|and up\b)", after):
            qualifier = "at least" if "or more" in after[:12] else "more than"
        # "2010" is a year unless a unit follows it at once ("1500 companies").
        year_like = (number.kind == "digits" and not number.scaled and value.is_integer()
                     and 1800 <= value <= 2100 and "," not in text[number.start:number.end]
                     and unit in (None, *_UNIT_WORDS) and qualifier is None
                     and not (nouns and nouns[0] in _UNIT_OF_WORD))
        if year_like:
            unit = None
        # An ordinal word ("the first ten months", "the largest city") is a figure only
        # when the dataset has one to judge it by.
        superlative = number.kind == "ordinal" and not (
            _RANKED_AFTER.match(after) or _RANK_BEFORE.search(before))
        return _Figure(number, value, unit, qualifier, year_like, number.rounding, superlative)

    def _years(self, text: str) -> list[_Figure]:
        """Years in the text, those after "in", "since", "by" … first: the claim's period."""
        years = [f for f in self._figures(text) if f.year_like]
        return sorted(years, key=lambda f: not _YEAR_BEFORE.search(
            text[max(0, f.number.start - 20): f.number.start]))

    def _clauses(self, text: str, mentions: list[_Mention]) -> list[tuple[int, int, _Figure]]:
        """Cut a sentence between its figures (at ';', ',', 'and', 'while', 'but')."""
        figures = [f for f in self._figures(text) if not f.year_like]
        if not figures:
            years = [f for f in self._figures(text) if f.year_like]
            # A year alone is a period, unless the sentence says something was founded then.
            if years and (self._year_cued(text) or self._dated_subject(mentions)):
                return [(0, len(text), years[0])]
            return []
        bounds = [0]
        for previous, current in itertools.pairwise(figures):
            gap = text[previous.number.end:current.number.start]
            cuts = [m.end() for m in re.finditer(r";|,|\band\b|\bwhile\b|\bbut\b|\bwhereas\b",
                                                 gap)]
            bounds.append(previous.number.end + (cuts[0] if cuts else len(gap) // 2))
        bounds.append(len(text))
        return [(bounds[i], bounds[i + 1], f) for i, f in enumerate(figures)]

    def _dated_subject(self, mentions: list[_Mention]) -> str | None:
        """The metric of the one year the dataset has for an organisation or programme
        named ("a cross-border e-commerce pilot city" is dated by its designation)."""
        for mention in mentions:
            metrics = {f.metric_id for hub in mention.subject_hubs for f in self.hub_facts(hub)
                       if f.subject == mention.subject and f.unit == "year"}
            if len(metrics) == 1:
                return metrics.pop()
        return None

    def _year_cued(self, text: str) -> bool:
        words = _stems(text)
        return any(words & self._vocabulary[m.id][0] for m in self.metrics
                   if m.unit_kind == "year")

    def _mentions(self, text: str) -> list[_Mention]:
        """Hubs and organisations named in the text, longest names first, no overlaps."""
        tokens = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
        found: list[_Mention] = []
        taken: set[int] = set()
        for length in range(10, 0, -1):
            for i in range(len(tokens) - length + 1):
                span = range(i, i + length)
                if taken.intersection(span):
                    continue
                start, end = tokens[i][0], tokens[i + length - 1][1]
                key = name_key(text[start:end])
                mention = self._named(key, start, end, text[start:end])
                if mention is None and re.search(_CJK, key):
                    continue
                if mention is not None:
                    found.append(mention)
                    taken.update(span)
        covered = bytearray(len(text) + 1)
        for mention in found:
            covered[mention.start:mention.end] = b"\1" * (mention.end - mention.start)
        # Each place a Chinese name occurs, taken longest name first, then left to right,
        # where no name is yet: a dictionary lookup per place and length, however many
        # names the dataset has.
        chinese = self._chinese
        places = sorted((chinese[text[start:start + n]], start, n)
                        for start in range(len(text)) for n in self._chinese_lengths
                        if text[start:start + n] in chinese) if re.search(_CJK, text) else []
        for _, start, n in places:
            if not any(covered[start:start + n]):
                found.append(_Mention(start, start + n,
                                      next(iter(self._hub_keys[text[start:start + n]]))))
                covered[start:start + n] = b"\1" * n
        return sorted(found, key=lambda m: m.start)

    def _named(self, key: str, start: int, end: int, phrase: str) -> _Mention | None:
        hubs = self._hub_keys.get(key)
        if hubs and len(hubs) == 1:
            return _Mention(start, end, next(iter(hubs)))
        subject = self._subjects.get(key.removesuffix("s")) or self._subjects.get(key)
        words = tuple(re.findall(r"\w+", phrase))
        if subject is None and len(words) >= 2:  # "Neusoft Institute" for its full name
            longer = [k for k, named in self._subject_words.items()
                      if named[: len(words)] == words]
            subject = self._subjects[longer[0]] if len(longer) == 1 else None
        if subject:
            return _Mention(start, end, sorted(subject[1])[0], subject[0], subject[1])
        return None

    # Judging

    def _claim(self, passage: Passage, unnamed: str, clause: tuple[int, int], figure: _Figure,
               mentions: list[_Mention], years: list[_Figure]) -> Claim:
        candidates = self._candidates(mentions)
        metric = self._metric(unnamed[clause[0]:clause[1]], self._stems_of(unnamed), figure,
                              candidates)
        if metric is None and figure.year_like and (dated := self._dated_subject(mentions)):
            metric = self.store.metric(dated)
        hub_id, subject = next(
            (c for c in candidates if metric and any(
                f.metric_id == metric.id and f.subject == c[1] for f in self.hub_facts(c[0]))),
            candidates[0] if candidates else (None, None))
        if metric is not None and metric.unit_kind == "year" and figure.year_like:
            figure.unit = "year"
            years = [y for y in years if y.number.start != figure.number.start]
        if figure.unit is None and metric is not None and len(self.units[metric.id]) == 1:
            only = next(iter(self.units[metric.id]))
            if only not in ("USD", "CNY", "percent", "rank", "year"):
                figure.unit = only
        period = str(int(years[0].value)) if years else None
        base = {"text": passage.text, "line": passage.line, "hub_id": hub_id,
                "subject": subject, "value": _plain(figure.value), "unit": figure.unit,
                "qualifier": figure.qualifier, "period": period}
        if hub_id is None:
            return _claim(base, "unsupported", metric, [], [Note(
                "unreadable", "names no place or organisation the dataset knows")])
        if metric is None:
            return _claim(base, "unsupported", None, [], [Note(
                "unreadable", "cannot tell which metric the figure measures", (hub_id,))])
        return self._verdict(base, metric, figure, hub_id, subject, period, unnamed)

    def _candidates(self, mentions: list[_Mention]) -> list[tuple[str, str | None]]:
        """What a claim may be about, most likely first: an organisation named (under a hub
        named with it, else any of its hubs), then the places named, the most specific
        first ("Zhongguancun" before "China"), in the order they are named."""
        hubs = list(dict.fromkeys(m.hub_id for m in mentions if m.subject is None))
        found: list[tuple[str, str | None]] = []
        for mention in mentions:
            if mention.subject is not None:
                ordered = sorted(mention.subject_hubs, key=lambda h: (h not in hubs, h))
                found += [(hub, mention.subject) for hub in ordered]
        above = {a.id for h in hubs if (hub := self.store.hub(h)) is not None
                 for a in self.store.ancestors(hub)}
        found += [(h, None) for h in hubs if h not in above]
        found += [(h, None) for h in hubs if h in above]
        return list(dict.fromkeys(found))

    def _stems_of(self, text: str) -> set[str]:
        """The stems of a whole passage, read once for all its claims."""
        if self._passage_stems[0] != text:
            self._passage_stems = (text, _stems(text))
        return self._passage_stems[1]

    def _metric(self, clause: str, sentence: set[str], figure: _Figure,
                candidates: list[tuple[str, str | None]]) -> Metric | None:
        words = _stems(clause)
        wider = sentence - words
        # An organisation named: its own figures, not its city's ("Microsoft employs …").
        about = [c for c in candidates if c[1] is not None] or candidates
        held = {f.metric_id for hub, subject in about for f in self.hub_facts(hub)
                if f.subject == subject}
        best: tuple[float, Metric] | None = None
        for metric in self.metrics:
            if not self._unit_fits(metric, figure):
                continue
            strong, weak = self._vocabulary[metric.id]
            cue: float = 3 * len(words & strong) + len(words & weak) + len(wider & strong)
            # The metric named as it is labelled ("the population change"): the longest
            # name wins over a shorter one inside it ("population").
            named = [len(p.pattern) for p in self._phrases[metric.id] if p.search(clause)]
            cue += 2 + max(named) / 100 if named else 0
            if cue == 0:
                continue
            # Ties go to the metric more of whose own words the writer used.
            score = (cue + (2 if metric.id in held else 0) + (2 if figure.unit else 0)
                     + (1 if figure.unit in self.units[metric.id] else 0)
                     + len(words & strong) / len(strong))
            if best is None or score > best[0]:
                best = (score, metric)
        if best is None and figure.unit not in (None, "USD", "CNY", "percent", "rank"):
            fitting = [m for m in self.metrics if figure.unit in self.units[m.id]]
            if len(fitting) == 1:  # a unit only one metric is kept in: km2 is an area
                return fitting[0]
        return best[1] if best else None

    def _unit_fits(self, metric: Metric, figure: _Figure) -> bool:
        unit = figure.unit
        if figure.year_like or metric.unit_kind == "year":
            return figure.year_like and metric.unit_kind == "year"
        if unit is None:
            return metric.unit_kind not in ("share", "growth", "money", "rank", "duration")
        if unit in ("USD", "CNY"):
            return metric.unit_kind == "money"
        if unit == "percent":
            return metric.unit_kind in ("share", "growth")
        return unit in self.units[metric.id]

    def _verdict(self, base: dict[str, object], metric: Metric, figure: _Figure, hub_id: str,
                 subject: str | None, period: str | None, text: str) -> Claim:
        facts = [f for f in self.hub_facts(hub_id)
                 if f.metric_id == metric.id and f.subject == subject]
        notes: list[Note] = []
        if not facts:
            return _claim(base, "unsupported", metric, [], [Note(
                "missing", f"the dataset has no figure for {metric.label.lower()} of "
                f"{subject or hub_id}", (hub_id,))])
        same_unit = [f for f in facts if f.unit == figure.unit or figure.unit is None]
        if not same_unit:
            units = ", ".join(sorted({f.unit for f in facts}))
            return _claim(base, "unsupported", metric, facts, [Note(
                "unit-differs", f"the claim is in {figure.unit}; the dataset's figures are in "
                f"{units}, and hubquery does not convert", (hub_id,),
                tuple(f.id for f in facts))])
        claimed = _claim_interval(figure, metric.unit_kind)
        consistent = [f for f in same_unit if _consistent(figure, claimed, f)]
        dated = [f for f in same_unit if period is None or f.period.startswith(period)
                 or _in_range(period, f.period)]
        if period is not None and not dated:
            notes.append(Note("period-differs", f"the claim is for {period}; the dataset's "
                              "figures are for " + ", ".join(sorted({f.period for f in same_unit})),
                              (hub_id,), tuple(f.id for f in same_unit)))
            # No figure for that period: the others are shown, never taken as its support.
            return _claim(base, "unsupported", metric, consistent or same_unit, notes)
        consistent = [f for f in consistent if f in dated]
        if not consistent:
            says = "; ".join(f"{f.display} ({f.period})" for f in newest_first(dated))
            return _claim(base, "contradicted", metric, dated, [*notes, Note(
                "contradicted", f"the dataset says {says}", (hub_id,),
                tuple(f.id for f in dated))])
        notes += _editor_notes(figure, claimed, consistent, same_unit, text, hub_id)
        return _claim(base, "supported", metric, consistent, notes)


def _claim(base: dict[str, object], verdict: Verdict, metric: Metric | None,
           facts: Sequence[Fact], notes: list[Note]) -> Claim:
    ordered = tuple(newest_first(facts))
    return Claim(verdict=verdict, metric_id=metric.id if metric else None,
                 fact_ids=tuple(f.id for f in ordered), notes=tuple(notes), facts=ordered,
                 **base)  # type: ignore[arg-type]


def _plain(value: float) -> int | float:
    """6000000.0 as 6000000: a whole number prints as one in JSON and CSV."""
    return int(value) if float(value).is_integer() else value


def _claim_interval(figure: _Figure, unit_kind: str) -> Interval:
    """The values the claim admits: its hedge's interval, or the rounding its digits allow
    ("21.2 million" admits 21.15–21.25 million)."""
    if figure.qualifier is None and figure.rounding:
        return Interval(figure.value - figure.rounding, figure.value + figure.rounding,
                        high_open=True)
    return interval(figure.value, figure.qualifier, unit_kind)


def _consistent(figure: _Figure, claimed: Interval, fact: Fact) -> bool:
    """Can claim and figure both be true? An unhedged claim of a hedged figure's very
    number ("70 %" for "nearly 70 %") is consistent, with a note that the hedge is gone."""
    if overlap(claimed, fact.interval()):
        return True
    return figure.qualifier is None and math.isclose(figure.value, fact.value, rel_tol=1e-9)


def _in_range(year: str, period: str) -> bool:
    if "/" not in period:
        return False
    start, end = period.split("/")
    return start[:4] <= year <= end[:4]


def _editor_notes(figure: _Figure, claimed: Interval, consistent: list[Fact],
                  facts: list[Fact], text: str, hub_id: str) -> Iterable[Note]:
    best = consistent[0]
    if figure.qualifier is None and not any(
            math.isclose(figure.value, f.value, rel_tol=1e-9) for f in consistent) and all(
            f.qualifier for f in consistent):
        yield Note("more-precise", f"the source says only {best.display}; the claim's "
                   f"{format_value(figure.value, figure.unit or best.unit)} is more precise",
                   (hub_id,), (best.id,))
    elif figure.qualifier is None and all(f.qualifier for f in consistent):
        yield Note("hedge-dropped", f"the source says {best.display}; the claim drops "
                   f"“{best.qualifier}”", (hub_id,), (best.id,))
    elif figure.qualifier is None and figure.rounding and not any(
            math.isclose(figure.value, f.value, rel_tol=1e-9) for f in consistent):
        yield Note("rounded", f"the source says {best.display}; the claim rounds it",
                   (hub_id,), (best.id,))
    newest = latest(facts, best.unit)
    if newest is not None and newest.period > best.period and not _consistent(
            figure, claimed, newest):
        yield Note("newer-figure", f"a newer figure differs: {newest.display} ({newest.period}, "
                   f"{newest.source.id})", (hub_id,), (newest.id,))
    words = _stems(text)
    for fact in consistent:
        if fact.basis:
            # The basis words a claim may use, by stem, so that "produces" reads as
            # "produced"; the message names the word, never its stem.
            stated = {_stem(w): w for w in ("sold", "produced", "signed", "conducted")
                      if _stem(w) in words}
            if stated and not stated.keys() & _stems(fact.basis):
                yield Note("basis-differs", f"the claim says {'/'.join(sorted(stated.values()))}; "
                           f"the figure counts {fact.basis}", (hub_id,), (fact.id,))
    if figure.unit and figure.unit != best.unit:
        yield Note("unit-differs", f"the claim is in {figure.unit}; the figure is in "
                   f"{format_value(best.value, best.unit)}", (hub_id,), (best.id,))
