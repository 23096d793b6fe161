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

JUDGED = str(TESTS / "data" / "judged.yaml")

TOWN_COMPANIES = """\
Town · city · figures over time

Companies
Period                      Value   Change (derived)                            Src
───────────────────────────────────────────────────────────────────────────────────
c. 2014             100 companies                                               [1]
2017      more than 150 companies   at least +50 companies (at least +50 %) ‡   [2]
2019          about 200 companies   — (a)                                       [3]
2019                300 companies   — (b)                                       [4]

  companies
c. 2014 █████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░ 100 companies [1]
2017    ████████████████████░░░░░░░░░░░░░░░░░░░░ more than 150 companies [2]
2019    ███████████████████████████░░░░░░░░░░░░░ about 200 companies [3]
2019    ████████████████████████████████████████ 300 companies [4]

(a) The hedges admit a rise, a fall or no change at all.
(b) Their periods overlap: they agree or conflict, they do not change.

Changes are computed by hubquery from the figures above (derived): no source states them.

  ! Companies: about 200 companies in 2019 (review-2020) vs 300 companies in 2019 (digest-2021):
    these cannot all be true.
  ! Changes between hedged figures are ranges: a hedge (about, more than …) admits a range of
    values.
  ! A change between figures from different sources (marked ‡) may reflect how each source counts as
    well as what changed.

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
        "companies",
        "population",
        "population-change",
        "year-established",
    ]


def test_figures_are_oldest_first_and_every_one_is_there(run: Run) -> None:
    document = _history(run, "town", "-m", "companies", "--data", HISTORY)
    [companies] = document["metrics"]
    assert [f["id"] for f in companies["facts"]] == [
        "town-companies-2014",
        "town-companies-2017",
        "town-companies-2019",
        "town-companies-2019-other",
    ]


def test_an_exact_change_is_absolute_and_percent_and_derived(run: Run) -> None:
    document = _history(run, "bay", "-m", "revenue", "--data", JUDGED)
    [revenue] = document["metrics"]
    [series] = revenue["series"]
    assert series["changes"] == [
        {
            "from_fact_id": "bay-revenue-2013",
            "to_fact_id": "bay-revenue-2021",
            "unit": "CNY",
            "low": 50e9,
            "high": 50e9,
            "percent_low": 50.0,
            "percent_high": 50.0,
            "direction": "up",
            "display": "+CN¥50 billion (+50 %)",
            "across_sources": True,
            "derived": True,
        }
    ]


def test_a_change_between_hedged_figures_is_a_range_or_none(run: Run) -> None:
    document = _history(run, "town", "-m", "companies", "--data", HISTORY)
    [companies] = document["metrics"]
    [first] = companies["series"][0]["changes"]
    # 100 → more than 150: at least +50, no upper bound.
    assert (first["low"], first["high"], first["percent_low"], first["percent_high"]) == (
        50,
        None,
        50.0,
        None,
    )
    # more than 150 → about 200 (180–220): a fall is as possible as a rise: no change.
    assert {u["fact_id"]: u["kind"] for u in companies["unjoined"]} == {
        "town-companies-2019": "no-change",
        "town-companies-2019-other": "same-period",
    }
    assert any(n["kind"] == "hedged" for n in document["notes"])


def test_a_change_with_both_ends_open_is_none() -> None:
    from hubquery.judgement.changes import Change, change
    from hubquery.judgement.figures import Judgement
    from hubquery.records import Fact, Source
    from hubquery.vocabulary import Qualifier

    source = Source("s", "t", None, None, "2020", False, None, None, None, None)

    def fact(
        ident: str,
        value: float,
        qualifier: Qualifier | None,
        low: float | None,
        high: float | None,
        period: str,
    ) -> Fact:
        return Fact(
            id=ident,
            hub_id="h",
            metric_id="m",
            subject=None,
            value=value,
            unit="people",
            qualifier=qualifier,
            low=low,
            high=high,
            display="",
            period_label=period,
            period=period,
            period_inferred=False,
            period_of="figure",
            status="reported",
            basis=None,
            note=None,
            quote="q",
            stated_as=None,
            derived=False,
            method=None,
            inputs=(),
            derivation=None,
            source=source,
        )

    more = fact("a", 100, "more than", 100, None, "2019")
    less = fact("b", 50, "less than", 0, 50, "2020")
    fell = change(more, less)
    assert isinstance(fell, Change)
    assert fell.display.startswith("at most −50 people")
    rose = change(less, fact("d", 100, "more than", 100, None, "2021"))
    assert isinstance(rose, Change)
    assert rose.display == "at least +50 people"
    unknown = change(more, fact("c", 200, "more than", 200, None, "2021"))
    assert isinstance(unknown, Judgement)
    assert unknown.kind == "no-change"


def test_figures_of_overlapping_periods_have_no_change_between_them(run: Run) -> None:
    document = _history(run, "town", "-m", "companies", "--data", HISTORY)
    [companies] = document["metrics"]
    targets = [c["to_fact_id"] for c in companies["series"][0]["changes"]]
    assert "town-companies-2019-other" not in targets
    assert next(n["kind"] for n in document["notes"]) == "conflict"


def test_history_on_the_shipped_dataset(run: Run) -> None:
    out = run("history", "chengdu", "--metric", "population").stdout
    assert "[1]†" in out or "[2]†" in out
    assert "21.192 million people (2021-12) − 245,000 people (2021)" in " ".join(out.split())
    # The 2020 figure is derived from the 2021 one and the change: the change is not
    # derived again (circular).
    assert "+245,000" not in out
    assert "One is derived from the other" in out


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
    result = run("history", "bay", "--data", JUDGED, "--format", fmt)
    assert result.exit_code == 0
    if fmt == "markdown":  # the table a person sees, for a writer
        assert "| 2021 | CN¥150 billion | +CN¥50 billion (+50 %) ‡ | \\[1\\] |" in result.stdout
    else:
        assert "bay-revenue-2021" in result.stdout


def test_csv_rows_carry_the_change_into_each_figure(run: Run) -> None:
    import csv

    rows = list(
        csv.DictReader(
            io.StringIO(
                run(
                    "history",
                    "bay",
                    "-m",
                    "revenue",
                    "-m",
                    "population",
                    "--data",
                    JUDGED,
                    "--format",
                    "csv",
                ).stdout
            )
        )
    )
    assert [
        (
            r["fact.id"],
            r["change.display"],
            r["change.direction"],
            r["change.across_sources"],
            r["change.derived"],
            r["unjoined.kind"],
        )
        for r in rows
    ] == [
        ("bay-revenue-2013", "", "", "", "", ""),
        ("bay-revenue-2021", "+CN¥50 billion (+50 %)", "up", "true", "true", ""),
        ("bay-population-2020", "", "", "", "", ""),
        ("bay-population-2021", "", "", "", "", "derived-from"),
        ("bay-population-2022", "", "", "", "", "threshold"),
    ]
    assert rows[-1]["unjoined.reason"] == (
        "more than 20 million people is a threshold the source sets for a group, not a count "
        "of this place"
    )


def test_an_unknown_hub_or_metric_is_an_error(run: Run) -> None:
    assert run("history", "tonw", "--data", HISTORY).stderr.startswith("Error: no hub 'tonw'")
    result = run("history", "town", "-m", "gdp", "--data", HISTORY)
    assert result.exit_code == 1


def test_a_metric_the_hub_lacks_is_a_note(run: Run) -> None:
    document = _history(
        run,
        "dalian",
        "-m",
        "population",
        "-m",
        "laptops",
        "--data",
        str(TESTS / "data" / "mini.yaml"),
    )
    assert next(n["kind"] for n in document["notes"]) == "missing"


def test_the_chart_falls_back_to_ascii() -> None:
    from hubquery.cache import open_store
    from hubquery.query.history import history
    from hubquery.render.table import make_canvas
    from hubquery.render.table.history import history as draw

    class Ascii(io.StringIO):
        encoding = "ascii"

    out = Ascii()
    text = draw(history(open_store(HISTORY), "town", ["companies"]), make_canvas(out))
    assert "█" not in text
    assert "░" not in text
    assert re.search(r"c\. 2014 #{10,}\.{10,} 100 companies", text)


# The audit's cases (../shared/audits/data-audit-2026-12.md §5, ux-review-2026-12.md A3, A4):
# each failed on 0a04967.


def test_p1_a_report_period_figure_is_listed_never_joined_with_the_reason(run: Run) -> None:
    out = run("history", "port", "-m", "population", "--data", JUDGED).stdout
    assert "±0" not in out
    assert "reported c. 2014   6 million people (a)   — (b)" in out
    assert "(a) Said in a past-tense clause about the years before the boom." in out
    assert (
        "(b) 6 million people is when the source reported it (reported c. 2014), not when it held."
    ) in out
    [population] = _history(run, "port", "-m", "population", "--data", JUDGED)["metrics"]
    assert population["unjoined"] == [
        {
            "fact_id": "port-population-2014",
            "from_fact_id": None,
            "kind": "report-period",
            "reason": "6 million people is when the source reported it (reported c. 2014), not "
            "when it held",
        }
    ]


def test_p2_a3_a_better_rank_reads_as_a_rise_and_ranks_get_no_bars(run: Run) -> None:
    out = run("history", "port", "-m", "destination-rank", "--data", JUDGED).stdout
    assert "c. 2014     #14   up 1 place" in out
    assert "█" not in out
    assert "places" not in out
    [rank] = _history(run, "port", "-m", "destination-rank", "--data", JUDGED)["metrics"]
    [step] = rank["series"][0]["changes"]
    assert (step["direction"], step["low"], step["display"]) == ("up", -1, "up 1 place")


def test_p3_founding_years_are_not_a_series_nor_drawn(run: Run) -> None:
    out = run("history", "port", "--all", "--data", JUDGED).stdout
    assert "School: Year established 2000 2000" in " ".join(out.split())
    assert "█" not in out
    [years] = _history(run, "port", "-m", "year-established", "--data", JUDGED)["metrics"]
    assert [len(s["fact_ids"]) for s in years["series"]] == [1, 1]
    assert years["over_time"] is False


def test_p4_a4_no_change_to_a_threshold_nor_between_a_figure_and_its_input(run: Run) -> None:
    out = " ".join(run("history", "bay", "-m", "population", "--data", JUDGED).stdout.split())
    assert "−1.192" not in out
    assert "+245,000" not in out
    assert (
        "More than 20 million people is a threshold the source sets for a group, not a "
        "count of this place."
    ) in out
    assert "One is derived from the other, so a change between them says nothing new." in out


def test_p4_on_the_shipped_dataset_chengdu_has_no_change_to_the_threshold(run: Run) -> None:
    out = run("history", "chengdu").stdout
    assert "−1.192" not in out
    assert "+245,000 people" not in out


def test_p5_a4_a_fraction_in_words_is_approximate_and_a_change_across_sources_marked() -> None:
    from hubquery.query.history import metric_history
    from hubquery.records import Fact, Metric, Source

    blog = Source("blog", "t", None, None, "2019", True, None, None, None, None)
    daily = Source("daily", "t", "Daily", None, "2022-05-27", False, None, None, None, None)
    base = Fact(
        id="a",
        hub_id="h",
        metric_id="ipads",
        subject=None,
        value=200 / 3,
        unit="percent",
        qualifier=None,
        low=200 / 3,
        high=200 / 3,
        display="two-thirds (≈67 %)",
        period_label="c. 2019",
        period="2019",
        period_inferred=True,
        period_of="figure",
        status="reported",
        basis=None,
        note=None,
        quote="two-thirds of the world's iPads",
        stated_as="two-thirds",
        derived=False,
        method=None,
        inputs=(),
        derivation=None,
        source=blog,
    )
    later = base._replace(
        id="b",
        value=70,
        low=70,
        high=70,
        display="70 %",
        period_label="2022-05",
        period="2022-05",
        period_inferred=False,
        quote="70 percent of the world's iPads",
        stated_as=None,
        source=daily,
    )
    metric = Metric("ipads", "Share of world iPads", "", "share", ())
    history = metric_history(metric, [later, base])
    [series] = history.series
    # Never "+3.33 pp": "two-thirds" stands for any share from 63.33 % to 70.83 %
    # (hedges.fraction_in_words), so 70 % may be a rise, a fall or no change at all.
    assert series.changes == ()
    [unjoined] = history.unjoined
    assert (unjoined.kind, unjoined.reason) == (
        "no-change",
        "“two-thirds” stands for any share from 63.33 % to 70.83 %: it admits a rise, a fall "
        "or no change at all",
    )
    above = metric_history(
        metric, [later._replace(value=75, low=75, high=75, display="75 %"), base]
    )
    [step] = above.series[0].changes
    assert step.display == "+4.17 pp to +11.67 pp"
    assert step.across_sources


def test_p11_an_aspiration_and_a_target_are_not_dated_as_held(run: Run) -> None:
    out = run("history", "port", "--all", "--data", JUDGED).stdout
    assert "no date; reported c. 2014" in out
    assert "target for 2020" in out
    assert "CN¥1 trillion is a target for 2020." in out


def test_p12_totals_over_windows_of_different_lengths_are_not_drawn_nor_joined(run: Run) -> None:
    out = run("history", "bay", "-m", "new-companies", "--data", JUDGED).stdout
    assert "█" not in out
    assert "totals over windows of different lengths are not one quantity at two times" in (
        " ".join(out.split())
    )
    out = run("history", "shenyang").stdout
    assert "█" not in out


def test_b5_metrics_with_nothing_over_time_share_one_table_or_are_left_out(run: Run) -> None:
    out = run("history", "port", "--all", "--data", JUDGED).stdout
    assert out.count("Change (derived)") == 3
    assert out.count("\nOther figures\n") == 1
    short = run("history", "port", "--data", JUDGED).stdout
    assert "Other figures" not in short
    assert (
        "→ Left out: 5 figures of 4 metrics with nothing over time (use --all, or "
        "hubquery show port)."
    ) in " ".join(short.split())


def test_history_dalian_fits_one_screen_of_80_by_50() -> None:
    from tests.conftest import hubquery

    out = hubquery("history", "dalian", env={"COLUMNS": "80", "NO_COLOR": "1"}).stdout.decode()
    lines = out.split("\nSources\n")[0].splitlines()
    assert len(lines) <= 50
    assert max(len(line) for line in out.splitlines()) <= 80
