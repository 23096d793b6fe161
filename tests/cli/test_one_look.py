"""One concept, one look (#20): a figure's status and its basis are each said once, by
one rule, in every view and every format."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from hubquery.cli import cli


def _run(args: list[str], monkeypatch: pytest.MonkeyPatch, width: int = 120) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


TARGET_VIEWS = [
    ["show", "chengdu"],
    ["compare", "chengdu", "chongqing", "-m", "it-industry-revenue"],
    ["history", "chengdu", "-m", "it-industry-revenue"],
    ["source", "silicon-valleys-2019"],
    ["cite", "chengdu-it-revenue-2020-target"],
    ["search", "trillion"],
    ["show", "chengdu", "--format", "markdown"],
]


@pytest.mark.parametrize("args", TARGET_VIEWS, ids=" ".join)
def test_a_target_says_it_is_a_target_once(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The value is what the number is, the period when it holds: a target reads
    "CN¥1 trillion" for "target for 2020", not "CN¥1 trillion (target) target for 2020"."""
    out = _run(args, monkeypatch)
    assert "CN¥1 trillion" in out
    assert "(target)" not in out
    for line in out.splitlines():
        assert len(re.findall(r"\btarget\b", line)) <= 1, line
    if args[0] != "search":  # search names the figure; the rest give its period
        assert "target for 2020" in out


def test_a_target_reads_the_same_in_every_format(monkeypatch: pytest.MonkeyPatch) -> None:
    facts = json.loads(_run(["show", "chengdu", "--json"], monkeypatch))["facts"]
    target = next(f for f in facts if f["id"] == "chengdu-it-revenue-2020-target")
    assert (target["display"], target["period_label"], target["status"]) == (
        "CN¥1 trillion",
        "target for 2020",
        "target",
    )
    rows = csv.DictReader(io.StringIO(_run(["show", "chengdu", "--format", "csv"], monkeypatch)))
    row = next(r for r in rows if r["id"] == "chengdu-it-revenue-2020-target")
    assert (row["display"], row["period_label"], row["status"]) == (
        "CN¥1 trillion",
        "target for 2020",
        "target",
    )


def test_format_fact_leaves_a_targets_status_to_its_period() -> None:
    from hubquery.display import format_fact
    from hubquery.judgement.figures import period_label

    assert format_fact(1e12, "CNY", status="target") == "CN¥1 trillion"
    assert format_fact(2e7, "people", "more than", status="threshold") == (
        "more than 20 million people (threshold)"
    )

    class Target:
        period, period_inferred, period_of, status = "2020", False, "figure", "target"

    assert period_label(Target()) == "target for 2020"


BASES = {
    "produced": "Share of world laptops",
    "sold": ("Share of world laptops", "Share of world smartphones"),
    "signed contracts": "Offshore outsourcing value",
    "services conducted": "Offshore outsourcing value",
}
BASIS_VIEWS = [
    ["show", "chengdu"],
    ["show", "chongqing"],
    ["compare", "chengdu", "chongqing", "-m", "laptops"],
    ["compare", "dalian", "bangalore", "-m", "offshore-outsourcing-value"],
    ["rank", "-m", "laptops"],
    ["rank", "-m", "offshore-outsourcing-value"],
    ["list", "--where", "laptops > 1"],
    ["list", "--where", "laptops > 1", "--sort", "laptops"],
    ["history", "chongqing", "-m", "laptops"],
    ["history", "dalian", "-m", "offshore-outsourcing-value"],
    ["source", "chinadaily-2022-inland"],
    ["search", "conducted value"],
    ["cite", "chengdu-laptop-share-2022"],
    ["cite", "dalian", "-m", "offshore-outsourcing-value"],
]


@pytest.mark.parametrize("args", BASIS_VIEWS, ids=" ".join)
def test_the_basis_qualifies_the_figures_name_in_every_view(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One rule (display.figure_name): the basis follows the name of what is measured,
    "Share of world laptops (produced)", as show prints it; never "nearly 20 %
    (produced)" in a value (compare, history), nor a "Counted as:" footnote (rank, list),
    nor missing (list, search). A heading that would stand for figures of several bases
    is split, one name each."""
    out = _run(args, monkeypatch, width=250)
    assert "Counted as" not in out
    named = 0
    for basis, labels in BASES.items():
        for found in re.finditer(re.escape(f"({basis})"), out):
            before = out[: found.start()]
            assert before.endswith(
                tuple(f"{label} " for label in (labels if isinstance(labels, tuple) else (labels,)))
            ), (
                basis,
                out[max(0, found.start() - 60) : found.end()],
            )
            named += 1
    assert named, out


def test_history_names_each_basis_over_time(
    tmp_path: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """history's table of a metric counted on two bases has a name for each, with the
    rows under it, not "(produced)" inside each value."""
    from tests.conftest import MINI

    extra = "".join(
        f"""- id: chengdu-laptop-share-{year}-{basis}
  hub: chengdu
  metric: laptop-share
  value: {value}
  unit: percent
  period: '{year}'
  basis: {basis}
  source: chinadaily-2022
  quote: nearly 20 percent of global laptop computers are produced in Chengdu
"""
        for year, basis, value in ((2019, "produced", 15), (2020, "sold", 12), (2021, "sold", 14))
    )
    data = tmp_path / "bases.yaml"  # type: ignore[operator]
    data.write_text(MINI.read_text(encoding="utf-8") + extra, encoding="utf-8")
    out = _run(["history", "chengdu", "-m", "laptops", "--data", str(data)], monkeypatch)
    lines = [line.rstrip() for line in out.splitlines()]
    produced = lines.index("Share of world laptops (produced)")
    sold = lines.index("Share of world laptops (sold)")
    assert produced < sold
    assert "15 %" in "\n".join(lines[produced:sold])
    assert "12 %" in "\n".join(lines[sold:])
    assert not any(re.search(r"\d %.*\((produced|sold)\)", line) for line in lines)
