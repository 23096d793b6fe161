"""`export`: filters, --output, and the files other tools read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hubquery.load import open_store
from tests.conftest import MINI, Run


def _ids(run: Run, *args: str) -> list[str]:
    result = run("export", "--data", str(MINI), "--fields", "id", "--format", "csv",
                 "--no-headers", *args)
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


DALIAN = ["dalian-population-2010", "dalian-population-2014",
          "dalian-outsourcing-revenue-2013-cny", "dalian-outsourcing-revenue-2013-usd",
          "accenture-dalian-2002"]


def test_hub_keeps_that_hubs_facts(run: Run) -> None:
    assert _ids(run, "--hub", "Dalian") == DALIAN


def test_within_adds_every_hub_below(run: Run) -> None:
    assert _ids(run, "--hub", "liaoning", "--within") == [
        *DALIAN[:4], "dlsp-established-1998", "dlsp-established-1999", DALIAN[4]]
    assert _ids(run, "--hub", "liaoning") == []


def test_repeated_filters_are_alternatives_and_different_filters_all_hold(run: Run) -> None:
    assert _ids(run, "--hub", "chengdu", "--hub", "chongqing", "--metric", "population") == [
        "chengdu-population-2021", "chongqing-population-2022"]
    assert _ids(run, "--metric", "population", "--source", "npr-2010") == [
        "dalian-population-2010"]
    assert _ids(run, "--source", "npr-2010", "--source", "chinadaily-2022", "--hub", "chengdu") \
        == ["chengdu-laptop-share-2022", "chengdu-population-2021"]


def test_where_keeps_facts_of_hubs_whose_latest_figure_certainly_meets_it(run: Run) -> None:
    # Chongqing has "more than 20 million": above 21 million only maybe, so it is left out.
    assert _ids(run, "--where", "population > 21m", "--metric", "population") == [
        "chengdu-population-2021"]
    assert _ids(run, "--where", "population > 20m", "--metric", "population") == [
        "chengdu-population-2021", "chongqing-population-2022"]
    assert _ids(run, "--where", "population > 20m", "--where", "laptop-share < 25") == [
        "chengdu-laptop-share-2022", "chengdu-population-2021"]
    assert _ids(run, "--where", "population > 1bn") == []


def test_a_name_that_matches_nothing_is_one_line_with_suggestions(run: Run) -> None:
    result = run("export", "--data", str(MINI), "--hub", "dalain")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "Error: no hub 'dalain'. Did you mean: dalian?\n"
    bad = run("export", "--data", str(MINI), "--where", "population is large")
    assert bad.exit_code == 1
    assert "cannot read the condition" in bad.stderr


def test_within_needs_hub(run: Run) -> None:
    result = run("export", "--data", str(MINI), "--within")
    assert result.exit_code == 2
    assert "--within needs --hub" in result.stderr


def test_store_filters_in_sql() -> None:
    store = open_store(str(MINI), use_cache=False)
    assert [f.id for f in store.iter_facts(hub_ids=[])] == []
    assert [f.id for f in store.iter_facts(metric_ids=["laptop-share"],
                                           source_ids=["chinadaily-2022"])] == [
        "chongqing-laptop-share-2022", "chengdu-laptop-share-2022"]
    assert len(list(store.iter_facts())) == 11


def test_output_writes_a_file_and_overwrites_only_with_force(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "facts.jsonl"
    assert run("export", "--data", str(MINI), "-o", str(target)).exit_code == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 11
    again = run("export", "--data", str(MINI), "-o", str(target), "--hub", "chengdu")
    assert again.exit_code == 1
    assert again.stderr == f"Error: {target} exists: add --force to overwrite it\n"
    assert len(target.read_text(encoding="utf-8").splitlines()) == 11
    forced = run("export", "--data", str(MINI), "-o", str(target), "--hub", "chengdu", "--force")
    assert forced.exit_code == 0
    assert [json.loads(line)["hub_id"] for line in target.read_text().splitlines()] == [
        "chengdu", "chengdu"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.jsonl"]


def test_an_error_leaves_no_half_written_output(run: Run, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from hubquery.render import data

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(data, "write_jsonl", fail)
    target = tmp_path / "facts.jsonl"
    with pytest.raises(OSError, match="No space"):
        run("export", "--data", str(MINI), "-o", str(target))
    assert list(tmp_path.iterdir()) == []
