"""Charts: every spec the shipped dataset gives is valid Vega-Lite (the schema altair
ships) and renders (vl-convert); hedges are drawn as what they admit; figures that may
not share an axis are refused with the reason."""

from __future__ import annotations

import importlib.util
import json
import os
import struct
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from hubquery.cache import open_store
from hubquery.query.compare import compare
from hubquery.query.history import history
from hubquery.query.rank import rank
from hubquery.render import chart
from hubquery.store import Store
from tests.conftest import ROOT, SHIPPED, hubquery_in_process

vl_convert = pytest.importorskip("vl_convert")


@cache
def _schema() -> dict[str, Any]:
    """The Vega-Lite schema altair ships (found without importing altair: 0.2 s)."""
    spec = importlib.util.find_spec("altair")
    assert spec is not None
    assert spec.submodule_search_locations
    folder = Path(spec.submodule_search_locations[0]) / "vegalite" / "v6" / "schema"
    schema: dict[str, Any] = json.loads(
        (folder / "vega-lite-schema.json").read_text(encoding="utf-8")
    )
    return schema


@cache
def _validator() -> Any:
    import jsonschema

    return jsonschema.Draft7Validator(_schema())


def _kind(document: dict[str, Any]) -> str:
    """The document with what the schema leaves free blanked: each data row (any object),
    a title's text and subtitle (any string), the description (any string) and usermeta
    (any object). Documents of one kind are valid alike (the test below holds the
    schema to that), and validating one costs 26 ms."""

    def blanked(value: Any, key: str | None = None) -> Any:
        if isinstance(value, dict):
            return {k: blank(k, v, key) for k, v in value.items()}
        if isinstance(value, list):
            return [blanked(item, key) for item in value]
        return value

    def blank(key: str, value: Any, parent: str | None) -> Any:
        if key == "values" and parent == "data" and isinstance(value, list):
            return _distinct([{} if isinstance(row, dict) else row for row in value])
        if key in ("text", "subtitle") and parent == "title":
            if isinstance(value, list):
                return _distinct(["" if isinstance(t, str) else t for t in value])
            return "" if isinstance(value, str) else value
        if parent is None and key == "description" and isinstance(value, str):
            return ""
        if parent is None and key == "usermeta" and isinstance(value, dict):
            return {}
        return blanked(value, key)

    return json.dumps(blanked(document), sort_keys=True)


def _distinct(items: list[Any]) -> list[Any]:
    """The items, each once (an array's validity here depends only on its kinds of
    item: no minItems, maxItems or uniqueItems where it is used)."""
    seen: dict[str, Any] = {}
    for item in items:
        seen.setdefault(json.dumps(item, sort_keys=True), item)
    return list(seen.values())


def test_the_blanked_places_are_free_in_the_schema() -> None:
    """What ``_kind`` blanks, the schema does not constrain: an inline data set may be an
    array of any objects, a title's text and subtitle and a spec's description any
    strings, usermeta any object."""
    definitions = _schema()["definitions"]
    assert {"items": {"type": "object"}, "type": "array"} in definitions["InlineDataset"]["anyOf"]
    assert definitions["InlineData"]["properties"]["values"]["$ref"] == (
        "#/definitions/InlineDataset"
    )
    text = {"anyOf": [{"type": "string"}, {"items": {"type": "string"}, "type": "array"}]}
    assert definitions["Text"] == text
    title = definitions["TitleParams"]["properties"]
    assert {"$ref": "#/definitions/Text"} in title["text"]["anyOf"]
    assert title["subtitle"]["$ref"] == "#/definitions/Text"
    assert definitions["Dict"] == {"additionalProperties": {}, "type": "object"}
    for spec in ("TopLevelVConcatSpec", "TopLevelLayerSpec", "TopLevelUnitSpec"):
        properties = definitions[spec]["properties"]
        assert {k: v for k, v in properties["description"].items() if k != "description"} == {
            "type": "string"
        }
        assert properties["usermeta"]["$ref"] == "#/definitions/Dict"


@pytest.fixture(scope="module")
def store() -> Store:
    return open_store(str(SHIPPED), use_cache=False)


def _documents(store: Store) -> list[tuple[str, dict[str, Any]]]:
    """Every chart the three commands make of the shipped dataset (one per command and
    argument), with the refused ones left out."""
    made: list[tuple[str, list[chart.ChartRequest]]] = []
    for metric in store.metrics_by_id([m.id for m in _metrics(store)]):
        made.append((f"rank {metric.id}", chart.ranking_charts(rank(store, metric.id))))
    hubs = [h.id for h in store.hubs()]
    for hub in hubs:
        made.append((f"history {hub}", chart.history_charts(history(store, hub))))
    for first, second in combinations(hubs, 2):
        requests = chart.comparison_charts(compare(store, [first, second]))
        if requests:
            made.append((f"compare {first} {second}", requests))
    documents = []
    for name, requests in made:
        try:
            documents.append((name, chart.document(requests, "test", name)))
        except chart.ChartRefused:
            continue
    return documents


def _metrics(store: Store) -> list[Any]:
    return [m for m in store.metrics() if store.metric_units(m.id)]


@pytest.mark.slow
def test_every_spec_validates_against_the_vega_lite_schema(store: Store) -> None:
    """Every document, one of each kind (``_kind``: 88 documents, 13 kinds) validated."""
    documents = _documents(store)
    assert len(documents) > 50
    kinds: dict[str, str] = {}
    for name, document in documents:
        assert document["$schema"] == chart.VEGA_LITE_SCHEMA
        kind = _kind(document)
        if kind in kinds:
            continue  # valid as the document of this kind that was validated
        kinds[kind] = name
        errors = sorted(_validator().iter_errors(document), key=lambda e: e.path)
        assert not errors, f"{name}: {errors[0].message}"


@pytest.mark.slow
def test_svgs_carry_the_title_every_hub_and_every_publisher(store: Store) -> None:
    requests = chart.comparison_charts(
        compare(store, ["beijing", "shanghai", "chengdu", "chongqing", "xian"], ["population"])
    )
    document = chart.document(requests, "test", "population")
    svg = vl_convert.vegalite_to_svg(document, vl_version=chart.VEGA_LITE_VERSION)
    drawn = {f.label for r in requests for f in chart.drawable(r)[0]}
    assert document["title"]["text"] in svg
    for name in drawn:
        assert name in svg
    for request in requests:
        for source in request.sources:
            if source.id in document["usermeta"]["hubquery"]["source_ids"]:
                assert (source.publisher or source.title).replace("'", "&apos;") in svg or (
                    source.publisher or source.title
                ) in svg


def test_png_is_an_image_of_the_scale_asked(store: Store) -> None:
    requests = chart.ranking_charts(rank(store, "area"))
    document = chart.document(requests, "test", "area")
    one = vl_convert.vegalite_to_png(document, vl_version=chart.VEGA_LITE_VERSION, scale=1)
    two = vl_convert.vegalite_to_png(document, vl_version=chart.VEGA_LITE_VERSION, scale=2)
    assert one[:8] == two[:8] == b"\x89PNG\r\n\x1a\n"
    (w1, h1), (w2, h2) = (struct.unpack(">II", image[16:24]) for image in (one, two))
    assert (w2, h2) == (2 * w1, 2 * h1)
    assert w1 > 100


def _rows(document: dict[str, Any]) -> list[dict[str, Any]]:
    charts = document["vconcat"][0]
    return list(charts["data"]["values"])


def test_more_than_is_never_a_closed_bar_ending_at_its_bound(store: Store) -> None:
    """ "more than 20 million": a solid bar to the bound and a fading band past it, to the
    axis's end — the value lies somewhere beyond, and the chart says no more."""
    from hubquery.records import Metric

    facts = [*store.facts_for_hub("xian"), *store.facts_for_hub("chengdu")]
    population = [f for f in facts if f.metric_id == "population"]
    hedged = next(f for f in population if f.qualifier == "more than")
    exact = next(f for f in population if f.qualifier is None and f.hub_id == "xian")
    metric = store.metrics_by_id(["population"])[0]
    assert isinstance(metric, Metric)
    hedged = hedged._replace(status="reported")  # as a figure that stands on its own
    request = chart.ChartRequest(
        "Population", metric, (chart.Figure("Chengdu", hedged), chart.Figure("Xi'an", exact)), ()
    )
    document = chart.spec(request, "test")
    rows = {r["label"]: r for r in _rows(document)}
    row = rows["Chengdu"]
    assert row["open_above"] is True
    assert row["band_to"] > row["low"] == 20_000_000
    layers = document["vconcat"][0]["layer"]
    fading = [
        layer
        for layer in layers
        if layer.get("transform") == [{"filter": "datum.open_above"}]
        and layer["mark"]["type"] == "bar"
    ]
    assert fading
    assert fading[0]["mark"]["color"]["gradient"] == "linear"
    assert rows["Xi'an"]["exact"] is True
    assert rows["Xi'an"]["band_to"] == rows["Xi'an"]["solid_to"] == exact.value


def test_about_is_a_range_with_a_tick_not_a_bare_bar(store: Store) -> None:
    metric = store.metrics_by_id(["employees"])[0]
    about = next(
        f for f in store.facts_for_hub("dalian-software-park") if f.metric_id == "employees"
    )
    assert about.qualifier == "about"
    document = chart.spec(
        chart.ChartRequest("Employees", metric, (chart.Figure("DLSP", about),), ()), "test"
    )
    row = _rows(document)[0]
    assert (row["solid_to"], row["band_to"]) == (
        pytest.approx(about.value * 0.9),
        pytest.approx(about.value * 1.1),
    )
    assert row["exact"] is False


def test_figures_of_different_quantities_are_refused_with_the_reason(store: Store) -> None:
    requests = chart.comparison_charts(compare(store, ["chengdu", "chongqing"], ["laptops"]))
    with pytest.raises(chart.ChartRefused, match="produced, the other sold"):
        chart.document(requests, "test", "laptops")


def test_years_are_never_drawn(store: Store) -> None:
    requests = chart.ranking_charts(rank(store, "year-established"))
    with pytest.raises(chart.ChartRefused, match="years are when something happened"):
        chart.document(requests, "test", "years")


def test_ranks_are_drawn_so_that_better_reads_as_better(store: Store) -> None:
    requests = chart.history_charts(history(store, "dalian"))
    ranks = [r for r in requests if r.metric.unit_kind == "rank"]
    document = chart.spec(ranks[0], "test")
    layers = document["vconcat"][0]["layer"]
    assert all(layer["mark"]["type"] != "bar" for layer in layers)
    place = layers[-1]["encoding"]["y"]
    assert place["scale"]["reverse"] is True


def test_a_report_period_figure_is_not_drawn_and_the_caption_says_why(store: Store) -> None:
    metric = store.metrics_by_id(["population"])[0]
    facts = {f.id: f for hub in ("dalian", "xian") for f in store.facts_for_hub(hub)}
    request = chart.ChartRequest(
        "Population",
        metric,
        (
            chart.Figure("Dalian", facts["dalian-population-2014"]),
            chart.Figure("Xi'an", facts["xian-population-2019"]),
        ),
        (),
    )
    document = chart.document([request], "test", "population")
    caption = " ".join(r["line"] for r in document["vconcat"][1]["data"]["values"])
    assert {r["fact_id"] for r in _rows(document)} == {"xian-population-2019"}
    assert "Not drawn: Dalian, 6 million people is when the source reported it" in caption


# --- the commands ----------------------------------------------------------------------


def test_vega_lite_format_prints_one_spec_with_the_tool_and_the_facts(run: Any) -> None:
    result = run(
        "compare", "chengdu", "chongqing", "xian", "-m", "population", "--format", "vega-lite"
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["$schema"] == chart.VEGA_LITE_SCHEMA
    from hubquery import __version__

    assert document["usermeta"]["hubquery"]["version"] == __version__
    assert "xian-population-2019" in document["usermeta"]["hubquery"]["fact_ids"]
    assert not list(_validator().iter_errors(document))


def test_svg_and_png_on_the_command_line(run: Any, tmp_path: Path) -> None:
    svg = run("rank", "-m", "area", "--format", "svg")
    assert svg.exit_code == 0
    assert svg.stdout.startswith("<svg")
    target = tmp_path / "area.png"
    png = run("rank", "-m", "area", "--format", "png", "--scale", "2", "-o", str(target))
    assert png.exit_code == 0, png.output
    assert png.stdout == ""
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    again = run("rank", "-m", "area", "--format", "png", "-o", str(target))
    assert again.exit_code == 1
    assert "exists: add --force" in again.stderr
    assert run("rank", "-m", "area", "--format", "png", "-o", str(target), "--force").exit_code == 0


def test_a_refused_chart_exits_1_with_the_reason_and_nothing_on_stdout(run: Any) -> None:
    result = run("compare", "chengdu", "chongqing", "-m", "laptops", "--format", "svg")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: cannot chart Share of world laptops")
    assert "one counts produced, the other sold" in result.stderr


def test_without_the_extra_the_error_names_the_command_to_install_it(
    run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "vl_convert", None)  # as if not installed
    result = run("rank", "-m", "area", "--format", "svg")
    assert result.exit_code == 1
    assert "pip install 'hubquery[charts]'" in result.stderr
    assert result.stdout == ""
    assert run("rank", "-m", "area", "--format", "vega-lite").exit_code == 0


def test_chart_options_go_with_chart_formats(run: Any) -> None:
    assert run("rank", "-m", "area", "-o", "x.svg").exit_code == 2
    assert run("rank", "-m", "area", "--format", "svg", "--scale", "2").exit_code == 2
    assert run("rank", "-m", "area", "--format", "svg", "--fields", "rank").exit_code == 2


def test_the_core_install_does_not_import_the_renderer() -> None:
    """Start-up does not grow: a chart spec needs no renderer, and a table no chart."""
    code = (
        "import sys, runpy; sys.argv = ['hubquery', 'rank', '-m', 'area', '--format', "
        "'vega-lite']\ntry:\n    runpy.run_module('hubquery', run_name='__main__')\n"
        "except SystemExit:\n    pass\nprint('vl_convert' in sys.modules, file=sys.stderr)"
    )
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stderr.strip().endswith("False")


def test_the_readme_chart_is_what_its_command_draws(tmp_path: Path) -> None:
    """The SVG the README shows is committed beside it; the command the README gives
    draws it again, byte for byte (`python -m tests.cli.test_chart` rewrites it)."""
    drawn = _readme_chart(tmp_path)
    committed = ROOT / README_CHART
    assert committed.read_bytes() == drawn


README_CHART = "docs/charts/population.svg"


def _readme_chart(folder: Path) -> bytes:
    """Run the README's command for its chart (in ``folder``) and return the SVG."""
    import re
    import shlex

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"]({README_CHART})" in readme
    [command] = re.findall(
        r"^\$ (hubquery compare [^\n]* --format svg -o population\.svg)$", readme, re.M
    )
    args = shlex.split(command)[1:]
    # As process.main runs it, in this process (which has loaded vl-convert already).
    here = os.getcwd()
    os.chdir(folder)
    try:
        ran = hubquery_in_process(*args)
    finally:
        os.chdir(here)
    assert ran.returncode == 0, ran.stderr
    return (folder / "population.svg").read_bytes()


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        (ROOT / README_CHART).write_bytes(_readme_chart(Path(scratch)))
