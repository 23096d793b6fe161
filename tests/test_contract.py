"""The promises to scripts and to terminals: JSON Schemas, help, colour, completion, imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import jsonschema
import pytest
from click.testing import CliRunner

from hubquery.cli import cli
from hubquery.schema import JSON_COMMANDS
from tests.conftest import MINI, Run

COMMANDS_WITH_JSON = {
    "show": ["show", "dalian"],
    "compare": ["compare", "chengdu", "chongqing", "dalian"],
    "list": ["list", "--where", "population > 1m"],
    "rank": ["rank", "-m", "population"],
    "metrics": ["metrics"],
    "sources": ["sources"],
    "source": ["source", "allen-2014"],
    "search": ["search", "chengdu"],
    "export": ["export", "--format", "json"],
    "check": ["check", "Dalian has about 6 million residents.", "Dalian has 22 universities."],
    "cite": ["cite", "dalian"],
}


def test_every_json_command_has_a_schema() -> None:
    assert set(COMMANDS_WITH_JSON) == set(JSON_COMMANDS)


@pytest.mark.parametrize("command", sorted(COMMANDS_WITH_JSON))
def test_real_output_validates_against_the_printed_schema(run: Run, command: str) -> None:
    schema = json.loads(run("schema", command).stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    args = COMMANDS_WITH_JSON[command]
    output = run(*args, "--data", str(MINI), *([] if command == "export" else ["--json"])).stdout
    jsonschema.Draft202012Validator(schema).validate(json.loads(output))


def test_schema_rejects_unknown_keys(run: Run) -> None:
    schema = json.loads(run("schema", "export").stdout)
    fact = json.loads(run("export", "--data", str(MINI)).stdout.splitlines()[0])
    jsonschema.Draft202012Validator(schema).validate([fact])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate([{**fact, "surprise": 1}])


def test_fact_keys_are_pinned() -> None:
    """The JSON contract's fact object: changing these keys needs a format version bump."""
    from dataclasses import fields

    from hubquery.records import Fact, Source

    assert [f.name for f in fields(Fact)] == [
        "id", "hub_id", "metric_id", "subject", "value", "unit", "qualifier", "low", "high",
        "display", "period", "period_inferred", "status", "basis", "note", "quote", "derived",
        "method", "inputs", "source"]
    assert [f.name for f in fields(Source)] == [
        "id", "title", "publisher", "author", "published", "date_inferred", "date_note", "url",
        "note"]


def _all_commands() -> list[str]:
    return sorted(cli.commands)


@pytest.mark.parametrize("command", _all_commands())
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert cli.commands[command].help
    assert "hubquery " + command in result.output, "help should show an example"


def test_top_level_help_documents_exit_codes(run: Run) -> None:
    out = run("--help").stdout
    for line in ("0   success", "1   not found", "2   usage error", "70  internal error"):
        assert line in out


def test_version_comes_from_package_metadata(run: Run) -> None:
    from importlib.metadata import version

    assert run("--version").stdout == f"hubquery, version {version('hubquery')}\n"


def _colour_run(env: dict[str, str], *args: str) -> str:
    full = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")}
    full.update(env)
    return subprocess.run([sys.executable, "-m", "hubquery", *args, "--data", str(MINI)],
                          capture_output=True, text=True, env=full, check=True).stdout


def test_no_colour_when_piped() -> None:
    assert "\x1b[" not in _colour_run({}, "show", "dalian")


def test_force_color_colours_a_pipe_and_no_color_wins() -> None:
    assert "\x1b[" in _colour_run({"FORCE_COLOR": "1"}, "show", "dalian")
    assert "\x1b[" not in _colour_run({"FORCE_COLOR": "1", "NO_COLOR": "1"}, "show", "dalian")


def test_term_dumb_gets_no_colour() -> None:
    assert "\x1b[" not in _colour_run({"TERM": "dumb", "FORCE_COLOR": ""}, "show", "dalian")


def test_columns_sets_the_table_width(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    out = run("show", "dalian", "--data", str(MINI)).stdout
    assert max(len(line) for line in out.splitlines()) <= 60
    monkeypatch.setenv("COLUMNS", "160")
    wide = run("show", "dalian", "--data", str(MINI)).stdout
    assert max(len(line) for line in wide.splitlines()) > 80


def _complete(args: str, incomplete: str) -> list[str]:
    env = {**os.environ, "_HUBQUERY_COMPLETE": "bash_complete", "COMP_WORDS": f"hubquery {args} {incomplete}",
           "COMP_CWORD": str(len(args.split()) + 1), "HUBQUERY_DATA": str(MINI)}
    out = subprocess.run([sys.executable, "-m", "hubquery"], capture_output=True, text=True,
                         env=env).stdout
    return [line.split(",", 1)[1] for line in out.splitlines() if line.startswith("plain,")]


def test_hub_names_complete() -> None:
    assert _complete("show", "dal") == ["dalian", "dalian-software-park"]
    assert _complete("show", "成") == ["chengdu"]
    assert _complete("compare chengdu", "chon") == ["chongqing"]


def test_cite_targets_complete() -> None:
    assert _complete("cite", "allen") == ["allen-2014"]
    assert _complete("cite", "dalian-pop") == ["dalian-population-2010", "dalian-population-2014"]
    assert _complete("cite", "dal")[:2] == ["dalian", "dalian-outsourcing-revenue-2013-cny"]


def test_metric_names_complete() -> None:
    assert _complete("rank --metric", "lap") == ["laptop-share"]
    assert _complete("compare a b --metric", "pop") == ["population"]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_script_is_printed(run: Run, shell: str) -> None:
    out = run("completion", shell).stdout
    assert "_HUBQUERY_COMPLETE" in out


def test_cli_import_pulls_in_nothing_heavy() -> None:
    code = ("import sys, hubquery.cli; heavy = ['rich', 'yaml', 'pydantic', 'hubquery.models', "
            "'sqlite3', 'pathlib']; print([m for m in heavy if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "[]\n"


def test_warm_json_lookup_imports_neither_rich_yaml_nor_pydantic(run: Run) -> None:
    env = {**os.environ, "HUBQUERY_DATA": str(MINI)}
    subprocess.run([sys.executable, "-m", "hubquery", "show", "dalian", "--json"], env=env,
                   check=True, capture_output=True)
    code = ("import sys; from hubquery.cli import main; sys.argv = ['hubquery', 'show', 'dalian', "
            "'--json'];\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print([m for m in ('rich', 'yaml', 'pydantic') if m in sys.modules], file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True)
    assert out.stderr == "[]\n"
    assert json.loads(out.stdout)["hub"]["id"] == "dalian"


def test_installed_console_script_runs() -> None:
    script = os.path.join(os.path.dirname(sys.executable), "hubquery")
    out = subprocess.run([script, "show", "dalian", "--json", "--data", str(MINI)],
                         capture_output=True, text=True, check=True, cwd="/")
    assert json.loads(out.stdout)["hub"]["name"] == "Dalian"
