"""Charts a writer can publish: a self-contained Vega-Lite spec of figures the judgement
allows on one axis, with the hedges drawn as what they admit and the sources in the
caption.

Pure: figures in, a JSON-able spec out; rendering the spec to SVG or PNG is
``render.chart_image``'s job (through the optional ``vl-convert-python``). How a figure
is drawn says how much the source establishes:

    figure                      drawn as
    exact ("2,300 companies")   a solid bar from zero to the value
    a hedge with both ends      a solid bar to the lowest value it admits, then a light
      ("about 80,000")            band across the range it admits, a tick at the stated
                                  value
    open above ("more than")    a solid bar to the bound, then a band that fades out to
                                  the axis's end, and an arrow: never a closed bar ending
                                  at the bound
    open below ("less than")    a light band from zero to the bound

Ranks are drawn as points on a reversed axis (#1 at the top or right: better reads as
better), never as bars; years are never drawn. Derived figures carry a dagger, inferred
periods "c.", and both are explained in the caption.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from hubquery.display import figure_name, quoted
from hubquery.errors import HubqueryError
from hubquery.judgement.figures import period_label
from hubquery.judgement.orders import DEFAULT_WINDOW_YEARS, order
from hubquery.records import Fact, Metric, Source
from hubquery.render.chart_marks import bar_layers, rank_layers, time_layers

if TYPE_CHECKING:
    from hubquery.query.compare import Comparison
    from hubquery.query.history import History
    from hubquery.query.rank import Ranking

# The Vega-Lite version the specs are written for: the schema altair ships and vl-convert
# renders (``vl_version`` below).
VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.4.1.json"
VEGA_LITE_VERSION = "6.4"

# Caption lines are wrapped at this many characters (the chart is _WIDTH pixels wide).
_CAPTION_CHARS = 92
_WIDTH = 480


class ChartRefused(HubqueryError):
    """Figures that may not be drawn on one axis, with the judgement's reason."""


class Figure(NamedTuple):
    """One figure to draw: its label on the chart (a hub's name, or a period over time)."""

    label: str
    fact: Fact


class ChartRequest(NamedTuple):
    """What to draw: one metric's figures, side by side (``over_time`` false) or over
    time, with the sources and notes the table prints."""

    title: str
    metric: Metric
    figures: tuple[Figure, ...]
    sources: tuple[Source, ...]
    notes: tuple[str, ...] = ()
    over_time: bool = False


def drawable(request: ChartRequest) -> tuple[tuple[Figure, ...], tuple[str, ...]]:
    """The figures that may share the chart's axis, and a note for each one left out.

    A figure that does not stand on its own (a report-period figure, a target, a
    threshold) or lies outside the period window is left out and named in the caption;
    figures that are not the same quantity (another basis, subject or currency) make the
    chart refused, with the judgement's reason: they are never drawn on one axis."""
    metric = request.metric
    if metric.unit_kind == "year":
        raise ChartRefused(
            f"cannot chart {metric.label}: years are when something "
            "happened, not quantities to draw"
        )
    window = None if request.over_time else DEFAULT_WINDOW_YEARS
    ordering = order([f.fact for f in request.figures], window_years=window)
    label = {f.fact.id: f.label for f in request.figures}
    notes: list[str] = []
    for fact, judged in ordering.left_out:
        if judged.kind in _DIFFERENT_QUANTITY:
            raise ChartRefused(
                f"cannot chart {metric.label}: {label[fact.id]} "
                f"({fact.display}) may not share an axis with the others: "
                f"{judged.reason}"
            )
        notes.append(f"Not drawn: {label[fact.id]}, {judged.reason}.")
    kept = {f.id for f in ordering.ranked}
    drawn = tuple(f for f in request.figures if f.fact.id in kept)
    if request.over_time and len(drawn) == 1:
        raise ChartRefused(
            f"cannot chart {metric.label} over time: one figure stands on "
            "its own (" + "; ".join(n.removeprefix("Not drawn: ").rstrip(".") for n in notes) + ")"
        )
    if not drawn:
        raise ChartRefused(
            f"cannot chart {metric.label}: no figure stands on its own "
            "(" + "; ".join(n.removeprefix("Not drawn: ").rstrip(".") for n in notes) + ")"
        )
    return drawn, tuple(notes)


# Reasons that make figures different quantities, not merely figures to leave out.
_DIFFERENT_QUANTITY = (
    "metric-differs",
    "unit-differs",
    "currency-differs",
    "subject-differs",
    "basis-differs",
    "status-differs",
    "derived-from",
)


def spec(request: ChartRequest, version: str) -> dict[str, Any]:
    """The Vega-Lite spec of ``request``, or ChartRefused with the reason."""
    figures, left_out = drawable(request)
    request = request._replace(figures=figures, notes=(*left_out, *request.notes))
    rows = [_datum(f, request.metric) for f in figures]
    rank = request.metric.unit_kind == "rank"
    share = request.metric.unit_kind == "share"
    facts = [f.fact for f in figures]
    periods = list(dict.fromkeys(period_label(f) for f in facts))
    unit = facts[0].unit
    subtitle = [
        f"{'Periods' if len(periods) > 1 else 'Period'}: {', '.join(periods)}"
        f" · unit: {_unit_words(unit)}"
    ]
    if rank:
        layers = rank_layers(rows, request.over_time)
    elif request.over_time:
        layers = time_layers(rows, share)
    else:
        layers = bar_layers(rows, share)
    chart: dict[str, Any] = {
        "width": _WIDTH,
        "height": {"step": 28} if not request.over_time else 240,
        "data": {"values": rows},
        "layer": layers,
    }
    return {
        "$schema": VEGA_LITE_SCHEMA,
        "title": {"text": request.title, "subtitle": subtitle, "anchor": "start"},
        "description": _description(request),
        "vconcat": [chart, _caption(request, facts)],
        "config": {"view": {"stroke": None}, "font": "sans-serif"},
        "usermeta": {
            "hubquery": {
                "version": version,
                "fact_ids": [f.id for f in facts],
                "source_ids": [s.id for s in request.sources],
            }
        },
    }


def _datum(figure: Figure, metric: Metric) -> dict[str, Any]:
    fact = figure.fact
    interval = fact.interval()
    low = 0.0 if interval.low is None else float(interval.low)
    high = None if interval.high is None else float(interval.high)
    mark = "†" if fact.derived else ""
    return {
        "label": figure.label + mark,
        "fact_id": fact.id,
        "value": fact.value,
        "display": fact.display + mark,
        "period": period_label(fact),
        "low": low,
        "high": high,
        "open_above": high is None,
        "open_below": interval.low is None or (fact.qualifier in ("less than", "at most")),
        "exact": interval.exact,
        "derived": fact.derived,
        "source_id": fact.source.id,
        "metric_id": metric.id,
    }


def _caption(request: ChartRequest, facts: list[Fact]) -> dict[str, Any]:
    lines = [
        "Source"
        + ("s" if len(request.sources) > 1 else "")
        + ": "
        + "; ".join(_source_words(s) for s in request.sources)
    ]
    if any(f.qualifier for f in facts):
        lines.append(
            "Light bands are the range a hedged figure admits; a band that fades "
            "out has no upper bound the source states."
        )
    if any(f.derived for f in facts):
        lines.append("† Derived: computed by hubquery from cited figures, printed by no source.")
    if any(f.period_inferred for f in facts):
        lines.append("c.: the period is inferred from an undated source.")
    lines += list(request.notes)
    lines.append(
        "Chart: hubquery. Every figure, with its quote: hubquery cite "
        + " ".join(f.id for f in facts[:3])
        + (" …" if len(facts) > 3 else "")
    )

    wrapped = [
        part
        for line in lines
        for part in textwrap.wrap(
            line, _CAPTION_CHARS, subsequent_indent="  ", break_on_hyphens=False
        )
    ]
    return {
        "data": {"values": [{"line": text, "n": n} for n, text in enumerate(wrapped)]},
        "width": _WIDTH,
        "height": {"step": 16},
        "mark": {
            "type": "text",
            "align": "left",
            "baseline": "middle",
            "fontSize": 10,
            "color": "#555555",
        },
        "encoding": {
            "y": {"field": "n", "type": "ordinal", "axis": None},
            "x": {"value": 0},
            "text": {"field": "line"},
        },
    }


def _source_words(source: Source) -> str:
    who = source.publisher or source.author or source.title
    when = source.published + (" (date inferred)" if source.date_inferred else "")
    return f"{who}, {when} ({quoted(source.title)})" if who != source.title else f"{who}, {when}"


def _unit_words(unit: str) -> str:
    return {"percent": "per cent (0–100)", "rank": "place (#1 is first)", "km2": "km²"}.get(
        unit, unit
    )


def _description(request: ChartRequest) -> str:
    parts = [f"{f.label}: {f.fact.display} ({period_label(f.fact)})" for f in request.figures]
    return f"{request.title}. " + "; ".join(parts) + "."


# --- the charts of the commands' results ----------------------------------------------


def comparison_charts(result: Comparison) -> list[ChartRequest]:
    """One chart per metric compared: each hub's compared figure."""
    names = {h.id: h.name for h in result.hubs}
    requests = []
    for row in result.rows:
        figures = tuple(
            Figure(names[c.hub_id], c.compared) for c in row.cells if c.compared is not None
        )
        hubs = (
            " and ".join(
                [", ".join(names[c.hub_id] for c in row.cells[:-1]), names[row.cells[-1].hub_id]]
            )
            if len(row.cells) > 1
            else ""
        )
        # a chart is drawn of comparable figures only: of one basis, which names them
        name = figure_name(row.metric.label, basis=figures[0].fact.basis if figures else None)
        requests.append(
            ChartRequest(f"{name}: {hubs}", row.metric, figures, _cited(result.sources, figures))
        )
    return requests


def ranking_charts(results: Sequence[Ranking]) -> list[ChartRequest]:
    """One chart per ranking: the ranked figures in their order."""
    requests = []
    for ranking in results:
        figures = tuple(Figure(f"#{r.rank} {r.name}", r.fact) for r in ranking.rows)
        name = figure_name(ranking.metric.label, basis=figures[0].fact.basis if figures else None)
        requests.append(
            ChartRequest(
                f"{name}: hubs in order",
                ranking.metric,
                figures,
                _cited(ranking.sources, figures),
            )
        )
    return requests


def history_charts(result: History) -> list[ChartRequest]:
    """One chart per series of comparable figures with two or more figures over time."""
    requests = []
    for entry in result.metrics:
        by_id = {f.id: f for f in entry.facts}
        for series in entry.series:
            if len(series.fact_ids) < 2:
                continue
            figures = tuple(Figure(period_label(by_id[i]), by_id[i]) for i in series.fact_ids)
            name = figure_name(entry.metric.label, basis=series.basis)
            about = f" ({series.subject})" if series.subject else ""
            requests.append(
                ChartRequest(
                    f"{name}{about}: {result.hub.name} over time",
                    entry.metric,
                    figures,
                    _cited(result.sources, figures),
                    over_time=True,
                )
            )
    return requests


def _cited(sources: Sequence[Source], figures: Sequence[Figure]) -> tuple[Source, ...]:
    used = {f.fact.source.id for f in figures}
    return tuple(s for s in sources if s.id in used)


def document(requests: Sequence[ChartRequest], version: str, title: str) -> dict[str, Any]:
    """One spec for every chart that may be drawn; the others are named in the caption of
    the first, and when none may be drawn, the reason of each is the error."""
    specs: list[dict[str, Any]] = []
    refused: list[str] = []
    for request in requests:
        try:
            specs.append(spec(request, version))
        except ChartRefused as error:
            refused.append(str(error).removeprefix("cannot chart "))
    if not specs:
        raise ChartRefused("cannot chart " + "; ".join(refused) if refused else "nothing to chart")
    if len(specs) == 1 and not refused:
        return specs[0]
    first = specs[0]
    combined: dict[str, Any] = {
        "$schema": VEGA_LITE_SCHEMA,
        "title": first["title"] if len(specs) == 1 else {"text": title, "anchor": "start"},
        "vconcat": [
            {k: v for k, v in s.items() if k not in ("$schema", "config", "usermeta")}
            for s in specs
        ],
        "config": first["config"],
        "usermeta": {
            "hubquery": {
                "version": version,
                "fact_ids": [i for s in specs for i in s["usermeta"]["hubquery"]["fact_ids"]],
                "source_ids": list(
                    dict.fromkeys(i for s in specs for i in s["usermeta"]["hubquery"]["source_ids"])
                ),
                "not_drawn": refused,
            }
        },
    }
    return combined
