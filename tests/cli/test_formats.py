"""Issue #20: every format right. Each test here failed on 0a04967."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import bibtexparser
import yaml

from tests.conftest import Run


def test_export_writes_yaml_as_its_help_says(run: Run) -> None:
    # Was: internal error (ValueError: unknown format 'yaml'), exit 70.
    result = run("export", "--format", "yaml", "--hub", "hefei")
    assert result.exit_code == 0, result.output
    facts = yaml.safe_load(result.stdout)
    assert facts
    assert {fact["hub_id"] for fact in facts} == {"hefei"}
    assert facts == json.loads(run("export", "--format", "json", "--hub", "hefei").stdout)


def test_bibtex_months_are_month_names(run: Run) -> None:
    out = run("cite", "chengdu-population-2022", "--format", "bibtex").stdout
    assert "  month = may,\n" in out  # was: month = {5}
    (entry,) = bibtexparser.parse_string(out).entries
    assert entry.fields_dict["month"].value == "may"


def _sqlite(run: Run, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    database, metadata = tmp_path / "hubs.db", tmp_path / "metadata.json"
    assert (
        run(
            "export", "--format", "sqlite", "-o", str(database), "--metadata", str(metadata)
        ).exit_code
        == 0
    )
    return database, json.loads(metadata.read_text(encoding="utf-8"))


def test_sqlite_metadata_carries_the_licence_caveat(run: Run, tmp_path: Path) -> None:
    # Was: the Datasette metadata said "MIT" without the datapackage's caveat.
    _, described = _sqlite(run, tmp_path)
    assert "each quote remains its publisher's" in described["license"]
    facts = described["databases"]["hubs"]["tables"]["facts"]
    assert "each quote remains its publisher's" in facts["license"]


def test_sqlite_columns_say_how_to_filter_hedges(run: Run, tmp_path: Path) -> None:
    # Was: `value > 20000000` missed the four "more than 20 million" cities, and no
    # column description said what to filter on instead.
    database, described = _sqlite(run, tmp_path)
    facts = described["databases"]["hubs"]["tables"]["facts"]
    assert "filter on low and high" in facts["columns"]["value"]
    assert "low >= N" in facts["columns"]["low"]
    assert "high IS NULL" in facts["columns"]["high"]
    # What the descriptions say finds the four cities of more than 20 million; value misses them.
    connection = sqlite3.connect(database)
    naive = connection.execute(
        "select distinct hub_id from facts where metric_id = "
        "'population' and value > 20000000 order by hub_id"
    ).fetchall()
    hedged = connection.execute(
        "select distinct hub_id from facts where metric_id = "
        "'population' and low >= 20000000 order by hub_id"
    ).fetchall()
    assert naive == [("chengdu",)]
    assert hedged == [("beijing",), ("chengdu",), ("chongqing",), ("shanghai",)]


def test_a_yaml_error_names_where_the_construct_opened(run: Run, tmp_path: Path) -> None:
    # Was: "4:1: YAML syntax error: while parsing a flow sequence did not find expected
    # ',' or ']'", with nothing pointing at line 3.
    path = tmp_path / "open.yaml"
    path.write_text("format: 1\nsources: []\nmetrics: [a, b\n", encoding="utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert (
        f"{path}:4:1: YAML syntax error: the [ opened at 3:10 is never closed; "
        "did not find expected ',' or ']' at 4:1"
    ) in result.stderr
    path.write_text('a: "unterminated\n', encoding="utf-8")
    assert (
        "the quote opened at 1:4 is never closed; found unexpected end of file at 2:1"
        in run("validate", str(path)).stderr
    )


def test_validate_s_summary_is_one_line_in_a_pipe(run: Run, tmp_path: Path) -> None:
    # Was: hard-wrapped at 80 columns, so `validate | grep ok:` cut the counts off.
    from tests.conftest import SHIPPED

    folder = tmp_path / ("a-rather-long-folder-name-for-a-dataset" * 2)
    folder.mkdir()
    path = folder / "hubs.yaml"
    path.write_bytes(SHIPPED.read_bytes())
    out = run("validate", str(path)).stdout
    assert out.count("\n") == 1
    assert out.startswith(f"ok: {path}: 33 hubs, ")


def test_show_csv_does_not_claim_to_leave_out_the_notes_it_has(run: Run) -> None:
    result = run("show", "chengdu", "--format", "csv")
    assert result.stdout.splitlines()[0].split(",").count("note") == 1
    assert "the notes on its figures" not in result.stderr


def test_as_of_hides_and_does_not_count_hubs_no_source_of_that_date_names(run: Run) -> None:
    # Was: `list --as-of 2012` listed and counted all 32 hubs.
    import csv
    import io

    listed = list(
        csv.DictReader(
            io.StringIO(
                run(
                    "list",
                    "--as-of",
                    "2012",
                    "--fields",
                    "hub.id,hub.parent_id,hub.tags",
                    "--format",
                    "csv",
                ).stdout
            )
        )
    )
    ids = {row["hub.id"] for row in listed}
    named = set(
        run(
            "export", "--as-of", "2012", "--fields", "hub_id", "--format", "csv", "--no-headers"
        ).stdout.split()
    )
    parents = {row["hub.parent_id"] for row in listed} - {""}
    assert named <= ids
    for hub in ids - named - parents:  # a hub above a named one keeps the tree whole
        profile = json.loads(run("show", hub, "--as-of", "2012", "--json").stdout)
        assert profile["tags"] or profile["organisations"], hub
    assert "hefei" not in ids
    table = run("list", "--as-of", "2012").stdout
    assert table.rstrip().endswith(f"{len(ids)} hubs")
    assert len(ids) < 32


def test_cite_bibliography_is_one_entry_per_source(run: Run) -> None:
    # Was: 16 BibTeX entries for Chengdu's 2 articles (keys like
    # chengdu-population-2021--for--chengdu-population-2020): Zotero imported duplicates.
    per_figure = run("cite", "chengdu", "--format", "bibtex").stdout
    listed = run("cite", "chengdu", "--bibliography", "--format", "bibtex").stdout
    entries = bibtexparser.parse_string(listed).entries
    assert [entry.key for entry in entries] == ["silicon-valleys-2019", "chinadaily-2022-inland"]
    assert len(bibtexparser.parse_string(per_figure).entries) > len(entries)  # footnotes stay
    assert "--for--" not in listed
    csl = json.loads(run("cite", "chengdu", "--bibliography", "--format", "csl-json").stdout)
    assert [item["id"] for item in csl] == ["silicon-valleys-2019", "chinadaily-2022-inland"]


def test_cite_harvard_author_date(run: Run) -> None:
    out = run("cite", "dalian", "--bibliography", "--style", "harvard").stdout
    assert "Geewax, M. (c. 2010) ‘Chinese Aim To Build The Next Silicon Valley’, NPR.\n" in out
    daily = run("cite", "chengdu-population-2022", "--style", "harvard").stdout
    assert (
        "China Daily (2022) ‘China's inland rides waves of innovation, new opportunities’, 27 May."
    ) in daily
    listed = run(
        "cite", "chengdu", "--bibliography", "--style", "harvard", "--format", "markdown"
    ).stdout
    assert listed.splitlines()[1].startswith("- China Daily (2022) ‘China's inland")
