"""`hubquery history`: a hub's figures over time, the changes between them, a chart."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import jsonschema
import pytest

from tests.conftest import TESTS, Run

HISTORY = str(TESTS / "data" / "history.yaml")

TOWN_COMPANIES = """\
Town · city · figures over time

Companies
Period                      Value   Change (derived)                          Src
─────────────────────────────────────────────────────────────────────────────────
c. 2014             100 companies                                             [1]
2017      more than 150 companies   at least +50 companies (at least +50 %)   [2]
2019          about 200 companies   at most +70 companies (at most +46.7 %)   [3]
2019                300 companies                                             [4]

  companies
c. 2014 █████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░ 100 companies [1]
2017    ████████████████████░░░░░░░░░░░░░░░░░░░░ more than 150 companies [2]
2019    ███████████████████████████░░░░░░░░░░░░░ about 200 companies [3]
2019    ████████████████████████████████████████ 300 companies [4]

Changes are computed by hubquery from the figures above (derived): no source states them.

  ! Companies: about 200 companies in 2019 (review-2020) vs 300 companies in 2019 (digest-2021):
    these cannot all be true.
  ! Changes between hedged figures are ranges: a hedge (about, more than …) admits a range of
    values.

Sources
[1] “The town in 2015”, Town Gazette, 2015 (date inferred)  (gazette-2015)
[2] “The town grows”, Town Herald, 2018-03-01  (herald-2018)
[3] “The town reviewed”, Town Review, 2020-06-15  (review-2020)
[4] “The town in figures”, Town Digest, 2021-01  (digest-2021)
"""


def _history(run: Run, *args: str) -> dict[str, Any]:
    result = run("history", *args, "--json")
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def test_history_table_oldest_first_with_changes_and_chart(run: Run) -> None:
    result = run("history", "town", "--metric", "firms", "--data", HISTORY)
    assert result.exit_code == 0
    assert result.stdout == TOWN_COMPANIES


def test_without_metric_the_metrics_with_several_figures_come_first(run: Run) -> None:
    document = _history(run, "town", "--data", HISTORY)
    assert [m["metric"]["id"] for m in document["metrics"]] == [
        "companies", "population", "population-change", "year-established"]


def test_figures_are_oldest_first_and_every_one_is_there(run: Run) -> None:
    document = _history(run, "town", "-m", "companies", "--data", HISTORY)
    [companies] = document["metrics"]
    assert [f["id"] for f in companies["facts"]] == [
        "town-companies-2014", "town-companies-2017", "town-companies-2019",
        "town-companies-2019-other"]


def test_an_exact_change_is_absolute_and_percent_and_derived(run: Run) -> None:
    document = _history(run, "town", "-m", "population", "--data", HISTORY)
    [population] = document["metrics"]
    [series] = population["series"]
    assert series["changes"] == [{
        "from_fact_id": "town-population-2018", "to_fact_id": "town-population-2019",
        "unit": "people", "low": 200000, "high": 200000, "percent_low": 20.0,
        "percent_high": 20.0, "display": "+200,000 people (+20 %)", "derived": True}]


def test_a_change_between_hedged_figures_is_a_range_or_unknown(run: Run) -> None:
    document = _history(run, "town", "-m", "companies", "--data", HISTORY)
    [companies] = document["metrics"]
    first, second = companies["series"][0]["changes"]
    # 100 → more than 150: at least +50, no upper bound.
    assert (first["low"], first["high"], first["percent_low"], first["percent_high"]) == (
        50, None, 50.0, None)
    # more than 150 → about 200 (180–220): at most +70, no lower bound.
    assert (second["low"], second["high"]) == (None, 70)
    assert second["display"] == "at most +70 companies (at most +46.7 %)"
    assert any(n["kind"] == "hedged" for n in document["notes"])


def test_a_change_is_unknown_when_both_ends_are_open() -> None:
    from hubquery.query.history import change
    from hubquery.records import Fact, Source
    from hubquery.vocabulary import Qualifier

    source = Source("s", "t", None, None, "2020", False, None, None, None, None)

    def fact(ident: str, value: float, qualifier: Qualifier | None, low: float | None,
             high: float | None, period: str) -> Fact:
        return Fact(id=ident, hub_id="h", metric_id="m", subject=None, value=value,
                    unit="people", qualifier=qualifier, low=low, high=high, display="",
                    period=period, period_inferred=False, period_of="figure", status="reported",
                    basis=None, note=None, quote="q", stated_as=None, derived=False, method=None,
                    inputs=(), derivation=None, source=source)

    more = fact("a", 100, "more than", 100, None, "2019")
    less = fact("b", 50, "less than", 0, 50, "2020")
    assert change(more, less).display.startswith("at most −50 people")
    assert change(less, more).display == "at least +50 people"
    assert change(more, fact("c", 200, "more than", 200, None, "2021")).display == "unknown"


def test_figures_of_overlapping_periods_have_no_change_between_them(run: Run) -> None:
    document = _history(run, "town", "-m", "companies", "--data", HISTORY)
    [companies] = document["metrics"]
    targets = [c["to_fact_id"] for c in companies["series"][0]["changes"]]
    assert "town-companies-2019-other" not in targets
    assert next(n["kind"] for n in document["notes"]) == "conflict"


def test_shares_change_in_percentage_points(run: Run) -> None:
    document = _history(run, "chengdu", "-m", "ipads")
    [ipads] = document["metrics"]
    [change] = ipads["series"][0]["changes"]
    assert change["display"] == "+3.33 pp"
    assert change["percent_low"] is None


def test_history_on_the_shipped_dataset(run: Run) -> None:
    out = run("history", "chengdu", "--metric", "population").stdout
    assert "2021-12 21.192 million people +245,000 people (+1.2 %)" in " ".join(out.split())
    assert "[1]†" in out
    assert "21.192 million people (2021-12) − 245,000 people (2021)" in " ".join(out.split())


def test_history_as_of_leaves_out_later_sources(run: Run) -> None:
    result = run("history", "town", "-m", "companies", "--data", HISTORY, "--as-of", "2018-03-01")
    assert result.stdout.startswith("As of 2018-03-01: only figures")
    assert "about 200" not in result.stdout
    assert "at least +50 companies" in result.stdout
    document = _history(run, "town", "--data", HISTORY, "--as-of", "2018-03-01")
    assert document["as_of"] == "2018-03-01"
    schema = json.loads(run("schema", "history").stdout)
    jsonschema.Draft202012Validator(schema).validate(document)


def test_the_quotes_option_adds_each_quote(run: Run) -> None:
    out = run("history", "town", "-m", "companies", "--data", HISTORY, "--quotes").stdout
    assert "“last year the town had 100 companies”" in " ".join(out.split())


@pytest.mark.parametrize("fmt", ["csv", "tsv", "markdown", "jsonl", "yaml"])
def test_every_format(run: Run, fmt: str) -> None:
    result = run("history", "town", "--data", HISTORY, "--format", fmt)
    assert result.exit_code == 0
    if fmt == "markdown":  # the table a person sees, for a writer
        assert "| 2019 | 1.2 million people | +200,000 people (+20 %) | \\[3\\] |" in result.stdout
    else:
        assert "town-population-2019" in result.stdout


def test_csv_rows_carry_the_change_into_each_figure(run: Run) -> None:
    import csv

    rows = list(csv.DictReader(io.StringIO(
        run("history", "town", "-m", "population", "--data", HISTORY, "--format", "csv").stdout)))
    assert [(r["fact.id"], r["change.display"], r["change.derived"]) for r in rows] == [
        ("town-population-2018", "", ""),
        ("town-population-2019", "+200,000 people (+20 %)", "true")]


def test_an_unknown_hub_or_metric_is_an_error(run: Run) -> None:
    assert run("history", "tonw", "--data", HISTORY).stderr.startswith("Error: no hub 'tonw'")
    result = run("history", "town", "-m", "gdp", "--data", HISTORY)
    assert result.exit_code == 1


def test_a_metric_the_hub_lacks_is_a_note(run: Run) -> None:
    document = _history(run, "dalian", "-m", "population", "-m", "laptops",
                        "--data", str(TESTS / "data" / "mini.yaml"))
    assert [n["kind"] for n in document["notes"]] == ["missing"]


def test_the_chart_falls_back_to_ascii() -> None:
    from hubquery.cache import open_store
    from hubquery.query.history import history
    from hubquery.render.table import history as draw
    from hubquery.render.table import make_canvas

    class Ascii(io.StringIO):
        encoding = "ascii"

    out = Ascii()
    text = draw(history(open_store(HISTORY), "town", ["companies"]), make_canvas(out))
    assert "█" not in text
    assert "░" not in text
    assert re.search(r"c\. 2014 #{10,}\.{10,} 100 companies", text)
