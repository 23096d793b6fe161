"""Organisations named as members of the group a figure counts ("Qualcomm and Microsoft
are among more than 400 companies", "400 companies, including Qualcomm"): the figure
is the group's, of the place it is in, never the members' own."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from hubquery.query.reader import bounds
from hubquery.query.reader.figures import Figure
from hubquery.query.reader.mentions import Candidate, Mention, NameReader

# "are among the more than 400 firms" (the hedge left out before it is matched)
_AMONG = re.compile(r"\bamong(?: them| the)?\s*$")
# "including Qualcomm", "such as Qualcomm and Microsoft" (names the dataset does not
# know may come between: applied to the few words before a name)
_LISTED = re.compile(
    r"\b(?:including|includes|include|such as|among them|notably|like)"
    r"(?:,? (?:and )?[a-z][\w.&-]*){0,3},?(?: and)?\s*$"
)


class _Holding(Protocol):
    names: NameReader

    def held(self, hub: str, subject: str | None) -> set[str]: ...


# (names the dataset does not know may come between: "Microsoft and Qualcomm among them")
_AMONG_THEM_AFTER = re.compile(r"(?:,? (?:and )?[a-z][\w.&-]*){0,3},? (?:among|amongst) them\b")
_OWN_CLAUSE = re.compile(r"\b(?:what|which|than|whereas|while|where|who)\b")
_SCOPE = re.compile(r"\bamong(?: the)?\s*$")
# "Wuhan is one of China's cities": China is where the members are (its name and 's)
_MEMBER_IN = re.compile(r"\b(?:is|was|are|were|remains|became|becomes) one of\s+[^']*['’]s\b")
# "ranks fourth in China", "the fifth-best in China": where it ranks (applied to the
# few words before a name), and "China's fourth-best": an ordinal after the name
_RANKED_IN = re.compile(
    r"(?:\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|\d(?:st|nd|rd|th)|"
    r"\bthe (?:[a-z]+est|best|worst))\b[\s-]*(?:[a-z]+\s+)?(?:in|among|of)(?: the)?\s+$"
)


def _ranked_in(before: str) -> bool:
    """``_RANKED_IN`` found in the words before a name, looked for only where they end as
    its matches do: in "in", "among", "of" or "the", then a space."""
    return (
        before[-1:].isspace()
        and before.rstrip().endswith(("in", "among", "of", "the"))
        and _RANKED_IN.search(before) is not None
    )


_ORDINAL_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))[\s-]+(?:best|worst|biggest|largest|strongest|[a-z]+est)\b"
)
_WORD = re.compile(r"[a-z]+")
_COUNTED = re.compile(r"[\w.,]+\s+")
_NOT_KINDS = {"the", "of", "and", "a", "an", "in"}
_AND = re.compile(r"^\s*(?:,|and|, and|&)\s*$")


def members(mentions: list[Mention], text: str, figure_start: int) -> list[Mention]:
    """The organisations of ``mentions`` the sentence lists as members of a group."""
    named = [m for m in mentions if m.subject is not None]
    if not named:
        return []
    before = text[max(0, figure_start - 40) : figure_start]
    hedge = bounds.ANY_HEDGE_BEFORE.search(before)
    if _AMONG.search(before[: hedge.start()] if hedge else before):
        return [m for m in named if m.end <= figure_start]
    # "one of ten cross-border e-commerce pilot cities": the figure counts what is named
    # just after it, the group of the place(s) it is in, not the designation's own figure
    found = [
        m
        for m in named
        if m.start > figure_start
        and _COUNTED.fullmatch(text, figure_start, m.start)
        and _plural(m.subject or "", text[m.start : m.start + len(m.subject or "") + 4])
    ]
    for mention in named:
        listed = _LISTED.search(text[max(0, mention.start - 40) : mention.start])
        follows = found and _AND.match(text[found[-1].end : mention.start])
        if listed or follows:
            found.append(mention)
    # "More than 350 firms, Qualcomm and Microsoft among them": listed after the names
    after: list[Mention] = []
    for mention in reversed(named):
        if _AMONG_THEM_AFTER.match(text, mention.end) or (
            after and _AND.match(text[mention.end : after[-1].start])
        ):
            after.append(mention)
    return found + [m for m in reversed(after) if m not in found]


# "the third largest luxury market, after Beijing and Shanghai": the places ranked above
_RANKED_AFTER = re.compile(
    r"(?:\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|\d(?:st|nd|rd|th)|"
    r"\b[a-z]+est)\b[^.;:]*\b(?:after|behind|trailing|only to)\s+(?:the\s+)?$"
)


def _ranked_above(mentions: list[Mention], text: str) -> list[Mention]:
    """The places a rank is said to come after or behind ("third, after Beijing and
    Shanghai"): they rank above what is ranked, they are not it."""
    if not any(word in text for word in ("after", "behind", "trailing", "only to")):
        return []
    above: list[Mention] = []
    for mention in mentions:
        if (above and _AND.match(text[above[-1].end : mention.start])) or _RANKED_AFTER.search(
            text[max(0, mention.start - 80) : mention.start]
        ):
            above.append(mention)
    return above


def _plural(name: str, said: str) -> bool:
    """Whether ``said`` names ``name`` in the plural ("pilot cities" of "pilot city")."""
    last = name.lower().rsplit(" ", 1)[-1]
    if not last or last.endswith("s"):
        return False
    plural = last[:-1] + "ies" if last.endswith("y") else last + "s"
    return re.search(rf"\b{re.escape(plural)}\b", said) is not None


# a report's teller at a sentence's end: ", a blog on China's tech hubs reported."
_TOLD = re.compile(
    r",\s+(?:a|an|the)\s[^,;]{0,80}?\b(?:reported|reports|said|says|wrote|writes)\W*$"
)


def without_scopes(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions less the places a figure is ranked or counted among ("fourth among
    China's high-tech zones"), when the sentence names something else, and less those
    ranked above it ("third, after Beijing and Shanghai"), always."""
    if above := _ranked_above(mentions, text):
        mentions = [m for m in mentions if m not in above]
    if ("report" in text or " said" in text or " wrote" in text) and (
        told := _TOLD.search(text)
    ):  # ("…, a blog on China's 'Silicon Valleys' reported.": who said it, no subject)
        mentions = [m for m in mentions if m.start < told.start()] or mentions
    kept = [
        m
        for m in mentions
        if m.subject is not None
        or not (
            ("among" in text and _SCOPE.search(text[max(0, m.start - 10) : m.start]))
            or _ranked_in(text[max(0, m.start - 40) : m.start])
            or _ORDINAL_AFTER.match(text, m.end)
        )
    ]
    if (
        kept
        and " one of " in text
        and all(
            m.subject is None and _MEMBER_IN.search(text[max(0, m.start - 24) : m.end + 3])
            for m in kept
        )
    ):
        # "Wuhan is one of China's cities of …": a member the dataset does not know, never
        # the country whose cities they are
        return []
    return kept or mentions


def part_holding(
    names: NameReader,
    hub_id: str,
    holds: Callable[[str], bool],
    sentence: str,
    mentions: list[Mention],
) -> str | None:
    """The one part of a hub that holds the metric, when the sentence names its kind and
    the hub's own ("China has 114 high-tech zones, of which Chengdu's ranks fourth":
    Chengdu's hi-tech zone, never "a high-tech zone city"); None when none or several
    do, or the sentence does not name it so."""
    parent = names.hub(hub_id)
    if parent is None or not any(
        m.hub_id == hub_id and sentence[m.end : m.end + 2] in ("'s", "’s") for m in mentions
    ):
        return None
    own = _kind_words(" ".join((parent.name, *parent.aliases)))
    words = _kind_words(sentence)
    found = [
        child.id
        for child in names.children(hub_id)
        if holds(child.id)
        and any(
            (kind := _kind_words(name) - own) and kind <= words
            for name in (child.name, *child.aliases)
        )
    ]
    return found[0] if len(found) == 1 else None


def _kind_words(text: str) -> set[str]:
    """The words of a name or sentence, singular ("zones" is "zone"), "high" as "hi"."""
    words = _WORD.findall(text.lower().replace("high-tech", "hi-tech"))
    return {w.removesuffix("s") for w in words} - _NOT_KINDS


def nearest_first(
    candidates: list[Candidate],
    mentions: list[Mention],
    text: str,
    start: int,
    metric_id: str,
    reader: _Holding,
) -> list[Candidate]:
    """The candidates with, of two places or more named before the figure that hold its
    metric (none above another), the one named nearest it first when a clause of its
    own begins between them ("Zhongguancun did what took Silicon Valley 30 years":
    Silicon Valley's; "Chengdu has overtaken Beijing as the second": Chengdu's)."""
    near = [
        m
        for m in mentions
        if m.subject is None and m.end <= start and metric_id in reader.held(m.hub_id, None)
    ]
    above = {a for m in near for a in reader.names.ancestors(m.hub_id)}
    near = [m for m in near if m.hub_id not in above]
    if len({m.hub_id for m in near}) < 2:
        return candidates
    last = max(near, key=lambda m: m.end)
    if not _OWN_CLAUSE.search(text[min(m.end for m in near) : last.start]):
        return candidates
    return _first(Candidate(last.hub_id, None), candidates)


# "Chengdu's 21 million people": the place named just before the number owns it
_OWNS = re.compile(
    r"\s*['’]s?\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|"
    r"fewer than|less than|under)\s+)?(?:us\$|\$|rmb|¥)?\s*$"
)


# "…, which is just under 20 percent": a relative clause that states the figure (its
# hedge before it; not "which is why …")
_RELATIVE_STATES = re.compile(
    r",\s+which\s+(?:is|was|stands at|stood at|amounts to|amounted to)\s+"
    r"(?:(?!why\b|how\b|what\b|when\b|where\b|because\b|it\b|its\b)[a-z-]+\s+){0,3}"
    r"(?:us\$|\$|rmb|¥)?\s*$"
)
# "Chengdu's share of laptop production", "that of Chengdu": the noun phrase the clause
# follows names the place (its possessive and a few words of no verb, up to the comma)
_NAMES_PHRASE = re.compile(
    r"(?:['’]s?(?:\s+(?!is\b|was\b|are\b|were\b|has\b|have\b|had\b|and\b|than\b)"
    r"[a-z-]+){0,6})?\s*"
)


def owner_first(
    candidates: list[Candidate], mentions: list[Mention], text: str, start: int
) -> list[Candidate]:
    """The candidates with the place whose possessive the figure follows first ("a quarter
    of Chengdu's 21 million people" is Chengdu's, whatever the sentence is about), or the
    place of the noun phrase a relative clause stating the figure follows ("… above
    Chengdu's share, which is just under 20 percent" is Chengdu's)."""
    for mention in mentions:
        owner = Candidate(mention.hub_id, None)
        if (
            mention.subject is None
            and owner in candidates
            and _OWNS.fullmatch(text, mention.end, start)
        ):
            return _first(owner, candidates)
    if ", which " not in text or not (said := _RELATIVE_STATES.search(text, 0, start)):
        return candidates
    named = [
        m
        for m in mentions
        if m.subject is None
        and Candidate(m.hub_id, None) in candidates
        and _NAMES_PHRASE.fullmatch(text, m.end, said.start())
    ]
    return _first(Candidate(named[-1].hub_id, None), candidates) if named else candidates


def _first(owner: Candidate, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with ``owner`` first."""
    return [owner, *(c for c in candidates if c != owner)]


def year_subjects(
    figure: Figure,
    clauses: list[tuple[int, int, Figure]],
    mentions: list[Mention],
    inside: list[Mention],
    spread: list[Candidate],
) -> tuple[list[Mention], list[Candidate]]:
    """What a year of a clause that names no organisation or programme is of: what the
    sentence names, wherever it names it ("In 1982 Shenzhen became the first Special
    Economic Zone"), but not what another year's clause names ("set up in 1991, became a
    national IP demonstration zone in 2014": 2014 is the designation's year)."""
    dated = [(s, e) for s, e, f in clauses if f.year_like and f is not figure]
    elsewhere = {
        m.subject for m in mentions if m.subject and any(s <= m.start < e for s, e in dated)
    }
    named = [m for m in mentions if m.subject and m not in inside and m.subject not in elsewhere]
    return inside + named, [c for c in spread if c.subject not in elsewhere]


def founded_here(
    candidates: list[Candidate],
    named: set[str],
    held: Callable[[str, str | None], set[str]],
) -> list[Candidate]:
    """What a year its clause says was a founding is of (``named``: the metrics of a
    year its words name): not an organisation or designation the sentence names that
    holds none of them, where a place named holds one ("The Dalian Software Park,
    opened in 1999, … made Dalian a base city of outsourcing": the park's opening)."""
    if not named or not any(c.subject for c in candidates):
        return candidates
    if any(c.subject and not named.isdisjoint(held(*c)) for c in candidates):
        return candidates
    places = [c for c in candidates if c.subject is None]
    return places if any(not named.isdisjoint(held(*c)) for c in places) else candidates


_IN_BEFORE = re.compile(r"\b(?:in|at|into)(?: the)?\s*$")


def placed_elsewhere(names: NameReader, mentions: list[Mention], text: str) -> bool:
    """Whether an organisation named is placed "in" a place it is not held in, nor under
    or over one it is ("Microsoft … a research centre in Shanghai": its Beijing lab's
    figures are not of it)."""
    orgs = [m for m in mentions if m.subject is not None]
    places = [
        m.hub_id
        for m in mentions
        if m.subject is None and _IN_BEFORE.search(text, max(0, m.start - 9), m.start)
    ]
    return any(
        not any(
            place in org.subject_hubs
            or not org.subject_hubs.isdisjoint(names.ancestors(place))
            or any(place in names.ancestors(hub) for hub in org.subject_hubs)
            for place in places
        )
        for org in orgs
        if places
    )


# "Neusoft, based (just up the road) in Shenyang, …": where the organisation is
_BASED_IN = re.compile(r"\b(?:based|headquartered)(?: [a-z]+){0,4} in\s*$")


def based_in(
    inside: list[Mention], subjects: list[Mention], text: str, start: int
) -> list[Mention]:
    """A clause's mentions, with the organisation named before it first where each place
    the clause names is where that organisation is based ("Neusoft — China's largest
    outsourcer, based in Shenyang — booked US$1 billion": Neusoft's)."""
    if not all(
        m.subject is None and _BASED_IN.search(text, max(0, m.start - 40), m.start) for m in inside
    ):
        return inside
    lead = [m for m in subjects if m.subject is not None and m.end <= start]
    return [lead[-1], *inside] if lead else inside


# "NIIT, with centres in 66 cities, had been training …": a clause that begins with its
# verb after an appositive set off by commas
_VERB_FIRST = re.compile(r"[\s,;]*(?:has|had|have|is|was|are|were|will|would)\b")


def subject_left_out(
    inside: list[Mention], subjects: list[Mention], text: str, start: int
) -> list[Mention]:
    """A clause's mentions, with the organisation the sentence begins with first where the
    clause begins with its verb after an appositive of that organisation ("NIIT, with
    centres in 66 Chinese cities, had been training people in Dalian …": NIIT's)."""
    first = subjects[0] if subjects and ", " in text else None
    if (
        first is None
        or first.end >= start
        or not _VERB_FIRST.match(text, start)
        or first.subject is None
        or first in inside
        or text[: first.start].strip()
        or not text.startswith(",", first.end)
    ):
        return inside
    return [first, *inside]


def named_before(
    inside: list[Mention], subjects: list[Mention], text: str, start: int
) -> list[Mention]:
    """A clause's mentions, with the organisation named before the clause first where the
    clause is that organisation's: "X, based in Shenyang, …" (``based_in``), "X, with
    centres in 66 cities, had been …" (``subject_left_out``)."""
    if inside and ("based" in text or "headquartered" in text):
        inside = based_in(inside, subjects, text, start)
    return subject_left_out(inside, subjects, text, start)
