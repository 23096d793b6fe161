"""Which metric a figure measures: the words of the sentence against each metric's
label, aliases and description, the unit the figure is in, the metrics the hub or
organisation named holds, and the numbers a metric's label states ("cities of more
than 20 million")."""

from __future__ import annotations

import operator
import re
import weakref
from typing import NamedTuple

from hubquery.numbers import states
from hubquery.query import lexicon as lx
from hubquery.query.reader.changed import Change
from hubquery.query.reader.figures import Figure
from hubquery.query.reader.figures import head as words_after
from hubquery.query.reader.metric_words import index, read_metric
from hubquery.records import Metric
from hubquery.store import Store

_FOUNDING = {lx.stem("founded")}
_ID = operator.attrgetter("id")  # (a metric's id, for map)
_CHANGE_CUE = re.compile(
    r"\b(?:gr[eo]w\w*|rose|ris\w*|up|down|increas\w*|decreas\w*|jump\w*|climb\w*|"
    r"surg\w*|soar\w*|fell|fall\w*|drop\w*|declin\w*|shr[iau]nk\w*|expan\w*|"
    r"year[\s-]on[\s-]year|on the year|change\w*|more than doubled|swell\w*|add\w*|gain\w*|"
    # "38.6 percent more than a year earlier": a change on the time before
    r"(?:more|higher|larger|bigger|greater|fewer|lower|less) than (?:a year|the year|the previous|"
    r"in (?:19|20)\d\d|last year))\b"
)
_STARTUPS = lx.stems("start ups startups") - lx.stems("companies")
_UNIT_STEMS = {lx.stem(word) for word in ("people", "persons")}  # a count of anyone
# The words of a figure's unit, no cue to which count it is ("12,000 students a year"),
# but those of people who live or work somewhere ("6 million residents", "employees")
_UNIT_OF = {unit: lx.stems(" ".join(words)) for unit, words in lx.UNIT_WORDS.items()}
_UNIT_OF["people"] = _UNIT_STEMS
_NO_HEAD = frozenset(("percent", "USD", "CNY", "rank", "times", "companies", "years", "km2"))
_CHANGE_STEMS = lx.stems("up down grew rose increased fell growth")  # that it changed, not what
# "five cities" names no group of cities: the word of a count of places is no cue
_POSSESSIVE = lx.stems("'s")  # (what is left of "Dalian's" once the name is blanked)
_PLACE_STEMS = {lx.stem(word) for unit in lx.PLACES for word in lx.UNIT_WORDS[unit]}


def _names_what_changed(clause: str) -> bool:
    """Whether the words before a clause's change say what changed ("the number of
    engineers in Dalian grew"), not only where ("Chengdu grew 7.7 %": the place's own)."""
    said = _CHANGE_CUE.search(clause)
    return said is not None and bool(lx.stems(clause[: said.start()]) - _POSSESSIVE)


class _Words(NamedTuple):
    """A metric's stems: of its id, label and aliases (strong), and of its description
    only (weak)."""

    strong: set[str]
    weak: set[str]


class _Cue(NamedTuple):
    """What choosing a metric reads of it: its stems, whether it counts a change or a
    flow, its names as phrases (each with its first word), the numbers its label states
    and its units."""

    strong: set[str]
    weak: set[str]
    changes: bool
    flow: bool
    phrases: list[tuple[str, re.Pattern[str]]]
    defining: set[float] | None
    units: set[str]


# A store's metrics and their units, read once per store: a check made for each sentence
# of a claim set (tests.claimset) read them again each time, a third of its CPU.
_LISTED: weakref.WeakKeyDictionary[Store, tuple[tuple[Metric, ...], dict[str, tuple[str, ...]]]]
_LISTED = weakref.WeakKeyDictionary()


class MetricCues:
    """The words, phrases, units and label numbers of one store's metrics."""

    def __init__(self, store: Store) -> None:
        listed = _LISTED.get(store)
        if listed is None:
            metrics = tuple(store.metrics())
            units = {m.id: tuple(store.metric_units(m.id, subjects=True)) for m in metrics}
            listed = _LISTED[store] = (metrics, units)
        self.metrics = list(listed[0])
        self.units = {ident: set(units) for ident, units in listed[1].items()}
        self.by_id = {m.id: m for m in self.metrics}
        read = {m.id: read_metric(m) for m in self.metrics}
        # (new sets for each reader, from the remembered ones: callers may change them)
        self._vocabulary = {
            m.id: _Words(set(read[m.id].strong), set(read[m.id].weak)) for m in self.metrics
        }
        # "Cities of more than 20 million": numbers a metric's label states.
        self.label_numbers = {
            m.id: set(read[m.id].numbers) for m in self.metrics if read[m.id].numbers
        }
        # What the choice of a metric reads of each, looked up once per metric tried:
        # its words, whether it is a change, whether it is a flow, its phrases, the
        # numbers its label states and its units.
        self._cues = {
            m.id: _Cue(
                *self._vocabulary[m.id],
                m.unit_kind == "growth" or m.id.endswith("-change"),
                lx.FLOW_METRIC.search(m.id) is not None,
                list(read[m.id].phrases),
                self.label_numbers.get(m.id),
                self.units[m.id],
            )
            for m in self.metrics
        }
        self._fits: dict[tuple[str | None, bool], list[Metric]] = {}
        # "Returnee start-ups every two days", "Annual intake": metrics counted at a rate
        self._rates = {m.id for m in self.metrics if read[m.id].rate}
        # The metrics each word is a cue to, and those a label number may cue: a metric
        # of none of a sentence's words (nor a number in its label) has no cue in it.
        self._by_stem, self._by_strong, self._year_words = index(tuple(self.metrics))
        self._defined = set(self.label_numbers)
        # The metrics a sentence's words cue (and cue strongly), for the sentence last
        # asked of: most of its figures are read with all of its words.
        self._sentence: set[str] | None = None
        self._sentence_cues = (set[str](), set[str]())

    def metric_words(self, metric: Metric) -> set[str]:
        """The stems of the metric's id, label and aliases."""
        return self._vocabulary[metric.id].strong

    def names_a_metric(self, text: str) -> bool:
        """Whether a word of the text is a strong cue to some metric: not a unit's, nor
        one that says only that something changed ("up", "grew")."""
        by_strong = self._by_strong
        return any(word in by_strong for word in lx.stems(text) - _UNIT_STEMS - _CHANGE_STEMS)

    def counts_named(self, text: str, held: set[str]) -> bool:
        """Whether a word of the text is a strong cue to a count the place holds
        ("returnee-founded": its companies founded by returnees)."""
        by_strong, by_id = self._by_strong, self.by_id
        return any(
            by_id[m].unit_kind == "count"
            for word in lx.stems(text) - _UNIT_STEMS - _CHANGE_STEMS
            for m in by_strong.get(word, ())
            if m in held
        )

    def year_cued(self, text: str) -> bool:
        return not self._year_words.isdisjoint(lx.stems(text))

    def years_named(self, text: str) -> set[str]:
        """The metrics of a year the text's words name ("opened": the year established)."""
        named = self._year_words & lx.stems(text)
        by_id, strong = self.by_id, self._by_strong
        return {m for w in named for m in strong[w] if by_id[m].unit_kind == "year"}

    def metric(
        self,
        clause: str,
        sentence: set[str],
        figure: Figure,
        held: set[str],
        stated: set[float],
        level: bool = False,
        change: Change | None = None,
        organisation: bool = False,
    ) -> Metric | None:
        """The metric a figure of the clause most likely measures; ``sentence`` is the
        stems of the whole sentence, ``held`` the metrics of what it is about, ``stated``
        the sentence's other numbers; ``level`` when the figure is what something rose
        to, not the change; ``change`` when it is a change, not the level: "added" of a
        count of new ones or a change ("added 245,000 residents"), "lost" of a change
        below zero ("lost 200,000 residents"), "by" of a level's change
        ("grew by 245,000"); ``organisation`` when ``held`` is an organisation's."""
        words = lx.stems(clause)
        if figure.growth and figure.over and (of := self.level(words | sentence, held)):
            return of  # "revenue tripled between 2010 and 2013": of the revenue's figures
        # ("… 38.6 and 25.6 per cent respectively": each of its own clause's words only)
        wider = set() if figure.respective else sentence - words
        # A year of something named: the year the dataset holds for it ("launched" of a
        # zone that holds only its year established).
        years = (
            {
                m
                for m in held
                if (found := self.by_id.get(m)) is not None and found.unit_kind == "year"
            }
            if figure.year_like
            else set()
        )
        # "People" is a cue only where no other word is one: "Google employs 3,000
        # people" is about employees, not a population.
        plain = words - _UNIT_STEMS
        cue_words = plain | (wider - _UNIT_STEMS)
        fitting = self.fitting(figure)
        if years or figure.growth:  # (most figures: every metric their unit fits)
            fitting = [
                m
                for m in fitting
                if not (years and m.id not in years)
                and not (figure.growth and m.unit_kind != "growth")
            ]
        rate: bool | None = None  # whether the clause states a rate, found when asked
        vocabulary, cues, unit = self._vocabulary, self._cues, figure.unit
        # (the metrics a strong word cues, from the index, not each fitting one's words:
        # 0.5 % of a check of prose's instructions)
        if figure.respective:
            cued, strongly = self._cues_of(words, words - _UNIT_STEMS)
        else:
            # (words | wider is the sentence's words, and a clause's the sentence's; each
            # union once a sentence: 1 % of a check of prose)
            cued, strongly = self._cues_of_sentence(sentence)
            if not words <= sentence:
                more = self._cues_of(words - sentence, words - sentence - _UNIT_STEMS)
                cued, strongly = cued | more[0], strongly | more[1]
        other_cue = any(map(strongly.__contains__, map(_ID, fitting)))
        # "more than 3,000 registered companies, 600 of them founded by returnees": a
        # clause that names a metric in full (of what the figure's unit counts) is of it,
        # not of one the sentence's other clauses name more of (unless the sentence
        # states the numbers that one's label does: "300 companies with over 1 billion")
        named_here = bool(wider) and any(
            metric.id in cued and vocabulary[metric.id].strong <= words
            for metric in fitting
            if metric.id in held and unit in cues[metric.id].units
        )
        best: Metric | None = None
        best_score, best_own = 0.0, set[str]()
        # ("5,280 patents sought …, a quarter of them granted": what the words just after
        # a count name counts most; after a share or a sum they are the sentence's, and
        # companies are told apart by the words before them, "AI companies")
        head = (
            lx.stems(words_after(figure)) - _CHANGE_STEMS - _UNIT_OF.get(unit, _UNIT_STEMS)
            if unit is not None and unit not in _NO_HEAD
            else set[str]()
        )
        # (the sentence's other words, a change said of another count left out: once)
        others = (
            wider - _CHANGE_STEMS
            if unit != "percent" and not wider.isdisjoint(_CHANGE_STEMS)
            else wider
        )
        # ("gained 30,000 outsourcing employees": a change of a count its words name)
        # (not the unit's own words: "added 150 companies" names no count of companies)
        own_words = (
            words - _UNIT_OF.get(unit or "", _UNIT_STEMS) - _CHANGE_STEMS
            if change == "added"
            else set[str]()
        )
        for metric in fitting:
            if metric.id not in cued:
                continue  # (its cue would be 0)
            strong, weak, changes, flow, phrases, defining, units = cues[metric.id]
            # (a phrase of the metric's names is found only where its words are)
            if other_cue and cue_words.isdisjoint(strong):
                continue
            if (
                (level and changes)
                or (
                    change in ("added", "lost")
                    and not changes
                    and not flow
                    and (
                        change == "lost"  # (a loss of a level's count: judged as no level)
                        or f"{metric.id}-change" in cues
                        or own_words.isdisjoint(strong)
                    )
                )
                or (
                    change == "by"
                    and not changes
                    and (unit == "percent" or f"{metric.id}-change" in cues)
                )
            ):  # "rose by 245,000 to 21.192 million": the level, not the change; "added
                # 245,000 residents", "grew by 245,000": the change (of a level with no
                # change of its own, "rose by 200", the change is worked out: ``verdict``;
                # "grew 25 percent" is a growth, never a share)
                continue
            if (
                changes
                and unit == "percent"
                and cue_words.isdisjoint((strong | weak) - _CHANGE_STEMS)
                and _names_what_changed(clause)
            ):
                continue  # ("Dalian's tourism grew 30 %": no growth the dataset names)
            own = words & strong
            if unit in lx.PLACES and defining:
                own -= _PLACE_STEMS  # "five cities" is no count of cities over 20 million
            # A verb of founding alone ("300 of them have opened …") is a weak cue to a
            # count of what was founded: the count's noun names it.
            strength = 1 if own == _FOUNDING and metric.unit_kind != "year" else 3
            # (a change said of another count is no cue to one: "a population of 21.2
            # million grew by 245,000"; a share's may be: "… sales, after growing 41 %")
            elsewhere = 0 if named_here and not defining else len(others & strong)
            # "start-ups" names what a count of companies counts, not which count: one
            # each, as the description's words are ("860 robotics start-ups").
            units_own = own & _STARTUPS if unit == "companies" else set()
            cue: float = strength * len(own - units_own) + len(units_own)
            if (
                changes
                and unit == "percent"
                and not figure.respective
                and not _CHANGE_CUE.search(clause)
            ):
                cue -= 3  # "outsourcing, 80% of it for Japan": a share, no change said
            cue += len(words & weak) + elsewhere + (4 * len(head & strong) if head else 0)
            # The metric named as it is labelled ("the population change"): the longest
            # name wins over a shorter one inside it ("population").
            # (a loop, not a list made by a function each time: 1 % of a check of prose)
            named = 0
            for word, phrase in phrases if own else ():
                if word in clause and phrase.search(clause) and len(phrase.pattern) > named:
                    named = len(phrase.pattern)
            cue += 2 + named / 100 if named else 0
            # "one of only four cities with more than 20 million": a count of the
            # metric whose label the sentence's other numbers state.
            # (not a figure of the threshold's own size, a member's measure: "Shanghai,
            # whose population tops 24 million, is one of …")
            if (
                defining
                and not states(figure.value, defining)
                and all(states(v, stated) for v in defining if v >= 100)
                and any(v >= 100 for v in defining)
                and figure.value < min(v for v in defining if v >= 100) / 2
            ):
                cue += 10
            if cue == 0:
                continue
            if metric.id in self._rates:
                if rate is None:
                    rate = any(said in clause for said, _ in lx.RATE_PERIODS)
                cue += 3 if rate else 0  # "one new company a day": of a metric counted so
            # Ties go to the metric more of whose own words the writer used.
            score = (
                cue
                # what is named holds (an organisation's own, by its own words, first)
                + ((4 if own and organisation else 2) if metric.id in held else 0)
                + (2 if unit else 0)
                + (1 if unit in units else 0)
                + len(own) / len(strong)
            )
            if best is None or score > best_score:
                best, best_score, best_own = metric, score, own
        if (
            organisation
            and figure.unit not in (None, "rank")
            and (best is None or (best.id not in held and best_own <= _UNIT_STEMS))
        ):
            # "Microsoft's $280m lab", "its lab houses 5,000 researchers": the one figure
            # of the unit the organisation named holds (never a place's population)
            own_metrics = [m for m in fitting if m.id in held]
            if len(own_metrics) == 1:
                return own_metrics[0]
        if best is None and figure.unit in ("USD", "CNY"):
            # "Microsoft's $280m lab": the one money figure what is named holds
            money = [m for m in fitting if m.id in held]
            if len(money) == 1:
                return money[0]
        if best is None and len(years) == 1:
            # "the zone has been running since 1991": the one year what is named holds
            return self.by_id[next(iter(years))]
        if figure.unit == "rank" and (
            best is None or (organisation and figure.superlative and best.id not in held)
        ):
            # "the zone is China's fourth-best": the one rank what is named holds ("the
            # second special economic zone": the order of the organisation named)
            ranks = [m for m in fitting if m.id in held]
            if len(ranks) == 1:
                return ranks[0]
        if best is None and figure.unit not in (None, "USD", "CNY", "percent", "rank"):
            fitting = [m for m in self.metrics if figure.unit in self.units[m.id]]
            # a unit only one metric is kept in: km2 is an area (but "five cities" is no
            # count of a group its words do not name)
            if len(fitting) == 1 and fitting[0].unit_kind != "count":
                return fitting[0]
        return best

    def _cues_of(self, words: set[str], cue_words: set[str]) -> tuple[set[str], set[str]]:
        """The metrics the words cue (with those a label number may cue), and those the
        cue words cue strongly."""
        index, by_strong = self._by_stem, self._by_strong
        return (  # (by map and filter, no generator's frame: each figure asks)
            self._defined.union(*map(index.__getitem__, filter(index.__contains__, words))),
            set().union(*map(by_strong.__getitem__, filter(by_strong.__contains__, cue_words))),
        )

    def _cues_of_sentence(self, sentence: set[str]) -> tuple[set[str], set[str]]:
        """``_cues_of`` the sentence's words, for the sentence last asked of."""
        if sentence is not self._sentence:
            self._sentence = sentence
            self._sentence_cues = self._cues_of(sentence, sentence - _UNIT_STEMS)
        return self._sentence_cues

    def level(self, words: set[str], held: set[str]) -> Metric | None:
        """The held money or count metric the words name most of, for a multiple over a
        span ("more than tripled between 2010 and 2013"); None when none is named."""
        levels = [
            (len(words & self._vocabulary[m.id].strong), m)
            for m in self.metrics
            if m.id in held and m.unit_kind in ("money", "count")
        ]
        best = max(levels, key=lambda pair: pair[0], default=(0, None))
        return best[1] if best[0] else None

    def plain(self, words: frozenset[str], held: set[str], figure: Figure | None) -> Metric | None:
        """The one held metric of the figure's unit, defined by no number, that the words
        name in full ("2,300 companies": companies), if one."""
        if figure is None:
            return None
        found = [
            m
            for m in self.fitting(figure)
            if m.id in held
            and m.id not in self.label_numbers
            and self._vocabulary[m.id].strong <= words
        ]
        return found[0] if len(found) == 1 else None

    def fitting(self, figure: Figure) -> list[Metric]:
        """The metrics a figure's unit fits, in the dataset's order (remembered by unit)."""
        key = (figure.unit, figure.year_like)
        if key not in self._fits:
            self._fits[key] = [m for m in self.metrics if self._unit_fits(m, figure)]
        return self._fits[key]

    def _unit_fits(self, metric: Metric, figure: Figure) -> bool:
        unit = figure.unit
        if figure.year_like or metric.unit_kind == "year":
            return figure.year_like and metric.unit_kind == "year"
        if unit is None:
            # (a bare number is no multiple: "fivefold", "five times" say so)
            return metric.unit_kind not in (
                "share",
                "growth",
                "money",
                "rank",
                "duration",
                "multiple",
            )
        if unit in ("USD", "CNY"):
            return metric.unit_kind == "money"
        if unit == "percent":
            return metric.unit_kind in ("share", "growth")
        return unit in self.units[metric.id]
