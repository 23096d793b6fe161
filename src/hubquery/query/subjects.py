"""Whose figure a claim is: the subject a verdict matches against a hub's figures. A
claim of a hub named as a list ("Chengdu and Chongqing each …") is of its members; of
a hub's parts named in the plural ("Dalian's software parks"), not of the hub as a
whole; of an organisation held in several places, of none of them unless one is named;
of a designation named by its last words, of that designation's year; of words that fit
two held bases alike, of neither where their figures judge it differently."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from weakref import WeakKeyDictionary

from hubquery.display import format_value
from hubquery.judgement.claims import FigureVerdict, claim_verdict
from hubquery.names import name_key
from hubquery.numbers import normalise
from hubquery.query import lexicon as lx
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.reader.bounds import hedge_start
from hubquery.query.reader.figures import Figure, read_figures
from hubquery.query.reader.rewrites import as_read, rewrite
from hubquery.query.stems import stems
from hubquery.records import Fact, Metric, Note


def designation_named(
    reader: ClaimReader, reading: Reading, hub_id: str, metric_id: str
) -> list[Fact]:
    """The year of the one designation of a hub the claim names by its last two words
    ("picked as a pilot city in 2015" of its "cross-border e-commerce pilot city")."""
    text = " ".join(lx.WORD.findall(normalise(reading.text).replace("-", " ")))
    named = [
        f
        for f in reader.hub_facts(hub_id)
        if f.metric_id == metric_id
        and f.subject
        and len(words := lx.WORD.findall(normalise(f.subject).replace("-", " "))) >= 3
        and " ".join(words[-2:]) in text
    ]
    return named if len({f.subject for f in named}) == 1 else []


_DISTRIBUTIVE = re.compile(r"\b(?:each|both|apiece|respectively|alike)\b")


def member_meant(reader: ClaimReader, reading: Reading, hub_id: str) -> list[str] | None:
    """The places a hub named as a list ("Chengdu and Chongqing") stands for, where the
    claim is of each of them ("each have", "both", "respectively"): the one the figure's
    place in a "respectively" list pairs it with, else all of them; None otherwise."""
    hub = reader.names.hub(hub_id)
    text = normalise(reading.text)
    if hub is None or " and " not in hub.name or not _DISTRIBUTIVE.search(text):
        return None
    members = [member for member in reader.names.listed(hub) if member != hub_id]
    if len(members) < 2 or reading.figure is None:
        return None
    if "respectively" not in text:
        return members
    figure = reading.figure
    listed = [f.number.start for f in read_figures(rewrite(text)) if f.unit == figure.unit]
    at = listed.index(figure.number.start) if figure.number.start in listed else len(members)
    return [members[at]] if at < len(members) else None


def parts_named(reader: ClaimReader, reading: Reading, hub_id: str) -> str | None:
    """The kind of a hub's parts the claim names in the plural ("Dalian's software parks"
    of Dalian Software Park), if any: their figures are not the hub's as a whole."""
    if reading.subject is not None:
        return None
    hub = reader.names.hub(hub_id)
    if hub is None:
        return None
    text = normalise(reading.text)
    own = set(lx.WORD.findall(normalise(" ".join((hub.name, *hub.aliases)))))
    for child in reader.names.children(hub_id):
        kind = [w for w in lx.WORD.findall(normalise(child.name)) if w not in own]
        if kind and f"{' '.join(kind)}s" in text:
            return f"{' '.join(kind)}s"
    return None


def elsewhere(reader: ClaimReader, reading: Reading, hub_id: str) -> bool:
    """Whether the claim is of an organisation the dataset holds in several places, and
    names none of them ("NIIT's centres across 66 cities take in …" is not the figure of
    its Dalian centre, which alone the dataset holds)."""
    if reading.subject is None:
        return False
    held = reader.names._subjects.get(name_key(reading.subject))  # (its hubs, read once)
    if held is None or len(held.hubs) < 2:
        return False
    if all(hub_id in reader.names.ancestors(h) for h in held.hubs - {hub_id}):
        return False  # the figure of it as a whole (NIIT's 66 cities in China)
    text = normalise(reading.text)
    return hub_id not in {m.hub_id for m in reader.names.mentions(text) if m.subject is None}


# What a place's description says of a share of its own things ("of the place's
# companies"): a part's share of those may exceed its whole's; a share of the world's
# iPads may not.
_OWN_SHARE = re.compile(r"\bshare of (?:the (?:place|institution|organisation)'s|each)\b")


def adds_up(metric: Metric) -> bool:
    """Whether a part's figure of the metric is never more than its whole's: counts,
    money and areas (not a change, which may fall), and a share of a total outside the
    place (the world's iPads), not of its own things (its GDP, its companies)."""
    if metric.unit_kind == "share":
        return _OWN_SHARE.search(normalise(metric.description or "")) is None
    return metric.unit_kind in ("count", "money", "area") and not metric.id.endswith("-change")


def wholes(reader: ClaimReader, hub_id: str) -> list[str]:
    """The hubs a hub is part of, nearest first: the places named as a list that name it
    ("Chengdu and Chongqing" of Chengdu), then the hubs above it (remembered for the
    reader's run: a draft asks again of the same places)."""
    known = _WHOLES.setdefault(reader, {})
    if hub_id not in known:
        known[hub_id] = _wholes(reader, hub_id)
    return known[hub_id]


def part_holding(
    reader: ClaimReader, hub_id: str, metric_id: str, unit: str | None
) -> tuple[str, list[Fact]] | None:
    """The name of the first place directly below the hub that holds figures of the
    metric in the unit ("Hefei" of Anhui's AI companies), and those figures (remembered
    for the reader's run: a draft asks again of the same places)."""
    known = _PARTS_HOLDING.setdefault(reader, {})
    key = (hub_id, metric_id, unit)
    if key not in known:
        known[key] = next(
            (
                (part.name, held)
                for part in reader.store.children(hub_id)
                if (
                    held := [f for f in reader.facts_of(part.id, metric_id, None) if f.unit == unit]
                )
            ),
            None,
        )
    return known[key]


_PARTS_HOLDING: WeakKeyDictionary[
    ClaimReader, dict[tuple[str, str, str | None], tuple[str, list[Fact]] | None]
] = WeakKeyDictionary()


_WHOLES: WeakKeyDictionary[ClaimReader, dict[str, list[str]]] = WeakKeyDictionary()


def _wholes(reader: ClaimReader, hub_id: str) -> list[str]:
    listed = [
        whole.id
        for whole in reader.names.regions()
        if " and " in whole.name and hub_id in reader.names.listed(whole)
    ]
    return [*listed, *reversed(reader.names.ancestors(hub_id))]


# "300 of Zhongguancun's 2,300 companies": the number before "of" is a part of the one after.
_PART_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
    r"thousands|most|many|half)\s+of\s+(?:(?:the|its|their)\s+|\S+['’]s\s+)$"
)


# (one space before "of", not "\s+": found wherever "\s+of" is, without retrying each
# run of spaces at each of its starts; a third less of the search on every count claim)
_PART_OF_A_WHOLE = re.compile(
    r"\sof\s+(?:the|its|their|\S+['’]s)\s+(?:\d|some|about|nearly|roughly|around|almost|close|"
    r"approximately|more|over|just|well|upwards?|an)"
)


def whole_named(reader: ClaimReader, reading: Reading, hub_id: str) -> Metric | None:
    """The metric of the whole a figure counts when the sentence names a part of it first
    ("300 of its 2,300 companies have opened branches abroad": 2,300 is the count of its
    companies, not of those with branches): the held count the words after the figure
    name most fully; None when the figure is no such whole or no metric is named."""
    figure, metric = reading.figure, reading.metric
    if (
        figure is None
        or metric is None
        or metric.unit_kind != "count"
        or " of " not in reading.text
        or not _PART_OF_A_WHOLE.search(reading.text.lower())
    ):
        return None
    text = as_read(reading.text)  # (the reader's text: the figure's offsets)
    before = text[max(0, figure.number.start - 40) : figure.number.start]
    if (hedged := hedge_start(before)) is not None:  # ("of its roughly 2,300 companies")
        before = before[:hedged]
    if not _PART_BEFORE.search(before):
        return None
    said = lx.stems(" ".join(lx.WORD.findall(text[figure.number.end :])[:3]))
    named = [
        found
        for held in reader.held(hub_id, reading.subject)
        if (found := reader.cues.by_id.get(held)) is not None
        and found.unit_kind == "count"
        and (words := reader.metric_words(found))
        and words <= said
    ]
    best = max(named, key=lambda m: len(reader.metric_words(m)), default=None)
    return best if best is not None and best.id != metric.id else None


@functools.lru_cache(maxsize=16)  # (a dataset has a few kinds of place)
def kind_words(kind: str) -> frozenset[str]:
    """The stems of a kind of place ("science park"): words that name the place itself
    ("the park's 2,300 companies"), never a basis ("per the park's administrative
    authority"), which the verdict leaves out of a claim's words."""
    return frozenset(lx.stems(kind.replace("-", " ")))


def same_basis(words: frozenset[str], facts: Sequence[Fact]) -> list[Fact] | None:
    """The figures of the basis the claim's words (the metric's own left out) name
    ("signed", "registered", "in IT jobs"): those sharing most words with it; None when
    the claim names none of theirs."""
    shared = {
        f.id: len(words & (lx.stems(f.basis) | set(lx.bases(f.basis)))) for f in facts if f.basis
    }
    best = max(shared.values(), default=0)
    if best == 0:
        return None
    return [f for f in facts if shared.get(f.id) == best]


def part_judged_as_whole(
    reader: ClaimReader, reading: Reading, hub_id: str, metric: Metric
) -> str | None:
    """The place the sentence names that is part of the hub whose figure judged the claim
    ("the DLSP generated US$4.5 billion" judged by Dalian's revenue, the park having none
    of that metric): the claim is of the part, which its whole's figure bounds from above
    only. Of money, areas and shares that add up; None otherwise."""
    if reading.subject is not None or metric.unit_kind == "count" or not adds_up(metric):
        return None
    lowered = reading.text.lower()
    # (the names of the parts looked for in the sentence, not its mentions: 2 % of a check)
    for name, part in _part_names(reader, hub_id).items():
        if name in lowered and metric.id not in reader.held(part, None):
            return part
    return None


_PART_NAMES: WeakKeyDictionary[ClaimReader, dict[str, dict[str, str]]] = WeakKeyDictionary()


def _part_names(reader: ClaimReader, hub_id: str) -> dict[str, str]:
    """The hubs below one by their lowercased names and aliases, longest first
    (remembered for the run)."""
    known = _PART_NAMES.setdefault(reader, {})
    if hub_id not in known:
        below = reader.store.hubs_by_id(reader.store.descendants(hub_id))
        names = {n.lower(): h.id for h in below for n in (h.name, *h.aliases) if len(n) > 2}
        known[hub_id] = dict(sorted(names.items(), key=lambda item: -len(item[0])))
    return known[hub_id]


def other_currency(
    figure: Figure, facts: Sequence[Fact], hub_id: str
) -> tuple[list[Fact], Note] | None:
    """ "480 billion US dollars" where the source's 480 billion is in yuan: the same
    number in another currency is a mislabelled figure, contradicted (not where the claim
    is a bound, "under US$480 billion", which the smaller sum meets)."""
    if figure.unit not in ("USD", "CNY") or figure.qualifier not in (None, "about"):
        return None
    other = [
        f
        for f in facts
        if f.unit in ("USD", "CNY")
        and f.unit != figure.unit
        and f.value == figure.value
        and f.status == "reported"
    ]
    if not other:
        return None
    said = format_value(figure.value, other[0].unit)
    note = Note(
        "unit-differs",
        f"the source says {said}: the same number in {other[0].unit}, not {figure.unit}",
        (hub_id,),
        tuple(f.id for f in other),
    )
    return other, note


# Kinds of product a figure may count (stems): a claim of one kind against a metric of
# another ("desktop computers" against a share of laptops) is of something else.
_PRODUCTS = {
    "laptop": "laptops",
    "notebo": "laptops",
    "deskto": "desktops",
    "tablet": "tablets",
    "smartp": "phones",
    "phon": "phones",
    "server": "servers",
    "printe": "printers",
    "televi": "televisions",
    "vehicl": "vehicles",
    "car": "vehicles",
}


def of_something_else(reader: ClaimReader, reading: Reading, metric: Metric) -> str | None:
    """Why a contradicted claim is of something its metric does not count: a kind of
    product the metric does not name ("a quarter of the world's desktop computers" against
    a share of laptops), or, of a share, no word of the metric in the sentence but a basis
    ("make up half of China's cities" against the share of a dollar a manufacturer makes);
    None when it names it."""
    own = reader.metric_words(metric)
    said = {_PRODUCTS[w] for w in reading.words if w in _PRODUCTS}
    held = {_PRODUCTS[w] for w in own if w in _PRODUCTS}
    if said and held and not said & held:
        said_of, held_of = ", ".join(sorted(said)), ", ".join(sorted(held))
        return f"the claim is of {said_of}; the figures are of {held_of}"
    if metric.unit_kind != "share":
        return None
    if not (stems(reading.text) & own).difference(reading.bases):
        return f"the claim names nothing the figures ({metric.label.lower()}) are of"
    return None


def of_another_whole(reader: ClaimReader, reading: Reading, metric: Metric) -> str | None:
    """Why a share is of a whole its metric is not a share of: the first words after its
    "of" name people and none of the metric's words ("70 percent of the city's software
    engineers" is no share of its export revenue, whatever else the sentence says of
    Japan); None when they do, name it by a pronoun ("40 % of them"), name no people, or
    the figure is no share."""
    figure = reading.figure
    if metric.unit_kind != "share" or figure is None or figure.unit != "percent":
        return None
    whole = _SHARE_OF_WHOLE.match(reading.text.lower(), figure.number.end)
    words = whole.group(1).split() if whole else []
    people = [i for i, w in enumerate(words) if w in _PEOPLE]
    if not people or stems(whole.group(1) if whole else "") & reader.metric_words(metric):
        return None
    said = " ".join(words[: people[-1] + 1])  # ("the city's programmers", not "… in")
    return f"the claim is a share of {said}; the figures are of {metric.label.lower()}"


# Words of people a share may be of ("of its engineers", "of the trainees"): a share of
# them is none of a share of money or of things that names none of them.
_PEOPLE = frozenset(
    (
        *lx.UNIT_WORDS["people"],
        *lx.UNIT_WORDS["students"],
        "graduates",
        "programmers",
        "developers",
        "coders",
        "interns",
        "managers",
    )
)


# "70 percent of the city's software trainees": the whole a share is of, its first three
# words (the place's name among them); of a pronoun ("40% of them"), named before
_SHARE_OF_WHOLE = re.compile(
    r"\s*(?:%|percent|per cent)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?!(?:them|those|these|it|this|that|which|whom|us)\b)([a-z'’-]+(?:\s+[a-z'’-]+){0,2})"
)


def either_basis(
    judged: FigureVerdict, reading: Reading, matched: list[Fact], bases: list[str], shown: str
) -> FigureVerdict:
    """A claim whose words fit two held bases alike ("jobs at Neusoft" of "employed
    directly by Neusoft" and "in IT-related jobs") is unsupported where the bases' figures
    judge it differently: which one it is of, the words do not say."""
    assert reading.claimed is not None
    each = {
        claim_verdict(reading.claimed, [f for f in matched if f.basis == b], shown).verdict
        for b in bases
    }
    if len(each) < 2:
        return judged
    held = "; ".join(f"{f.display} ({f.basis})" for f in matched)
    return judged._replace(
        verdict="unsupported",
        kind="basis-differs",
        reason=f"the claim's words fit {' and '.join(bases)} alike, and their figures differ: "
        f"{held}",
    )
