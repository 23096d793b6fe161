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
