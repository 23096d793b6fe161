"""Every command in every format it advertises, read back by a real parser (json, csv,
yaml.safe_load, jq where installed; csvkit's csvcut and sqlite-utils for every CSV),
and one name per column: a CSV header is a path --fields takes, unique in its row."""

from __future__ import annotations

import csv
import io
import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import warnings
from pathlib import Path

import bibtexparser
import click
import pytest
import yaml
from click.testing import CliRunner
from sqlite_utils.cli import cli as sqlite_utils_cli

from hubquery.cli import cli
from hubquery.schema import field_names
from tests.conftest import TESTS, Run

# A command line for each command, on the shipped dataset.
COMMANDS = {
    "show": ["show", "chengdu"],
    "source": ["source", "chinadaily-2022-inland"],
    "list": ["list", "--where", "population > 20m"],
    "rank": ["rank", "-m", "population"],
    "compare": ["compare", "chengdu", "chongqing", "chengdu-chongqing"],
    "history": ["history", "dalian"],
    "search": ["search", "iPads"],
    "metrics": ["metrics"],
    "sources": ["sources"],
    "export": ["export", "--hub", "hefei"],
    "check": ["check", "Chengdu has more than 20 million people. Dalian has 6 million."],
    "validate": ["validate"],
    "cite": ["cite", "chengdu"],
}


def _command(name: str) -> click.Command:
    assert isinstance(cli, click.Group)
    found = cli.get_command(click.Context(cli), name)
    assert found is not None
    return found


def _formats(command: str) -> list[str]:
    options = {p.name: p for p in _command(command).params}
    kind = options["fmt"].type
    assert isinstance(kind, click.Choice)
    return [str(choice) for choice in kind.choices]


# Files (sqlite, datapackage: tests/cli/test_export.py) and chart images, which need the
# charts extra (svg, png: tests/cli/test_chart.py), are read back where they are made.
CASES = [
    (command, fmt)
    for command in COMMANDS
    for fmt in _formats(command)
    if fmt not in ("sqlite", "datapackage", "svg", "png")
]


def test_every_command_is_covered() -> None:
    assert isinstance(cli, click.Group)
    names = cli.list_commands(click.Context(cli))
    assert {name for name in names if any(p.name == "fmt" for p in _command(name).params)} == set(
        COMMANDS
    )


@pytest.mark.parametrize(("command", "fmt"), CASES)
def test_every_advertised_format_parses(run: Run, command: str, fmt: str, tmp_path: Path) -> None:
    result = run(*COMMANDS[command], "--format", fmt)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.strip() or (command, fmt) == ("validate", "jsonl")  # a valid file: no problems
    if fmt in ("json", "csl-json", "vega-lite"):
        document = json.loads(out)
        if shutil.which("jq"):
            jq = subprocess.run(
                ["jq", "-c", "."], input=out, capture_output=True, text=True, check=False
            )
            assert jq.returncode == 0, jq.stderr
            assert json.loads(jq.stdout) == document
    elif fmt == "jsonl":
        items = [json.loads(line) for line in out.splitlines()]
        assert all(isinstance(item, dict) for item in items)
    elif fmt == "yaml":
        assert yaml.safe_load(out) == json.loads(run(*COMMANDS[command], "--json").stdout)
    elif fmt in ("csv", "tsv"):
        delimiter = "," if fmt == "csv" else "\t"
        rows = list(
            csv.reader(
                io.StringIO(out),
                delimiter=delimiter,
                quoting=csv.QUOTE_MINIMAL if fmt == "csv" else csv.QUOTE_NONE,
            )
        )
        header = rows[0]
        assert len(set(header)) == len(header), "a CSV header names each column once"
        assert all(len(row) == len(header) for row in rows)
        valid = set(field_names(command))
        by_metric = [name for name in header if name not in valid]
        assert all(name.startswith("facts.") for name in by_metric), by_metric
        if fmt == "csv":
            _csvkit_and_sqlite_utils_read(out, len(rows) - 1, tmp_path)
    elif fmt == "bibtex":
        library = bibtexparser.parse_string(out)
        assert not library.failed_blocks
        assert library.entries
    elif fmt == "ris":
        assert out.startswith("TY  - ")
    elif fmt == "markdown":
        table = [line for line in out.splitlines() if line.startswith("|")]
        assert not table or len({line.count(" | ") for line in table[:2]}) == 1


# The CSVs whose columns differ from each command's plain case above: a sort's rank, a
# --where's figures, two bases, hedged matches, a dataset's problems, a check that
# contradicts, --fields, --as-of.
VARIANTS = [
    ["list", "--sort", "laptops"],
    ["list", "--where", "population > 20m", "--maybe", "--sort", "population"],
    ["rank", "-m", "laptops"],
    ["compare", "chengdu", "chongqing", "-m", "laptops"],
    ["compare", "dalian", "zhongguancun", "shenzhen", "chengdu", "chongqing"],
    ["history", "chongqing", "-m", "laptops"],
    ["validate", str(TESTS / "data" / "broken.yaml")],
    ["check", "Hefei had only 300 AI companies in 2021. Gotham has 12 million residents."],
    ["search", "a", "--limit", "200"],
    ["export", "--fields", "id,hub_id,source.id,quote"],
    ["show", "dalian", "--as-of", "2015"],
    ["source", "allen-2014-dalian"],
]


@pytest.mark.slow
@pytest.mark.parametrize("args", VARIANTS, ids=" ".join)
def test_every_kind_of_csv_reads_without_a_warning(
    run: Run, args: list[str], tmp_path: Path
) -> None:
    out = run(*args, "--format", "csv").stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert len(set(rows[0])) == len(rows[0]), "a CSV header names each column once"
    assert all(len(row) == len(rows[0]) for row in rows)
    _csvkit_and_sqlite_utils_read(out, len(rows) - 1, tmp_path)


def _csvcut_names(path: Path) -> tuple[str, list[str]]:
    """What ``csvcut -n path`` prints, and every warning and error it gives: csvkit's
    command run in this process (a process of its own spends 0.1 s importing agate).
    Every warning is recorded, including those a process's default filters hide."""
    from csvkit.utilities.csvcut import CSVCut

    out, err = io.StringIO(), io.StringIO()
    pipe, hook = signal.getsignal(signal.SIGPIPE), sys.excepthook
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            # (the utility resets SIGPIPE and sys.excepthook for a process of its own)
            CSVCut(["-n", str(path)], output_file=out, error_file=err).run()
    finally:
        signal.signal(signal.SIGPIPE, pipe)
        sys.excepthook = hook
    return out.getvalue(), [str(w.message) for w in caught] + err.getvalue().splitlines()


def _csvkit_and_sqlite_utils_read(text: str, rows: int, tmp_path: Path) -> None:
    """csvcut lists the columns without a warning; sqlite-utils inserts every row and
    keeps every column (it drops a repeated header silently)."""
    path = tmp_path / "out.csv"
    path.write_text(text, encoding="utf-8")
    names, said = _csvcut_names(path)
    assert said == []
    header = next(csv.reader(io.StringIO(text)))
    assert len(names.splitlines()) == len(header)
    database = tmp_path / "out.db"
    # sqlite-utils' own command, in this process (its CSV reading is the command's code).
    insert = CliRunner().invoke(
        sqlite_utils_cli, ["insert", str(database), "rows", str(path), "--csv"]
    )
    assert insert.exit_code == 0, insert.output
    assert insert.stderr == ""
    if not rows:  # a header alone (validate's problems of a valid file) makes no table
        return
    connection = sqlite3.connect(database)
    assert connection.execute("select count(*) from rows").fetchone() == (rows,)
    columns = [row[1] for row in connection.execute("pragma table_info(rows)")]
    assert columns == header


@pytest.mark.parametrize("command", sorted(set(COMMANDS) - {"validate", "cite"}))
def test_a_column_s_name_is_the_same_in_csv_fields_and_jsonl(run: Run, command: str) -> None:
    """Each CSV header chosen with --fields gives the same column; the same path read
    from each JSON line gives its values."""
    out = run(*COMMANDS[command], "--format", "csv").stdout
    header = next(csv.reader(io.StringIO(out)))
    # every column, export's source.id too (on 0a04967 its header said source_id, which
    # --fields refused)
    chosen = [name for name in header if not name.startswith("facts.")]
    projected = run(*COMMANDS[command], "--format", "csv", "--fields", ",".join(chosen)).stdout
    full = list(csv.DictReader(io.StringIO(out)))
    assert list(csv.reader(io.StringIO(projected))) == [
        chosen,
        *([row[name] for name in chosen] for row in full),
    ]
    lines = run(*COMMANDS[command], "--format", "jsonl").stdout.splitlines()
    assert len(lines) == len(full)


def test_rank_fields_give_one_row_per_ranked_hub(run: Run) -> None:
    out = run(
        "rank", "-m", "population", "--fields", "hub.id,fact.display", "--format", "csv"
    ).stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["hub.id", "fact.display"]
    [ranking] = json.loads(run("rank", "-m", "population", "--json").stdout)
    # The ranked rows, then those left out of the order (issue 18).
    assert rows[1:] == [
        [row["hub"]["id"], row["fact"]["display"]]
        for row in [*ranking["rows"], *ranking["left_out"]]
    ]
    assert len(rows) > 5


def test_the_hub_id_path_schema_lists_selects_one_row_per_ranked_hub(run: Run) -> None:
    """The review's command with the path `schema rank --fields` gives for a hub's id: on
    0a04967 that was rows.hub.id, which projected rank's whole document into ONE line
    ("beijing chengdu chongqing shanghai …")."""
    paths = run("schema", "rank", "--fields").stdout.split()
    [path] = [p for p in paths if p.endswith("hub.id")]
    out = run("rank", "-m", "population", "--fields", path, "--format", "csv", "--no-headers")
    [ranking] = json.loads(run("rank", "-m", "population", "--json").stdout)
    hubs = [row["hub"]["id"] for row in [*ranking["rows"], *ranking.get("left_out", [])]]
    assert out.stdout.splitlines() == hubs


def test_machine_rows_carry_their_notes_and_order_known(run: Run) -> None:
    for line in run("rank", "-m", "population", "--format", "jsonl").stdout.splitlines():
        row = json.loads(line)
        if row["rank"] is None:  # left out of the order: why, among its notes
            assert row["order_known"] is None
            assert any(note.startswith("not ranked: ") for note in row["notes"])
            continue
        assert isinstance(row["order_known"], bool)
        assert any(note.startswith("Periods differ") for note in row["notes"])
    compared = [
        json.loads(line)
        for line in run(
            "compare", "chengdu", "chongqing", "-m", "laptop-share", "--format", "jsonl"
        ).stdout.splitlines()
    ]
    assert all(row["notes"] for row in compared)
