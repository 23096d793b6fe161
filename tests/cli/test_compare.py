"""compare on the shipped dataset and small ones: bars only where the judgement lets the
figures be drawn side by side, shares on 0–100, the metrics left out said, the regions
that take in a hub named, notes that name hubs unambiguously, and every caveat the table
shows in every format. Cases from the audit (P8) and the UX review (A8, A9, C4)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import MINIMAL, Run, WriteDataset

BAR = "█"


def _table(run: Run, *args: str) -> str:
    result = run("compare", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        # P8: 650 software companies against 3,000+ registered ones
        (
            ["dalian-software-park", "zhongguancun", "--metric", "companies"],
            "No bars: one counts software companies, the other registered, per the park's "
            "administrative authority.",
        ),
        # P8: Dalian's dated 2010 population, not the report-period one, and no bar beside
        # a figure eleven years newer
        (
            ["dalian", "chengdu", "--metric", "population"],
            "No bars: 6 million people is of c. 2010, outside 2016–2021.",
        ),
        # P8: founding years got equal full bars
        (
            ["chengdu-hi-tech-zone", "xian-hi-tech-zone", "--metric", "year-established"],
            "No bars: a year is a date, not an amount.",
        ),
        # A9: produced drawn next to sold right after "not the same quantity"
        (
            ["chengdu", "chongqing", "--metric", "laptops"],
            "No bars: one counts produced, the other sold.",
        ),
    ],
)
def test_no_bars_where_the_figures_may_not_be_drawn_side_by_side(
    run: Run, args: list[str], reason: str
) -> None:
    out = _table(run, *args)
    assert BAR not in out
    assert reason in _words(out)
    document = json.loads(run("compare", *args, "--json").stdout)
    [row] = document["rows"]
    assert [n["message"] for n in row["notes"] if n["kind"] == "not-drawn"] == [reason]


def test_dalian_is_compared_on_its_dated_population(run: Run) -> None:
    out = _words(_table(run, "dalian", "chengdu", "--metric", "population"))
    assert "Periods differ: Dalian c. 2010, Chengdu 2021-12." in out
    assert "▸ 6 million people c. 2010 [2]" in out


def test_founding_years_are_not_printed_twice(run: Run) -> None:
    out = _table(run, "chengdu-hi-tech-zone", "xian-hi-tech-zone", "-m", "year-established")
    assert "1988 [1]" in out
    assert "1988 1988" not in out


def _shares(*figures: tuple[str, float]) -> str:
    text = MINIMAL.replace("facts:\n", "", 1).split("- id: f1\n")[0].rstrip("\n")
    for hub, _ in figures[1:]:
        text += f"\n- id: {hub}\n  name: {hub.title()}\n  kind: city"
    text += "\nfacts:\n"
    for hub, value in figures:
        text += (
            f"- id: {hub}-share\n  hub: {hub}\n  metric: share\n  value: {value:g}\n"
            f"  unit: percent\n  period: '2020'\n  source: s1\n  quote: {value:g} per cent\n"
        )
    return text


def test_a_share_is_drawn_on_a_scale_of_0_to_100(run: Run, write_dataset: WriteDataset) -> None:
    """A9: a 10 % share got a full-width bar."""
    data = write_dataset(_shares(("here", 10), ("there", 5)))
    out = _table(run, "here", "there", "-m", "share", "--data", data)
    bars = {line.split()[0]: line.split()[1] for line in out.splitlines() if BAR in line}
    width = len(bars["Here"])
    assert bars["Here"].count(BAR) == round(width / 10)
    assert bars["There"].count(BAR) == round(width / 20)
    assert "No bars" not in out


def test_no_bar_chart_for_a_single_figure(run: Run) -> None:
    """A9: Chongqing's one in ten smartphones drawn alone as a full bar."""
    out = _table(run, "chengdu", "chongqing", "-m", "smartphones")
    assert BAR not in out
    assert "No figure for Chengdu." in _words(out)


def test_a_note_naming_a_region_of_two_cities_names_it_as_one(run: Run) -> None:
    """A8: "No figure for Chengdu and Chongqing." named the one hub that has it."""
    args = ["chengdu", "chongqing", "chengdu-chongqing", "-m", "electronics"]
    out = _words(_table(run, *args))
    assert "No figure for Chengdu or Chongqing." in out
    assert "No figure for Chengdu and Chongqing" not in out
    out = _words(_table(run, "chengdu", "chongqing", "chengdu-chongqing", "-m", "laptops"))
    assert "No figure for “Chengdu and Chongqing”." in out


def test_metrics_only_one_hub_has_are_left_out_and_said(run: Run) -> None:
    """C4: compare hid the metrics only one hub has without saying so."""
    document = json.loads(run("compare", "chengdu", "chongqing", "--json").stdout)
    shared = [row["metric"]["id"] for row in document["rows"]]
    [left] = [n for n in document["notes"] if n["kind"] == "left-out"]
    everything = json.loads(run("compare", "chengdu", "chongqing", "--all", "--json").stdout)
    every = [row["metric"]["id"] for row in everything["rows"]]
    assert set(shared) < set(every)
    alone = len(every) - len(shared)
    assert left["message"] == f"Left out: {alone} metrics only one hub has (use --all)."
    assert not [n for n in everything["notes"] if n["kind"] == "left-out"]
    assert f"→ Left out: {alone} metrics only one hub has (use --all)." in _words(
        _table(run, "chengdu", "chongqing")
    )


def test_a_region_that_takes_in_a_compared_hub_is_named_with_how_to_include_it(
    run: Run,
) -> None:
    """C4: the "Chengdu and Chongqing" figures live on the region hub chengdu-chongqing."""
    see = (
        "See also the region “Chengdu and Chongqing” (chengdu-chongqing), which takes in "
        "Chengdu and Chongqing: 1 figure for the region as a whole. To include it: "
        "hubquery compare chengdu chongqing chengdu-chongqing"
    )
    assert see in _words(_table(run, "chengdu", "chongqing"))
    out = _words(_table(run, "chengdu", "xian"))
    assert "which takes in Chengdu: 1 figure" in out
    compared = _words(_table(run, "chengdu", "chongqing", "chengdu-chongqing"))
    assert "See also" not in compared
    assert "See also" not in _words(_table(run, "dalian", "xian"))


@pytest.mark.parametrize(
    "args",
    [
        ["chengdu", "chongqing"],
        ["chengdu", "chongqing", "chengdu-chongqing", "-m", "laptops"],
        ["dalian", "chengdu", "-m", "population"],
        ["dalian-software-park", "zhongguancun", "-m", "companies"],
    ],
)
def test_every_caveat_the_table_shows_is_in_every_format(run: Run, args: list[str]) -> None:
    document = json.loads(run("compare", *args, "--json").stdout)
    messages = [n["message"] for row in document["rows"] for n in row["notes"]]
    messages += [n["message"] for n in document["notes"]]
    assert messages
    table = _words(_table(run, *args))
    markdown = _words(run("compare", *args, "--format", "markdown").stdout)
    rows = list(csv.DictReader(io.StringIO(run("compare", *args, "--format", "csv").stdout)))
    in_csv = " ".join(row["notes"] for row in rows)
    for message in messages:
        assert message in table
        assert message.replace("[", "\\[").replace("]", "\\]") in markdown
        assert message in in_csv


def test_a_threshold_is_not_set_in_an_order_beside_a_count(run: Run) -> None:
    """compare chengdu chongqing (formats helper, session 4): Chongqing's only population
    figure is the threshold "more than 20 million" the source sets for a group; compare
    said the order between it and Chengdu's 21.192 million was unknown, as if the
    threshold were a count of Chongqing. No order is stated either way; the note says
    why, in every format."""
    args = ["chengdu", "chongqing", "--metric", "population"]
    out = _words(_table(run, *args))
    assert "Order unknown" not in out
    reason = (
        "Not ordered: Chongqing: more than 20 million people is a threshold the source "
        "sets for a group, not a count of this place."
    )
    assert reason in out
    [row] = json.loads(run("compare", *args, "--json").stdout)["rows"]
    notes = {n["kind"]: n for n in row["notes"]}
    assert "order-unknown" not in notes
    assert notes["not-ordered"]["message"] == reason
    assert notes["not-ordered"]["hub_ids"] == ["chongqing"]
