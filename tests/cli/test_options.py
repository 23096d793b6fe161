"""Options that mean the same on every command: --limit and its notice, --asc/--desc,
case-insensitive choices, empty names, hub prefixes."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.conftest import MINIMAL, Run


def test_list_limit_says_how_many_of_how_many(run: Run, mini: str) -> None:
    result = run("list", "--limit", "1", "--data", mini)
    assert result.stdout.splitlines()[-1] == "1 of 7 hubs shown (--limit 1)"
    assert result.stderr == ""


def test_shipped_list_limit_1_says_1_of_33_hubs(run: Run) -> None:
    assert run("list", "--limit", "1").stdout.splitlines()[-1] == "1 of 33 hubs shown (--limit 1)"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv", "yaml", "markdown"])
def test_machine_formats_get_the_notice_on_stderr(run: Run, mini: str, fmt: str) -> None:
    result = run("list", "--limit", "2", "--data", mini, "--format", fmt)
    assert result.stderr == "2 of 7 hubs shown (--limit 2)\n"
    assert "shown" not in result.stdout


def test_no_notice_when_nothing_is_cut(run: Run, mini: str) -> None:
    result = run("list", "--limit", "7", "--data", mini, "--json")
    assert (len(json.loads(result.stdout)), result.stderr) == (7, "")


@pytest.mark.parametrize(
    ("args", "notice", "count"),
    [
        (["export", "--limit", "3"], "3 of 11 facts shown (--limit 3)", 3),
        (["metrics", "--limit", "1", "--json"], "1 of 4 metrics shown (--limit 1)", 1),
        (["sources", "--limit", "2", "--json"], "2 of 3 sources shown (--limit 2)", 2),
        (["search", "dalian", "--limit", "2", "--json"], "2 of 10 matches shown (--limit 2)", 2),
    ],
)
def test_every_limit_says_what_it_cut(
    run: Run, mini: str, args: list[str], notice: str, count: int
) -> None:
    result = run(*args, "--data", mini)
    assert result.exit_code == 0
    assert result.stderr == notice + "\n"
    shown = result.stdout.splitlines() if args[0] == "export" else json.loads(result.stdout)
    assert len(shown) == count


def test_search_counts_matches_beyond_those_read(run: Run, mini: str) -> None:
    everything = json.loads(run("search", "dalian", "--data", mini, "--json").stdout)
    assert run("search", "dalian", "--limit", "1", "--data", mini).stdout.splitlines()[-1] == (
        f"1 of {len(everything)} matches shown (--limit 1)"
    )


TIED = (
    MINIMAL
    + """\
- id: f2
  hub: there
  metric: companies
  value: 12
  unit: companies
  period: '2020'
  source: s1
  quote: there are 12 companies there
- id: f3
  hub: elsewhere
  metric: companies
  value: 30
  unit: companies
  period: '2020'
  source: s1
  quote: there are 30 companies elsewhere
"""
).replace(
    """hubs:
- id: here
  name: Here
  kind: city
""",
    """hubs:
- id: here
  name: Here
  kind: city
- id: there
  name: There
  kind: city
- id: elsewhere
  name: Elsewhere
  kind: city
""",
)


def test_rank_limit_says_when_it_cuts_a_tie(run: Run, write_dataset: Callable[[str], str]) -> None:
    path = write_dataset(TIED)
    result = run("rank", "-m", "companies", "--limit", "2", "--data", path, "--json")
    [ranking] = json.loads(result.stdout)
    assert [row["hub"]["id"] for row in ranking["rows"]] == ["elsewhere", "here"]
    assert [note for note in ranking["notes"] if note["kind"] == "cut"] == [
        {
            "kind": "cut",
            "message": "--limit 2 cuts a tie at #2: There (12 companies) also ranks "
            "#2 but is not shown.",
            "hub_ids": ["there"],
            "fact_ids": ["f2"],
        }
    ]
    assert result.stderr == "2 of 3 ranked figures shown (--limit 2)\n"
    table = run("rank", "-m", "companies", "--limit", "2", "--data", path).stdout
    assert "--limit 2 cuts a tie at #2" in table
    assert table.splitlines()[-1] == "2 of 3 ranked figures shown (--limit 2)"


def test_rank_limit_that_cuts_no_tie_adds_no_note(
    run: Run, write_dataset: Callable[[str], str]
) -> None:
    [ranking] = json.loads(
        run(
            "rank", "-m", "companies", "--limit", "1", "--data", write_dataset(TIED), "--json"
        ).stdout
    )
    assert [n for n in ranking["notes"] if n["kind"] == "cut"] == []


@pytest.mark.parametrize(
    "command", [["list", "--sort", "population"], ["rank", "-m", "population"]]
)
def test_asc_and_desc_on_list_and_rank_alike(run: Run, mini: str, command: list[str]) -> None:
    def order(*flags: str) -> list[str]:
        out = json.loads(run(*command, *flags, "--since", "2000", "--data", mini, "--json").stdout)
        rows = out if command[0] == "list" else out[0]["rows"]
        return [row["hub"]["id"] for row in rows if command[0] == "rank" or row["facts"]]

    assert order("--desc") == order() == ["chengdu", "chongqing", "dalian"]
    assert order("--asc") == ["dalian", "chongqing", "chengdu"]


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--kind", "City"],
        ["list", "--kind", "CITY"],
        ["show", "dalian", "--format", "JSON"],
        ["schema", "Show"],
        ["completion", "BASH"],
    ],
)
def test_choices_are_case_insensitive(run: Run, mini: str, args: list[str]) -> None:
    result = run(*args, *(["--data", mini] if args[0] in ("list", "show") else []))
    assert result.exit_code == 0, result.stderr


def test_hub_names_take_a_unique_prefix(run: Run) -> None:
    out = json.loads(run("show", "zhongguan", "--json").stdout)
    assert out["hub"]["id"] == "zhongguancun"


def test_an_ambiguous_hub_prefix_names_the_candidates(run: Run, mini: str) -> None:
    result = run("show", "dalian-s", "--data", mini, "--json")
    assert json.loads(result.stdout)["hub"]["id"] == "dalian-software-park"
    result = run("show", "ch", "--data", mini)
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: hub 'ch' is ambiguous: it could be chengdu, china, chongqing\n",
    )


@pytest.mark.parametrize(
    "args",
    [
        ["show", ""],
        ["compare", "dalian", " "],
        ["source", ""],
        ["list", "--tag", ""],
        ["search", ""],
        ["rank", "-m", ""],
    ],
)
def test_an_empty_name_is_a_usage_error(run: Run, mini: str, args: list[str]) -> None:
    result = run(*args, "--data", mini)
    assert result.exit_code == 2
    assert result.stderr.endswith("the name is empty\n")


def test_every_command_that_reads_the_dataset_takes_the_same_options() -> None:
    from tests.conftest import commands

    for name, command in commands().items():
        options = {
            opt
            for param in command.params
            for opt in [*getattr(param, "opts", []), *getattr(param, "secondary_opts", [])]
        }
        if name in ("schema", "completion"):
            continue
        assert {"--data", "--json", "--format"} <= options, name
        if name not in ("validate",):
            assert "--no-cache" in options, name
        if name in ("list", "rank", "search", "export", "metrics", "sources", "validate"):
            assert "--limit" in options, name
        if name in ("list", "rank"):
            assert {"--asc", "--desc"} <= options, name
        assert "-q" not in options, name


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "tokyo"], "Error: no hub 'tokyo'; see 'hubquery list' for every hub"),
        (
            ["rank", "-m", "zzzz"],
            "Error: no metric 'zzzz'; see 'hubquery metrics' for every metric",
        ),
        (
            ["source", "xyz"],
            "Error: no source 'xyz'; the sources are: geewax-npr-2010, "
            "allen-2014-dalian, francois-2013-zhongguancun, silicon-valleys-2019, chinadaily-2022-inland",
        ),
        (
            ["list", "--country", "dalian"],
            "Error: dalian is a city, not a country; see 'hubquery list --kind country'",
        ),
    ],
)
def test_errors_say_where_to_look(run: Run, args: list[str], message: str) -> None:
    result = run(*args)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", message + "\n")
