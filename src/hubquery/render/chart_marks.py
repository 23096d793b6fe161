"""The marks of a chart: how each figure is drawn on its axis (Vega-Lite layers), so
that the drawing says how much the source establishes: a solid bar for what is
certain, a light band across what a hedge admits, a band that fades out past an
open bound, ranks as points on a reversed axis. ``render.chart`` builds the spec
around them."""

from __future__ import annotations

from typing import Any

_SOLID = "#3b6ea5"
_BAND = "#9cbad9"
# Axis labels as the tables write numbers: "20 million", not "20,000,000" or "20M".
_IN_WORDS = (
    "abs(datum.value) >= 1e9 ? format(datum.value / 1e9, '~g') + ' billion' : "
    "abs(datum.value) >= 1e6 ? format(datum.value / 1e6, '~g') + ' million' : "
    "format(datum.value, ',~g')"
)
# Where an open-ended band stops, as a multiple of the largest bound drawn.
_OPEN_REACH = 1.25


def bar_layers(rows: list[dict[str, Any]], share: bool) -> list[dict[str, Any]]:
    """Solid to the lowest value admitted, a band across the range, a fading band and an
    arrow past an open upper end; the figure's own words at the end."""
    reach = _reach(rows, share)
    for row in rows:
        row["solid_to"] = 0.0 if row["open_below"] else row["low"]
        row["band_from"] = row["solid_to"]
        row["band_to"] = reach if row["open_above"] else row["high"]
    position = {"field": "label", "type": "nominal", "sort": None, "title": None}
    amount: dict[str, Any] = {
        "type": "quantitative",
        "title": None,
        "scale": {"domain": [0, reach]} if share else {"domainMin": 0},
        "axis": {"labelExpr": _IN_WORDS, "tickCount": 5},
    }
    value_axis = "x"

    def enc(**extra: Any) -> dict[str, Any]:
        return {"y": position, **extra}

    return [
        {
            "mark": {"type": "bar", "color": _SOLID},
            "transform": [{"filter": "datum.solid_to > 0"}],
            "encoding": enc(**{value_axis: {"field": "solid_to", **amount}}),
        },
        {
            "mark": {"type": "bar", "color": _BAND, "opacity": 0.6},
            "transform": [{"filter": "!datum.exact && !datum.open_above"}],
            "encoding": enc(
                **{
                    value_axis: {"field": "band_from", **amount},
                    f"{value_axis}2": {"field": "band_to"},
                }
            ),
        },
        {
            "mark": {"type": "bar", "color": _FADE},
            "transform": [{"filter": "datum.open_above"}],
            "encoding": enc(
                **{
                    value_axis: {"field": "band_from", **amount},
                    f"{value_axis}2": {"field": "band_to"},
                }
            ),
        },
        {
            "mark": {"type": "tick", "color": "#1b3a5c", "thickness": 2},
            "transform": [{"filter": "!datum.exact && !datum.open_above && !datum.open_below"}],
            "encoding": enc(**{value_axis: {"field": "value", **amount}}),
        },
        {
            "mark": {
                "type": "point",
                "shape": "triangle-right",
                "filled": True,
                "color": _BAND,
                "size": 60,
            },
            "transform": [{"filter": "datum.open_above"}],
            "encoding": enc(**{value_axis: {"field": "band_to", **amount}}),
        },
        {
            "mark": {"type": "text", "align": "left", "dx": 8, "fontSize": 11},
            "encoding": enc(
                **{value_axis: {"field": "band_to", **amount}, "text": {"field": "display"}}
            ),
        },
    ]


# A band that fades out: the value lies somewhere past the bound, nobody says where.
_FADE = {
    "gradient": "linear",
    "x1": 0,
    "y1": 0,
    "x2": 1,
    "y2": 0,
    "stops": [{"offset": 0, "color": _BAND}, {"offset": 1, "color": "#ffffff"}],
}


def _reach(rows: list[dict[str, Any]], share: bool) -> float:
    """Where the value axis ends: 100 for shares, else past the largest bound drawn."""
    if share:
        return 100.0
    bounds = [r["high"] if r["high"] is not None else r["low"] for r in rows]
    return max([*bounds, 0.0]) * _OPEN_REACH or 1.0


def time_layers(rows: list[dict[str, Any]], share: bool) -> list[dict[str, Any]]:
    """Figures over time as points joined by a line, each hedged figure with a band over
    the range it admits (open above: up to the axis's end, with an arrow)."""
    reach = _reach(rows, share)
    for row in rows:
        row["band_from"] = 0.0 if row["open_below"] else row["low"]
        row["band_to"] = reach if row["open_above"] else row["high"]
    when = {
        "field": "label",
        "type": "ordinal",
        "sort": None,
        "title": None,
        "axis": {"labelAngle": 0},
    }
    amount: dict[str, Any] = {
        "type": "quantitative",
        "title": None,
        "scale": {"domain": [0, reach]} if share else {"domainMin": 0},
        "axis": {"labelExpr": _IN_WORDS, "tickCount": 5},
    }
    return [
        {
            "mark": {"type": "rule", "color": _BAND, "strokeWidth": 10, "opacity": 0.7},
            "transform": [{"filter": "!datum.exact"}],
            "encoding": {
                "x": when,
                "y": {"field": "band_from", **amount},
                "y2": {"field": "band_to"},
            },
        },
        {
            "mark": {
                "type": "point",
                "shape": "triangle-up",
                "filled": True,
                "color": _BAND,
                "size": 60,
            },
            "transform": [{"filter": "datum.open_above"}],
            "encoding": {"x": when, "y": {"field": "band_to", **amount}},
        },
        {
            "mark": {"type": "line", "color": _SOLID, "strokeDash": [4, 3]},
            "encoding": {"x": when, "y": {"field": "value", **amount}},
        },
        {
            "mark": {"type": "point", "filled": True, "size": 70, "color": _SOLID},
            "encoding": {"x": when, "y": {"field": "value", **amount}},
        },
        {
            "mark": {"type": "text", "dy": -12, "fontSize": 11},
            "encoding": {
                "x": when,
                "y": {"field": "value", **amount},
                "text": {"field": "display"},
            },
        },
    ]


def rank_layers(rows: list[dict[str, Any]], over_time: bool) -> list[dict[str, Any]]:
    """Places as points on a reversed axis: #1 at the top (or the right), better reads as
    better, and no bar makes a worse place look bigger."""
    places = sorted({int(r["value"]) for r in rows})
    place: dict[str, Any] = {
        "field": "value",
        "type": "quantitative",
        "title": "place (#1 is first)",
        "scale": {
            "reverse": True,
            "zero": False,
            "nice": False,
            "domain": [places[0] - 0.5, places[-1] + 0.5],
        },
        "axis": {"values": places, "labelExpr": "'#' + datum.value"},
    }
    if over_time:
        position = {
            "field": "label",
            "type": "ordinal",
            "sort": None,
            "title": None,
            "axis": {"labelAngle": 0},
        }
        axes: dict[str, Any] = {"y": place, "x": position}
        line = [{"mark": {"type": "line", "color": _SOLID, "strokeDash": [4, 3]}, "encoding": axes}]
    else:
        position = {"field": "label", "type": "nominal", "sort": None, "title": None}
        axes = {"x": place, "y": position}
        line = []
    return [
        *line,
        {"mark": {"type": "point", "filled": True, "size": 90, "color": _SOLID}, "encoding": axes},
        {
            "mark": {
                "type": "text",
                "dy": -14 if over_time else 0,
                "dx": 0 if over_time else 12,
                "align": "center" if over_time else "left",
            },
            "encoding": {**axes, "text": {"field": "display"}},
        },
    ]
