"""--fields and --no-headers: one projection, on every command that prints rows."""

from __future__ import annotations

import json

import pytest

from hubquery.schema import JSON_COMMANDS, field_names, item_type
from tests.conftest import MINI, Run

# A command line for each command that prints rows, and a field of its records.
COMMANDS = {
    "export": (["export"], "value"),
    "show": (["show", "dalian"], "value"),
    "source": (["source", "allen-2014"], "value"),
    "list": (["list"], "hub.id"),
    "rank": (["rank", "-m", "population"], "unit"),
    "search": (["search", "dalian"], "hub_id"),
    "compare": (["compare", "dalian", "chengdu"], "metric_id"),
    "sources": (["sources"], "source.id"),
    "metrics": (["metrics"], "id"),
    "history": (["history", "dalian"], "metric_id"),
    "check": (["check", "Dalian has about 6 million residents."], "verdict"),
}


def _run(run: Run, *args: str) -> str:
    result = run(*args, "--data", str(MINI))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_command_with_rows_is_covered() -> None:
    # validate's rows are its problems, which a valid dataset has none of, and cite's
    # formats are references (BibTeX, RIS …) but for --json: both tested below.
    assert set(COMMANDS) == set(JSON_COMMANDS) - {"validate", "cite"}


def test_cite_fields_choose_what_its_json_keeps(run: Run) -> None:
    result = run("cite", "dalian", "--data", str(MINI), "--json", "--fields", "key,source.id")
    assert result.exit_code == 0
    first = json.loads(result.stdout)[0]
    assert list(first) == ["key", "source"]
    assert list(first["source"]) == ["id"]


def test_validate_fields_choose_the_columns_of_its_problems(run: Run) -> None:
    from tests.conftest import ROOT

    result = run(
        "validate",
        "--data",
        str(ROOT / "tests" / "data" / "broken.yaml"),
        "--fields",
        "line,field",
        "--format",
        "csv",
    )
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "line,field",
        "162,facts[7].value",
        "169,facts[8].hub",
        "176,facts[8].source",
    ]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_fields_choose_the_columns_of_every_command(run: Run, command: str) -> None:
    args, field = COMMANDS[command]
    csv = _run(run, *args, "--fields", field, "--format", "csv").splitlines()
    assert csv[0] == field
    assert len(csv) > 1
    for line in _run(run, *args, "--fields", field, "--format", "jsonl").splitlines():
        head, _, rest = field.partition(".")
        item = json.loads(line)
        assert list(item) == [head]
        assert not rest or list(item[head]) == [rest]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_typo_in_a_field_is_a_usage_error_with_a_suggestion(run: Run, command: str) -> None:
    args, field = COMMANDS[command]
    typo = field[:-1] + field[-1] * 2  # value → valuee, hub.id → hub.idd
    result = run(*args, "--data", str(MINI), "--fields", f"{typo}", "--format", "csv")
    assert result.exit_code == 2
    assert result.stdout == ""
    stderr = " ".join(result.stderr.split())
    assert f"unknown field '{typo}'. Did you mean: {field}" in stderr
    assert f"'hubquery schema {command} --fields' lists them all." in stderr
    assert len(result.stderr.splitlines()) <= 5  # not every path on one line


def test_a_typo_suggests_the_three_nearest_fields(run: Run) -> None:
    result = run("export", "--data", str(MINI), "--fields", "sorce.id", "--format", "csv")
    assert (
        "unknown field 'sorce.id'. Did you mean: source.id, source, source.title? "
        "'hubquery schema export --fields' lists them all."
    ) in " ".join(result.stderr.split())


def test_export_fields_keep_the_order_given_and_name_csv_headers_by_path(run: Run) -> None:
    out = _run(run, "export", "--fields", "source.id,value,id", "--format", "csv")
    assert out.splitlines()[:3] == [
        "source.id,value,id",
        "npr-2010,6000000,dalian-population-2010",
        "allen-2014,6000000,dalian-population-2014",
    ]


def test_json_keeps_the_nesting_the_paths_name(run: Run) -> None:
    out = _run(run, "export", "--fields", "id,source.id,source.title", "--format", "json")
    first = json.loads(out)[0]
    assert first == {
        "id": "dalian-population-2010",
        "source": {"id": "npr-2010", "title": "Chinese Aim To Build The Next Silicon Valley"},
    }


def test_fields_may_be_repeated_and_a_whole_record_wins_over_its_parts(run: Run) -> None:
    out = _run(run, "export", "--fields", "id", "--fields", "source.id,source", "--format", "jsonl")
    first = json.loads(out.splitlines()[0])
    assert list(first) == ["id", "source"]
    assert first["source"]["title"] == "Chinese Aim To Build The Next Silicon Valley"


def test_rank_fields_choose_columns_of_its_rows(run: Run) -> None:
    # Was: --fields projected rank's whole document, one line of names.
    out = _run(
        run,
        "rank",
        "-m",
        "population",
        "--since",
        "2000",
        "--fields",
        "rank,hub.id",
        "--format",
        "jsonl",
    )
    assert [json.loads(line) for line in out.splitlines()] == [
        {"rank": 1, "hub": {"id": "chengdu"}},
        {"rank": 2, "hub": {"id": "chongqing"}},
        {"rank": 3, "hub": {"id": "dalian"}},
    ]
    csv = _run(
        run,
        "rank",
        "-m",
        "population",
        "--since",
        "2000",
        "--fields",
        "unit,hub.id",
        "--format",
        "csv",
    )
    assert csv == "unit,hub.id\npeople,chengdu\npeople,chongqing\npeople,dalian\n"


def test_a_path_through_a_list_selects_from_every_element(run: Run) -> None:
    out = _run(
        run,
        "check",
        "Dalian has about 6 million residents.",
        "--fields",
        "verdict,facts.period",
        "--format",
        "jsonl",
    )
    assert json.loads(out.splitlines()[0]) == {
        "verdict": "supported",
        "facts": [{"period": "2014"}, {"period": "2010"}],
    }


def test_a_listing_s_figures_are_entered_by_metric(run: Run) -> None:
    out = _run(
        run,
        "list",
        "--kind",
        "city",
        "--sort",
        "population",
        "--format",
        "csv",
        "--fields",
        "hub.id,facts.population.value,facts.population.source.id",
    )
    assert out.splitlines()[:2] == [
        "hub.id,facts.population.value,facts.population.source.id",
        "chengdu,21192000,chinadaily-2022",
    ]


def test_show_fields_are_its_facts(run: Run) -> None:
    out = _run(run, "show", "dalian", "--fields", "metric_id,value", "--format", "yaml")
    assert out.startswith("- metric_id: population\n  value: 6000000\n- metric_id: population\n")


def test_no_headers_for_csv_and_tsv(run: Run) -> None:
    out = _run(run, "metrics", "--fields", "id,hub_count", "--format", "tsv", "--no-headers")
    assert out == "population\t3\nyear-established\t2\nlaptop-share\t2\noutsourcing-revenue\t1\n"
    plain = _run(run, "metrics", "--format", "csv", "--no-headers")
    assert plain.splitlines()[0].startswith("population,Population,")


def test_no_headers_is_refused_where_there_is_no_header_to_drop(run: Run) -> None:
    result = run("metrics", "--data", str(MINI), "--no-headers", "--json")
    assert result.exit_code == 2
    assert "--no-headers applies to --format csv and tsv" in result.stderr


def test_fields_in_a_table_are_columns_headed_by_path(run: Run) -> None:
    out = _run(run, "list", "--kind", "city", "--fields", "hub.id,hub.kind")
    assert out == (
        "hub.id      hub.kind\n"
        "────────────────────\n"
        "dalian      city\n"
        "chengdu     city\n"
        "chongqing   city\n"
    )


def test_schema_lists_the_field_names(run: Run) -> None:
    out = run("schema", "export", "--fields").stdout.splitlines()
    assert out[:4] == ["id", "hub_id", "metric_id", "subject"]
    assert out[-10:] == [
        f"source.{name}"
        for name in (
            "id",
            "title",
            "publisher",
            "author",
            "published",
            "date_inferred",
            "date_note",
            "date_range",
            "url",
            "note",
        )
    ]
    assert run("schema", "--fields").exit_code == 2


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_the_field_names_are_the_keys_jsonl_prints(run: Run, command: str) -> None:
    """The records --fields names are the ones each command prints one per line."""
    args, _ = COMMANDS[command]
    line = _run(run, *args, "--format", "jsonl").splitlines()[0]
    assert list(json.loads(line)) == [n for n in field_names(command) if "." not in n]
    assert item_type(command) is not None


def test_a_command_without_a_known_result_type_refuses_fields() -> None:
    import click

    from hubquery.commands._options import _projection

    with pytest.raises(click.UsageError, match="nosuch has no fields to choose from"):
        _projection("nosuch", ("id",))


def test_only_the_chosen_fields_of_a_record_are_turned_into_data(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """--fields hub.id of 50,000 listed hubs need not convert each hub's figures."""
    import io
    from typing import Any, NamedTuple

    from hubquery.render import View, data, emit
    from hubquery.render.fields import projection

    class Row(NamedTuple):
        name: str
        figures: tuple[str, ...]

    converted: list[Any] = []
    jsonable = data.jsonable

    def spy(value: Any, seen: Any = None) -> Any:
        converted.append(value)
        return jsonable(value, seen)

    monkeypatch.setattr(data, "jsonable", spy)
    rows = [Row("a", ("never", "read")), Row("b", ())]
    view = View(lambda: rows, lambda: rows, lambda: ("name",), list)
    out = io.StringIO()
    emit(view, "tsv", out, projection=projection(Row, ["name"]))
    assert out.getvalue() == "name\na\nb\n"
    assert converted == ["a", "b"]
