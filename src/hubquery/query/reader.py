"""Reading a writer's sentence as a person would: which figures it states, about which
hub (or organisation in one) and metric, for which period, and what it claims of each
(English only).

A figure is a number with its hedge or bound ("no more than", "fewer than", "not even
in the top 20"), its unit (currencies, shares, ranks, areas: square miles converted to
km²), and its period: the year nearest it ("from US$X in 2010 to US$Y in 2013"), a
decade ("the late 1970s"), a window ("the past two years"). Fractions in words ("two in
three", "a third") are approximate shares; number words ("nine million") are read as
numbers; an ordinal before a superlative ("14th largest") is the rank. A year is the
figure itself when the sentence says something was founded, opened, launched or named
then. The verdict is not made here: see ``verdict`` and ``judgement``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from hubquery.hedges import Interval
from hubquery.judgement.claims import Claimed, claim_interval, negated
from hubquery.names import name_key
from hubquery.numbers import Number, normalise, read_numbers, stated_numbers, states
from hubquery.query import lexicon as lx
from hubquery.query.draft import Passage
from hubquery.records import Fact, Metric, Note
from hubquery.store import Store

_NUMBER_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_ORDINAL_BEFORE = re.compile(
    r"(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth)[\s-]*$"
)
# "Chinese manufacturers": China's figure, when no place named holds the metric.
_DEMONYMS = (("chinese", "china"), ("american", "united-states"), ("indian", "india"))
_BETWEEN = re.compile(r"\bbetween ((?:1[89]|20)\d\d) and ((?:1[89]|20)\d\d)\b")
_YEARS_BEFORE = re.compile(
    r"\b(\w+) years (?:before|up to|until|to|ending in) "
    r"((?:1[89]|20)\d\d)\b"
)
_UNIT_STEMS = {lx.stem(word) for word in ("people", "persons")}  # a count of anyone
_LINKING = {"in", "of", "the", "a", "an", "and", "for", "to", "on", "at"}
_A_SQUARE = re.compile(r"\ban? (square (?:miles?|kilometres?|kilometers?))\b")
_WORDS = re.compile(r"\w+")
_SET_IN = re.compile(r"\b(?:in|at|from|across|outside|inside|near)\s+$")
_LAST_DECADE = re.compile(r"\b(?:the )?(?:last|past|previous) decade\b")


@dataclass
class Figure:
    """A number read from a clause: what it states, before it is judged."""

    number: Number
    value: float
    unit: str | None
    qualifier: str | None
    year_like: bool
    rounding: float = 0.0
    superlative: bool = False
    approximate: bool = False  # a fraction in words: "a third", "one in ten"
    converted: str | None = None  # the unit it was written in ("square miles")
    years: tuple[int, int] | None = None  # a year figure written as a decade
    only: bool = False  # "only one in ten": at most about that, said to be small


class Reading(NamedTuple):
    """One figure of a sentence as the reader read it. ``metric`` and ``hub_id`` are
    None where the reader could not tell; ``claimed`` is what the verdict judges."""

    text: str
    line: int
    hub_id: str | None
    subject: str | None
    metric: Metric | None
    figure: Figure | None
    period: str | None
    claimed: Claimed | None
    bases: dict[str, str]
    words: frozenset[str] = frozenset()  # the stems of the figure's clause
    note: Note | None = None


@dataclass
class _Mention:
    start: int
    end: int
    hub_id: str
    subject: str | None = None
    subject_hubs: set[str] = field(default_factory=set)
    said: str = ""  # the words that name it


class _Time(NamedTuple):
    """A time the sentence names: a year or a span of years, where it is written."""

    start: int
    end: int
    first: int
    last: int
    label: str


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
        self._subject_words = {
            key: tuple(re.findall(r"\w+", normalise(subject)))
            for key, (subject, _) in self._subjects.items()
        }
        # Each organisation's name by its first words ("neusoft institute" → its full name).
        self._prefixes: dict[tuple[str, ...], list[str]] = {}
        for key, named in self._subject_words.items():
            for n in range(2, len(named) + 1):
                # Two words of content at least: "neusoft institute", never "made in".
                if len(set(named[:n]) - _LINKING) >= 2:
                    self._prefixes.setdefault(named[:n], []).append(key)
        self._name_prefixes = {
            key[:n]
            for key in [*self._hub_keys, *self._subjects, *(k + "s" for k in self._subjects)]
            for n in range(1, len(key) + 1)
        }
        self._vocabulary = {m.id: self._metric_words(m) for m in self.metrics}
        # "Cities of more than 20 million": numbers a metric's label states.
        self._label_numbers = {
            m.id: numbers for m in self.metrics if (numbers := stated_numbers(m.label))
        }
        self._phrases = {m.id: _phrases(m) for m in self.metrics}
        self._facts: dict[str, list[Fact]] = {}
        self._passage_stems: tuple[str, set[str]] = ("", set())
        self._parts: dict[str, list[tuple[str, list[re.Pattern[str]]]]] = {}
        # Chinese names are not cut into words: they are looked for anywhere in a
        # passage, longest first (each with its rank in that order).
        chinese = sorted(
            (k for k, hubs in self._hub_keys.items() if len(hubs) == 1 and re.search(lx.CJK, k)),
            key=len,
            reverse=True,
        )
        self._chinese = {key: rank for rank, key in enumerate(chinese)}
        self._chinese_lengths = sorted({len(key) for key in chinese})

    @staticmethod
    def _metric_words(metric: Metric) -> tuple[set[str], set[str]]:
        strong = lx.stems(
            " ".join(
                (
                    metric.id.replace("-", " "),
                    metric.label,
                    *(a.replace("-", " ") for a in metric.aliases),
                )
            )
        )
        return strong, lx.stems(metric.description) - strong

    def metric_words(self, metric: Metric) -> set[str]:
        """The stems of the metric's id, label and aliases."""
        return self._vocabulary[metric.id][0]

    def hub_facts(self, hub: str) -> list[Fact]:
        if hub not in self._facts:
            self._facts[hub] = self.store.facts_for_hub(hub)
        return self._facts[hub]

    # Reading

    def read(self, passage: Passage) -> list[Reading]:
        text = _rewrite(normalise(passage.text))
        mentions = self._mentions(lx.NOT_NAMES.sub(lambda m: " " * len(m.group()), text))
        for mention in mentions:
            mention.said = text[mention.start : mention.end]
        # Place names are no cue to a metric ("Dalian Software Park" measures no software);
        # organisations' and programmes' names may be ("a Special Economic Zone for 40 years").
        named = list(text)
        for mention in mentions:
            if mention.subject is None:
                named[mention.start : mention.end] = " " * (mention.end - mention.start)
        unnamed = "".join(named)
        # Numbers inside a name ("Made in China 2025", "the five-year plan") are no figures.
        for mention in mentions:
            named[mention.start : mention.end] = " " * (mention.end - mention.start)
        text = "".join(named)
        times = _times(text)
        # A decade or a span is read as one time, not as a number.
        blank = list(text)
        for time in times:
            if time.first != time.last:
                blank[time.start : time.end] = " " * (time.end - time.start)
        text = "".join(blank)
        window = lx.WINDOW.search(text)
        clauses = self._clauses(text, times, mentions, window)
        bound = _bind_times([f for _, _, f in clauses], text, times)
        spread = self._spread_subjects(unnamed) if clauses else []
        # (money is never what a metric's label counts by: "US$1 billion" is a figure)
        stated = {f.value for _, _, f in clauses if f.unit not in ("USD", "CNY")}
        readings: list[Reading] = []
        for start, end, figure in clauses:
            inside = [m for m in mentions if m.start >= start and m.end <= end] or list(mentions)
            if figure.year_like and not any(m.subject for m in inside):
                # "In 1982 Shenzhen became the first Special Economic Zone": the year of
                # what the sentence names, wherever it names it.
                inside += [m for m in mentions if m.subject and m not in inside]
            reading = self._reading(
                passage,
                text,
                unnamed,
                (start, end),
                figure,
                inside,
                bound,
                window,
                spread,
                stated,
            )
            if reading.metric is not None or not figure.superlative:
                readings.append(reading)  # "the largest city" alone is not a figure
        readings = self._without_thresholds(readings)
        if not readings and self._unread_digits(text):
            about = self._candidates(mentions)
            hub_id, subject = about[0] if about else (None, None)
            readings.append(
                Reading(
                    passage.text,
                    passage.line,
                    hub_id,
                    subject,
                    None,
                    None,
                    None,
                    None,
                    {},
                    note=Note(
                        "unreadable",
                        "states a number hubquery cannot read",
                        (hub_id,) if hub_id else (),
                    ),
                )
            )
        return readings

    def _without_thresholds(self, readings: list[Reading]) -> list[Reading]:
        """Leave out numbers that are part of another figure's metric ("companies with a
        turnover above 1 billion yuan": the billion is the metric's, not a figure)."""
        labels = {
            r.metric.id: numbers
            for r in readings
            if r.metric and (numbers := stated_numbers(r.metric.label))
        }
        if not labels:
            return readings
        every = set().union(*labels.values())
        kept = []
        for index, reading in enumerate(readings):
            value = reading.figure.value if reading.figure else None
            if value is None or not states(value, every):
                kept.append(reading)
                continue
            others = [r for i, r in enumerate(readings) if i != index and r.metric]
            defining = set().union(*(labels.get(r.metric.id, set()) for r in others if r.metric))
            # Left out only beside a figure that is not itself a number of the definition.
            figure_beside = any(
                r.figure is not None and not states(r.figure.value, defining) for r in others
            )
            if states(value, defining) and figure_beside:
                continue
            kept.append(reading)
        return kept

    @staticmethod
    def _unread_digits(text: str) -> bool:
        """Digits the number reader did not read ("成都有2000万人口": digits inside words)."""
        read = bytearray(len(text) + 1)
        for number in read_numbers(text):
            read[number.start : number.end] = b"\1" * (number.end - number.start)
        return any(not read[m.start()] for m in re.finditer(r"\d", text))

    def _figures(self, text: str) -> list[Figure]:
        """The numbers of a text a claim can state, widest reading first at each place."""
        chosen: list[Number] = []
        end = -1
        for number in sorted(read_numbers(text), key=lambda n: (n.start, -n.end)):
            after = text[number.end : number.end + 20]
            if number.start < end or number.kind == "years-ago" or lx.SPAN_AFTER.match(after):
                continue  # "the first ten months of 2012": a span of time, not a figure
            if number.kind == "fraction" and not 0.01 <= number.value < 1:
                continue  # "#14 in 2014", "1998 in 1998": no fraction
            if (
                number.kind == "words"
                and not number.scaled
                and number.value == 1
                and not re.match(r"^\s+(?:in|out of)\b", after)
                and not any(
                    p.search(text[max(0, number.start - 20) : number.start])
                    for _, p in lx.HEDGE_BEFORE
                )
            ):
                continue  # "one of the largest", "a city": not a figure
            if (
                number.kind == "ordinal"
                and number.value == 1
                and _ORDINAL_BEFORE.search(text[max(0, number.start - 12) : number.start])
            ):
                continue  # "14th largest": the rank is 14, "largest" names what is ranked
            if number.kind == "fraction" and lx.SUPERLATIVE_AFTER.match(after):
                continue  # "the third largest": an ordinal, not a third
            chosen.append(number)
            end = number.end
        return [self._figure(text, n) for n in chosen]

    def _figure(self, text: str, number: Number) -> Figure:
        # A hedge, a currency or a unit is within a few words of its number.
        before = text[max(0, number.start - 40) : number.start]
        after = text[number.end : number.end + 60]
        value, unit, rounding = number.value, None, number.rounding
        approximate, converted, only = False, None, False
        for code, pattern in lx.CURRENCY_BEFORE:
            if pattern.search(before):
                unit, before = code, pattern.sub("", before)
        # "at most #2": the hedge stands before the rank's mark.
        hedged = lx.RANK_BEFORE.sub("", before)
        qualifier = next((q for q, pattern in lx.HEDGE_BEFORE if pattern.search(hedged)), None)
        if number.kind == "fraction":
            value, unit, approximate = value * 100, "percent", True
            # "only one in ten": no more than about that (see ``verdict``)
            only = qualifier is None and lx.ONLY_BEFORE.search(before) is not None
            qualifier = "at most" if only else qualifier
        elif (
            number.kind == "ordinal" or lx.RANK_AFTER.match(after) or lx.RANK_BEFORE.search(before)
        ):
            unit = "rank"
        elif lx.TOP_BEFORE.search(before):
            # "in the top 20" is a rank of at most 20; "not even in the top 20" above it.
            unit = "rank"
            negation = lx.NEGATION.search(text[max(0, number.start - 60) : number.start])
            qualifier = "more than" if negation else "at most"
        elif lx.PERCENT_AFTER.match(after):
            unit = "percent"
            rounding = rounding or 0.5  # "67 %" rounds a share: it is not 67.000 %
        elif lx.TIMES_AFTER.match(after):
            unit = "times"
        elif lx.AREA_AFTER.match(after):
            unit = "km2"
        elif lx.SQUARE_MILES_AFTER.match(after):
            unit = "km2"
            converted = f"square miles read as km² (1 square mile = {lx.SQUARE_MILE_KM2:.4g} km²)"
            value, rounding = value * lx.SQUARE_MILE_KM2, rounding * lx.SQUARE_MILE_KM2
        elif unit is None:
            for code, pattern in lx.CURRENCY_AFTER:
                if pattern.match(after):
                    unit = code
        if number.kind == "words" and number.scaled:
            rounding = _word_rounding(text[number.start : number.end])
        nouns = lx.WORD.findall(re.split(r"\d", after, maxsplit=1)[0])[:4]  # to the next number
        if unit is None:
            unit = next((lx.UNIT_OF_WORD[w] for w in nouns if w in lx.UNIT_OF_WORD), None)
        if lx.HEDGE_AFTER.match(after):
            qualifier = "at least" if "or more" in after[:12] else "more than"
        # "2010" is a year unless a unit follows it at once ("1500 companies").
        year_like = (
            number.kind == "digits"
            and not number.scaled
            and value.is_integer()
            and 1800 <= value <= 2100
            and "," not in text[number.start : number.end]
            and unit in (None, *lx.UNIT_WORDS)
            and qualifier is None
            and not (nouns and nouns[0] in lx.UNIT_OF_WORD)
        )
        if year_like:
            unit = None
        # An ordinal word ("the first ten months", "the largest city") is a figure only
        # when the dataset has one to judge it by.
        superlative = number.kind == "ordinal" and not (
            lx.RANKED_AFTER.match(after) or lx.RANK_BEFORE.search(before)
        )
        return Figure(
            number,
            value,
            unit,
            qualifier,
            year_like,
            rounding,
            superlative,
            approximate,
            converted,
            only=only,
        )

    def _clauses(
        self,
        text: str,
        times: list[_Time],
        mentions: list[_Mention],
        window: re.Match[str] | None = None,
    ) -> list[tuple[int, int, Figure]]:
        """Cut a sentence between its figures (at ';', ',', 'and', 'while', 'but', 'to').
        A year is a figure when the sentence says something began then (or names what
        began: "a cross-border e-commerce pilot city"); else it is a period."""
        every = self._figures(text)
        said = lx.YEAR_CUES.search(text) is not None
        figures = [f for f in every if not f.year_like]
        # "became the first … in 1980": the year it became so is a figure too.
        cued = said or (
            (not figures or lx.BECAME.search(text) is not None)
            and (self._year_cued(text) or self._dated_subject(mentions) is not None)
        )
        if window is not None and len(figures) > 1:  # "the past two years" is a period
            figures = [f for f in figures if not window.start() <= f.number.start < window.end()]
        if cued:
            founding = [f for f in every if f.year_like][:1]
            decades = [t for t in times if t.first != t.last and said]
            if not founding and decades:
                span = decades[0]
                founding = [
                    Figure(
                        Number((float(span.first),), span.start, span.end, "digits"),
                        float(span.first),
                        "year",
                        None,
                        True,
                        years=(span.first, span.last),
                    )
                ]
            figures = sorted([*figures, *founding], key=lambda f: f.number.start)
        if not figures:
            return []
        bounds = [0]
        for previous, current in itertools.pairwise(figures):
            gap = text[previous.number.end : current.number.start]
            # Cut after the previous figure's own year ("US$8.65 billion in 2010 to …").
            cuts = [m.end() for m in lx.CUTS.finditer(gap)]
            bounds.append(previous.number.end + (cuts[0] if cuts else len(gap) // 2))
        bounds.append(len(text))
        return [(bounds[i], bounds[i + 1], f) for i, f in enumerate(figures)]

    def _dated_subject(self, mentions: list[_Mention]) -> str | None:
        """The metric of the one year the dataset has for an organisation or programme
        named ("a cross-border e-commerce pilot city" is dated by its designation)."""
        for mention in mentions:
            metrics = {
                f.metric_id
                for hub in mention.subject_hubs
                for f in self.hub_facts(hub)
                if f.subject == mention.subject and f.unit == "year"
            }
            if len(metrics) == 1:
                return metrics.pop()
        return None

    def _year_cued(self, text: str) -> bool:
        words = lx.stems(text)
        return any(words & self._vocabulary[m.id][0] for m in self.metrics if m.unit_kind == "year")

    def _mentions(self, text: str) -> list[_Mention]:
        """Hubs and organisations named in the text, longest names first, no overlaps."""
        tokens = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
        keys = [name_key(text[start:end]) for start, end in tokens]
        # How many words from each one can still begin a name: a span no name begins
        # with is never looked up (a draft of 20,000 words is 20,000 lookups, not 200,000).
        reach = []
        for i in range(len(tokens)):
            joined, length = "", 0
            for key in keys[i : i + 10]:
                joined += key
                if joined not in self._name_prefixes and not re.search(lx.CJK, joined):
                    break
                length += 1
            reach.append(length)
        found: list[_Mention] = []
        taken: set[int] = set()
        for length in range(10, 0, -1):
            for i in range(len(tokens) - length + 1):
                if reach[i] < length:
                    continue
                span = range(i, i + length)
                if taken.intersection(span):
                    continue
                start, end = tokens[i][0], tokens[i + length - 1][1]
                key = "".join(keys[i : i + length])
                mention = self._named(key, start, end, text[start:end])
                if mention is None and re.search(lx.CJK, key):
                    continue
                if mention is not None:
                    found.append(mention)
                    taken.update(span)
        covered = bytearray(len(text) + 1)
        for mention in found:
            covered[mention.start : mention.end] = b"\1" * (mention.end - mention.start)
        # Each place a Chinese name occurs, taken longest name first, then left to right,
        # where no name is yet: a dictionary lookup per place and length, however many
        # names the dataset has.
        chinese = self._chinese
        places = (
            sorted(
                (chinese[text[start : start + n]], start, n)
                for start in range(len(text))
                for n in self._chinese_lengths
                if text[start : start + n] in chinese
            )
            if re.search(lx.CJK, text)
            else []
        )
        for _, start, n in places:
            if not any(covered[start : start + n]):
                found.append(
                    _Mention(start, start + n, next(iter(self._hub_keys[text[start : start + n]])))
                )
                covered[start : start + n] = b"\1" * n
        return sorted(found, key=lambda m: m.start)

    def _named(self, key: str, start: int, end: int, phrase: str) -> _Mention | None:
        hubs = self._hub_keys.get(key)
        if hubs and len(hubs) == 1:
            return _Mention(start, end, next(iter(hubs)))
        subject = self._subjects.get(key.removesuffix("s")) or self._subjects.get(key)
        if subject is None:  # "Neusoft Institute" for its full name
            longer = self._prefixes.get(tuple(re.findall(r"\w+", phrase)), [])
            subject = self._subjects[longer[0]] if len(longer) == 1 else None
        if subject:
            return _Mention(start, end, sorted(subject[1])[0], subject[0], subject[1])
        return None

    def _parts_named(self, hub: str, clause: str) -> list[str]:
        """The hubs under ``hub`` a clause names with an article instead of the hub's own
        name ("Xi'an … a hi-tech zone" is its "Xian Hi-tech Zone"; "a high-tech zone
        city" names none)."""
        if hub not in self._parts:
            above = self.store.hub(hub)
            own = set() if above is None else _name_words(above.name, *above.aliases)
            found: dict[str, list[re.Pattern[str]]] = {}
            for child in self.store.children(hub):
                for name in (child.name, *child.aliases):
                    rest = [w for w in _WORDS.findall(normalise(name)) if w not in own]
                    if len(rest) >= 2 and not own.isdisjoint(_name_words(name)):
                        found.setdefault(child.id, []).append(_part_pattern(rest))
            self._parts[hub] = list(found.items())
        return [
            child for child, patterns in self._parts[hub] if any(p.search(clause) for p in patterns)
        ]

    # What each figure claims

    def _reading(
        self,
        passage: Passage,
        text: str,
        unnamed: str,
        clause: tuple[int, int],
        figure: Figure,
        mentions: list[_Mention],
        bound: dict[int, _Time],
        window: re.Match[str] | None,
        spread: list[tuple[str, str | None]],
        stated: set[float],
    ) -> Reading:
        candidates = self._candidates(mentions)
        candidates += [c for c in spread if c not in candidates]
        words = unnamed[clause[0] : clause[1]]
        # "Xi'an … a hi-tech zone": the city's zone of that name, before the city.
        parts = [
            (part, None)
            for hub, subject in candidates
            if subject is None
            for part in self._parts_named(hub, words)
        ]
        candidates = list(dict.fromkeys([*parts, *candidates]))
        before = " ".join(text[max(0, figure.number.start - 30) : figure.number.start].split())
        level = lx.TO_LEVEL.search(before.removesuffix("$").removesuffix("us").rstrip())
        metric = self._metric(
            words, self._stems_of(unnamed), figure, candidates, stated, level=level is not None
        )
        if metric is None and figure.year_like and (dated := self._dated_subject(mentions)):
            metric = self.store.metric(dated)
        # The hub that holds the metric: one named, else a place above one named ("one of
        # 10 pilot cities" is China's count).
        above = [
            (a.id, None)
            for c in candidates
            if c[1] is None and (hub := self.store.hub(c[0])) is not None
            for a in self.store.ancestors(hub)
        ]
        above += [
            (hub, None)
            for word, hub in _DEMONYMS
            if word in unnamed and self.store.hub(hub) is not None
        ]
        # An organisation that is what the clause is about ("NIIT trains …", "in Dalian,
        # NIIT trains …") is judged by its own figures only, never its city's.
        lead = _leading(mentions, text)
        if lead is not None and lead.subject is not None:
            candidates = [c for c in candidates if c[1] is not None]
            above = []
        hub_id, subject = next(
            (
                c
                for c in [*candidates, *above]
                if metric
                and any(
                    f.metric_id == metric.id and f.subject == c[1] for f in self.hub_facts(c[0])
                )
            ),
            candidates[0] if candidates else (None, None),
        )
        if metric is not None:
            _per_rate(figure, metric, text[clause[0] : clause[1]])
        founding = metric is not None and metric.unit_kind == "year" and figure.year_like
        if founding:
            figure.unit = "year"
        if figure.unit is None and metric is not None and len(self.units[metric.id]) == 1:
            only = next(iter(self.units[metric.id]))
            if only not in ("USD", "CNY", "percent", "rank", "year"):
                figure.unit = only
        time = None if founding else bound.get(id(figure))
        span = None
        if (
            window is not None
            and not founding
            and (count := _count(window.group(1)))
            and not window.start() <= figure.number.start < window.end()
        ):
            span = count
        period = (time.label if time else None) or (f"the past {span} years" if span else None)
        claimed = None
        if metric is not None:
            claimed = self._claimed(figure, metric, text[clause[0] : clause[1]], text, time, span)
        base = Reading(
            passage.text,
            passage.line,
            hub_id,
            subject,
            metric,
            figure,
            period,
            claimed,
            lx.bases(words),
            # "joins Neusoft": a name other than the claim's own may name its basis
            frozenset(
                lx.stems(text[clause[0] : clause[1]]).union(
                    *(
                        lx.stems(m.said)
                        for m in mentions
                        if clause[0] <= m.start < clause[1] and m.subject not in (None, subject)
                    )
                )
            ),
        )
        if hub_id is None:
            return base._replace(
                note=Note("unreadable", "names no place or organisation the dataset knows")
            )
        if metric is None:
            return base._replace(
                note=Note("unreadable", "cannot tell which metric the figure measures", (hub_id,))
            )
        if claimed is None:
            return base._replace(
                note=Note(
                    "unreadable",
                    "states a negation hubquery cannot judge (not this rank, but "
                    "above or below it)",
                    (hub_id,),
                )
            )
        return base

    @staticmethod
    def _claimed(
        figure: Figure,
        metric: Metric,
        clause: str,
        sentence: str,
        time: _Time | None,
        span: int | None,
    ) -> Claimed | None:
        """What the figure claims; None for a negation no one interval states."""
        if figure.years is not None:  # "in the 1990s": any year of the decade
            interval = claim_interval(figure.years[0], "at least")._replace(
                high=float(figure.years[1])
            )
        else:
            interval = claim_interval(
                figure.value,
                figure.qualifier,
                metric.unit_kind,
                rounding=figure.rounding,
                approximate=figure.approximate,
            )
        if figure.qualifier is None and figure.unit == "rank" and lx.NEGATION.search(clause):
            # "no longer the biggest": a rank below the first; "not 4th" is no one interval
            flipped = (
                negated(interval)
                if not interval.exact
                else (Interval(1, None, low_open=True) if interval.low == 1 else None)
            )
            if flipped is None:
                return None
            interval, figure.qualifier = flipped, "more than"
        now = time is None and lx.NOW.search(sentence) is not None
        target = lx.TARGET.search(clause) is not None
        return Claimed(
            interval, time.first if time else None, time.last if time else None, span, now, target
        )

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
        above = {
            a.id
            for h in hubs
            if (hub := self.store.hub(h)) is not None
            for a in self.store.ancestors(hub)
        }
        found += [(h, None) for h in hubs if h not in above]
        found += [(h, None) for h in hubs if h in above]
        return list(dict.fromkeys(found))

    def _spread_subjects(self, text: str) -> list[tuple[str, str | None]]:
        """Organisations named with words between ("Neusoft set up its Institute of
        Information"): those whose every word the sentence has, when it has their first."""
        words = set(re.findall(r"\w+", text))
        found: list[tuple[str, str | None]] = []
        for key, named in self._subject_words.items():
            if len(named) >= 2 and named[0] in words and words.issuperset(named):
                subject, hubs = self._subjects[key]
                found += [(hub, subject) for hub in sorted(hubs)]
        return found

    def _stems_of(self, text: str) -> set[str]:
        """The stems of a whole passage, read once for all its claims."""
        if self._passage_stems[0] != text:
            self._passage_stems = (text, lx.stems(text))
        return self._passage_stems[1]

    def _metric(
        self,
        clause: str,
        sentence: set[str],
        figure: Figure,
        candidates: list[tuple[str, str | None]],
        stated: set[float],
        level: bool = False,
    ) -> Metric | None:
        words = lx.stems(clause)
        wider = sentence - words
        # An organisation named: its own figures, not its city's ("Microsoft employs …").
        about = [c for c in candidates if c[1] is not None] or candidates
        held = {
            f.metric_id
            for hub, subject in about
            for f in self.hub_facts(hub)
            if f.subject == subject
        }
        # A year of something named: the year the dataset holds for it ("launched" of a
        # zone that holds only its year established).
        years = (
            {
                m
                for m in held
                if (found := self.store.metric(m)) is not None and found.unit_kind == "year"
            }
            if figure.year_like
            else set()
        )
        # "People" is a cue only where no other word is one: "Google employs 3,000
        # people" is about employees, not a population.
        plain = words - _UNIT_STEMS
        plain_wider = wider - _UNIT_STEMS
        other_cue = any(
            (plain | plain_wider) & self._vocabulary[m.id][0]
            for m in self.metrics
            if self._unit_fits(m, figure) and not (years and m.id not in years)
        )
        best: tuple[float, Metric] | None = None
        for metric in self.metrics:
            if not self._unit_fits(metric, figure) or (years and metric.id not in years):
                continue
            if other_cue and not (
                (plain | plain_wider) & self._vocabulary[metric.id][0]
                or any(p.search(clause) for p in self._phrases[metric.id])
            ):
                continue
            if level and (metric.unit_kind == "growth" or metric.id.endswith("-change")):
                continue  # "rose by 245,000 to 21.192 million": the level, not the change
            strong, weak = self._vocabulary[metric.id]
            cue: float = 3 * len(words & strong) + len(words & weak) + len(wider & strong)
            # The metric named as it is labelled ("the population change"): the longest
            # name wins over a shorter one inside it ("population").
            named = [len(p.pattern) for p in self._phrases[metric.id] if p.search(clause)]
            cue += 2 + max(named) / 100 if named else 0
            # "one of only four cities with more than 20 million": a count of the
            # metric whose label the sentence's other numbers state.
            defining = self._label_numbers.get(metric.id)
            if (
                defining
                and not states(figure.value, defining)
                and all(states(v, stated) for v in defining if v >= 100)
                and any(v >= 100 for v in defining)
            ):
                cue += 10
            if cue == 0:
                continue
            # Ties go to the metric more of whose own words the writer used.
            score = (
                cue
                + (2 if metric.id in held else 0)
                + (2 if figure.unit else 0)
                + (1 if figure.unit in self.units[metric.id] else 0)
                + len(words & strong) / len(strong)
            )
            if best is None or score > best[0]:
                best = (score, metric)
        if best is None and figure.unit not in (None, "USD", "CNY", "percent", "rank"):
            fitting = [m for m in self.metrics if figure.unit in self.units[m.id]]
            if len(fitting) == 1:  # a unit only one metric is kept in: km2 is an area
                return fitting[0]
        return best[1] if best else None

    def _unit_fits(self, metric: Metric, figure: Figure) -> bool:
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


def _phrases(metric: Metric) -> list[re.Pattern[str]]:
    """The metric's label and aliases as phrases to find in a claim, word by word."""
    names = [metric.label, *(alias.replace("-", " ") for alias in metric.aliases)]
    names = [name for name in names if name.lower() not in lx.UNIT_OF_WORD]  # "people": a unit
    return [
        re.compile(r"\b" + r"[\s\-]+".join(map(re.escape, name.lower().split())) + r"\b")
        for name in names
        if name.strip()
    ]


def _rewrite(text: str) -> str:
    """Words a reader turns into figures before reading them: "fivefold" → "five-fold",
    "tripled" → "three-fold", "four decades" → "40 years", "a city of 6 million" →
    "… residents"."""
    text = lx.FOLD.sub(r"\1-fold", text)
    for word, fold in lx.MULTIPLES:
        if word in text:
            text = re.sub(rf"\b{word}\b", fold, text)
    text = _LAST_DECADE.sub("the last 10 years", text)
    text = _A_SQUARE.sub(r"1 \1", text)
    if any(words in text for words, _ in lx.RATE_DAYS):
        text = lx.ONE_AT_A_RATE.sub("1", text)  # "a new start-up every two days": one
    text = lx.DECADES.sub(lambda m: f"{10 * (_count(m.group(1)) or 1)} years", text)
    text = lx.CITY_OF_PEOPLE.sub(lambda m: m.group()[: m.start(1) - m.start()] + "residents", text)
    return lx.CITY_OF.sub(r"\g<0> residents", text)


def _name_words(*names: str) -> set[str]:
    """The words of names, "high-tech" and "hi-tech" alike."""
    return {
        "hi" if word == "high" else word
        for name in names
        for word in _WORDS.findall(normalise(name))
    }


def _part_pattern(words: list[str]) -> re.Pattern[str]:
    """A name's words after an article ("a hi-tech zone", "the high tech zone")."""
    said = r"[\s-]+".join("hi(?:gh)?" if w in ("hi", "high") else re.escape(w) for w in words)
    return re.compile(rf"\b(?:a|an|the|its|their|whose|this|that)\s+(?:[a-z]+\s+)?{said}\b")


def _leading(mentions: list[_Mention], text: str) -> _Mention | None:
    """The first name of a clause that is not a place the clause is set in ("in Dalian,
    NIIT …" leads with NIIT)."""
    for mention in mentions:
        if not _SET_IN.search(text[max(0, mention.start - 8) : mention.start]):
            return mention
    return None


def _per_rate(figure: Figure, metric: Metric, clause: str) -> None:
    """A rate read in the metric's period ("one a day" is two "every two days")."""
    label = metric.label.lower()
    held = next((days for words, days in lx.RATE_DAYS if words in label), None)
    said = next((days for words, days in lx.RATE_DAYS if words in clause), None)
    if held and said and held != said:
        figure.value *= held / said
        figure.rounding *= held / said
        figure.converted = (
            f"a rate per {'day' if said == 1 else f'{said} days'} read as one per {held} days"
        )


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


def _word_rounding(words: str) -> float:
    """Half a unit of the last scale a number in words names ("nine million": 500,000;
    "two thousand three hundred": 50)."""
    from hubquery.numbers import SCALES

    last = [w for w in re.findall(r"[a-z]+", words) if w in SCALES and len(w) > 2]
    tail = re.findall(r"[a-z]+", words)
    if last and tail and tail[-1] == last[-1]:
        return 0.5 * SCALES[last[-1]]
    return 0.0


def _times(text: str) -> list[_Time]:
    """The years, decades and spans a sentence names, where they are written."""
    found: list[_Time] = []
    for match in lx.DECADE.finditer(text):
        part, first = match.group(1), int(match.group(2))
        low, high = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(part or "", (0, 9))
        label = f"{first + low}–{first + high}"
        found.append(_Time(match.start(), match.end(), first + low, first + high, label))
    for match in _BETWEEN.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        found.append(_Time(match.start(), match.end(), first, last, f"{first}–{last}"))
    for match in _YEARS_BEFORE.finditer(text):  # "the four years before 2020"
        count, last = _count(match.group(1)), int(match.group(2))
        if count:
            found.append(
                _Time(match.start(), match.end(), last - count, last, f"{last - count}–{last}")
            )
    covered = [(t.start, t.end) for t in found]
    for match in re.finditer(r"(?<![\w.,$])((?:1[89]|20)\d\d)(?![\w%]|[.,]\d)", text):
        if any(s <= match.start() < e for s, e in covered):
            continue
        year = int(match.group(1))
        found.append(_Time(match.start(), match.end(), year, year, str(year)))
    return sorted(found)


def _bind_times(figures: list[Figure], text: str, times: list[_Time]) -> dict[int, _Time]:
    """The time each figure is of (by ``id``): a year written just after it ("US$8.65
    billion in 2010"), else the nearest time the sentence names that is neither bound so
    to another figure nor itself a figure (a founding year)."""
    own: dict[int, _Time] = {}
    taken: set[int] = {f.number.start for f in figures if f.year_like or f.years}
    for figure in figures:
        if figure.year_like or figure.years:
            continue
        following = [
            t
            for t in times
            if 0 <= t.start - figure.number.end <= 40
            and t.start not in taken
            and lx.YEAR_BEFORE.search(text[max(0, t.start - 20) : t.start])
            and not re.search(r"\d", text[figure.number.end : t.start])
        ]
        if following:
            own[id(figure)] = following[0]
            continue
        # "up 30 percent on 2020": a change over the year before, so of the year after.
        on = [
            t
            for t in times
            if 0 <= t.start - figure.number.end <= 12
            and t.first == t.last
            and re.search(r"\b(?:on|over|from)\s*$", text[max(0, t.start - 8) : t.start])
        ]
        if on:
            year = on[0].first + 1
            own[id(figure)] = on[0]._replace(first=year, last=year, label=str(year))
    taken |= {t.start for t in own.values()}
    free = [t for t in times if t.start not in taken]
    for figure in figures:
        if id(figure) in own or figure.year_like or figure.years or not free:
            continue
        own[id(figure)] = min(
            free,
            key=lambda t: min(abs(t.start - figure.number.end), abs(figure.number.start - t.end)),
        )
    return own
