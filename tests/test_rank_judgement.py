"""Issue 18, rank and list --sort: orders made only of figures that may be ranked together
(``judgement.order``), each hub spoken for by its preferred figure (``judgement.preferred``),
in every format, over the shipped dataset."""

from __future__ import annotations

import json
from typing import Any

from tests.conftest import Run


def _json(run: Run, *args: str) -> Any:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_latest_is_never_a_report_period_figure_over_a_dated_one(run: Run) -> None:
    """Dalian's population: the dated 2010 figure, not the 2014 report-period one, in
    rank, list --sort and compare (the store's latest table and query.facts.latest)."""
    rankings = _json(run, "rank", "--metric", "population")
    facts = [row["fact"] for r in rankings for row in [*r["rows"], *r.get("left_out", [])]
             if row["hub"]["id"] == "dalian"]
    assert [f["id"] for f in facts] == ["dalian-population-2010"]
    listed = _json(run, "list", "--sort", "population", "--kind", "city")
    dalian = next(r for r in listed if r["hub"]["id"] == "dalian")
    assert [f["id"] for f in dalian["facts"]] == ["dalian-population-2010"]
    compared = _json(run, "compare", "dalian", "chengdu", "--metric", "population")
    cell = next(c for row in compared["rows"] for c in row["cells"] if c["hub_id"] == "dalian")
    assert cell["compared"]["id"] == "dalian-population-2010"
