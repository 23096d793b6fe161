"""A group its source names in full: the threshold figures of each member, from one
sentence that also counts the group and names as many members as it counts ("Chengdu and
Chongqing are now two of the only four cities (the other two are Beijing and Shanghai) in
China with populations of more than 20 million"). A place of the members' kind and
country that the sentence leaves out is not above the threshold then: a claim that it is
contradicts the source (issue #19: "the intervals cannot both be true"); so does a claim
that names such a place among the group's members ("Shenzhen is one of China's four
cities of …"), and a part of the group is counted by the members a claim names ("Beijing
and Shanghai are two of them")."""

from __future__ import annotations

import re
from typing import NamedTuple
from weakref import WeakKeyDictionary

from hubquery.judgement.claims import FigureVerdict
from hubquery.judgement.figures import standing, year
from hubquery.numbers import count_in_words, normalise
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.reader.figures import OF_THEM
from hubquery.query.reader.rewrites import as_read
from hubquery.query.workings import Judged
from hubquery.records import Fact, Metric, Note


class ClosedGroup(NamedTuple):
    """The members' threshold figures, the group's count (its total) and the members' kind."""

    thresholds: tuple[Fact, ...]
    total: Fact
    kind: str


def outside_the_list(
    reader: ClaimReader, reading: Reading, hub_id: str, metric: Metric, facts: list[Fact]
) -> Judged | None:
    """The claim contradicted where it puts a place above the threshold of a group its
    source names in full and leaves the place out of; None otherwise, and where the
    place's own figures (``facts``) answer the claim's time (they judge it)."""
    claimed = reading.claimed
    if (
        claimed is None
        or metric.unit_kind != "count"
        or (low := claimed.interval.low) is None
        or claimed.target
        or claimed.excluded
        or claimed.years_back is not None
        or any(
            standing(f).ok
            and (claimed.first_year is None or claimed.first_year <= year(f))
            and (claimed.last_year is None or year(f, end=True) <= claimed.last_year)
            for f in facts
        )
        or not (groups := _groups(reader, metric.id))
        or (hub := reader.names.hub(hub_id)) is None
    ):
        return None  # (most claims: no count's threshold held for a group named in full)
    for group in groups:
        threshold = group.thresholds[0]
        members = {f.hub_id for f in group.thresholds}
        when = year(group.total)
        if (
            hub_id in members
            or hub.kind != group.kind
            or hub.country_id != group.total.hub_id
            or threshold.low is None
            or not (low > threshold.low or (low == threshold.low and claimed.interval.low_open))
            or (claimed.first_year is not None and not claimed.first_year <= when)
            or (claimed.last_year is not None and not when <= claimed.last_year)
        ):
            continue
        named = sorted(found.name for m in members if (found := reader.names.hub(m)))
        listed = f"{', '.join(named[:-1])} and {named[-1]}" if len(named) > 1 else named[0]
        said = (
            f"the source names every one of the {group.total.display} "
            f"({group.total.period_label}) with {threshold.display.removesuffix(' (threshold)')}"
            f": {listed}; {hub.name} is not one of them"
        )
        held = (group.total, *group.thresholds)
        note = Note("contradicted", said, (hub_id,), tuple(f.id for f in held))
        return Judged("contradicted", held, (note,), False)
    return None


_GROUPS: WeakKeyDictionary[ClaimReader, dict[str, list[ClosedGroup]]] = WeakKeyDictionary()


def _groups(reader: ClaimReader, metric_id: str) -> list[ClosedGroup]:
    """The groups named in full whose members hold threshold figures of the metric
    (once a run for each metric asked of)."""
    known = _GROUPS.setdefault(reader, {})
    if metric_id in known:
        return known[metric_id]
    by_sentence: dict[tuple[str, str | None, float | None], list[Fact]] = {}
    for fact in reader.store.iter_facts(metric_ids=[metric_id]):
        if fact.status == "threshold" and fact.high is None:
            by_sentence.setdefault((fact.source.id, fact.quote, fact.low), []).append(fact)
    groups = []
    for (source, quote, _), thresholds in by_sentence.items():
        counts = [
            c
            for c in reader.store.iter_facts(source_ids=[source])
            if c.quote == quote and c.metric_id != metric_id
        ]
        if len(found := _closed(reader, thresholds, counts)) == 1:
            groups.append(found[0])
    known[metric_id] = groups
    return groups


def _closed(reader: ClaimReader, thresholds: list[Fact], counts: list[Fact]) -> list[ClosedGroup]:
    """The groups of one sentence's threshold figures (one place each, of one kind) with
    each of its counts that counts as many places as they are."""
    places = [reader.names.hub(f.hub_id) for f in thresholds]
    kinds = {p.kind for p in places if p is not None}
    if thresholds[0].quote is None or len(kinds) != 1 or None in places:
        return []
    return [
        ClosedGroup(tuple(thresholds), c, next(iter(kinds)))
        for c in counts
        if c.status == "reported"
        and c.qualifier is None
        and c.value == len({f.hub_id for f in thresholds})
    ]


_COUNTED: WeakKeyDictionary[ClaimReader, dict[str, ClosedGroup | None]] = WeakKeyDictionary()


def _group_counted(reader: ClaimReader, total: Fact) -> ClosedGroup | None:
    """The group a count figure counts, where its sentence names every member (once a
    run for each figure)."""
    known = _COUNTED.setdefault(reader, {})
    if total.id in known:
        return known[total.id]
    group = None
    if total.status == "reported" and total.quote is not None and total.qualifier is None:
        by_metric: dict[tuple[str, float | None], list[Fact]] = {}
        for fact in reader.store.iter_facts(source_ids=[total.source.id]):
            if (
                fact.quote == total.quote
                and fact.status == "threshold"
                and fact.high is None
                and fact.metric_id != total.metric_id
            ):
                by_metric.setdefault((fact.metric_id, fact.low), []).append(fact)
        found = [g for t in by_metric.values() for g in _closed(reader, t, [total])]
        group = found[0] if len(found) == 1 else None
    known[total.id] = group
    return group


# A list of names: "A and B", "A, B and C", "A, B, and C" (commas only before its "and")
_AND = re.compile(r"\s*,?\s+and\s+|\s*&\s*")
_COMMA = re.compile(r",\s+")
# "Tianjin joined Beijing, Shanghai and Chongqing as …": one more member with the list
_JOINED = re.compile(r"\s+(?:has |have |had )?(?:joined|joins|join)\s+")
_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
# The words from a list to the count that claim its places members: "are two of China's",
# "is one of the only", "joined … as", ", one of its"
_MEMBERS_BEFORE = re.compile(
    r"(?:\s+(?:is|are|was|were|remains?|remained|became|becomes|has become|have become)"
    rf"\s+(?:(?:now|also|still|both|all|today)\s+)*|\s+as\s+|,\s+(?={_NUMBER}\s+of\b))"
    rf"(?:(?P<part>{_NUMBER})\s+of\s+)?(?:the\s+)?(?:only\s+)?"
    r"(?:[\w'’-]+['’]s\s+|its\s+|their\s+)?(?:only\s+)?"
)
# After the count, its members set out: "four cities of …: Beijing, …", "— Beijing, …"
_MEMBERS_AFTER = re.compile(r"[^.;:()—–\d]{0,40}?(?:\d[^.;:()—–]{0,30}?)?(?::|\s[—–]|\s\()\s*")
_LIST_ENDS = re.compile(r"\s*(?:[.;)—–]|$)")
_CAPITALISED = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)*")


class _Named(NamedTuple):
    """A name in a list: the hub it names, or None for a name the dataset does not know."""

    start: int
    end: int
    hub_id: str | None


def members_named(reader: ClaimReader, reading: Reading, judged: FigureVerdict) -> FigureVerdict:
    """``judged``, contradicted where the claim names a place as a member of a group its
    source names in full ("Shenzhen is one of China's four cities of …") that the source
    leaves out of it, and supported where it counts a part of the group ("Beijing and
    Shanghai are two of them") by as many of the group's members as it names."""
    figure, claimed = reading.figure, reading.claimed
    group = next((g for f in judged.facts if (g := _group_counted(reader, f))), None)
    if figure is None or claimed is None or group is None:
        return judged
    text = as_read(reading.text)  # (where the reader's figures are)
    names = _names(reader, reading.text, text)
    part = OF_THEM.match(text, figure.number.end) is not None
    listed, stated = _listed_before(names, text, figure.number.start)
    if not listed and not part:
        listed = _listed_after(names, text, figure.number.end)
        stated = None
    if not listed:
        return judged
    places: list[tuple[str, str | None]] = []  # (each place as named, its hub)
    for name in listed:
        hub = reader.names.hub(name.hub_id) if name.hub_id else None
        if hub is not None and hub.kind != group.kind:
            inside = reader.names.listed(hub) if " and " in hub.name else []
            if not inside:
                return judged  # (a province named: not of this rule)
            places += [(n.name if (n := reader.names.hub(m)) else m, m) for m in inside]
        else:
            places.append((reading.text[name.start : name.end], name.hub_id))
    if stated is None:
        stated = int(figure.value) if figure.value.is_integer() else 0
    if len(places) != stated:  # (a word not a name before them: "Today, Beijing and …")
        places = [p for p in places if p[1] is not None]
    members = {f.hub_id for f in group.thresholds}
    held = (group.total, *group.thresholds)
    outside = [said for said, hub_id in places if hub_id not in members]
    if outside:
        named = sorted(found.name for m in members if (found := reader.names.hub(m)))
        return judged._replace(
            verdict="contradicted",
            kind="disjoint",
            reason=f"the source names every one of the {group.total.display} "
            f"({group.total.period_label}) with "
            f"{group.thresholds[0].display.removesuffix(' (threshold)')}: "
            f"{', '.join(named[:-1])} and {named[-1]}; {' and '.join(outside)} "
            f"{'is' if len(outside) == 1 else 'are'} not one of them",
            facts=held,
        )
    if part and judged.verdict != "supported" and claimed.interval.admits(len(places)):
        return judged._replace(
            verdict="supported",
            kind="established",
            reason=f"the source names {len(places)} of the {group.total.display} "
            f"({group.total.period_label}) the claim names",
            facts=held,
        )
    return judged


def _names(reader: ClaimReader, original: str, text: str) -> list[_Named]:
    """The names of ``text`` (``original`` in lower case): the hubs it names, and the
    capitalised words of ``original`` the dataset does not know (where the two align)."""
    found = [_Named(m.start, m.end, m.hub_id) for m in reader.names.mentions(text) if not m.subject]
    if normalise(original) == text:
        for word in _CAPITALISED.finditer(original):
            if not any(n.start < word.end() and word.start() < n.end for n in found):
                found.append(_Named(word.start(), word.end(), None))
    return sorted(found)


def _listed_before(names: list[_Named], text: str, at: int) -> tuple[list[_Named], int | None]:
    """The list of names that ends where the words claiming them members of the count at
    ``at`` begin, and how many members those words say they are ("two of"; None where
    they do not say)."""
    for i, name in enumerate(names):
        said = _MEMBERS_BEFORE.fullmatch(text, name.end, at)
        if said is None:
            continue
        listed = [name]
        anded = False
        for before in reversed(names[:i]):
            gap = text[before.end : listed[0].start]
            if not anded and _AND.fullmatch(gap):
                anded = True
            elif not (anded and _COMMA.fullmatch(gap)) and not _JOINED.fullmatch(gap):
                break
            listed.insert(0, before)
            if _JOINED.fullmatch(gap):
                break
        part = said.group("part")
        return listed, None if part is None else count_in_words(part)
    return [], None


def _listed_after(names: list[_Named], text: str, end: int) -> list[_Named]:
    """The list of two names or more that sets out the members of the count ending at
    ``end`` ("four cities …: Beijing, Shanghai, Chengdu and Chongqing")."""
    said = _MEMBERS_AFTER.match(text, end)
    if said is None:
        return []
    listed = [n for n in names if n.start == said.end()]
    for name in names:
        if not listed or name.start <= listed[-1].start:
            continue
        gap = text[listed[-1].end : name.start]
        if _AND.fullmatch(gap):
            listed.append(name)
            return listed if _LIST_ENDS.match(text, name.end) else []
        if not _COMMA.fullmatch(gap):
            return []
        listed.append(name)
    return []
