"""A claimed movement in a ranking ("climbed one place", "slipped two positions", "went
up a notch"): what a careful fact-checker works out from two ranks of one ranking the
source holds, flagged derived and said to be ("hubquery derives …", naming both ranks,
never "the source says"). The rank number falling by the claim's places between two
held ranks whose periods bracket the sentence's ("after 2013", "since 2013", "in 2014",
none) supports a climb; any other held move contradicts it; no such pair, unsupported."""

from __future__ import annotations

import itertools
import re

from hubquery.judgement.changes import Change, change
from hubquery.judgement.figures import period_label, standing, year
from hubquery.numbers import normalise
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.reader.figures import count_word
from hubquery.query.stems import stems
from hubquery.query.workings import Judged, derived
from hubquery.records import Fact, Metric, Note
from hubquery.vocabulary import Verdict

_UP = (
    r"climb(?:ed|s)?|r(?:o|i)se[ns]?|moved up|moves up|went up|goes up|gone up|jump(?:ed|s)?|"
    r"advanc(?:ed|es)|gain(?:ed|s)|improv(?:ed|es)"
)
_DOWN = (
    r"f(?:e|a)ll(?:s|en)?|dropp?(?:ed|s)?|slipp?(?:ed|s)?|sli(?:d|des)|moved down|moves down|"
    r"went down|goes down|gone down|declin(?:ed|es)|sank|sinks|tumbl(?:ed|es)"
)
# "climbed one place", "slipped two positions", "went up a notch", "rose by three spots"
_MOVE = re.compile(
    rf"\b(?:(?P<up>{_UP}|up)|(?P<down>{_DOWN}|down))\s+(?:by\s+)?"
    r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:places?|spots?|positions?|notch(?:es)?)\b"
)
_WORDS = ("place", "spot", "position", "notch")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# the sentence's time: "after 2013", "since 2013", "from 2013", "on 2013" (the year moved
# from), "in 2014", "from 2013 to 2014", "between 2013 and 2014"
_WHEN = re.compile(
    r"\b(?:(?:from|between)\s+(?P<a>(?:19|20)\d\d)\s+(?:to|and)\s+(?P<b>(?:19|20)\d\d)|"
    r"(?P<kind>after|since|in|from|on|over|versus)\s+(?P<y>(?:19|20)\d\d))\b"
)


# "from 15th in 2013 to 14th in 2014", "from 15th among … destinations in 2013 to 14th in
# 2014": a move from the first year to the second (read as "from 2013 to 2014")
_FROM_RANK_TO = (
    r"\bfrom\s+(?:no\.\s*|#)?\d{1,3}(?:st|nd|rd|th)?\b[^;]{0,80}?\b(?:in|of)\s+"
    r"(?P<y>(?:19|20)\d\d)\s+to\s+(?:no\.\s*|#)?\d{1,3}(?:st|nd|rd|th)?\b"
)
_FROM_RANK = re.compile(_FROM_RANK_TO + r"[^;]{0,40}?\b(?:in|of)\s+(?P<z>(?:19|20)\d\d)\b")
# "from 15th in 2013 to 14th": the first rank's year and none of the second's, a move from
# that year on (read as "from 2013")
_FROM_RANK_ON = re.compile(_FROM_RANK_TO + r"(?![^;]{0,40}?\b(?:in|of)\s+(?:19|20)\d\d\b)")
# "in Tholons' 2014 ranking", "in the 2014 Tholons list": the ranking's edition, its year
# (read as "in 2014")
_EDITION = re.compile(
    r"\bin\s+(?:the\s+|its\s+|\S+['’]s?\s+)?(?:[a-z]+\s+)?(?P<y>(?:19|20)\d\d)\s+"
    r"(?:[a-z]+\s+)?(?:rankings?|list|index|edition|league table)\b"
)
# "in 2013 …, … the following year": the year after it
_FOLLOWING = re.compile(r"\b(?:the following|the next|a year later|the year after)(?: year)?\b")


def _following(lowered: str) -> str:
    """The text with "the following year" as the year after the last one named before it."""
    found = _FOLLOWING.search(lowered) if "follow" in lowered or "next" in lowered else None
    if found is None:
        return lowered
    years = _YEAR.findall(lowered, 0, found.start())
    if not years:
        return lowered
    return f"{lowered[: found.start()]}in {int(years[-1]) + 1}{lowered[found.end() :]}"


def may_move(text: str) -> bool:
    """Whether the sentence may state a move in a ranking (a cheap test of its words)."""
    if not any(map(text.__contains__, _WORDS)):  # (written lower case in prose)
        return False
    return _MOVE.search(text.lower()) is not None


def rank_move(reader: ClaimReader, text: str, line: int) -> tuple[Reading, str, Judged] | None:
    """The sentence's move in a ranking as read (a reading of no figure), what it was read
    as, and its verdict; None where the sentence states no move of a place it names."""
    lowered = normalise(text).lower()
    found = _MOVE.search(lowered)
    if found is None:
        return None
    hubs = [m.hub_id for m in reader.names.mentions(normalise(text)) if m.subject is None]
    if not hubs:
        return None
    hub_id, n = hubs[0], count_word(found.group("n"))
    if not n:
        return None  # ("0 places": no move)
    moved = n if found.group("up") else -n
    dated = _FROM_RANK.sub(r"from \g<y> to \g<z>", _following(lowered))
    if " from " in dated:
        dated = _FROM_RANK_ON.sub(r"from \g<y>", dated)
    when = _WHEN.search(_EDITION.sub(r"in \g<y>", dated))
    said = f"{'up' if moved > 0 else 'down'} {n} place{'s' if n > 1 else ''}"
    if when is not None:
        said += (
            f" {when.group('kind')} {when.group('y')}"
            if when.group("y")
            else (f" {when.group('a')}–{when.group('b')}")
        )
    metric = _ranking(reader, hub_id, lowered)
    reading = Reading(text, line, hub_id, None, metric, None, None, None, {})
    read = " · ".join([said, hub_id, metric.id if metric else "no metric"])
    if metric is None:
        why = f"the dataset holds no ranking of {hub_id} the sentence names"
        return reading, read, Judged("unsupported", (), (Note("missing", why, (hub_id,)),), False)
    held = sorted(
        (
            f
            for f in reader.facts_of(hub_id, metric.id, None)
            if f.unit == "rank" and standing(f).ok and not f.derived
        ),
        key=lambda f: (year(f), year(f, end=True)),
    )
    pairs = _bracketing(held, when, len(_YEAR.findall(lowered)))
    return reading, read, _judged(pairs, moved, held, hub_id, metric)


def _ranking(reader: ClaimReader, hub_id: str, lowered: str) -> Metric | None:
    """The one rank metric of the hub whose words the sentence names most (None: none)."""
    words = stems(lowered)
    scored = sorted(
        (
            (len(reader.metric_words(m) & words), m.id)
            for held in reader.held(hub_id, None)
            if (m := reader.cues.by_id.get(held)) is not None and m.unit_kind == "rank"
        ),
        reverse=True,
    )
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return reader.cues.by_id.get(scored[0][1])


def _bracketing(
    held: list[Fact], when: re.Match[str] | None, years: int
) -> list[tuple[Fact, Fact]]:
    """The pairs of held ranks (earlier, later) whose periods bracket the sentence's time:
    from its year on ("after 2013", "since 2013"), into its year from the year before ("in
    2014"), from one year to the other ("from 2013 to 2014"), or, where it names none,
    each two held one after the other; none for a time it states otherwise."""
    pairs = [
        (a, b) for i, a in enumerate(held) for b in held[i + 1 :] if year(a, end=True) < year(b)
    ]
    if when is None:
        return [] if years else [(a, b) for a, b in itertools.pairwise(held) if (a, b) in pairs]
    if when.group("a"):  # ("from 2013 to 2014", "between 2013 and 2014")
        first, last = int(when.group("a")), int(when.group("b"))
        return [(a, b) for a, b in pairs if year(a) == first and year(b, end=True) == last]
    if when.group("kind") != "in":  # (after, since, from, on, over, versus)
        at = int(when.group("y"))
        return [(a, b) for a, b in pairs if year(a) == year(a, end=True) == at]
    at = int(when.group("y"))
    return [(a, b) for a, b in pairs if year(b) == at and year(a, end=True) == at - 1]


def _places(moved: int) -> str:
    n = abs(moved)
    return f"{'a rise' if moved > 0 else 'a fall'} of {n} place{'s' if n != 1 else ''}"


def _judged(
    pairs: list[tuple[Fact, Fact]], moved: int, held: list[Fact], hub_id: str, metric: Metric
) -> Judged:
    """Supported when a pair's ranks moved by the claim's places in its direction;
    contradicted when the one pair that brackets the claim did not; else unsupported."""
    if not pairs:
        why = (
            f"the dataset holds no two ranks of {hub_id} ({metric.label.lower()}) whose "
            "periods bracket the claim's; a move in a ranking is worked out from two"
        )
        return Judged("unsupported", tuple(held), (Note("missing", why, (hub_id,)),), False)
    # (the change of rank as the judgement module states it for every view: never across
    # figures it will not join, nor from hedged ranks whose move is not one number)
    worked = [
        (a, b, -round(moved_by.low))
        for a, b in pairs
        if isinstance(moved_by := change(a, b, "rank"), Change)
        and moved_by.low is not None
        and moved_by.low == moved_by.high
    ]
    right = [(a, b, m) for a, b, m in worked if m == moved]
    verdict: Verdict = (
        "supported" if right else "contradicted" if len(worked) == 1 else "unsupported"
    )
    a, b, m = (right or worked or [(pairs[0][0], pairs[0][1], 0)])[0]
    told = _places(m) if m else "no move"
    reason = (
        f"hubquery derives {told} from {a.display} ({period_label(a)}) to {b.display} "
        f"({period_label(b)}), {metric.label.lower()} — no source prints it"
    )
    if verdict != "supported":
        reason += f"; the claim is {_places(moved)}"
    return derived(verdict, reason, hub_id, (b, a))
