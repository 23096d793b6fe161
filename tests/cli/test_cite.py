"""`cite`: references that real tools import — a BibTeX parser, the CSL data schema and a
CSL processor read them back."""

from __future__ import annotations

import json

import bibtexparser
import jsonschema
import pytest

from tests.conftest import TESTS, Run

CSL_SCHEMA = json.loads((TESTS / "data" / "csl" / "csl-data.json").read_text(encoding="utf-8"))
TARGETS = [
    "dalian",
    "chengdu",
    "dalian-population-2014",
    "chengdu-population-growth-rate-2021",
    "chinadaily-2022-inland",
    "geewax-npr-2010",
    "zhongguancun",
    "shenyang",
]


@pytest.mark.parametrize("target", TARGETS)
def test_csl_json_is_valid_against_the_csl_data_schema(run: Run, target: str) -> None:
    items = json.loads(run("cite", target, "--format", "csl-json").stdout)
    assert items
    jsonschema.Draft7Validator(CSL_SCHEMA).validate(items)


def test_inferred_dates_are_circa_in_csl_json(run: Run) -> None:
    (item,) = json.loads(run("cite", "dalian-population-2014", "--format", "csl-json").stdout)
    assert item["issued"] == {"date-parts": [[2014]], "circa": True}
    (printed,) = json.loads(run("cite", "chinadaily-2022-inland", "--format", "csl-json").stdout)
    assert printed["issued"] == {"date-parts": [[2022, 5, 27]]}


def test_fact_citations_carry_the_figure_and_quote(run: Run) -> None:
    (item,) = json.loads(run("cite", "dalian-population-2014", "--format", "csl-json").stdout)
    assert item["note"].startswith(
        "Figure: Population of Dalian: 6 million people (reported c. 2014). "
        "Quote: “this bustling seaport of six million inhabitants”"
    )
    assert "Note: Said of the years before “today”" in item["note"]
    assert "Date inferred (circa 2014)" in item["note"]


@pytest.mark.parametrize("target", TARGETS)
def test_bibtex_parses_with_a_real_parser(run: Run, target: str) -> None:
    out = run("cite", target, "--format", "bibtex").stdout
    library = bibtexparser.parse_string(out)
    assert not library.failed_blocks
    assert len(library.entries) == out.count("\n@") + 1
    for entry in library.entries:
        assert entry.fields_dict["title"].value
        assert entry.fields_dict["year"].value.isdigit()


def test_bibtex_fields_of_a_figure(run: Run) -> None:
    out = run("cite", "dalian-outsourcing-revenue-2013-usd", "--format", "bibtex").stdout
    (entry,) = bibtexparser.parse_string(out).entries
    assert entry.entry_type == "misc"
    assert entry.key == "dalian-outsourcing-revenue-2013-usd"
    fields = {name: field.value for name, field in entry.fields_dict.items()}
    assert fields["author"] == "Allen, Daniel"
    assert fields["title"] == "{GreatLeapForward.com}"
    assert "US\\$21.7 billion" in fields["note"]  # TeX specials escaped
    assert "Date inferred (circa 2014)" in fields["note"]


def test_ris_records(run: Run) -> None:
    out = run("cite", "chengdu-ipad-share-2022", "--format", "ris").stdout
    assert out.splitlines() == [
        "TY  - NEWS",
        "ID  - chengdu-ipad-share-2022",
        "TI  - China's inland rides waves of innovation, new opportunities",
        "PY  - 2022",
        "DA  - 2022/05/27/",
        "T2  - China Daily",
        "PB  - China Daily",
        "N1  - Figure: Share of world iPads of Chengdu: 70 % (2022-05). Quote: “At the same time, "
        "70 percent of the world's iPads and nearly 20 percent of global laptop computers are "
        "produced in Chengdu, capital of Sichuan province.”",
        "ER  -",
        "",
    ]


def test_a_derived_figure_is_cited_as_derived_from_its_inputs(run: Run) -> None:
    out = run("cite", "chengdu-population-growth-rate-2021").stdout
    assert out.startswith(
        "Population growth rate of Chengdu: +1.17 % (2021) is derived by hubquery "
        "(percent-change of chengdu-population-2021, chengdu-population-2020); no source "
        "prints it. It rests on:\nPopulation of Chengdu: 21.192 million people (2021-12).\n"
    )
    # chengdu-population-2020 is itself derived: its quoted input is cited instead.
    assert "Population change of Chengdu: 245,000 people (2021)." in out
    assert "20.947" not in out
    items = json.loads(
        run("cite", "chengdu-population-growth-rate-2021", "--format", "csl-json").stdout
    )
    assert [i["id"] for i in items] == [
        "chengdu-population-2021--for--chengdu-population-growth-rate-2021",
        "chengdu-population-change-2021--for--chengdu-population-growth-rate-2021",
    ]
    assert all("no source prints it" in i["note"] for i in items)


@pytest.mark.parametrize(
    ("style", "line"),
    [
        ("apa", "Geewax, M. (ca. 2010). Chinese Aim To Build The Next Silicon Valley. NPR."),
        (
            "chicago",
            "Geewax, Marilyn. “Chinese Aim To Build The Next Silicon Valley.” NPR, ca. 2010.",
        ),
        ("mla", "Geewax, Marilyn. “Chinese Aim To Build The Next Silicon Valley.” NPR, c. 2010."),
    ],
)
def test_styles(run: Run, style: str, line: str) -> None:
    assert run("cite", "geewax-npr-2010", "--style", style).stdout.splitlines()[0] == line


def test_dated_source_in_each_style(run: Run) -> None:
    lines = [
        run("cite", "chinadaily-2022-inland", "--style", s).stdout
        for s in ("apa", "chicago", "mla")
    ]
    assert lines == [
        "China's inland rides waves of innovation, new opportunities. (2022, May 27). China Daily.\n",
        "“China's inland rides waves of innovation, new opportunities.” China Daily, May 27, 2022.\n",
        "“China's inland rides waves of innovation, new opportunities.” China Daily, 27 May 2022.\n",
    ]


def test_markdown_is_the_figure_with_a_footnote(run: Run) -> None:
    out = run("cite", "hefei", "--metric", "ai-companies", "--format", "markdown").stdout
    assert out == (
        "AI companies of Hefei: more than 840 companies (2021).[^hefei-ai-companies-2021]\n\n"
        "[^hefei-ai-companies-2021]: China's inland rides waves of innovation, new opportunities. "
        "(2022, May 27). China Daily. “In 2021, the city was home to more than 840 AI-related "
        "companies, up 23.2 percent year-on-year, data from the local government shows.”\n"
    )


def test_hub_and_metrics_select_figures(run: Run) -> None:
    refs = json.loads(run("cite", "chengdu", "-m", "ipads", "--json").stdout)
    assert [r["key"] for r in refs] == ["chengdu-ipad-share-2019", "chengdu-ipad-share-2022"]
    assert refs[0]["fact"]["quote"]


def test_unknown_target_suggests(run: Run) -> None:
    result = run("cite", "dalain")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no fact, source or hub 'dalain'. Did you mean:")
    assert run("cite", "hefei", "-m", "population").exit_code == 1
    assert run("cite", "dalian", "--style", "vancouver").exit_code == 2
    wrong = run("cite", "dalian-population-2014", "--metric", "population")
    assert wrong.exit_code == 1
    assert (
        wrong.stderr
        == "Error: --metric narrows a hub's figures; dalian-population-2014 is one figure\n"
    )


def test_citeproc_renders_the_csl_json(run: Run) -> None:
    """A real CSL processor reads the records (citeproc-py with its bundled Harvard style)."""
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON

    items = [
        *json.loads(run("cite", "dalian-population-2010", "--format", "csl-json").stdout),
        *json.loads(run("cite", "chinadaily-2022-inland", "--format", "csl-json").stdout),
    ]
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    assert [str(entry) for entry in bibliography.bibliography()] == [
        "Geewax, M. (2010) “Chinese Aim To Build The Next Silicon Valley”, NPR.",
        "China Daily (2022) “China's inland rides waves of innovation, new opportunities”, China Daily, 27 May.",
    ]


def test_csl_schema_is_vendored_with_its_licence() -> None:
    assert (
        (TESTS / "data" / "csl" / "LICENSE.txt")
        .read_text(encoding="utf-8")
        .startswith("MIT License")
    )
    assert (
        CSL_SCHEMA["$id"]
        == "https://resource.citationstyles.org/schema/v1.0/input/json/csl-data.json"
    )


JUDGED = str(TESTS / "data" / "judged.yaml")
# P6 (data-audit-2026-12.md): the period as every view prints it, the status in words and
# the figure's note, in every style and format; each failed on 0a04967 ("(2014)",
# "(target) (2020)", no note).
PERIODS = {
    "port-population-2014": (
        "Population of Port: 6 million people (reported c. 2014)",
        "Said in a past-tense clause about the years before the boom.",
    ),
    "port-revenue-target-2020": ("Revenue of Port: CN¥1 trillion (target for 2020)", None),
    "port-pole-rank": (
        "Rank as a pole of production of Port: #4 (aspiration) (no date; reported c. 2014)",
        "A prospect, given no horizon.",
    ),
}


@pytest.mark.parametrize("fmt", ["text", "markdown", "csl-json", "bibtex", "ris", "json"])
@pytest.mark.parametrize("style", ["apa", "chicago", "mla"])
@pytest.mark.parametrize("target", sorted(PERIODS))
def test_p6_cited_periods_say_what_they_are_and_carry_the_note(
    run: Run, target: str, style: str, fmt: str
) -> None:
    out = run("cite", target, "--data", JUDGED, "--format", fmt, "--style", style).stdout
    statement, note = PERIODS[target]
    flat = " ".join(out.replace("\\#", "#").split())
    if fmt == "bibtex":
        flat = flat.replace("\\#", "#")
    assert statement in flat
    assert "(2014)" not in flat
    assert "(target) (" not in flat
    if note:
        assert note in flat


def test_p6_json_keeps_the_iso_period_beside_its_label(run: Run) -> None:
    [reference] = json.loads(run("cite", "port-population-2014", "--data", JUDGED, "--json").stdout)
    assert (reference["fact"]["period"], reference["fact"]["period_label"]) == (
        "2014",
        "reported c. 2014",
    )


def test_a_derived_figure_is_cited_through_its_inputs_never_as_printed(run: Run) -> None:
    out = run("cite", "bay-population-2020", "--data", JUDGED).stdout
    assert out.startswith(
        "Population of Bay: 20.947 million people (2020-12) is derived by hubquery"
    )
    assert "Population of Bay: 21.192 million people (2021-12).\n" in out
    assert "Population change of Bay: 245,000 people (2021).\n" in out


def test_a5_a_figure_stated_in_words_keeps_its_words_in_every_format(run: Run) -> None:
    for fmt in ("text", "markdown", "csl-json", "bibtex", "ris", "json"):
        out = run("cite", "chongqing", "--format", fmt).stdout
        if fmt == "json":  # the raw value stays a number; the statement keeps the words
            out = "\n".join(r["statement"] for r in json.loads(out))
        assert "33.33" not in out
        assert (
            "one out of every three (≈33 \\%)" in out
            if fmt == "bibtex"
            else ("one out of every three (≈33 %)" in out)
        )


def test_a6_one_period_formatter_for_tables_search_cite_and_fields(run: Run) -> None:
    import csv
    import io

    table = run("show", "chengdu").stdout
    assert "c. 2019" in table
    rows = list(
        csv.DictReader(
            io.StringIO(
                run(
                    "show", "chengdu", "--fields", "id,period,period_label", "--format", "csv"
                ).stdout
            )
        )
    )
    labels = {r["id"]: (r["period"], r["period_label"]) for r in rows}
    assert labels["chengdu-luxury-market-rank-2019"] == ("2019", "c. 2019")
    cited = run("cite", "chengdu-luxury-market-rank-2019").stdout
    assert "(c. 2019)" in cited
    hits = json.loads(run("search", "luxury", "--json").stdout)
    assert any(h["name"].endswith(", c. 2019") for h in hits if h["kind"] == "fact")
