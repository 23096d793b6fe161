"""--as-of: the dataset as it stood on a day, on every query command."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from hubquery.periods import as_of_day
from hubquery.store import known_from
from tests.conftest import SHIPPED, TESTS, Run

HISTORY = str(TESTS / "data" / "history.yaml")


def _fact_ids(run: Run, *args: str) -> list[str]:
    result = run("export", "--data", HISTORY, "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return [fact["id"] for fact in json.loads(result.stdout)]


def test_as_of_means_the_last_day_of_a_year_or_month() -> None:
    assert as_of_day("2015") == "2015-12-31"
    assert as_of_day("2016-02") == "2016-02-29"
    assert as_of_day("2018-03-01") == "2018-03-01"


def test_a_source_counts_from_the_end_of_its_date_or_date_range() -> None:
    assert known_from("2015") == "2015-12-31"
    assert known_from("2021-01") == "2021-01-31"
    assert known_from("2018-03-01") == "2018-03-01"
    assert known_from("2019", "2018/2019") == "2019-12-31"
    assert known_from("2018", "2018/2019-06") == "2019-06-30"


def test_a_source_published_on_the_day_counts_and_not_the_day_before(run: Run) -> None:
    before = _fact_ids(run, "--as-of", "2018-02-28")
    on_the_day = _fact_ids(run, "--as-of", "2018-03-01")
    assert "town-companies-2017" not in before
    assert "town-companies-2017" in on_the_day


def test_a_source_dated_by_year_counts_from_the_end_of_the_year(run: Run) -> None:
    # gazette-2015 is dated '2015' (inferred): not yet in June 2015, in by 31 December.
    assert _fact_ids(run, "--as-of", "2015-06") == []
    assert _fact_ids(run, "--as-of", "2015-12-30") == []
    assert _fact_ids(run, "--as-of", "2015-12-31") == ["town-companies-2014", "town-founded"]
    assert _fact_ids(run, "--as-of", "2015") == ["town-companies-2014", "town-founded"]


def test_a_source_dated_by_month_counts_from_the_end_of_the_month(run: Run) -> None:
    assert "town-companies-2019-other" not in _fact_ids(run, "--as-of", "2021-01-30")
    assert "town-companies-2019-other" in _fact_ids(run, "--as-of", "2021-01")


def test_without_as_of_everything_is_there(run: Run) -> None:
    assert len(_fact_ids(run)) == 8


def test_as_of_restricts_tags_counts_and_sources(run: Run) -> None:
    shown = json.loads(run("show", "town", "--data", HISTORY, "--as-of", "2016", "--json").stdout)
    assert shown["hub"]["tags"] == ["software"]
    assert [t["name"] for t in shown["tags"]] == ["software"]
    assert [s["id"] for s in shown["sources"]] == ["gazette-2015"]
    assert shown["as_of"] == "2016-12-31"
    sources = json.loads(run("sources", "--data", HISTORY, "--as-of", "2018-12", "--json").stdout)
    assert [(s["source"]["id"], s["fact_count"]) for s in sources] == [
        ("gazette-2015", 2),
        ("herald-2018", 1),
    ]
    metrics = json.loads(run("metrics", "--data", HISTORY, "--as-of", "2018-12", "--json").stdout)
    assert {m["id"]: m["fact_count"] for m in metrics}["companies"] == 2
    assert (
        run("list", "--data", HISTORY, "--tag", "robotics", "--as-of", "2019", "--json").stderr
        == "Error: no tag 'robotics'; the tags are: software\n"
    )
    assert (
        run(
            "list",
            "--data",
            HISTORY,
            "--tag",
            "robotics",
            "--as-of",
            "2020-06-15",
            "--format",
            "csv",
        )
        .stdout.splitlines()[1]
        .startswith("town,Town,")
    )


def test_a_table_says_which_day_it_is_as_of(run: Run) -> None:
    result = run("show", "town", "--data", HISTORY, "--as-of", "2016")
    assert result.stdout.startswith(
        "As of 2016-12-31 (--as-of 2016): only figures from sources published on or before "
        "that day.\n\nTown · city\n"
    )
    day = run("show", "town", "--data", HISTORY, "--as-of", "2018-03-01").stdout
    assert day.startswith("As of 2018-03-01: only figures")


def test_arrays_and_rows_say_it_on_stderr(run: Run) -> None:
    result = run("export", "--data", HISTORY, "--as-of", "2016")
    assert result.stderr == (
        "As of 2016-12-31 (--as-of 2016): only figures from "
        "sources published on or before that day.\n"
    )
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [
        "town-companies-2014",
        "town-founded",
    ]


@pytest.mark.parametrize("date", ["2015/2016", "15", "2015-13", "2016-02-30", "last year", ""])
def test_a_bad_date_is_a_usage_error(run: Run, date: str) -> None:
    result = run("show", "town", "--data", HISTORY, "--as-of", date)
    assert result.exit_code == 2
    assert "Invalid value for '--as-of'" in result.stderr
    assert result.stdout == ""


QUERY_COMMANDS: list[tuple[str, ...]] = [
    ("show", "town"),
    ("compare", "town", "town"),
    ("list",),
    ("rank", "-m", "companies"),
    ("search", "town"),
    ("metrics",),
    ("sources",),
    ("source", "herald-2018"),
    ("export",),
    ("history", "town"),
]


@pytest.mark.parametrize("command", QUERY_COMMANDS, ids=lambda c: c[0])
def test_every_query_command_takes_as_of(run: Run, command: tuple[str, ...]) -> None:
    from tests.conftest import commands

    assert any("--as-of" in p.opts for p in commands()[command[0]].params)
    result = run(*command, "--data", HISTORY, "--as-of", "2020-12")
    assert result.exit_code in (0, 1), result.output
    assert "As of 2020-12-31" in result.output + result.stderr


def test_every_command_that_reads_the_dataset_has_as_of() -> None:
    from tests.conftest import commands

    for name, command in commands().items():
        options = {o for p in command.params for o in p.opts}
        if "--data" in options and name != "validate":  # a curator's check of the whole file
            assert "--as-of" in options, name


def test_as_of_on_the_shipped_dataset(run: Run) -> None:
    def figures(as_of: str) -> set[str]:
        result = run("export", "--data", str(SHIPPED), "--format", "json", "--as-of", as_of)
        return {fact["source"]["id"] for fact in json.loads(result.stdout)}

    assert figures("2009") == set()
    assert figures("2010") == {"geewax-npr-2010"}
    every = figures("2030")
    assert "chinadaily-2022-inland" not in figures("2022-05-26")
    assert "chinadaily-2022-inland" in figures("2022-05-27")
    assert figures("2022-05-27") == every


def test_the_help_says_how_year_only_dates_count(run: Run) -> None:
    text = " ".join(run("show", "--help").stdout.split())
    assert "counts from the end of that year or month" in text


def test_the_schema_of_a_document_allows_as_of() -> None:
    from hubquery.schema import command_schema

    assert "as_of" in command_schema("show")["properties"]
    assert "as_of" not in command_schema("show")["required"]


@pytest.fixture
def ranged(write_dataset: Callable[[str], str]) -> str:
    from hubquery import models

    if "date_range" not in models.Source.model_fields:
        pytest.skip("the model has no Source.date_range yet (issue 10's dataset half)")
    text = (
        (TESTS / "data" / "history.yaml")
        .read_text(encoding="utf-8")
        .replace(
            "  date_note: From the copyright line.\n",
            "  date_note: From the copyright line.\n  date_range: 2015/2016\n",
            1,
        )
    )
    return write_dataset(text)


def test_a_source_with_a_date_range_counts_from_the_end_of_the_range(run: Run, ranged: str) -> None:
    def ids(as_of: str) -> list[str]:
        result = run("export", "--data", ranged, "--format", "json", "--as-of", as_of)
        return [fact["id"] for fact in json.loads(result.stdout)]

    assert ids("2016-12-30") == []
    assert ids("2016") == ["town-companies-2014", "town-founded"]
    citation = run("show", "town", "--data", ranged).stdout
    assert "2015–2016 (date inferred)" in citation


def test_a_source_published_later_is_said_to_be_so(run: Run) -> None:
    result = run("source", "digest", "--data", HISTORY, "--as-of", "2020")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: source 'digest-2021' (dated 2021-01) was not yet published as of 2020-12-31\n"
    )
    assert run("source", "nothing", "--data", HISTORY, "--as-of", "2020").stderr == (
        "Error: no source 'nothing'; the sources are: gazette-2015, herald-2018, review-2020\n"
    )
