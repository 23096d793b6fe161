"""The promises to scripts and to terminals: JSON Schemas, help, colour, completion, imports."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from hubquery.cli import cli
from hubquery.commands import COMMANDS
from hubquery.schema import JSON_COMMANDS
from tests.conftest import MINI, Run, commands, hubquery, hubquery_in_process

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
    "history": ["history", "dalian"],
    "validate": ["validate"],
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
    from hubquery.records import Fact, Source

    assert list(Fact._fields) == [
        "id",
        "hub_id",
        "metric_id",
        "subject",
        "value",
        "unit",
        "qualifier",
        "low",
        "high",
        "display",
        "period_label",
        "period",
        "period_inferred",
        "period_of",
        "status",
        "basis",
        "note",
        "quote",
        "stated_as",
        "derived",
        "method",
        "inputs",
        "derivation",
        "source",
    ]
    assert list(Source._fields) == [
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
    ]


def _all_commands() -> list[str]:
    return sorted(commands())


@pytest.mark.parametrize("command", _all_commands())
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert commands()[command].help
    assert "hubquery " + command in result.output, "help should show an example"


def test_top_level_help_documents_exit_codes(run: Run) -> None:
    out = run("--help").stdout
    for line in (
        "0    success",
        "1    not found",
        "2    usage error",
        "70   internal error",
        "130  interrupted",
    ):
        assert line in out


def test_top_level_help_documents_the_environment(run: Run) -> None:
    out = run("--help").stdout
    environment = out[out.index("Environment:") :]
    for name in (
        "HUBQUERY_DATA",
        "HUBQUERY_CACHE_DIR",
        "HUBQUERY_DEBUG",
        "HUBQUERY_PAGER",
        "NO_COLOR",
        "FORCE_COLOR",
        "COLUMNS",
    ):
        assert re.search(rf"\n +{name}\b", environment), name


def test_version_comes_from_package_metadata(run: Run) -> None:
    from importlib.metadata import version

    assert run("--version").stdout == f"hubquery, version {version('hubquery')}\n"


def _colour_run(env: dict[str, str], *args: str) -> str:
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        os.environ.pop(name, None)  # the autouse fixture restores them
    result = hubquery_in_process(*args, "--data", str(MINI), env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout.decode()


def test_no_colour_when_piped() -> None:
    assert "\x1b[" not in _colour_run({}, "show", "dalian")


def test_force_color_colours_a_pipe_and_no_color_wins() -> None:
    assert "\x1b[" in _colour_run({"FORCE_COLOR": "1"}, "show", "dalian")
    assert "\x1b[" not in _colour_run({"FORCE_COLOR": "1", "NO_COLOR": "1"}, "show", "dalian")


def test_color_option_joins_the_environment() -> None:
    assert "\x1b[" in _colour_run({}, "--color", "always", "show", "dalian")
    assert "\x1b[" not in _colour_run({"FORCE_COLOR": "1"}, "--color", "never", "show", "dalian")
    assert "\x1b[" not in _colour_run({}, "--color", "auto", "show", "dalian")


def test_term_dumb_gets_no_colour() -> None:
    assert "\x1b[" not in _colour_run({"TERM": "dumb", "FORCE_COLOR": ""}, "show", "dalian")


def test_columns_sets_the_table_width(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    out = run("show", "dalian", "--data", str(MINI)).stdout
    assert max(len(line) for line in out.splitlines()) <= 60
    monkeypatch.setenv("COLUMNS", "160")
    wide = run("show", "dalian", "--data", str(MINI)).stdout
    assert max(len(line) for line in wide.splitlines()) > 80


def _complete(args: str, incomplete: str, kind: str = "plain") -> list[str]:
    env = {
        "_HUBQUERY_COMPLETE": "bash_complete",
        "COMP_WORDS": f"hubquery {args} {incomplete}",
        "COMP_CWORD": str(len(args.split()) + 1),
        "HUBQUERY_DATA": str(MINI),
    }
    out = hubquery_in_process(env=env).stdout.decode()
    return [line.split(",", 1)[1] for line in out.splitlines() if line.startswith(f"{kind},")]


def test_tags_regions_and_where_metrics_complete() -> None:
    assert _complete("list --tag", "out") == ["outsourcing"]
    assert _complete("list --region", "south") == ["Southwest China"]
    assert _complete("list --where", "pop") == ["population"]
    assert _complete("list --where", "pop>") == []


@pytest.mark.parametrize(
    ("args", "incomplete", "expected"),
    [
        ("show", "dal", ["dalian", "dalian-software-park"]),
        ("history", "dalian-s", ["dalian-software-park"]),
        ("rank --metric", "pop", ["population"]),
        ("cite --metric", "found", ["year-established"]),
        ("source", "npr", ["npr-2010"]),
        ("export --source", "china", ["chinadaily-2022"]),
        ("cite", "npr", ["npr-2010"]),
    ],
)
def test_each_kind_of_word_completes(args: str, incomplete: str, expected: list[str]) -> None:
    """Commands name the kind of word (``_options.completes``); ``_complete`` is loaded
    only to complete one, so a misspelt kind would show only here."""
    assert _complete(args, incomplete) == expected


@pytest.mark.parametrize(
    "args", ["show dalian --data", "validate", "validate --data", "export --data"]
)
def test_dataset_paths_complete_as_files(args: str) -> None:
    assert _complete(args, "tests/da", kind="file") == ["tests/da"]


def _readme_block(after: str) -> list[str]:
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("```sh\n", readme.index(after)) + len("```sh\n")
    return readme[start : readme.index("```", start)].strip().splitlines()


def test_readme_bash_completion_install_works_on_a_fresh_account(tmp_path: Path) -> None:
    """The README's lines, run as written in an empty home; then the script completes."""
    lines = _readme_block("### Completion")
    assert lines[0].startswith("mkdir -p ")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "HUBQUERY_DATA": str(MINI),
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
    }
    subprocess.run(["bash", "-euc", "\n".join(lines)], env=env, check=True)
    script = home / ".local/share/bash-completion/completions/hubquery"
    check = (
        f"source {script}; COMP_WORDS=(hubquery show dal); COMP_CWORD=2; "
        "_hubquery_completion hubquery dal show; printf '%s\\n' \"${COMPREPLY[@]}\""
    )
    out = subprocess.run(
        ["bash", "-c", check], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert out.splitlines() == ["dalian", "dalian-software-park"]


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_readme_zsh_and_fish_install_lines_work_on_a_fresh_account(
    tmp_path: Path, shell: str
) -> None:
    lines = _readme_block("In zsh, put the script")
    [line] = [line for line in lines if f"completion {shell}" in line]
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
    }
    subprocess.run(["bash", "-euc", line], env=env, check=True)
    written = home / (
        ".zfunc/_hubquery" if shell == "zsh" else ".config/fish/completions/hubquery.fish"
    )
    assert "_HUBQUERY_COMPLETE" in written.read_text()
    if shutil.which(shell):
        subprocess.run([shell, "-n", str(written)], check=True)


def test_hub_names_complete() -> None:
    assert _complete("show", "dal") == ["dalian", "dalian-software-park"]
    assert _complete("show", "成") == ["chengdu"]
    assert _complete("compare chengdu", "chon") == ["chongqing"]
    assert _complete("history", "dal") == ["dalian", "dalian-software-park"]


def test_cite_targets_complete() -> None:
    assert _complete("cite", "allen") == ["allen-2014"]
    assert _complete("cite", "dalian-pop") == ["dalian-population-2010", "dalian-population-2014"]
    assert _complete("cite", "dal")[:2] == ["dalian", "dalian-outsourcing-revenue-2013-cny"]


def test_metric_names_complete() -> None:
    assert _complete("rank --metric", "lap") == ["laptop-share"]
    assert _complete("history dalian --metric", "pop") == ["population"]
    assert _complete("compare a b --metric", "pop") == ["population"]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_script_is_printed(run: Run, shell: str) -> None:
    out = run("completion", shell).stdout
    assert "_HUBQUERY_COMPLETE" in out


def test_cli_import_pulls_in_nothing_heavy() -> None:
    code = (
        "import sys, hubquery.cli; heavy = ['rich', 'yaml', 'pydantic', 'hubquery.models', "
        "'sqlite3', 'pathlib']; print([m for m in heavy if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "[]\n"


def test_warm_json_lookup_imports_neither_rich_yaml_nor_pydantic(run: Run) -> None:
    env = {**os.environ, "HUBQUERY_DATA": str(MINI)}
    assert hubquery("show", "dalian", "--json", env=env).returncode == 0
    code = (
        "import sys; from hubquery.process import main; sys.argv = ['hubquery', 'show', 'dalian', "
        "'--json'];\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        "print([m for m in ('rich', 'yaml', 'pydantic') if m in sys.modules], file=sys.stderr)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stderr == "[]\n"
    assert json.loads(out.stdout)["hub"]["id"] == "dalian"


def _modules(code: str, *args: str, env: dict[str, str] | None = None) -> set[str]:
    """The modules a Python process has imported when it exits."""
    script = (
        "import atexit, json, sys\n"
        "atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr))\n" + code
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, check=False
    )
    return set(json.loads(done.stderr.splitlines()[-1]))


# What any click program imports: click, and the gettext lookup its help option makes on
# every parse; with sqlite3 and json, the floor a warm lookup is measured against.
_FLOOR = "import click, sqlite3, json\nclick.Command('x').main([], standalone_mode=False)\n"
_RUN = "from hubquery.process import main\nsys.argv = ['hubquery', *sys.argv[1:]]\nmain()\n"
# What the warm path must not import: a table renderer, YAML, pydantic, the compiler, the
# dataclass machinery, threads, shutil (7 M instructions; only a pager needs it), or any
# command but its own (commands load one at a time).
# A forbidden set, not the exact list, so that a module split does not break it.
_FORBIDDEN = (
    "rich",
    "yaml",
    "pydantic",
    "dataclasses",
    "concurrent",
    "threading",
    "shutil",
    "hubquery.models",
    "hubquery.crosscheck",
    "hubquery.compile",
    "hubquery.store.builder",
    "hubquery.yamlfile",
    "hubquery.curate",
    "hubquery.render.table",
    "hubquery.render.layout",
    "hubquery.query.check",
    "hubquery.judgement.claims",
    "hubquery.judgement.answering",
    # needed only to complete a word, to write rows or --fields, to write a file, and to
    # report a bad dataset or print a warning's path (the README's start-up section)
    "hubquery.commands._complete",
    "hubquery.render.fields",
    "hubquery.temporaries",
    "hubquery.problems",
    "hubquery.escaping",
)

_COMMAND_MODULES = {f"hubquery.commands.{info.module}" for info in COMMANDS.values()}


def _forbidden(modules: set[str], allowed_command: str | None) -> set[str]:
    return {
        m
        for m in modules
        if any(m == f or m.startswith(f + ".") for f in _FORBIDDEN)
        or (m in _COMMAND_MODULES and m != allowed_command)
    }


@pytest.mark.parametrize(
    ("args", "command"),
    [
        (["show", "dalian", "--json"], "hubquery.commands.show"),
        (["list", "--kind", "city", "--json"], "hubquery.commands.listing"),
    ],
)
def test_warm_json_paths_import_nothing_heavy(args: list[str], command: str) -> None:
    env = {**os.environ, "HUBQUERY_DATA": str(MINI)}
    assert hubquery(*args, env=env).returncode == 0  # the cache is warm
    extra = _modules(_RUN, *args, env=env) - _modules(_FLOOR)
    assert command in extra
    assert _forbidden(extra, command) == set()


def test_a_warm_show_defines_no_named_tuple_it_does_not_serve() -> None:
    """A named tuple costs a run about 1 M instructions to define: a lookup defines
    only those it may serve, not search's hits nor the store's own working values
    (issue 24's start-up rows)."""
    env = {**os.environ, "HUBQUERY_DATA": str(MINI)}
    assert hubquery("show", "dalian", "--json", env=env).returncode == 0  # the cache is warm
    script = (
        "import atexit, sys\n"
        "atexit.register(lambda: print(sorted(c.__name__ for c in tuple.__subclasses__() "
        "if c.__module__.startswith('hubquery')), file=sys.stderr))\n" + _RUN
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "show", "dalian", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    defined = done.stderr.splitlines()[-1]
    assert "'Hub'" in defined  # what a profile serves
    assert "'OtherHit'" not in defined
    assert "'SearchRows'" not in defined
    assert "'Dated'" not in defined


def test_help_imports_no_command() -> None:
    minimal = (
        "@click.group()\ndef group() -> None:\n    'A group.'\n"
        "@group.command()\ndef one() -> None:\n    'One.'\n"
        "group(['--help'])\n"
    )
    extra = _modules(_RUN, "--help") - _modules("import click\n" + minimal)
    assert _forbidden(extra, None) == set()
    assert not {
        m
        for m in extra
        if m.startswith(("hubquery.store", "hubquery.query", "hubquery.render", "hubquery.cache"))
    }
    # No error was raised, so none of hubquery's error classes is needed (1.4 M
    # instructions to define; issue 24's start-up rows).
    assert "hubquery.errors" not in extra


def test_command_summaries_are_the_start_of_their_help() -> None:
    """`hubquery --help` lists the summaries without importing any command (COMMANDS)."""
    assert sorted(cli.list_commands(click.Context(cli))) == sorted(COMMANDS)
    for name, info in COMMANDS.items():
        command = cli.get_command(click.Context(cli), name)
        assert command is not None
        assert command.name == name
        assert command.short_help == info.summary
        assert (command.help or "").startswith(info.summary.rstrip(".")), name
    listing = CliRunner().invoke(cli, ["--help"], terminal_width=80).output
    for name, info in COMMANDS.items():
        assert f"  {name.ljust(10)}  {info.summary}\n" in listing


def test_unknown_command_suggests_a_known_one(run: Run) -> None:
    result = run("shwo", "dalian")
    assert result.exit_code == 2
    assert "Did you mean 'show'?" in result.stderr


def test_installed_console_script_runs() -> None:
    script = os.path.join(os.path.dirname(sys.executable), "hubquery")
    out = subprocess.run(
        [script, "show", "dalian", "--json", "--data", str(MINI)],
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
    )
    assert json.loads(out.stdout)["hub"]["name"] == "Dalian"


@pytest.mark.slow
def test_help_examples_piped_to_jq_name_real_keys(tmp_path: Path) -> None:
    """An example that pipes --json into jq must pick keys the output has: jq prints
    null for a key that is not there, and exits 0."""
    import shutil

    assert shutil.which("jq"), "the examples use jq"
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    examples = [
        line.strip()
        for command in [cli, *commands().values()]
        for line in (command.help or "").splitlines()
        if line.strip().startswith("hubquery ") and "| jq" in line
    ]
    assert len(examples) >= 3
    for example in examples:
        result = subprocess.run(
            ["bash", "-o", "pipefail", "-c", example],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, (example, result.stderr)
        assert result.stdout.strip()
        assert "null" not in result.stdout.split(), example  # a bare missing key
        if "{" in example.split("| jq", 1)[1]:  # an object built from named keys
            assert "null" not in result.stdout, example


@given(
    st.text(
        alphabet=st.characters(codec="utf-8")
        | st.sampled_from(
            "\x7f\x85\x9b\u061c\u200e\u200f\u202a\u202e\u2066\u2069\u2028\u2029\u00a0\u3000\n"
        )
    )
)
def test_escaping_unsafe_characters_skips_only_text_that_has_none(text: str) -> None:
    """escape_unsafe's fast path (all printable) gives what the full scan gives."""
    import re

    from hubquery.render.values import _UNSAFE_IN_TEXT, escape_unsafe, has_unsafe

    expected = re.sub(_UNSAFE_IN_TEXT, lambda m: f"\\u{ord(m.group()):04x}", text)
    assert escape_unsafe(text) == expected
    assert has_unsafe(text) == (expected != text)
