"""compare, list, rank, metrics, sources, source and search, on the small fixture."""

from __future__ import annotations

import csv
import io
import json

import pytest
import yaml

from tests.conftest import Run, WriteDataset


def test_compare_says_definitions_differ_and_draws_no_bars(run: Run, mini: str) -> None:
    """Produced against sold are not one quantity: no bars under the warning (A9)."""
    result = run("compare", "chengdu", "chongqing", "--metric", "laptops", "--data", mini)
    assert result.exit_code == 0
    assert (
        result.stdout
        == """\
Metric                              Chengdu                   Chongqing
────────────────────────────────────────────────────────────────────────────────────────────────────
Share of world laptops (produced)   nearly 20 % 2022-05 [1]   —
Share of world laptops (sold)       —                         one out of every three (≈33 %)
                                                              2022-05 [1]

Share of world laptops
  ! Definitions differ (Chengdu: produced; Chongqing: sold): not the same quantity.
  ! Hedged: Chengdu nearly 20 %.
  ! No bars: one counts produced, the other sold.

Sources
[1] “China's inland rides waves of innovation, new opportunities”, China Daily, 2022-05-27
    (chinadaily-2022)
"""
    )


def test_compare_json(run: Run, mini: str) -> None:
    document = json.loads(
        run("compare", "chengdu", "chongqing", "-m", "laptops", "--data", mini, "--json").stdout
    )
    assert [h["id"] for h in document["hubs"]] == ["chengdu", "chongqing"]
    [row] = document["rows"]
    assert row["metric"]["id"] == "laptop-share"
    assert row["unit"] == "percent"
    assert [c["compared"]["basis"] for c in row["cells"]] == ["produced", "sold"]
    assert [(n["kind"], n["message"], n["hub_ids"]) for n in row["notes"]] == [
        (
            "definitions-differ",
            "Definitions differ (Chengdu: produced; Chongqing: sold): not the same quantity.",
            ["chengdu", "chongqing"],
        ),
        ("hedged", "Hedged: Chengdu nearly 20 %.", ["chengdu"]),
        ("not-drawn", "No bars: one counts produced, the other sold.", ["chengdu", "chongqing"]),
    ]


def test_compare_all_shared_metrics_notes_periods_and_gaps(run: Run, mini: str) -> None:
    document = json.loads(
        run("compare", "chengdu", "chongqing", "dalian", "--data", mini, "--json").stdout
    )
    rows = {row["metric"]["id"]: row for row in document["rows"]}
    assert list(rows) == ["laptop-share", "population"]
    assert rows["laptop-share"]["notes"][0] == {
        "kind": "missing",
        "message": "No figure for Dalian.",
        "hub_ids": ["dalian"],
        "fact_ids": [],
    }
    assert [n["message"] for n in rows["population"]["notes"]] == [
        "Periods differ: Chengdu 2021-12, Chongqing 2022-05, Dalian 2014.",
        "Hedged: Chongqing more than 20 million people.",
        "Order unknown between Chengdu (21.192 million people) and Chongqing (more than 20 "
        "million people): their hedged figures overlap.",
    ]
    dalian = rows["population"]["cells"][2]
    assert [f["period"] for f in dalian["facts"]] == ["2014", "2010"]
    assert dalian["compared"]["period"] == "2014"


def test_compare_never_sets_different_units_against_each_other(
    run: Run, write_dataset: WriteDataset
) -> None:
    from tests.conftest import MINIMAL

    text = (
        MINIMAL.replace("unit_kind: count\n", "unit_kind: money\n", 1)
        .replace("unit: companies", "unit: CNY")
        .replace("  kind: city\n", "  kind: city\n- id: there\n  name: There\n  kind: city\n")
    )
    text += (
        "- id: f2\n  hub: there\n  metric: companies\n  value: 5\n  unit: USD\n"
        "  period: '2020'\n  source: s1\n  quote: 5 dollars\n"
    )
    document = json.loads(
        run("compare", "here", "there", "--data", write_dataset(text), "--json").stdout
    )
    [row] = document["rows"]
    assert row["unit"] is None
    assert [c["compared"] for c in row["cells"]] == [None, None]
    assert [(n["kind"], n["message"]) for n in row["notes"]] == [
        ("units-differ", "Units differ (Here in CNY; There in USD): not compared.")
    ]


def test_compare_needs_two_hubs(run: Run, mini: str) -> None:
    result = run("compare", "dalian", "--data", mini)
    assert result.exit_code == 2
    assert "compare needs at least two hubs" in result.stderr


def test_compare_unknown_metric_suggests(run: Run, mini: str) -> None:
    result = run("compare", "chengdu", "chongqing", "-m", "laptop-shares", "--data", mini)
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: no metric 'laptop-shares'. Did you mean: laptop-share?\n",
    )


@pytest.mark.parametrize(
    "name", ["laptop-share", "laptops", "Share of world laptops", "LAPTOP", "lap"]
)
def test_metric_found_by_id_alias_label_or_unique_prefix(run: Run, mini: str, name: str) -> None:
    rankings = json.loads(run("rank", "--metric", name, "--data", mini, "--json").stdout)
    assert {r["metric"]["id"] for r in rankings} == {"laptop-share"}
    assert {row["fact"]["metric_id"] for r in rankings for row in r["rows"]} == {"laptop-share"}


def test_ambiguous_metric_prefix_lists_candidates(run: Run, write_dataset: WriteDataset) -> None:
    from tests.conftest import MINIMAL

    path = write_dataset(
        MINIMAL.replace("unit_kind: share\n", "unit_kind: share\n  aliases: [co2]\n")
    )
    result = run("rank", "--metric", "co", "--data", path)
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: metric 'co' is ambiguous: it could be companies, share\n",
    )
    assert run("rank", "--metric", "com", "--data", path).exit_code == 0


def test_rank_orders_latest_values_with_notes(run: Run, mini: str) -> None:
    result = run("rank", "--metric", "population", "--data", mini)
    # Dalian's 2014 figure is outside the default window of 2017–2022: listed after the
    # order, unnumbered, with the reason as a lettered footnote.
    assert result.stdout.startswith("""\
Population, largest first
 #   Hub                               Value   Period    Src   Notes
────────────────────────────────────────────────────────────────────
1?   Chengdu           21.192 million people   2021-12   [1]
2?   Chongqing   more than 20 million people   2022-05   [1]
 –   Dalian                 6 million people   2014      [2]   (a)
  ! Periods differ: Chengdu 2021-12, Chongqing 2022-05.
  ! Hedged: Chongqing more than 20 million people.
  ! Order unknown between Chengdu (21.192 million people) and Chongqing (more than 20 million
    people): their hedged figures overlap.
  ! Ranked: figures of 2017–2022 (the 5 years to the newest; --since and --until choose others).

(a) not ranked: 6 million people is of 2014, outside 2017–2022.
""")


def test_rank_years_ascend_and_units_are_ranked_apart(run: Run, mini: str) -> None:
    rankings = json.loads(run("rank", "-m", "outsourcing", "--data", mini, "--json").stdout)
    assert [(r["unit"], [row["rank"] for row in r["rows"]]) for r in rankings] == [
        ("CNY", [1]),
        ("USD", [1]),
    ]
    ranks = json.loads(run("rank", "-m", "founded", "--data", mini, "--json", "--asc").stdout)
    # A figure about an organisation in a hub is listed under its own name, never dropped,
    # but not ranked against the park's: they are not the same thing.
    assert [(row["name"], row["fact"]["value"]) for r in ranks for row in r["rows"]] == [
        ("Dalian Software Park", 1999)
    ]
    assert [(row["name"], row["note"]["kind"]) for r in ranks for row in r["left_out"]] == [
        ("Accenture (Dalian)", "subject-differs")
    ]


def test_list_filters_combine(run: Run, mini: str) -> None:
    def ids(*args: str) -> list[str]:
        return [
            r["hub"]["id"] for r in json.loads(run("list", "--data", mini, "--json", *args).stdout)
        ]

    assert ids("--kind", "city") == ["dalian", "chengdu", "chongqing"]
    assert ids("--parent", "china", "--kind", "province") == ["liaoning", "sichuan"]
    assert ids("--parent", "liaoning") == ["dalian", "dalian-software-park"]
    assert ids("--country", "中国", "--tag", "electronics") == ["chengdu", "chongqing"]
    assert ids("--region", "southwest CHINA") == ["sichuan", "chengdu", "chongqing"]
    # Chongqing's "more than 20 m" is certainly more than 20 m.
    assert ids("--where", "population > 20m") == ["chengdu", "chongqing"]
    assert ids("--where", "population >= 20m") == ["chengdu", "chongqing"]
    assert ids("--where", "pop>1m", "--where", "laptops<25") == ["chengdu"]
    # Dalian's 2014 figure is outside the order's window: after the ranked hubs.
    assert ids("--where", "population > 1m", "--sort", "population", "--asc") == [
        "chongqing",
        "chengdu",
        "dalian",
    ]
    assert ids("--sort", "population", "--limit", "2", "--kind", "city") == ["chengdu", "chongqing"]


def test_list_empty_result_is_success(run: Run, mini: str) -> None:
    result = run("list", "--data", mini, "--where", "population > 1bn")
    assert (result.exit_code, result.stdout) == (0, "No hubs match.\n")
    assert run("list", "--data", mini, "--where", "population > 1bn", "--json").stdout == "[]\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--where", "outsourcing > 1bn"],
            "Error: metric 'outsourcing-revenue' is recorded in CNY, "
            "USD: name the unit, e.g. --where 'outsourcing-revenue > 1bn CNY'",
        ),
        (
            ["--where", "outsourcing > 1bn EUR"],
            "Error: metric 'outsourcing-revenue' has no figures in 'EUR' (it has: CNY, USD)",
        ),
        (["--tag", "robots"], "Error: no tag 'robots'; the tags are: electronics, outsourcing"),
        (
            ["--region", "south west"],
            "Error: no region 'south west'. Did you mean: Southwest China?",
        ),
        (["--parent", "atlantis"], "Error: no hub 'atlantis'; see 'hubquery list' for every hub"),
        (
            ["--country", "dalian"],
            "Error: dalian is a city, not a country; see 'hubquery list --kind country'",
        ),
    ],
)
def test_list_bad_filters(run: Run, mini: str, args: list[str], message: str) -> None:
    """A well-formed filter that matches nothing is exit 1 (see unreadable ones: exit 2)."""
    result = run("list", "--data", mini, *args)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", message + "\n")


def test_list_sort_never_mixes_units(run: Run, mini: str) -> None:
    result = run("list", "--data", mini, "--sort", "outsourcing")
    assert (result.exit_code, result.stderr) == (
        1,
        (
            "Error: metric 'outsourcing-revenue' is recorded in CNY, USD: name the unit, e.g. "
            "--sort 'outsourcing-revenue CNY'\n"
        ),
    )
    rows = json.loads(run("list", "--data", mini, "--sort", "outsourcing USD", "--json").stdout)
    assert [f["unit"] for f in rows[0]["facts"]] == ["USD"]
    clash = run(
        "list", "--data", mini, "--where", "outsourcing > 1 CNY", "--sort", "outsourcing USD"
    )
    assert clash.stderr == (
        "Error: --where reads 'outsourcing-revenue' in CNY but --sort in USD: use one unit\n"
    )


def test_list_where_with_unit(run: Run, mini: str) -> None:
    rows = json.loads(
        run("list", "--data", mini, "--where", "outsourcing > 100bn CNY", "--json").stdout
    )
    assert [(r["hub"]["id"], [f["value"] for f in r["facts"]]) for r in rows] == [
        ("dalian", [135000000000])
    ]


def test_metrics_and_sources(run: Run, mini: str) -> None:
    metrics = json.loads(run("metrics", "--data", mini, "--json").stdout)
    assert metrics[0] == {
        "id": "population",
        "label": "Population",
        "description": "People living in the place.",
        "unit_kind": "count",
        "aliases": ["pop", "residents"],
        "hub_count": 3,
        "fact_count": 4,
    }
    sources = json.loads(run("sources", "--data", mini, "--json").stdout)
    assert [(s["source"]["id"], s["hub_count"], s["fact_count"]) for s in sources] == [
        ("npr-2010", 2, 2),
        ("chinadaily-2022", 2, 4),
        ("allen-2014", 2, 5),
    ]


def test_source_lists_everything_cited_from_it(run: Run, mini: str) -> None:
    document = json.loads(run("source", "allen", "--data", mini, "--json").stdout)
    assert document["source"]["id"] == "allen-2014"
    assert len(document["facts"]) == 5
    assert [(s["hub_id"], s["field"], s["name"]) for s in document["statements"]] == [
        ("dalian", "organisation", "Accenture"),
        ("dalian", "tag", "outsourcing"),
    ]
    result = run("source", "npr-2011", "--data", mini)
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: no source 'npr-2011'. Did you mean: npr-2010?\n",
    )


def test_search_ranks_names_before_quotes(run: Run, mini: str) -> None:
    hits = json.loads(run("search", "chengdu", "--data", mini, "--json").stdout)
    assert (hits[0]["kind"], hits[0]["hub_id"], hits[0]["text"]) == ("hub", "chengdu", "Chengdu")
    assert [h["kind"] for h in hits] == ["hub", "tag", "fact", "fact", "fact"]
    assert (
        json.loads(run("search", "成都", "--data", mini, "--json").stdout)[0]["hub_id"] == "chengdu"
    )
    assert json.loads(run("search", "accenture", "--data", mini, "--json").stdout)[0]["kind"] == (
        "organisation"
    )
    result = run("search", "  ", "--data", mini)
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: Invalid value for 'TEXT': the name is empty\n")
    result = run("search", "!?", "--data", mini)
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: search for at least one letter or digit\n",
    )


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv", "yaml", "markdown", "table"])
@pytest.mark.parametrize(
    "command",
    [
        ["show", "dalian"],
        ["compare", "chengdu", "chongqing"],
        ["list"],
        ["rank", "-m", "pop"],
        ["metrics"],
        ["sources"],
        ["source", "npr-2010"],
        ["search", "dalian"],
    ],
)
def test_every_query_command_speaks_every_format(
    run: Run, mini: str, command: list[str], fmt: str
) -> None:
    result = run(*command, "--data", mini, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    # A format that cannot hold a profile's parts says which, in one line.
    assert result.stderr == "" or (
        fmt in ("csv", "tsv", "jsonl")
        and command[0] in ("show", "source")
        and result.stderr.startswith("Note: ")
        and result.stderr.count("\n") == 1
    )
    out = result.stdout
    if fmt == "json":
        json.loads(out)
    elif fmt == "jsonl":
        assert all(isinstance(json.loads(line), dict) for line in out.splitlines())
    elif fmt == "yaml":
        assert yaml.safe_load(out) is not None
    elif fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        assert len({len(r) for r in rows}) == 1
    elif fmt == "markdown":
        assert any(line.startswith("| ---") for line in out.splitlines())
    else:
        assert out.strip()


def test_lists_are_top_level_json_arrays(run: Run, mini: str) -> None:
    for command in (["list"], ["rank", "-m", "pop"], ["metrics"], ["sources"], ["search", "d"]):
        assert isinstance(json.loads(run(*command, "--data", mini, "--json").stdout), list)
