"""Conditions (``--where``) and sort keys (``--sort``) of `list`, read against the
dataset's metrics and units."""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from hubquery.errors import ConditionError, HubqueryError, QueryError, shown
from hubquery.numbers import SCALES
from hubquery.query.resolve import resolve_metric
from hubquery.records import Metric
from hubquery.store import Store


class Condition(NamedTuple):
    """``METRIC OP NUMBER [UNIT]`` from --where, the number in base units."""

    metric: Metric
    operator: str
    number: float
    unit: str | None


# What a user may write for a unit, and the unit the dataset records it in.
_UNITS = {
    "%": "percent",
    "percent": "percent",
    "pct": "percent",
    "rmb": "CNY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "cn¥": "CNY",
    "¥": "CNY",
    "us$": "USD",
    "$": "USD",
    "dollars": "USD",
    "km2": "km2",
    "km²": "km2",
    "sq km": "km2",
    "sqkm": "km2",
}
# Read in two steps so that the work is linear in the text: the metric is everything
# before the first operator character (found by a plain search), and the rest is matched
# by a pattern with no two quantifiers that could share a run of characters (one
# pattern with "\s*METRIC+?\s*" took 30 s on 2,000 spaces: it tried every split of them).
_OPERATOR = re.compile(r"[<>=!]")
_CONDITION = re.compile(
    r"(?P<op>>=|<=|!=|==|=|>|<)\s*(?:(?P<pre>US\$|CN¥|¥|\$)\s*)?"
    r"(?P<number>[-+]?\d[\d,_]*(?:\.\d+)?(?:e[-+]?\d+)?)"
    r"(?:\s*(?P<scale>" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")(?![a-z0-9²]))?"
    r"(?:\s*(?P<unit>\S.*))?",
    re.IGNORECASE,
)


def read_condition(text: str) -> tuple[str, re.Match[str]] | None:
    """The metric as written and the rest of a condition (op, pre, number, scale, unit),
    or None when it cannot be read."""
    text = text.strip()
    operator = _OPERATOR.search(text)
    if operator is None:
        return None
    metric = text[: operator.start()].rstrip()
    rest = _CONDITION.fullmatch(text, operator.start())
    return None if not metric or rest is None else (metric, rest)


def parse_condition(store: Store, text: str) -> Condition:
    """Parse ``companies>500``, ``population >= 20 million``, ``revenue > US$1.5bn``,
    ``area < 100 km²``: the number in base units, the unit the dataset records."""
    read = read_condition(text)
    if read is None:
        raise ConditionError(
            f"cannot read the condition {text!r}: write METRIC OP NUMBER [UNIT], e.g. "
            "'companies>500' or 'population >= 20m' (OP is one of > >= < <= = !=)"
        )
    written_metric, match = read
    metric = resolve_metric(store, written_metric)
    number = float(match["number"].replace(",", "").replace("_", ""))
    scale = (match["scale"] or "").lower()
    number *= SCALES.get(scale, 1)
    if not math.isfinite(number):
        raise ConditionError(f"the number in {shown(text)} is beyond what a float holds")
    written = (match["pre"] or "") + match["number"] + (match["scale"] or "")
    asked = match["pre"] or match["unit"]
    if asked is not None:
        asked = _UNITS.get(asked.strip().lower(), asked.strip())
    example = f"--where '{metric.id} {match['op']} {written} {{unit}}'"
    unit = _one_unit(store, metric, asked, example)
    return Condition(metric, match["op"], number, unit)


def _one_unit(store: Store, metric: Metric, asked: str | None, example: str) -> str | None:
    """The unit to read a metric in: the one asked for, of a metric with several, or None
    for a metric's only one (named or not, the same figures). Values in different units
    are never compared, so a metric with several needs one named."""
    units = store.metric_units(metric.id)
    if asked is not None and asked.strip():
        matching = [u for u in units if u.lower() == asked.strip().lower()]
        if not matching:
            raise QueryError(
                f"metric {metric.id!r} has no figures in {asked.strip()!r} "
                f"(it has: {', '.join(units) or 'none'})"
            )
        return matching[0] if len(units) > 1 else None
    if len(units) > 1:
        raise QueryError(
            f"metric {metric.id!r} is recorded in {', '.join(units)}: name "
            f"the unit, e.g. {example.format(unit=units[0])}"
        )
    return None


def parse_sort(store: Store, text: str) -> tuple[Metric, str | None]:
    """``population`` or ``outsourcing-revenue USD``: a metric and, optionally, its unit."""
    head, _, last = text.strip().rpartition(" ")
    if head:
        try:
            metric = resolve_metric(store, head)
        except HubqueryError:
            pass
        else:
            if last.lower() in {u.lower() for u in store.metric_units(metric.id)}:
                return metric, _one_unit(store, metric, last, "")
    metric = resolve_metric(store, text)
    return metric, _one_unit(store, metric, None, f"--sort '{metric.id} {{unit}}'")
