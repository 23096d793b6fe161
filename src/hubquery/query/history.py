"""How a hub's figures changed over time (`history`): every figure of a metric, oldest
first, and what changed between consecutive figures of the same thing.

A change is computed here, never cited: it is marked derived. Between hedged figures
it is an interval ("+10 to +60 companies"), or unknown when a hedge leaves it
unbounded both ways.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from typing import NamedTuple

from hubquery.query.facts import cited_sources
from hubquery.query.profile import differences
from hubquery.query.resolve import resolve_hub, resolve_metric
from hubquery.records import Fact, Hub, Metric, Note, Source
from hubquery.store import Store

# Units whose change is not meaningfully a percentage of the earlier figure.
_NO_PERCENT = ("percent", "rank", "year")


class Change(NamedTuple):
    """What changed from one figure to the next of the same series; derived, never cited.

    ``low``/``high`` bound the absolute change, ``percent_low``/``percent_high`` the
    change in percent of the earlier figure; null where a hedge leaves it unbounded (or
    where a percentage means nothing: shares, ranks, years, an earlier figure of zero)."""

    from_fact_id: str
    to_fact_id: str
    unit: str
    low: float | None
    high: float | None
    percent_low: float | None
    percent_high: float | None
    display: str
    derived: bool = True


class Series(NamedTuple):
    """Figures of one metric about the same thing (subject, basis, unit, status): the
    ones a change can be computed between."""

    subject: str | None
    basis: str | None
    unit: str
    status: str
    fact_ids: tuple[str, ...]
    changes: tuple[Change, ...]


class MetricHistory(NamedTuple):
    """Every figure the hub has for one metric, oldest first."""

    metric: Metric
    facts: tuple[Fact, ...]
    series: tuple[Series, ...]


class History(NamedTuple):
    hub: Hub
    metrics: tuple[MetricHistory, ...]
    notes: tuple[Note, ...]
    sources: tuple[Source, ...]


def history(store: Store, name: str, metric_names: Sequence[str] = ()) -> History:
    """Each metric asked for (default: every metric the hub has more than one figure
    for, then the rest), its figures oldest first, and the changes between them."""
    hub = resolve_hub(store, name)
    facts = store.facts_for_hub(hub.id)
    wanted = [resolve_metric(store, n) for n in metric_names]
    by_metric: dict[str, list[Fact]] = {}
    for fact in facts:
        by_metric.setdefault(fact.metric_id, []).append(fact)
    if wanted:
        metrics = list({m.id: m for m in wanted}.values())
    else:
        found = store.metrics_by_id(by_metric)
        metrics = sorted(found, key=lambda m: len(by_metric[m.id]) < 2)
    notes: list[Note] = []
    missing = [m for m in metrics if m.id not in by_metric]
    if missing:
        notes.append(Note("missing", f"No figure for {hub.name}: "
                          + ", ".join(m.label for m in missing) + ".", (hub.id,)))
    results = [_metric_history(m, by_metric[m.id]) for m in metrics if m.id in by_metric]
    shown = [f for r in results for f in r.facts]
    notes += differences(shown, {m.id: m for m in metrics})
    hedged = [f for f in shown if f.qualifier]
    if any(c.low != c.high for r in results for s in r.series for c in s.changes):
        notes.append(Note("hedged", "Changes between hedged figures are ranges: a hedge "
                          "(about, more than …) admits a range of values.", (hub.id,),
                          tuple(f.id for f in hedged)))
    return History(hub, tuple(results), tuple(notes), tuple(cited_sources(store, shown)))


def oldest_first(facts: Iterable[Fact]) -> list[Fact]:
    from hubquery.periods import sort_bounds

    return sorted(facts, key=lambda f: (*sort_bounds(f.period), f.subject or ""))


def _metric_history(metric: Metric, facts: list[Fact]) -> MetricHistory:
    ordered = oldest_first(facts)
    groups: dict[tuple[str | None, str | None, str, str], list[Fact]] = {}
    for fact in ordered:
        groups.setdefault((fact.subject, fact.basis, fact.unit, fact.status), []).append(fact)
    series = tuple(
        Series(subject, basis, unit, status, tuple(f.id for f in group),
               tuple(_changes(group, metric)))
        for (subject, basis, unit, status), group in groups.items()
    )
    return MetricHistory(metric, tuple(ordered), series)


def _changes(group: list[Fact], metric: Metric) -> Iterable[Change]:
    """Between consecutive figures whose periods do not overlap: figures of overlapping
    periods agree or conflict (see `show`), they do not change."""
    from hubquery.periods import sort_bounds

    if metric.unit_kind == "year":  # a founding year does not change over time
        return
    for before, after in pairwise(group):
        if sort_bounds(before.period)[1] >= sort_bounds(after.period)[0]:
            continue
        yield change(before, after, metric.unit_kind)


def change(before: Fact, after: Fact, unit_kind: str | None = None) -> Change:
    """The change from ``before`` to ``after`` (same unit), as an interval when hedged."""
    a, b = before.interval(), after.interval()
    low = None if b.low is None or a.high is None else b.low - a.high
    high = None if b.high is None or a.low is None else b.high - a.low
    percent_low = percent_high = None
    if after.unit not in _NO_PERCENT and a.low is not None and a.low > 0:
        percent_high = None if b.high is None else (b.high / a.low - 1) * 100
        if b.low is not None and a.high is not None:
            percent_low = (b.low / a.high - 1) * 100
    low, high, percent_low, percent_high = (
        None if x is None else round(x, 9) for x in (low, high, percent_low, percent_high))
    return Change(before.id, after.id, after.unit, low, high, percent_low, percent_high,
                  _change_text(low, high, percent_low, percent_high, after.unit, unit_kind))


def _change_text(low: float | None, high: float | None, percent_low: float | None,
                 percent_high: float | None, unit: str, unit_kind: str | None) -> str:
    def amount(x: float) -> str:
        return _signed(x, unit, unit_kind)

    def percent(x: float) -> str:
        from hubquery.display import plain_number

        return f"{'+' if x > 0 else '−' if x < 0 else '±'}{plain_number(round(abs(x), 1))} %"

    text = _range(low, high, amount)
    if text == "unknown":
        return text
    share = _range(percent_low, percent_high, percent)
    return text if share == "unknown" else f"{text} ({share})"


def _range(low: float | None, high: float | None, show: Callable[[float], str]) -> str:
    if low is None:
        return "unknown" if high is None else f"at most {show(high)}"
    if high is None:
        return f"at least {show(low)}"
    if _close(low, high):
        return show(low)
    return f"{show(low)} to {show(high)}"


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _signed(x: float, unit: str, unit_kind: str | None) -> str:
    from hubquery.display import format_value, plain_number

    sign = "+" if x > 0 else "−" if x < 0 else "±"
    if unit == "percent":
        return f"{sign}{plain_number(round(abs(x), 2))} pp"
    if unit == "rank":
        return f"{sign}{abs(x):g} places"
    return sign + format_value(abs(x), unit, unit_kind if unit_kind != "growth" else None)
