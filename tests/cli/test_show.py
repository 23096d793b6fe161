"""`hubquery show`: the profile of one hub, as a table and as the JSON contract."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Run

DALIAN = """\
Dalian 大连 · city
Part of        China › Liaoning
Region         Northeast China
Also           Dalian City
Contains       Dalian Software Park
Tags           outsourcing [2]
Organisations  Accenture [2]

Figure                           Value   Period   Src
─────────────────────────────────────────────────────
Population            6 million people   2010     [1]
Population            6 million people   2014     [2]
Outsourcing revenue     CN¥135 billion   2013     [2]
Outsourcing revenue    US$21.7 billion   2013     [2]

Accenture
  Year established                2002   2002     [2]

  → 1 metric has figures over time (Population): see hubquery history dalian

Sources
[1] Marilyn Geewax, “Chinese Aim To Build The Next Silicon Valley”, NPR, 2010 (date inferred)
    (npr-2010)
[2] Daniel Allen, “GreatLeapForward.com”, 2014 (date inferred)  (allen-2014)
"""


def test_show_prints_the_profile(run: Run, mini: str) -> None:
    result = run("show", "dalian", "--data", mini)
    assert result.exit_code == 0
    assert result.stdout == DALIAN
    assert result.stderr == ""


@pytest.mark.parametrize(
    "name", ["dalian", "DALIAN", "Dalian City", "dalian-city", "大连", " dalian "]
)
def test_hub_is_found_by_any_of_its_names(run: Run, mini: str, name: str) -> None:
    result = run("show", name, "--data", mini, "--json")
    assert json.loads(result.stdout)["hub"]["id"] == "dalian"


def test_disagreeing_sources_are_shown_together(run: Run, mini: str) -> None:
    result = run("show", "dlsp", "--data", mini)
    assert (
        "Sources differ\n  • Year established (conflict): 1998 [1] vs 1999 [2]\n" in result.stdout
    )


def test_quotes_option_shows_each_quote(run: Run, mini: str) -> None:
    result = run("show", "dlsp", "--data", mini, "--quotes")
    assert "“In 1998, government officials spurred the creation of the" in result.stdout


def test_unknown_hub_suggests_the_closest(run: Run, mini: str) -> None:
    result = run("show", "dalain", "--data", mini)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "Error: no hub 'dalain'. Did you mean: dalian?\n"


def test_unknown_hub_without_any_close_name(run: Run, mini: str) -> None:
    result = run("show", "zzzzzz", "--data", mini)
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: no hub 'zzzzzz'; see 'hubquery list' for every hub\n",
    )


def test_json_follows_the_contract(run: Run, mini: str) -> None:
    result = run("show", "dalian", "--data", mini, "--json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert {
        "id": "dalian",
        "name": "Dalian",
        "kind": "city",
        "parent_id": "liaoning",
        "aliases": ["Dalian City"],
        "tags": ["outsourcing"],
    }.items() <= document["hub"].items()
    first = document["facts"][0]
    assert first == {
        "id": "dalian-population-2010",
        "hub_id": "dalian",
        "metric_id": "population",
        "subject": None,
        "value": 6000000,
        "unit": "people",
        "qualifier": None,
        "low": 6000000,
        "high": 6000000,
        "display": "6 million people",
        "period_label": "2010",
        "period": "2010",
        "period_inferred": False,
        "period_of": "figure",
        "status": "reported",
        "basis": None,
        "note": None,
        "quote": "Dalian's 6 million residents are prospering",
        "stated_as": None,
        "derived": False,
        "method": None,
        "inputs": [],
        "derivation": None,
        "source": {
            "id": "npr-2010",
            "title": "Chinese Aim To Build The Next Silicon Valley",
            "publisher": "NPR",
            "author": "Marilyn Geewax",
            "published": "2010",
            "date_inferred": True,
            "date_note": "From the copyright line.",
            "date_range": None,
            "url": None,
            "note": None,
        },
    }
    assert isinstance(document["facts"][2]["value"], int)
    assert "大连" in result.stdout  # UTF-8, not \\u escapes


def test_json_format_spelling_is_the_same_document(run: Run, mini: str) -> None:
    assert (
        run("show", "dalian", "--data", mini, "--json").stdout
        == run("show", "dalian", "--data", mini, "--format", "json").stdout
    )


def test_csv_has_one_row_per_fact(run: Run, mini: str) -> None:
    lines = run("show", "dalian", "--data", mini, "--format", "csv").stdout.splitlines()
    assert lines[0].startswith(
        "id,hub_id,metric_id,subject,value,unit,qualifier,low,high,display,period_label,period,"
        "period_inferred,"
    )
    assert len(lines) == 1 + 5
    assert lines[3].startswith(
        "dalian-outsourcing-revenue-2013-cny,dalian,outsourcing-revenue,,135000000000,CNY"
    )
