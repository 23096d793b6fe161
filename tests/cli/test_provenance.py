"""Issue 10: inferred periods said honestly, derived figures explained, conflicts only
where figures cannot both be true."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import TESTS, Run

HISTORY = str(TESTS / "data" / "history.yaml")


def _notes(run: Run, data: str, kind: str) -> list[dict[str, Any]]:
    document = json.loads(run("show", "town", "--data", data, "--json").stdout)
    return [note for note in document["notes"] if note["kind"] == kind]


# Uncertain periods


def test_an_inferred_period_reads_circa_in_every_table(run: Run) -> None:
    shown = run("show", "town", "--data", HISTORY).stdout
    assert "100 companies   c. 2014   [1]" in shown
    ranked = run("rank", "-m", "companies", "--data", HISTORY, "--as-of", "2015").stdout
    assert "100 companies   c. 2014" in ranked
    listed = run("list", "--sort", "companies", "--data", HISTORY, "--as-of", "2015").stdout
    assert "100 companies c. 2014 [1]" in listed
    history = run("history", "town", "-m", "companies", "--data", HISTORY).stdout
    assert "c. 2014" in history
    assert "c. 2017" not in history


def test_an_inferred_period_is_flagged_in_json_and_csv(run: Run) -> None:
    facts = json.loads(run("export", "--data", HISTORY, "--format", "json").stdout)
    assert {f["id"]: f["period_inferred"] for f in facts}["town-companies-2014"] is True
    assert {f["id"]: f["period_inferred"] for f in facts}["town-companies-2017"] is False
    assert facts[0]["period"] == "2014"  # the period itself stays ISO 8601


# Derived figures


def test_a_derived_figure_is_cited_as_derived_with_its_computation(run: Run) -> None:
    shown = run("show", "town", "--data", HISTORY).stdout
    assert "1 million people   2018      [3]†" in shown
    assert (
        "† Computed from figures in [3], not printed there: 1 million people (2018) = 1.2 million "
        "people (2019) − 200,000 people (2019)."
    ) in " ".join(shown.split())
    assert "town-population" not in shown  # never fact ids


def test_the_source_view_explains_derived_figures(run: Run) -> None:
    shown = run("source", "review-2020", "--data", HISTORY).stdout
    assert "1 million people†" in shown
    assert (
        "† Computed from figures in this source, not printed there: 1 million people (2018)"
        in shown
    )
    assert "town-population" not in shown


def test_the_derivation_is_in_every_format(run: Run) -> None:
    facts = json.loads(run("export", "--data", HISTORY, "--format", "json").stdout)
    derived = {f["id"]: f["derivation"] for f in facts}
    assert derived["town-population-2018"] == "1.2 million people (2019) − 200,000 people (2019)"
    assert derived["town-population-2019"] is None
    rows = run(
        "rank", "-m", "population", "--data", HISTORY, "--as-of", "2020-06-15", "--format", "csv"
    ).stdout
    assert "derivation" in rows.splitlines()[0]


def test_shipped_derived_figures_give_the_inputs_own_figures(run: Run) -> None:
    shown = run("show", "chengdu").stdout
    assert "20.947 million people 2020-12 [2]†" in " ".join(shown.split())
    assert "21.192 million people (2021-12) − 245,000 people (2021)" in " ".join(
        shown.split("\n  ")
    )
    ranked = run("rank", "-m", "population-growth-rate").stdout
    assert "[1]†" in ranked
    assert (
        "change from 20.947 million people (2020-12, derived) to 21.192 million people (2021-12)"
        in (" ".join(ranked.split("\n  ")))
    )


# Conflicts


def test_figures_that_cannot_both_be_true_are_a_conflict(run: Run) -> None:
    [conflict] = _notes(run, HISTORY, "conflict")
    assert conflict["fact_ids"] == ["town-companies-2019", "town-companies-2019-other"]
    assert conflict["message"] == (
        "Companies: about 200 companies in 2019 (review-2020) vs "
        "300 companies in 2019 (digest-2021): these cannot all be "
        "true."
    )
    shown = run("show", "town", "--data", HISTORY).stdout
    assert (
        "Sources differ\n  • Companies (conflict): about 200 companies in 2019 [3] vs 300 "
        "companies in 2019 [4]\n"
    ) in shown


def test_hedged_figures_that_can_both_be_true_are_no_conflict(
    run: Run, write_dataset: Callable[[str], str]
) -> None:
    text = (
        Path(HISTORY)
        .read_text(encoding="utf-8")
        .replace("  value: 300\n", "  value: 210\n")
        .replace("counted 300 companies", "counted 210 companies")
    )
    assert _notes(run, write_dataset(text), "conflict") == []


def test_figures_of_different_periods_are_change_over_time(run: Run) -> None:
    [over_time] = _notes(run, HISTORY, "over-time")
    assert over_time["message"] == (
        "2 metrics have figures over time (Companies, Population): see hubquery history town"
    )
    assert "town-companies-2014" in over_time["fact_ids"]
    shown = run("show", "town", "--data", HISTORY).stdout
    assert "  → 2 metrics have figures over time (Companies, Population): see hubquery" in shown


def test_different_definitions_are_no_conflict(
    run: Run, write_dataset: Callable[[str], str]
) -> None:
    text = (
        Path(HISTORY)
        .read_text(encoding="utf-8")
        .replace("  value: 300\n", "  value: 300\n  basis: registered\n")
    )
    assert _notes(run, write_dataset(text), "conflict") == []


def test_a_source_date_range_is_shown_in_citations() -> None:
    from hubquery.records import Source
    from hubquery.render.values import cite_source, source_date

    ranged = Source(
        "s", "Five things", None, None, "2019", True, "From the text.", "2018/2019", None, None
    )
    assert source_date(ranged) == "2018–2019 (date inferred)"
    assert cite_source(ranged) == "“Five things”, 2018–2019 (date inferred)"
    printed = Source("p", "News", "Daily", None, "2022-05-27", False, None, None, None, None)
    assert source_date(printed) == "2022-05-27"


def test_compare_cites_derived_figures_and_circa_periods(
    run: Run, write_dataset: Callable[[str], str]
) -> None:
    text = Path(HISTORY).read_text(encoding="utf-8")
    text = text.replace("hubs:\n", "hubs:\n- id: city\n  name: City\n  kind: city\n", 1).replace(
        "facts:\n",
        "facts:\n- id: city-population-2014\n  hub: city\n  metric: population\n"
        "  value: 900000\n  unit: people\n  period: '2014'\n  source: gazette-2015\n"
        "  period_inferred: true\n  quote: 900,000 people live in the city\n",
        1,
    )
    result = run("compare", "town", "city", "-m", "population", "--data", write_dataset(text))
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "900,000 people c. 2014" in out
    assert "1 million people 2018 [1]†" in out
    assert "Periods differ: Town 2019, City c. 2014." in out
    assert "† Computed from figures in [1], not printed there: 1 million people (2018)" in out
