"""A direction a level took in a year, stated with no figure ("the park's export revenue
fell in 2010"; "its exports grew more slowly than its sales in 2010"): judged by the
growth the source gives for that year, as the judgement module reads intervals (a rise
stands where the growth's interval lies above zero), and of two growths the smaller the
slower (issue #19). Only of a sentence whose one number is its year: one that states its
figure ("rose 38.6 percent") is read as that figure. And a direction said beside a level's
figure ("declined from 2010 to 2013, ending at US$21.7 billion", "…, lower than the year
before"): `direction_beside`, asked by the verdict once the level is supported."""

from __future__ import annotations

import re

from hubquery.hedges import Interval
from hubquery.judgement.changes import Change, Direction, change
from hubquery.judgement.claims import FigureVerdict, interval_verdict, says, verdict_of
from hubquery.judgement.figures import standing, year
from hubquery.numbers import normalise
from hubquery.query import change_words as cw
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.stems import stems
from hubquery.query.workings import Judged
from hubquery.records import Fact, Note
from hubquery.vocabulary import Verdict

_UP = r"rose|grew|increased|climbed|expanded|went up"
_DOWN = r"fell|dropped|declined|decreased|shrank|contracted|went down"
_TREND = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))"
    r"(?: (?P<cmp>more slowly|slower|less quickly|faster|more quickly|more rapidly) than "
    r"(?P<other>[a-z' -]+?))? in (?P<y>(?:19|20)\d\d)\b"
)


def may_trend(text: str) -> bool:
    """A cheap gate: a year after "in", and no other digit."""
    return (" in 20" in text or " in 19" in text) and _OTHER_DIGIT.search(text) is None


# a digit of no year ("2010" is one; "38.6", "2,300" are not)
_OTHER_DIGIT = re.compile(r"(?<!\d)(?!(?:19|20)\d\d\b)\d")
# the reader's own: a population's or an economy's direction (`rewrites`)
_READ_ALREADY = ("population", "gdp", "economy")


def level_trend(reader: ClaimReader, text: str, line: int) -> tuple[Reading, str, Judged] | None:
    """The direction read (a reading of no figure), what it was read as, and its verdict;
    None where the sentence states none of a place it names, or no growth of the level
    its words name is held for the year."""
    lowered = normalise(text).lower()
    found = _TREND.search(lowered)
    if found is None:
        return None
    hubs = [m.hub_id for m in reader.names.mentions(normalise(text)) if m.subject is None]
    if not hubs:
        return None
    hub_id, at = hubs[0], int(found.group("y"))
    if lowered[: found.start()].rstrip().endswith(_READ_ALREADY):
        return None
    growth = _growth(reader, hub_id, lowered[: found.start()], at)
    if growth is None:
        return _no_growth(reader, text, line, hub_id, lowered[: found.start()], at)
    up = found.group("up") is not None
    said = f"{found.group('up') or found.group('down')}"
    if found.group("cmp"):
        other = _growth(reader, hub_id, found.group("other"), at, not_of=growth.metric_id)
        if other is None:
            return None
        slower = found.group("cmp") in ("more slowly", "slower", "less quickly")
        verdict = _compare(growth.interval(), other.interval(), slower == up)
        said += f" {found.group('cmp')} than {other.metric_id}"
        facts: tuple[Fact, ...] = (growth, other)
    else:
        claimed = Interval(0, None, low_open=True) if up else Interval(None, 0, high_open=True)
        verdict = interval_verdict(claimed, growth.interval())
        facts = (growth,)
    metric = reader.cues.by_id.get(growth.metric_id)
    reading = Reading(text, line, hub_id, None, metric, None, str(at), None, {})
    read = " · ".join([f"{said} in {at}", hub_id, growth.metric_id])
    if verdict == "supported":
        return reading, read, Judged(verdict, facts, (), False)
    kind = "contradicted" if verdict == "contradicted" else "not-established"
    note = Note(kind, says(facts), (hub_id,), tuple(f.id for f in facts))
    return reading, read, Judged(verdict, facts, (note,), False)


def _no_growth(
    reader: ClaimReader, text: str, line: int, hub_id: str, words: str, at: int
) -> tuple[Reading, str, Judged] | None:
    """Unsupported, where the level's growth is held for other years only; else None."""
    held = _growth(reader, hub_id, words, None)
    if held is None:
        return None
    metric = reader.cues.by_id.get(held.metric_id)
    reading = Reading(text, line, hub_id, None, metric, None, str(at), None, {})
    why = f"the dataset holds no {held.metric_id} of {hub_id} for {at}; {says([held])}"
    note = Note("missing", why, (hub_id,), (held.id,))
    read = " · ".join([f"a direction in {at}", hub_id, held.metric_id])
    return reading, read, Judged("unsupported", (held,), (note,), False)


def _growth(
    reader: ClaimReader, hub_id: str, words: str, at: int | None, not_of: str | None = None
) -> Fact | None:
    """The hub's growth in the year (None: the newest of any) of the level its words name
    most (None: none, or two alike)."""
    said = stems(words)
    scored = sorted(
        (
            (
                len(reader.metric_words(metric) & said),
                -len(reader.metric_words(metric)),
                f.period,
                f,
            )
            for f in reader.hub_facts(hub_id)
            if f.metric_id.endswith("-growth")
            and f.metric_id != not_of
            and f.subject is None
            and f.unit == "percent"
            and (at is None or year(f) == year(f, end=True) == at)
            and standing(f).ok
            and (metric := reader.cues.by_id.get(f.metric_id.removesuffix("-growth"))) is not None
            and _named(reader.metric_words(metric) - said, metric.unit_kind)
        ),
        key=lambda s: (s[0], s[1], s[2]),
        reverse=True,
    )
    if not scored or scored[0][0] == 0:
        return None
    if (
        len(scored) > 1
        and scored[1][:2] == scored[0][:2]
        and scored[1][3].metric_id != (scored[0][3].metric_id)
    ):
        return None
    return scored[0][3]


def _named(unsaid: set[str], kind: str) -> bool:
    """Whether the words name the level: all its metric's words, or all but the word of
    money ("exports" for export revenue), never only a part ("the AI sector" is no count
    of AI companies)."""
    return not unsaid or (kind == "money" and unsaid == {"revenu"})


def _compare(a: Interval, b: Interval, less: bool) -> Verdict:
    """Whether growth ``a`` is below ``b`` (``less``) or above it: supported where their
    intervals say so, contradicted where they say the opposite, else unsupported."""
    a_lo, a_hi = a.low, a.high
    b_lo, b_hi = b.low, b.high
    below = a_hi is not None and b_lo is not None and a_hi < b_lo
    above = a_lo is not None and b_hi is not None and a_lo > b_hi
    if below or above:
        return "supported" if below == less else "contradicted"
    return "unsupported"


# A direction said of a level beside one figure of it: "declined from 2010 to 2013, ending
# at …" (between the claim's two years), "…, lower than the year before" (in its year)
# (the verbs of a surge and a slide are change_words')
_WENT_UP = rf"{_UP}|jumped|{cw.SURGED_VERBS}|risen|rising|growing|climbing|increasing"
_WENT_DOWN = rf"{_DOWN}|{cw.SLID_VERBS}|fallen|falling|declining|shrinking"
_WENT = re.compile(rf"\b(?:(?P<up>{_WENT_UP})|(?P<down>{_WENT_DOWN}))\b")
_THAN_BEFORE = re.compile(
    r"\b(?:(?P<up>higher|more|greater|larger|bigger|up)|(?P<down>lower|less|fewer|smaller|"
    r"down)) (?:than|from|on) (?:a year (?:earlier|before)|the (?:year before|previous year|"
    r"prior year))\b"
)
# a figure just before "more than a year earlier": the change itself, stated
_CHANGE_SAID = re.compile(r"(?<![\d,.])\d(?:[\d,.]*\d)?(?: [a-z%]+){0,2} $")
# the kinds of level a direction is said of ("slipped" of a rank is a higher number)
_DIRECTED_KINDS = ("count", "money", "share", "area")


def direction_beside(
    reader: ClaimReader, reading: Reading, judged: FigureVerdict, matched: list[Fact]
) -> FigureVerdict:
    """``judged`` (a level supported), or the verdict on the direction the sentence says
    the level took: between the claim's two years by the change ``judgement.changes``
    establishes from the level of the one to that of the other, or in its year against
    the year before by the year's growth; contradicted where the source's change goes the
    other way, unsupported where it establishes none."""
    claimed, metric, figure = reading.claimed, reading.metric, reading.figure
    if (
        claimed is None
        or metric is None
        or figure is None
        or figure.growth
        or metric.unit_kind not in _DIRECTED_KINDS
        or claimed.first_year is None
        or claimed.last_year is None
    ):
        return judged
    lowered = normalise(reading.text).lower()
    if claimed.first_year < claimed.last_year:
        went = _WENT.search(lowered)
        first, last = claimed.first_year, claimed.last_year
        if (
            went is None
            or str(first) not in lowered
            or str(last) not in lowered  # ("at the end of the 2010s": no year to start from)
            or any(year(f) < year(f, end=True) for f in judged.facts)
        ):
            return judged  # (a count over the claim's years: no level at either end)
        starts = [f for f in matched if year(f) == year(f, end=True) == first]
        ends = [f for f in matched if year(f) == year(f, end=True) == last]
        changes = [c for a in starts for b in ends if isinstance(c := change(a, b), Change)]
        directions = {c.direction for c in changes}
        facts = (*starts, *ends)
        when = f"between {first} and {last}"
    else:
        went = _THAN_BEFORE.search(lowered)
        if went is None or reading.hub_id is None or _CHANGE_SAID.search(lowered[: went.start()]):
            return judged  # ("245,000 more than a year earlier": a change, read as its own)
        growths = [
            g
            for changed in ("growth", "change")
            for g in reader.facts_of(reading.hub_id, f"{metric.id}-{changed}", reading.subject)
            if year(g) == year(g, end=True) == claimed.last_year and standing(g).ok
        ]
        directions = {_sign(g.interval()) for g in growths}
        facts = tuple(growths)
        when = f"in {claimed.last_year}, against the year before"
    said = "rose" if went.group("up") else "fell"
    opposite = "down" if went.group("up") else "up"
    if directions == {opposite}:
        reason = f"the claim says it {said} {when}; {says(facts)}: it {_WORDS[opposite]}"
        return verdict_of("contradicted", "disjoint", reason, facts)
    if directions != {"down" if opposite == "up" else "up"}:
        held = f"{says(facts).replace('says ', 'says only ', 1)}" if facts else "no change is held"
        reason = f"the claim says it {said} {when}; {held} — no such change is established"
        return verdict_of("unsupported", "not-established", reason, facts or judged.facts)
    return judged


_WORDS = {"up": "rose", "down": "fell"}


def _sign(growth: Interval) -> Direction:
    """The direction a growth's interval establishes: up, down or unknown."""
    if growth.low is not None and (growth.low > 0 or (growth.low == 0 and growth.low_open)):
        return "up"
    if growth.high is not None and (growth.high < 0 or (growth.high == 0 and growth.high_open)):
        return "down"
    return "unknown"
