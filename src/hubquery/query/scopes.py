"""A claim of a narrower count or another scope than the figures it would be judged by:
a count a change figure leaves open ("invention patents granted" beside the growth of
invention patents), or a scope of the place its figures do not say they are of ("the
whole metro"): unsupported, basis-differs, never judged by them (issue #19)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from hubquery.query import lexicon as lx
from hubquery.query.facts import newest_first
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.workings import Judged
from hubquery.records import Fact, Metric, Note


def of_a_narrower(
    reader: ClaimReader, reading: Reading, hub_id: str, metric: Metric, same_unit: list[Fact]
) -> Judged | None:
    """The claim judged unsupported where it is of a narrower count or another scope
    than its figures (``same_unit``: the metric's figures in the claim's unit); None
    otherwise."""
    scoped = any(w in reading.text for w in ("metro", " urban", " proper", "conurb", "wider"))
    if scoped:
        narrower = scope_named(reading, same_unit)  # ("the whole metro": not the city's)
    else:
        narrower = narrower_count(reader, reading, hub_id, metric)
    if narrower is None:
        return None
    left_open = " ".join(dict.fromkeys(f.note for f in same_unit if f.note))
    said = (
        f"the claim is of {narrower.lower()}; the source's figure ({metric.label.lower()}) "
        f"does not say it is of {'that' if scoped else 'them'}"
        + (f" ({left_open})" if left_open else "")
    )
    note = Note("basis-differs", said, (hub_id,), tuple(f.id for f in same_unit))
    return Judged("unsupported", tuple(newest_first(same_unit)), (note,), False)


_CHANGE_STEMS = lx.stems("growth change")


def narrower_count(reader: ClaimReader, reading: Reading, hub: str, metric: Metric) -> str | None:
    """The label of a count the claim names that a change figure leaves open: where the
    hub holds two or more counts of what the change metric measures ("invention patent
    applications", "invention patents granted" beside "invention patents, growth"), a
    claim naming a word of one of them alone is of that count, which the change of the
    wider thing does not establish."""
    if metric.unit_kind != "growth":
        return None
    own = reader.metric_words(metric)
    counts = [
        found
        for m in sorted(reader.held(hub, reading.subject))  # (one answer, not a set's order)
        if (found := reader.cues.by_id.get(m)) is not None
        and found.unit_kind == "count"
        and own - _CHANGE_STEMS <= reader.metric_words(found)
    ]
    if len(counts) < 2:
        return None
    said = reading.words - own
    for count in counts:
        others = set().union(*(reader.metric_words(c) for c in counts if c is not count))
        if said & (reader.metric_words(count) - others):
            return count.label
    return None


# "the whole metro", "its metropolitan area", "the urban area", "the city proper": a scope
# of a place wider or narrower than the place a figure is of (never "metro lines")
_SCOPE = re.compile(
    r"\b(?:metro(?:politan)?\b(?!\s+(?:lines?|systems?|stations?|networks?|rail|trains?))|"
    r"urban (?:area|core|region|district)s?\b|city proper\b|conurbation\b|"
    r"wider (?:region|area)\b)"
)


def scope_named(reading: Reading, facts: Sequence[Fact]) -> str | None:
    """The scope of a place's people or land the claim names ("the whole metro") where
    none of its figures says it is of that scope (in its basis, note or quote); None
    otherwise."""
    found = _SCOPE.search(reading.text.lower())
    if found is None or any(f.unit not in ("people", "km2") for f in facts):
        return None
    word = found.group().split()[0]
    said = (f"{f.basis or ''} {f.note or ''} {f.quote or ''}".lower() for f in facts)
    return None if any(word in s for s in said) else _SCOPES[word]


_SCOPES = {
    "metro": "the metro area",
    "metropolitan": "the metropolitan area",
    "urban": "the urban area",
    "city": "the city proper",
    "conurbation": "the conurbation",
    "wider": "the wider region",
}
