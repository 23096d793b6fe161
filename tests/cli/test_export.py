"""`export`: filters, --output, and the files other tools read."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from hubquery.cache import open_store
from hubquery.cli import cli
from tests.conftest import MINI, Run


def _ids(run: Run, *args: str) -> list[str]:
    result = run(
        "export", "--data", str(MINI), "--fields", "id", "--format", "csv", "--no-headers", *args
    )
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


DALIAN = [
    "dalian-population-2010",
    "dalian-population-2014",
    "dalian-outsourcing-revenue-2013-cny",
    "dalian-outsourcing-revenue-2013-usd",
    "accenture-dalian-2002",
]


def test_hub_keeps_that_hubs_facts(run: Run) -> None:
    assert _ids(run, "--hub", "Dalian") == DALIAN


def test_within_adds_every_hub_below(run: Run) -> None:
    assert _ids(run, "--hub", "liaoning", "--within") == [
        *DALIAN[:4],
        "dlsp-established-1998",
        "dlsp-established-1999",
        DALIAN[4],
    ]
    assert _ids(run, "--hub", "liaoning") == []


def test_repeated_filters_are_alternatives_and_different_filters_all_hold(run: Run) -> None:
    assert _ids(run, "--hub", "chengdu", "--hub", "chongqing", "--metric", "population") == [
        "chengdu-population-2021",
        "chongqing-population-2022",
    ]
    assert _ids(run, "--metric", "population", "--source", "npr-2010") == ["dalian-population-2010"]
    assert _ids(run, "--source", "npr-2010", "--source", "chinadaily-2022", "--hub", "chengdu") == [
        "chengdu-laptop-share-2022",
        "chengdu-population-2021",
    ]


def test_where_keeps_facts_of_hubs_whose_latest_figure_certainly_meets_it(run: Run) -> None:
    # Chongqing has "more than 20 million": above 21 million only maybe, so it is left out.
    assert _ids(run, "--where", "population > 21m", "--metric", "population") == [
        "chengdu-population-2021"
    ]
    assert _ids(run, "--where", "population > 20m", "--metric", "population") == [
        "chengdu-population-2021",
        "chongqing-population-2022",
    ]
    assert _ids(run, "--where", "population > 20m", "--where", "laptop-share < 25") == [
        "chengdu-laptop-share-2022",
        "chengdu-population-2021",
    ]
    assert _ids(run, "--where", "population > 1bn") == []


def test_a_name_that_matches_nothing_is_one_line_with_suggestions(run: Run) -> None:
    result = run("export", "--data", str(MINI), "--hub", "dalain")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "Error: no hub 'dalain'. Did you mean: dalian?\n"
    bad = run("export", "--data", str(MINI), "--where", "population is large")
    assert bad.exit_code == 2  # a condition that cannot be read is a usage error
    assert "cannot read the condition" in bad.stderr


def test_within_needs_hub(run: Run) -> None:
    result = run("export", "--data", str(MINI), "--within")
    assert result.exit_code == 2
    assert "--within needs --hub" in result.stderr


def test_store_filters_in_sql() -> None:
    store = open_store(str(MINI), use_cache=False)
    assert [f.id for f in store.iter_facts(hub_ids=[])] == []
    assert [
        f.id for f in store.iter_facts(metric_ids=["laptop-share"], source_ids=["chinadaily-2022"])
    ] == ["chongqing-laptop-share-2022", "chengdu-laptop-share-2022"]
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
        "chengdu",
        "chengdu",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.jsonl"]


def test_output_dash_is_stdout(run: Run) -> None:
    result = run("export", "--data", str(MINI), "--hub", "chengdu", "-o", "-", "--fields", "id")
    assert (
        result.stdout == '{"id": "chengdu-laptop-share-2022"}\n{"id": "chengdu-population-2021"}\n'
    )


def test_an_error_leaves_no_half_written_output(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hubquery.render import data

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(data, "write_jsonl", fail)
    target = tmp_path / "facts.jsonl"
    result = run("export", "--data", str(MINI), "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {target}: No space left on device\n"
    assert list(tmp_path.iterdir()) == []


# --format sqlite: what Datasette and sqlite-utils see

BIN = Path(sys.executable).parent


def _datasette(database: Path, path: str, *options: str) -> Any:
    """What `datasette DATABASE OPTIONS --get PATH` prints: its own command, in this
    process (Datasette's start-up, a second a run, is paid once)."""
    from datasette.cli import cli as datasette

    result = CliRunner().invoke(
        datasette, ["serve", str(database), *options, "--get", path], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def shipped_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("sqlite")
    database, metadata = folder / "hubs.db", folder / "metadata.json"
    result = CliRunner().invoke(
        cli,
        ["export", "--format", "sqlite", "--output", str(database), "--metadata", str(metadata)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    return database, metadata


@pytest.mark.slow
def test_datasette_serves_the_two_ipad_figures(shipped_db: tuple[Path, Path]) -> None:
    rows = _datasette(
        shipped_db[0], "/hubs/facts.json?hub_id=chengdu&metric_id=ipad-share&_shape=array"
    )
    assert [(r["id"], r["value"], r["period"], r["source_id"]) for r in rows] == [
        (
            "chengdu-ipad-share-2019",
            pytest.approx(66.667, abs=1e-3),
            "2019",
            "silicon-valleys-2019",
        ),
        ("chengdu-ipad-share-2022", 70, "2022-05", "chinadaily-2022-inland"),
    ]
    assert rows[1]["quote"].startswith("At the same time, 70 percent of the world's iPads")


@pytest.mark.slow
def test_datasette_search_box_uses_the_full_text_indexes(shipped_db: tuple[Path, Path]) -> None:
    database = shipped_db[0]
    facts = _datasette(database, "/hubs/facts.json?_search=iPads&_shape=array&_col=id")
    assert [r["id"] for r in facts] == [
        "chengdu-ipad-share-2019",
        "chengdu-ipad-share-2022",
        "chengdu-laptop-chip-share-2019",
        "chengdu-laptop-share-2022",
    ]
    hubs = _datasette(database, "/hubs/hubs.json?_search=DLSP&_shape=array&_col=id")
    assert [r["id"] for r in hubs] == ["dalian-software-park"]
    organisations = _datasette(database, "/hubs/organisations.json?_search=neusoft&_shape=array")
    assert {r["hub_id"] for r in organisations} == {"dalian", "shenyang"}


@pytest.mark.slow
def test_datasette_metadata_titles_describes_and_facets(shipped_db: tuple[Path, Path]) -> None:
    database, metadata = shipped_db
    served = _datasette(database, "/-/metadata.json", "--metadata", str(metadata))
    assert served["title"] == "hubquery: cited facts about technology hubs"
    assert served["license"].startswith("MIT for the compilation")
    facts = served["databases"]["hubs"]["tables"]["facts"]
    assert "base units" in facts["columns"]["value"]
    page = _datasette(database, "/hubs/facts.json?_size=0", "--metadata", str(metadata))
    assert list(page["facet_results"]) == ["hub_id", "metric_id", "unit", "period", "source_id"]
    dalian = page["facet_results"]["hub_id"]["results"][0]
    assert (dalian["value"], dalian["label"]) == ("dalian", "Dalian")
    hubs = _datasette(database, "/hubs/hubs.json?_size=0", "--metadata", str(metadata))
    tags = {r["value"]: r["count"] for r in hubs["facet_results"]["tags"]["results"]}
    assert tags["outsourcing"] >= 2


def test_sqlite_utils_sees_keys_indexes_and_the_records_columns(
    shipped_db: tuple[Path, Path],
) -> None:
    import sqlite_utils

    from hubquery.records import Fact, Hub

    db = sqlite_utils.Database(shipped_db[0])
    assert {"facts", "hubs", "metrics", "sources", "tags", "organisations"} <= set(db.table_names())
    facts = db.table("facts")
    assert facts.columns_dict.keys() == {
        *(name for name in Fact._fields if name != "source"),
        "source_id",
    }
    assert [c.name for c in db["hubs"].columns] == list(Hub._fields)
    assert facts.pks == ["id"]
    assert {(k.column, k.other_table, k.other_column) for k in facts.foreign_keys} == {
        ("hub_id", "hubs", "id"),
        ("metric_id", "metrics", "id"),
        ("source_id", "sources", "id"),
    }
    assert {tuple(i.columns) for i in facts.indexes} >= {
        ("hub_id",),
        ("metric_id",),
        ("source_id",),
        ("period",),
        ("unit",),
    }
    assert facts.detect_fts() == "facts_fts"
    counts = _shipped_counts()
    assert db["hubs"].count == counts["hubs"]
    assert facts.count == counts["facts"]
    dalian = db.table("hubs").get("dalian")
    assert json.loads(dalian["tags"])[:2] == ["outsourcing", "software"]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_sqlite_export_follows_the_filters(run: Run, tmp_path: Path) -> None:
    database = tmp_path / "mini.db"
    result = run(
        "export", "--data", str(MINI), "--format", "sqlite", "-o", str(database), "--hub", "chengdu"
    )
    assert result.exit_code == 0
    connection = sqlite3.connect(database)
    assert connection.execute("SELECT id FROM facts").fetchall() == [
        ("chengdu-laptop-share-2022",),
        ("chengdu-population-2021",),
    ]
    assert connection.execute("SELECT count(*) FROM hubs").fetchone() == (7,)


def test_sqlite_export_overwrites_only_with_force(run: Run, tmp_path: Path) -> None:
    database = tmp_path / "mini.db"
    args = ["export", "--data", str(MINI), "--format", "sqlite", "-o", str(database)]
    assert run(*args).exit_code == 0
    refused = run(*args, "--metric", "population")
    assert (refused.exit_code, refused.stderr) == (
        1,
        f"Error: {database} exists: add --force to overwrite it\n",
    )
    assert sqlite3.connect(database).execute("SELECT count(*) FROM facts").fetchone() == (11,)
    assert run(*args, "--metric", "population", "--force").exit_code == 0
    assert sqlite3.connect(database).execute("SELECT count(*) FROM facts").fetchone() == (4,)
    metadata = tmp_path / "metadata.json"
    metadata.write_text("{}")
    refused = run(*args, "--force", "--metadata", str(metadata))
    assert refused.exit_code == 0
    assert json.loads(metadata.read_text())["databases"]["mini"]["tables"]["facts"]


def test_sqlite_export_leaves_nothing_when_it_fails(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hubquery.export import sqlite as sqlite_export

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sqlite_export, "_full_text", fail)
    result = run("export", "--data", str(MINI), "--format", "sqlite", "-o", str(tmp_path / "x.db"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {tmp_path / 'x.db'}: No space left on device\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "sqlite"], "--format sqlite writes files: name them with --output"),
        (["--format", "datapackage"], "--format datapackage writes files: name them with --output"),
        (
            ["--format", "sqlite", "-o", "x.db", "--fields", "id"],
            "--format sqlite writes whole tables: --fields chooses what is printed",
        ),
        (["--metadata", "m.json"], "--metadata goes with --format sqlite"),
    ],
)
def test_file_formats_usage_errors(run: Run, args: list[str], message: str) -> None:
    result = run("export", "--data", str(MINI), *args)
    assert result.exit_code == 2
    assert message in result.stderr


# --format datapackage: what frictionless sees


@pytest.fixture(scope="module")
def shipped_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("package") / "hubs"
    result = CliRunner().invoke(
        cli, ["export", "--format", "datapackage", "-o", str(folder)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return folder


@pytest.mark.slow
def test_frictionless_validates_the_data_package(shipped_package: Path) -> None:
    result = subprocess.run(
        [
            str(BIN / "frictionless"),
            "validate",
            "--json",
            str(shipped_package / "datapackage.json"),
        ],
        capture_output=True,
        text=True,
    )
    report = json.loads(result.stdout)
    assert result.returncode == 0, report
    assert report["valid"] is True
    assert {task["name"]: task["stats"]["rows"] for task in report["tasks"]} == _shipped_counts()


def test_data_package_declares_keys_enums_ranges_licence_and_sources(shipped_package: Path) -> None:
    descriptor = json.loads((shipped_package / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["licenses"][0]["name"] == "MIT"
    assert len(descriptor["sources"]) == 5
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert sorted(p.name for p in shipped_package.iterdir()) == sorted(
        ["datapackage.json", *(f"{name}.csv" for name in resources)]
    )
    facts = resources["facts"]["schema"]
    fields_by_name = {f["name"]: f for f in facts["fields"]}
    assert fields_by_name["qualifier"]["constraints"]["enum"] == [
        "about",
        "nearly",
        "more than",
        "at least",
        "less than",
        "at most",
    ]
    assert fields_by_name["value"]["type"] == "number"
    assert facts["primaryKey"] == ["id"]
    assert {k["fields"]: k["reference"]["resource"] for k in facts["foreignKeys"]} == {
        "hub_id": "hubs",
        "metric_id": "metrics",
        "source_id": "sources",
    }
    shares = {f["name"]: f for f in resources["shares"]["schema"]["fields"]}
    assert shares["value"]["constraints"] == {"required": True, "minimum": 0, "maximum": 100}


@pytest.mark.slow
def test_frictionless_catches_what_the_schema_forbids(
    shipped_package: Path, tmp_path: Path
) -> None:
    """The constraints are real: a share over 100 and a fact of an unknown hub fail."""
    import shutil

    from frictionless import validate

    broken = tmp_path / "broken"
    shutil.copytree(shipped_package, broken)
    shares = (broken / "shares.csv").read_text(encoding="utf-8").splitlines()
    first = shares[1].split(",")
    shares[1] = ",".join([first[0], "140", *first[2:]])
    (broken / "shares.csv").write_text("\n".join(shares) + "\n", encoding="utf-8")
    facts = (broken / "facts.csv").read_text(encoding="utf-8")
    (broken / "facts.csv").write_text(
        facts.replace(",chengdu,ipad-share,", ",chengdoo,ipad-share,"), encoding="utf-8"
    )
    report = validate(str(broken / "datapackage.json"))
    assert not report.valid
    errors = {error.type for task in report.tasks for error in task.errors}
    assert errors == {"constraint-error", "foreign-key"}


def test_data_package_overwrites_only_with_force(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    args = ["export", "--data", str(MINI), "--format", "datapackage", "-o", str(folder)]
    assert run(*args).exit_code == 0
    assert run(*args).exit_code == 1
    assert run(*args, "--hub", "chengdu", "--force").exit_code == 0
    assert (folder / "facts.csv").read_text(encoding="utf-8").count("\n") == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkg"]


def test_the_examples_in_export_help_run(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shlex

    monkeypatch.chdir(tmp_path)
    help_text = run("export", "--help").stdout
    examples = [
        line.strip()
        for line in help_text.split("Examples:")[1].split("Options:")[0].splitlines()
        if line.strip().startswith("hubquery export")
    ]
    assert len(examples) == 5
    for example in examples:
        command = example.split("|")[0].split(">")[0]
        result = run(*shlex.split(command)[1:])
        assert result.exit_code == 0, (example, result.output)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "hubs-package",
        "hubs.db",
        "metadata.json",
    ]


def _shipped_counts() -> dict[str, int]:
    """How many rows each exported table must have: counted from the shipped dataset's
    own document, not from hubquery's exports."""
    import yaml

    from tests.conftest import SHIPPED

    document = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    shares = {m["id"] for m in document["metrics"] if m["unit_kind"] == "share"}
    return {
        "sources": len(document["sources"]),
        "metrics": len(document["metrics"]),
        "hubs": len(document["hubs"]),
        "facts": len(document["facts"]),
        "tags": sum(
            len({(t["tag"], t["source"]) for t in h.get("tags", [])}) for h in document["hubs"]
        ),
        "organisations": sum(
            len({(o["name"], o["source"]) for o in h.get("organisations", [])})
            for h in document["hubs"]
        ),
        "shares": sum(f["metric"] in shares for f in document["facts"]),
    }
