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

import re

from hubquery.judgement.figures import year
from hubquery.numbers import may_state_numbers, normalise
from hubquery.query import change_words as cw
from hubquery.query import lexicon as lx
from hubquery.query.draft import Passage, counted_as_read
from hubquery.query.reader import antecedents as refer
from hubquery.query.reader import gates
from hubquery.query.reader.ages import aged_by
from hubquery.query.reader.changed import change_before, declined
from hubquery.query.reader.claimed import claim_of
from hubquery.query.reader.clauses import blanked, cut, own_words
from hubquery.query.reader.events import from_events, may_follow_event
from hubquery.query.reader.figures import (
    Figure,
    count_word,
    later_count_noun,
    multiple_as_growth,
    span_growth,
    unread_digits,
)
from hubquery.query.reader.frames import framed
from hubquery.query.reader.groups import NO_METRIC, sub_group, unmeasured
from hubquery.query.reader.holders import holder, itself, only_wholes
from hubquery.query.reader.kinds import PLACE_KINDS
from hubquery.query.reader.members import (
    founded_here,
    members,
    named_before,
    placed_elsewhere,
    without_scopes,
    year_subjects,
)
from hubquery.query.reader.mentions import Candidate, Mention, NameReader
from hubquery.query.reader.metrics import MetricCues
from hubquery.query.reader.open_times import after_then, before_until
from hubquery.query.reader.paired import compared, respectively
from hubquery.query.reader.rates import per_rate
from hubquery.query.reader.reading import Reading
from hubquery.query.reader.rewrites import may_write_numbers, rewrite
from hubquery.query.reader.thresholds import first_places, one_group_count, without_thresholds
from hubquery.query.reader.times import (
    Time,
    bind_times,
    in_years,
    own_span,
    owned_window,
    reported,
    spans_of_others,
)
from hubquery.query.reader.times import times as find_times
from hubquery.query.reader.wholes import wholes
from hubquery.records import Fact, Metric, Note
from hubquery.store import Store

__all__ = ["ClaimReader", "Figure", "Reading"]


class ClaimReader:
    """Reads claims with the names, metrics and figures of one store; ``alone``: of a
    draft that is one passage, where no sentence before "the city" may have named it."""

    def __init__(self, store: Store, alone: bool = False) -> None:
        self.store, self.alone = store, alone
        self.names = NameReader(store)
        self.organisations = refer.Organisations(self.names.organisations(), PLACE_KINDS)
        self.cues = MetricCues(store)
        self._facts: dict[str, list[Fact]] = {}
        self._held: dict[tuple[str, str | None], set[str]] = {}
        self._grouped: dict[str, dict[tuple[str, str | None], list[Fact]]] = {}
        self._passage, self._passage_stems = "", set[str]()
        self._asked = ""  # (the passage before, where it asks a question)

    def metric_words(self, metric: Metric) -> set[str]:
        """The stems of the metric's id, label and aliases."""
        return self.cues.metric_words(metric)

    def hub_facts(self, hub: str) -> list[Fact]:
        if hub not in self._facts:
            self._facts[hub] = self.store.facts_for_hub(hub)
        return self._facts[hub]

    def facts_of(self, hub: str, metric_id: str, subject: str | None) -> list[Fact]:
        """A hub's (or its organisation's) figures of a metric (grouped once per hub)."""
        grouped = self._grouped.get(hub)
        if grouped is None:
            grouped = self._grouped[hub] = {}
            for fact in self.hub_facts(hub):
                grouped.setdefault((fact.metric_id, fact.subject), []).append(fact)
        return grouped.get((metric_id, subject), [])

    def held(self, hub: str, subject: str | None) -> set[str]:
        """The metrics a hub (or an organisation in it) holds figures of."""
        key = (hub, subject)
        if key not in self._held:
            self._held[key] = {f.metric_id for f in self.hub_facts(hub) if f.subject == subject}
        return self._held[key]

    # Reading

    def read(self, passage: Passage) -> list[Reading]:
        # No number, no claim: most of a draft's sentences. The draft has counted them,
        # most often in the very text read here (``plain``: none; ``numbers``): a plain
        # passage is rewritten only where a rule may write one in ("doubled" is
        # "two-fold"), and looked at again only where rewrite has changed the text or
        # the draft counted in another.
        lowered = normalise(passage.text)
        asked, self._asked = self._asked, passage.text if refer.asks(passage.text) else ""
        if asked and lowered.startswith(("its ", "their ", "it ", "they ")):  # ("… Dalian? Its …")
            lowered = refer.after_question(self.names, asked, lowered)
        elif asked and refer.answered(asked, lowered) != lowered:  # ("…? Roughly US$260m.")
            passage = passage._replace(text=refer.answered(asked, passage.text))  # (the two)
            lowered = normalise(passage.text)
        if passage.plain and not may_write_numbers(lowered):
            return []
        lowered = self.organisations.named_by_kind(lowered)  # ("the institute's graduates")
        text = rewrite(self._from_events(lowered))
        if text == lowered and counted_as_read(passage.text):
            if passage.plain or not (passage.numbers or may_state_numbers(text)):
                return []  # ("a nickel" is a number the draft does not count)
        elif not may_state_numbers(text):
            return []
        mentions = self.names.mentions(gates.NOT_NAMES.sub(lambda m: " " * len(m.group()), text))
        if "the " in text and any(m.subject for m in mentions):  # ("the park's … Accenture")
            mentions = refer.part_of_members(self.names, text, mentions)
        for mention in mentions:
            mention.said = text[mention.start : mention.end]
        # Place names are no cue to a metric ("Dalian Software Park" measures no software);
        # organisations' and programmes' names may be ("a Special Economic Zone for 40 years").
        unnamed = blanked(text, [(m.start, m.end) for m in mentions if m.subject is None])
        # Numbers inside a name ("Made in China 2025", "the 13th Five-Year Plan") are no figures.
        text = blanked(text, [(lx.edition_start(text, m.start, m.said), m.end) for m in mentions])
        text = gates.SOURCES_REFERRED.sub(
            lambda m: " " * len(m.group()), text
        )  # ("the two reports")
        times = find_times(text)
        # "ranks fourth among China's zones": China is the ranking's scope, not its subject.
        subjects = without_scopes(mentions, text)
        # A decade or a span is read as one time, not as a number nor a metric's word.
        spans = [(t.start, t.end) for t in times if t.first != t.last]
        text, unnamed = blanked(text, spans), blanked(unnamed, spans)
        window = gates.WINDOW.search(text) or in_years(text)
        clauses = compared(
            respectively(
                cut(text, times, mentions, window, self.cues.year_cued, self._dated_subject), text
            ),
            text,
        )
        if " years" in text and len(clauses) > 1:  # ("five times … the preceding four")
            clauses = spans_of_others(clauses, text)
        if window is not None and owned_window(text, window, [f for _, _, f in clauses]):
            window = None  # ("170 across the previous four years": 170's own span)
        dated = [t for t in times if not reported(text, t)]  # ("a 2018–19 overview": none's)
        bound = bind_times([f for _, _, f in clauses], text, dated)
        spread = self.names.spread_subjects(unnamed) if clauses else []
        # (money is never what a metric's label counts by: "US$1 billion" is a figure)
        stated = {f.value for _, _, f in clauses if f.unit not in ("USD", "CNY")}
        readings: list[Reading] = []
        for index, (start, end, figure) in enumerate(clauses):
            last = len(text)  # (where the names it may be about end)
            if figure.year_like and ", the " in text:  # ("in 2008, the same year NIIT …")
                last = lx.same_year(text, figure.number.end, last)
                end = min(end, last)
            inside = [m for m in subjects if m.start >= start and m.end <= end] or [
                # ("built in five years what Silicon Valley took 30 years to": its own clause's)
                m
                for m in subjects
                if m.start < last
                and (
                    m.start < start
                    or not lx.WHAT_BEFORE.search(text, max(0, m.start - 20), m.start)
                )
            ]
            inside = named_before(inside, subjects, text, start)  # ("X, based in Shenyang, …")
            # ("In 2016 Hangzhou became one of ten …"; "Zhongguancun … and accounts for 70
            # percent of Beijing's land": the place named before, the share's whole after)
            if all(m.subject for m in inside) or (
                figure.unit == "percent" and only_wholes(inside, text, figure.number.end)
            ):
                inside += [m for m in subjects if not m.subject and m.end <= figure.number.start]
            named = spread
            if figure.year_like and not any(m.subject for m in inside):
                inside, named = year_subjects(figure, clauses, mentions, inside, spread)
            reading = self._reading(
                passage,
                text,
                unnamed,
                slice(start, end),
                clauses[index - 1][0] if index else start,
                figure,
                inside,
                bound,
                window,
                named,
                stated,
            )
            if reading.metric is not None or not figure.superlative:
                readings.append(reading)  # "the largest city" alone is not a figure
        readings = one_group_count(readings, self.cues, self.held)
        readings = without_thresholds(
            readings, self.cues.label_numbers, text, lambda h, s, m: m in self.held(h, s)
        )
        readings = first_places(readings, text)
        if "out of" in text or "of a total" in text:
            readings = wholes(readings, text, self.cues, self.held)
        if not mentions and self.alone and "the " in text:  # ("the city's 40 incubators")
            readings = refer.the_city(readings, text, self.store, self.held)
        if not readings and unread_digits(text):
            about = self.names.candidates(mentions)
            hub_id, subject = about[0] if about else (None, None)
            note = Note(
                "unreadable", "states a number hubquery cannot read", (hub_id,) if hub_id else ()
            )
            empty = Reading(passage.text, passage.line, hub_id, subject, None, None, None, None, {})
            readings.append(empty._replace(note=note))
        return readings

    def _from_events(self, text: str) -> str:
        """ "a year after Made in China 2025 was launched": "in 2016", the year held for
        what is named, plus one (before any other rewrite: "two decades" is 20 years
        here, as "two decades before 1988" is 1968)."""
        if not (" after " in text or " before " in text or " than " in text or " prior " in text):
            return text  # (literal tests first: most sentences count no years from anything)
        if not ("year" in text or "decade" in text) or not may_follow_event(text):
            return text  # (the names are looked for again only where the words are)
        return from_events(text, self.names.mentions(text), self.names, self.hub_facts)

    def _dated_subject(self, mentions: list[Mention]) -> str | None:
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

    def _reading(
        self,
        passage: Passage,
        text: str,
        unnamed: str,
        clause: slice,
        previous: int,
        figure: Figure,
        mentions: list[Mention],
        bound: dict[int, Time],
        window: re.Match[str] | None,
        spread: list[Candidate],
        stated: set[float],
    ) -> Reading:
        # "Qualcomm and Microsoft are among 400 companies": the group's figure; "Behind
        # Beijing and Shanghai, Chengdu is third": Chengdu's.
        listed = members(mentions, text, figure.number.start)
        listed = listed if len(listed) < len(mentions) else []
        listed += framed([m for m in mentions if m not in listed], text, figure.number.start)
        if listed:
            mentions = [m for m in mentions if m not in listed]
            spread = [c for c in spread if c.subject not in {m.subject for m in listed}]
        candidates = self.names.candidates(mentions)
        elsewhere = any(m.subject for m in mentions) and placed_elsewhere(
            self.names, mentions, text
        )
        if elsewhere:
            candidates = [c for c in candidates if c.subject is None]  # (the place's)
        candidates += [c for c in spread if c not in candidates]
        # "300 companies have opened branches": the words that name the part are its own
        group = sub_group(unnamed, figure.number.start, figure.number.end)
        words = f"{unnamed[clause]} {group}" if group else unnamed[clause]  # (as stemmed)
        # "Xi'an … a hi-tech zone": the city's zone of that name, before the city.
        parts = [
            Candidate(part, None)
            for hub, subject in candidates
            if subject is None
            for part in self.names.parts_named(hub, words)
        ]
        candidates = list(dict.fromkeys([*parts, *candidates]))
        if " itself" in text:  # "Xi'an itself": the city's own, not a zone's within it
            candidates = itself(candidates, mentions, text)
        if figure.year_like:  # ("opened in 1999": a place's founding, never a designation)
            candidates = founded_here(candidates, self.cues.years_named(words), self.held)
        before = " ".join(text[max(0, figure.number.start - 30) : figure.number.start].split())
        before = before.removesuffix("$").removesuffix("us").rstrip()
        level = gates.TO_LEVEL.search(before)
        if level is None and " at" in before:  # ("puts its population … at 20.95 million")
            level = cw.PUT_AT_BEFORE.search(text, 0, figure.number.start)
        change = change_before(before, figure.unit == "percent")
        # An organisation named: its own figures, not its city's ("Microsoft employs …").
        about = [c for c in candidates if c.subject is not None] or candidates
        held = set().union(*(self.held(hub, subject) for hub, subject in about))
        around, its_own = unnamed, held  # (the words and metrics that may be its own)
        if (
            figure.unit is None
            and not figure.year_like
            and (noun := later_count_noun(unnamed, figure.number.end, len(unnamed)))
        ):  # ("300 of them had opened branches in 50 countries": the later count's noun
            # and the metrics of only its unit are not this count's)
            around = re.sub(rf"\b{noun}\b", " ", unnamed)
            words = re.sub(rf"\b{noun}\b", " ", words)
            unit = lx.UNIT_OF_WORD.get(noun)
            its_own = {m for m in held if self.cues.units[m] != {unit}}
        if figure.unit == "times" and not any("times" in self.cues.units[m] for m in held):
            multiple_as_growth(figure, before, passage.text.lower())
        elif figure.over and span_growth(figure, before):  # (a span bound to it: rarely)
            # (from the level's figures where both of the span's years are held)
            of = self.cues.level(lx.stems(words) | self._stems_of(unnamed), held)
            figure.growth = self._at_ends(of, about, figure.over)
        # A change or a level of no word of a metric ("…, up 38.6 percent,", "… rose 5 % to
        # US$4.5 billion") is of the figure before it, not of the sentence's other words.
        context = self._stems_of(around)
        if (
            previous < clause.start
            and (level is not None or cw.UP_BEFORE.search(before))
            and not self.cues.names_a_metric(words)
        ):
            context = lx.stems(unnamed[previous : clause.stop])
        for said in (words, around):
            metric = self.cues.metric(
                said,
                context,
                figure,
                its_own,
                stated,
                level=level is not None,
                change=change,
                organisation=any(subject is not None for _, subject in candidates),
            )
            if metric is not None or figure.year_like:
                break
        if metric is None and figure.year_like and (dated := self._dated_subject(mentions)):
            metric = self.store.metric(dated)
        why = unmeasured(text, unnamed, figure, group, metric, self.cues, held) if metric else None
        metric = None if why else metric
        hub_id, subject = holder(
            self, metric, candidates, mentions, text, unnamed, figure.number.start
        )
        if metric is not None:
            per_rate(figure, metric, text[clause], text[figure.number.end : clause.stop])
            declined(figure, metric, before)  # ("fell 36%": a change of -36 %)
        founding = figure.year_like and (metric is None or metric.unit_kind == "year")
        if founding:
            figure.unit = "year"
        if figure.unit is None and metric is not None and len(self.cues.units[metric.id]) == 1:
            only = next(iter(self.cues.units[metric.id]))
            if only not in ("USD", "CNY", "percent", "rank", "year"):
                figure.unit = only
        span = None if founding else own_span(text, figure.number.end)
        time = None if founding or span else bound.get(id(figure))
        if time is not None and "til " in text and figure.qualifier is None and metric:
            # ("did not have 800 until 2023": none of the years before, no growth over them)
            time = before_until(text, time) if metric.unit_kind != "growth" else time
        if time is not None and " as " in text and gates.NOW.search(text):
            # ("today … six million, much as it was in 2010": the year is the past state's)
            time = after_then(text, time, figure.number.end)
        # ("170 in the four years before that": a span of its own, not the window's)
        label = f"the {span} years before" if span else None
        if (
            span is None
            and window is not None
            and not founding
            and (count := count_word(window.group(1)))
            and not window.start() <= figure.number.start < window.end()
        ):
            span, label = count, f"the past {count} years"
        period = (time.label if time else None) or label
        claimed = None
        if metric is not None:
            claimed = claim_of(figure, metric, text[clause], text, time, span)
            if claimed is not None and claimed.years_back is not None:
                period = ("this year", "last year")[claimed.years_back]  # (its source's)
        if figure.unit == "years" and " had been " in text and hub_id is not None:
            held = self.held(hub_id, subject)  # ("by 2014 … had been running for 15 years")
            if aged := aged_by(figure, text, metric, held, self.cues.by_id):
                figure, metric, claimed = aged  # (no period)
                period = None
        bases, stated_words = own_words(text, unnamed, clause, figure, words, mentions, subject)
        base = Reading(
            passage.text,
            passage.line,
            hub_id,
            subject,
            metric,
            figure,
            period,
            claimed,
            bases,
            stated_words,
            change=change,
        )
        if hub_id is None:
            why = (
                "places an organisation where the dataset holds no figure of it"
                if elsewhere
                else "names no place or organisation the dataset knows"
            )
            return base._replace(note=Note("unreadable", why))
        if metric is None:
            return base._replace(note=Note("unreadable", why or NO_METRIC, (hub_id,)))
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

    def _at_ends(
        self, metric: Metric | None, about: list[Candidate], years: tuple[int, int]
    ) -> bool:
        """Whether a figure of the metric is held for each of the two years."""
        facts = [
            f for hub, subject in about if metric for f in self.facts_of(hub, metric.id, subject)
        ]
        return all(any(year(f) == year(f, end=True) == at for f in facts) for at in years)

    def _stems_of(self, text: str) -> set[str]:
        """The stems of a whole passage, read once for all its claims."""
        if self._passage != text:
            self._passage, self._passage_stems = text, lx.stems(text)
        return self._passage_stems
