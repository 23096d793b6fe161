"""A count of a part the source gives only as a share of the place's count ("roughly 300
of the park's companies are foreign-owned", where the source says nearly half of its
nearly 650 companies are): that share of that count, derived and said to be (issue #19).
Only of a share its metric defines as one of the place's own things of the claim's unit
("Share of the place's companies that are foreign-owned"), never of a share of some
other whole ("Share of China's joint ventures located in the place")."""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from hubquery.display import format_value
from hubquery.hedges import Interval, interval, overlap
from hubquery.judgement.answering import period_allows
from hubquery.judgement.claims import Claimed, claim_interval, contains
from hubquery.judgement.figures import period_label, precise_interval, standing
from hubquery.judgement.forms import ratio_verdict
from hubquery.periods import sort_end
from hubquery.query import lexicon as lx
from hubquery.query.paces import ratio_judged
from hubquery.query.ratios import of_two_bases
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.reader.rewrites import as_read
from hubquery.query.workings import Judged, derived
from hubquery.records import Fact
from hubquery.vocabulary import Verdict

# The note the reader gives a count of a part no metric counts ("counts only a part …")
PART_NOTE = "counts only a part"
_SHARE_OF_OWN = re.compile(r"share of the (?:place|institution|organisation)['’]s ([a-z-]+)\b")


def part_by_share(reader: ClaimReader, reading: Reading) -> Judged | None:
    """The claim judged against the share of the place's count the words of a share
    metric name, of one period (the newest the claim allows): supported where the
    product as a writer reads the two figures ("nearly half" of "nearly 650": nearly
    325) lies inside the claim, contradicted where no value the figures admit however
    loosely read does; None where no such share and count are held."""
    figure, hub_id = reading.figure, reading.hub_id
    if figure is None or hub_id is None or figure.unit in (None, "percent"):
        return None
    held = reader.hub_facts(hub_id)
    shares: dict[str, list[Fact]] = {}
    for fact in held:
        if fact.unit == "percent" and fact.subject == reading.subject and standing(fact).ok:
            shares.setdefault(fact.metric_id, []).append(fact)
    named = [
        fact
        for metric_id, facts in shares.items()
        if (metric := reader.store.metric(metric_id)) is not None
        and metric.unit_kind == "share"
        and (own := _SHARE_OF_OWN.search(metric.description.lower())) is not None
        and own.group(1) == figure.unit
        and (reader.metric_words(metric) - lx.stems(f"share {own.group(1)}")) <= reading.words
        for fact in facts
    ]
    if not named:
        return None
    claimed = reading.claimed or Claimed(
        claim_interval(
            figure.value,
            figure.qualifier,
            "count",
            rounding=figure.rounding,
            approximate=figure.approximate,
        )
    )
    wholes = [
        f
        for f in held
        if f.unit == figure.unit
        and f.subject == reading.subject
        and f.metric_id == figure.unit  # (the count the share's description names)
        and standing(f).ok
    ]
    pairs = [
        (s, w)
        for s in named
        for w in wholes
        if s.period == w.period
        and (claimed.first_year is None or period_allows(claimed, s).ok)
        and (reading.period is None or s.period.startswith(reading.period))
    ]
    if not pairs:
        return None
    share, whole = max(pairs, key=lambda p: (sort_end(p[0].period), p[0].period))
    value = share.value / 100 * whole.value
    hedge = (
        share.qualifier if share.qualifier == whole.qualifier or whole.qualifier is None else None
    )
    if hedge is None:
        hedge = whole.qualifier if share.qualifier is None else "about"
    written = interval(value, hedge, "count")
    loose = _product(precise_interval(share), precise_interval(whole))
    verdict: Verdict = (
        "supported"
        if contains(claimed.interval, written)
        else "unsupported"
        if overlap(claimed.interval, loose)
        else "contradicted"
    )
    said = f"{hedge + ' ' if hedge else ''}{format_value(round(value), figure.unit)}"
    reason = (
        f"hubquery derives {said} ({period_label(whole)}) from {share.display} of "
        f"{whole.display} — no source prints it"
    )
    return derived(verdict, reason, hub_id, [share, whole])


def _product(share: Interval, whole: Interval) -> Interval:
    """The values a share (in percent) of a count admits, both non-negative."""
    high = None if share.high is None or whole.high is None else share.high / 100 * whole.high
    return Interval(
        (share.low or 0) / 100 * (whole.low or 0),
        high,
        share.low_open or whole.low_open,
        share.high_open or whole.high_open,
    )


def share_of_count(reader: ClaimReader, reading: Reading, hub_id: str) -> Judged | None:
    """A share of the place's count ("more than one in eight of its companies had a
    turnover above 1 billion yuan") where no share is held but the count of that part
    is (a metric "Number of the place's companies with …" whose words the sentence says)
    and the place's count of the whole (its companies), of one period: the part over the
    whole, derived. Supported where that lies inside the claim, else unsupported, never
    contradicted (the part the sentence's words name may be the share's whole: "half of
    its companies with a turnover above …")."""
    figure, claimed = reading.figure, reading.claimed
    if figure is None or claimed is None or figure.unit != "percent":
        return None
    after = reading.text[figure.number.end :].lower()
    parts = [p for p in _counted_parts(reader, hub_id) if p[0].subject == reading.subject]
    parts = [p for p in parts if re.search(rf"\bof\b[^;:]{{0,50}}?\b{p[1]}\b", after) is not None]
    said = lx.stems(as_read(reading.text)) if parts else set()  # ("turned over")
    pairs = [
        (part, w)
        for part, noun, words in parts
        if words <= said
        for w in reader.hub_facts(hub_id)
        if w.metric_id == noun
        and w.subject == part.subject
        and w.period == part.period
        and w.unit == part.unit
        and standing(w).ok
        and (claimed.first_year is None or period_allows(claimed, w).ok)
    ]
    if not pairs:
        return share_of_bases(reader, reading, hub_id)
    part, whole = max(pairs, key=lambda p: (sort_end(p[0].period), p[0].period))
    share = _share(part.interval(), whole.interval())
    if share is None:
        return None
    verdict: Verdict = "supported" if contains(claimed.interval, share) else "unsupported"
    low = format_value(share.low or 0, "percent")
    if share.high != share.low:
        low = f"{'more than' if share.low_open else 'at least'} {low}"
    reason = (
        f"hubquery derives {low} ({period_label(whole)}) from {part.display} of "
        f"{whole.display} — no source prints it"
    )
    return derived(verdict, reason, hub_id, [part, whole])


def share_of_bases(reader: ClaimReader, reading: Reading, hub_id: str) -> Judged | None:
    """A share of one of a figure's bases in another ("the offshore work delivered came to
    85 percent of the contract value signed"), read under a share the place does not hold:
    the figure of the basis named before the share over that named after it, of one
    period, derived (`ratios.of_two_bases`), of a metric of amounts held on two or more
    bases that the sentence names by two of its words; None where none is."""
    figure, claimed = reading.figure, reading.claimed
    if figure is None or claimed is None:
        return None
    said, text = lx.stems(reading.text), as_read(reading.text)
    based: dict[str, list[Fact]] = {}
    for fact in reader.hub_facts(hub_id):
        if fact.basis and fact.subject == reading.subject and standing(fact).ok:
            based.setdefault(fact.metric_id, []).append(fact)
    for metric_id, own in based.items():
        metric = reader.cues.by_id.get(metric_id)
        if metric is None or metric.unit_kind not in ("count", "money"):
            continue
        if len(reader.metric_words(metric) & said) < 2:
            continue
        if pairs := of_two_bases(reading, own, text):
            low, high = claimed.interval.low, claimed.interval.high
            times = claimed.interval._replace(
                low=None if low is None else low / 100, high=None if high is None else high / 100
            )
            return ratio_judged(ratio_verdict(times, pairs), hub_id)
    return None


def _counted_parts(reader: ClaimReader, hub_id: str) -> list[tuple[Fact, str, set[str]]]:
    """The hub's counts of a part of its own things ("Number of the place's companies
    with …"), each with the whole's noun and its metric's words (once a run per hub)."""
    known = _PARTS.setdefault(reader, {})
    if hub_id not in known:
        known[hub_id] = [
            (fact, own.group(1), reader.metric_words(metric))
            for fact in reader.hub_facts(hub_id)
            if standing(fact).ok
            and (metric := reader.cues.by_id.get(fact.metric_id)) is not None
            and metric.unit_kind == "count"
            and (own := _NUMBER_OF_OWN.search(metric.description.lower())) is not None
        ]
    return known[hub_id]


_PARTS: WeakKeyDictionary[ClaimReader, dict[str, list[tuple[Fact, str, set[str]]]]] = (
    WeakKeyDictionary()
)
_NUMBER_OF_OWN = re.compile(
    r"^number of the (?:place|organisation)['’]s ([a-z-]+) (?:with|that|who)\b"
)


def _share(part: Interval, whole: Interval) -> Interval | None:
    """The share (in percent) a part's count is of its whole's, both non-negative: a
    part is never more than its whole."""
    if part.low is None or not whole.low:
        return None
    high = 100.0 if part.high is None else min(100.0, part.high / whole.low * 100)
    low = part.low / whole.high * 100 if whole.high else 0.0
    return Interval(low, high, part.low_open or bool(whole.high_open), part.high_open)
