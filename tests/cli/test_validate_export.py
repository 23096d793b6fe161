"""`hubquery validate`, the quote checks for curators, and `hubquery export`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from hubquery.quotes import quote_in_article, stated_numbers, states
from tests.conftest import MINI, MINIMAL, Run, WriteDataset


def test_validate_clean_dataset(run: Run, mini: str) -> None:
    result = run("validate", mini)
    assert result.exit_code == 0
    assert result.stdout == f"ok: {mini}: 7 hubs, 11 facts, 3 sources, 4 metrics\n"


def test_validate_lists_every_problem_with_its_position(
    run: Run, write_dataset: WriteDataset
) -> None:
    path = write_dataset(
        MINIMAL.replace("value: 12", "value: 13").replace("kind: city", "kind: town")
    )
    result = run("validate", path)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{path}:18:3: hubs[0].kind: 'town' is not allowed: input should be 'country', 'region', "
        "'state', 'province', 'city', 'district' or 'science-park'",
        "Error: 1 problem found",
    ]


def test_validate_checks_that_quotes_state_their_figures(
    run: Run, write_dataset: WriteDataset
) -> None:
    path = write_dataset(MINIMAL.replace("value: 12", "value: 13"))
    result = run("validate", path)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"{path}:27:3: facts[0].quote: the quote does not state the value 13 (in digits or in words)"
    )


def test_validate_json(run: Run, write_dataset: WriteDataset) -> None:
    path = write_dataset(MINIMAL.replace("value: 12", "value: 13"))
    document = json.loads(run("validate", path, "--json").stdout)
    assert document == {
        "file": path,
        "valid": False,
        "hub_count": None,
        "fact_count": None,
        "source_count": None,
        "metric_count": None,
        "problems": [
            {
                "file": path,
                "line": 27,
                "column": 3,
                "field": "facts[0].quote",
                "message": "the quote does not state the value 13 (in digits or in words)",
            }
        ],
    }


def test_validate_json_of_a_valid_dataset_has_counts(run: Run, mini: str) -> None:
    result = run("validate", "--data", mini, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "file": mini,
        "valid": True,
        "hub_count": 7,
        "fact_count": 11,
        "source_count": 3,
        "metric_count": 4,
        "problems": [],
    }


def test_validate_csv_lists_problems_and_fails(run: Run, write_dataset: WriteDataset) -> None:
    path = write_dataset(MINIMAL.replace("value: 12", "value: 13"))
    result = run("validate", "--data", path, "--format", "csv")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "file,line,column,field,message",
        f"{path},27,3,facts[0].quote,the quote does not state the value 13 (in digits or in words)",
    ]
    assert result.stderr == "Error: 1 problem found\n"


def test_validate_path_and_data_together_is_a_usage_error(run: Run, mini: str) -> None:
    result = run("validate", mini, "--data", mini)
    assert result.exit_code == 2
    assert "give the dataset as PATH or as --data, not both" in result.stderr


def test_validate_reads_stdin(run: Run) -> None:
    result = run("validate", "-", input=MINI.read_text(encoding="utf-8"))
    assert result.stdout == "ok: <stdin>: 7 hubs, 11 facts, 3 sources, 4 metrics\n"


def test_validate_finds_quotes_missing_from_their_article(run: Run, tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "npr.txt").write_text(
        "Today, Dalian's 6 million residents are prospering from a boom.\n"
        "In 1998, government officials spurred the creation of the Dalian Software Park, a campus.\n"
    )
    (articles / "allen.txt").write_text(
        "this bustling seaport of\nsix million inhabitants. “Dalian has grown into one of China’s "
        "strongest IT outsourcing (ITO) hubs,” says Walter Fang. Dalian’s software and service "
        "outsourcing industry realised revenues\nof 135 billion renminbi (US$21.7 billion) last year. "
        "Accenture, which set up its first delivery centre in Dalian in 2002.\n"
    )
    (articles / "chinadaily.txt").write_text(
        "Now one out of every three laptop computers sold worldwide, and one out of every 10 "
        "smartphones sold globally come from Chongqing, the southwestern Chinese municipality. "
        "At the same time, 70 percent of the world's iPads and nearly 20 percent of global "
        "laptop computers are produced in Chengdu, capital of Sichuan province. Chengdu and "
        "Chongqing are now two of the only four cities (the other two are Beijing and Shanghai) "
        "in China with populations of more than 20 million. The Chengdu Bureau of Statistics "
        "said by the end of 2021, the number of permanent residents in Chengdu was 21.192 million"
    )
    result = run("validate", str(MINI), "--articles", str(articles))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{MINI}:149:3: facts[5].quote: quote not found in allen-2014's article",
        "Error: 1 problem found",
    ]


def test_validate_articles_must_be_a_folder(run: Run, tmp_path: Path) -> None:
    file = tmp_path / "npr.txt"
    file.write_text("Dalian's 6 million residents\n")
    result = run("validate", str(MINI), "--articles", str(file))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"Error: Invalid value for '--articles': Directory '{file}' is a file."
    )
    missing = run("validate", str(MINI), "--articles", str(tmp_path / "nowhere"))
    assert missing.exit_code == 1
    assert "no such folder of article texts" in missing.stderr


@pytest.mark.parametrize(
    ("quote", "article"),
    [
        (
            "the Dalian Economic and Information Technology Committee",
            "the Dalian Economic and Information Technology Commit\ntee, Dalian’s",
        ),
        ("nearly half are foreign-owned", "Of these, nearly half are foreignowned, including"),
        ("It’s a “hub”", 'It\'s a "hub"'),
        (
            "Bangalore retains the edge … the gap with India is closing",
            "Bangalore retains the edge on Dalian. [But] the gap\nwith India is closing.",
        ),
    ],
)
def test_quotes_match_across_layout_damage(quote: str, article: str) -> None:
    from hubquery.quotes import _skeleton

    assert quote_in_article(quote, _skeleton(article))


def test_elided_parts_must_appear_in_order() -> None:
    from hubquery.quotes import _skeleton

    assert not quote_in_article("the gap … Bangalore", _skeleton("Bangalore and the gap"))


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("135 billion renminbi (US$21.7 billion)", 21.7e9),
        ("480 square kilometers, 2.300 companies", 2300),
        ("generated 480billion yuan", 480e9),
        ("two-thirds of all iPads", 200 / 3),
        ("one out of every three laptop computers sold", 100 / 3),
        ("nearly half are foreignowned", 50),
        ("one quarter of the city’s GDP", 25),
        ("has increased five-fold", 5),
        ("the ten-year working visa", 10),
        ("the world’s 14th largest outsourcing destination", 14),
        ("the third largest luxury market", 3),
        ("the world's largest exporter", 1),
        ("21.192 million", 21192000),
        ("less than a nickel for every dollar", 5),
        ("opened on 3sq km", 3),
        ("exports fell 2.8 percent", -2.8),
        ("a change of -2.8 percent", -2.8),
        ("a change of −0.5 per cent", -0.5),
        ("between 2010-2012, up 5 percent", 5),
    ],
)
def test_stated_numbers_reads_digits_and_words(quote: str, value: float) -> None:
    assert states(value, stated_numbers(quote))


def test_years_ago_resolve_against_the_source_date() -> None:
    assert states(2006, stated_numbers("by Beijing eight years ago", 2014))
    assert not states(2006, stated_numbers("by Beijing eight years ago", 2013))


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("an increase of 41 per cent", 42),
        ("six million", 60e6),
        ("2.300 companies", 23),
        ("up 2.8 percent", -2.8),
    ],
)
def test_stated_numbers_does_not_invent(quote: str, value: float) -> None:
    assert not states(value, stated_numbers(quote))


def test_export_jsonl_has_one_fact_per_line(run: Run, mini: str) -> None:
    lines = run("export", "--data", mini).stdout.splitlines()
    assert len(lines) == 11
    facts = [json.loads(line) for line in lines]
    assert {f["id"] for f in facts} >= {"dalian-population-2010", "dlsp-established-1999"}
    for fact in facts:
        assert {
            "hub_id",
            "metric_id",
            "value",
            "unit",
            "qualifier",
            "period",
            "quote",
            "derived",
            "source",
        } <= fact.keys()
        assert {"id", "title", "publisher", "published", "url"} <= fact["source"].keys()


def test_export_json_is_a_top_level_array(run: Run, mini: str) -> None:
    facts = json.loads(run("export", "--data", mini, "--format", "json").stdout)
    assert isinstance(facts, list)
    assert len(facts) == 11
    assert facts == [json.loads(line) for line in run("export", "--data", mini).stdout.splitlines()]


def test_export_csv_round_trips(run: Run, mini: str) -> None:
    rows = list(
        csv.DictReader(io.StringIO(run("export", "--data", mini, "--format", "csv").stdout))
    )
    assert len(rows) == 11
    assert rows[2]["value"] == "135000000000"
    assert rows[2]["source.title"] == "GreatLeapForward.com"
    assert rows[2]["quote"].startswith("Dalian’s software and service outsourcing industry")


def test_organisation_quote_must_name_it(run: Run, write_dataset: WriteDataset) -> None:
    cited = (
        "  organisations:\n  - name: Neusoft Institute of Information\n    source: s1\n"
        "    quote: At Neusoft’s Institute of Information in Dalian\n"
    )
    path = write_dataset(MINIMAL.replace("  kind: city\n", "  kind: city\n" + cited))
    assert run("validate", path).exit_code == 0
    wrong = write_dataset(
        MINIMAL.replace(
            "  kind: city\n",
            "  kind: city\n" + cited.replace("name: Neusoft Institute", "name: Alibaba Institute"),
        )
    )
    result = run("validate", wrong)
    assert result.stderr.splitlines()[0] == (
        f"{wrong}:22:5: hubs[0].organisations[0].quote: the quote does not name "
        "'Alibaba Institute of Information'"
    )


def _validate_lines(run: Run, path: str) -> list[str]:
    return run("validate", path).stderr.splitlines()


def test_validate_checks_the_word_that_states_a_figure(
    run: Run, write_dataset: WriteDataset
) -> None:
    """ "only", "first", "nearly all" and "hundreds" state figures without a number;
    the checker reads the word itself in the quote."""
    hundreds = MINIMAL.replace(
        "value: 12", "value: 200\n  qualifier: at least\n  stated_as: hundreds"
    )
    stated = hundreds.replace("there are 12 companies here", "Hundreds of companies are here.")
    assert run("validate", write_dataset(stated)).exit_code == 0
    path = write_dataset(hundreds)
    assert _validate_lines(run, path) == [
        f"{path}:29:3: facts[0].quote: the quote does not say 'hundreds'",
        "Error: 1 problem found",
    ]
    nearly_all = MINIMAL.replace("value: 12", "value: 100\n  qualifier: nearly\n  stated_as: all")
    path = write_dataset(
        nearly_all.replace("there are 12 companies here", "all companies are here")
    )
    assert _validate_lines(run, path)[0] == (
        f"{path}:29:3: facts[0].quote: the quote does not say 'nearly all'"
    )
    path = write_dataset(nearly_all.replace("there are 12 companies here", "Nearly all are here"))
    assert run("validate", path).exit_code == 0
    all_ = MINIMAL.replace("value: 12", "value: 100\n  stated_as: all")
    path = write_dataset(all_.replace("there are 12 companies here", "nearly all are here"))
    assert (
        _validate_lines(run, path)[0]
        == f"{path}:28:3: facts[0].quote: the quote does not say 'all'"
    )
    only = MINIMAL.replace("value: 12", "value: 1\n  stated_as: only")
    path = write_dataset(only.replace("there are 12 companies here", "the commonly held view"))
    assert (
        _validate_lines(run, path)[0]
        == f"{path}:28:3: facts[0].quote: the quote does not say 'only'"
    )
    path = write_dataset(only.replace("there are 12 companies here", "the only company here"))
    assert run("validate", path).exit_code == 0


def test_validate_wants_a_quote_s_hedge_in_the_note(run: Run, write_dataset: WriteDataset) -> None:
    """Audit E11: "may" and "apparently" are the article's doubt; the reader must see it."""
    hedged = MINIMAL.replace("there are 12 companies", "there are apparently 12 companies")
    path = write_dataset(hedged)
    assert _validate_lines(run, path) == [
        f"{path}:20:3: facts[0].note: the quote hedges ('apparently'): "
        "the note must say what 'apparently' qualifies",
        "Error: 1 problem found",
    ]
    noted = hedged.replace(
        "  source: s1\n  quote", "  note: “Apparently”, says the article.\n  source: s1\n  quote"
    )
    assert run("validate", write_dataset(noted)).exit_code == 0
    in_may = MINIMAL.replace("there are 12 companies here", "in May 2020 there were 12 companies")
    assert run("validate", write_dataset(in_may)).exit_code == 0


def test_validate_reads_a_misspelt_organisation_as_quoted(
    run: Run, write_dataset: WriteDataset
) -> None:
    """Audit H2: Merck Serono, which the article spells "Merck Cerono"."""
    organisation = MINIMAL.replace(
        "  kind: city\n",
        "  kind: city\n  organisations:\n  - name: Merck Serono\n    source: s1\n"
        "    quote: companies such as Intel and Merck Cerono\n",
    )
    path = write_dataset(organisation)
    assert _validate_lines(run, path)[0] == (
        f"{path}:22:5: hubs[0].organisations[0].quote: the quote does not name 'Merck Serono'"
    )
    path = write_dataset(
        organisation.replace("    source: s1\n", "    quoted_as: Merck Cerono\n    source: s1\n", 1)
    )
    assert run("validate", path).exit_code == 0


def test_validate_rejects_an_inferred_period_from_a_printed_date(
    run: Run, write_dataset: WriteDataset
) -> None:
    """Issue 10: only a source whose date is inferred can give an inferred period."""
    path = write_dataset(
        MINIMAL.replace("  period: '2020'\n", "  period: '2020'\n  period_inferred: true\n")
    )
    result = run("validate", path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{path}:26:3: facts[0].period_inferred: a period cannot be inferred from source 's1': "
        "its date '2020' is printed (date_inferred is false)",
        "Error: 1 problem found",
    ]


def test_validate_limit_shows_the_first_problems_and_counts_them_all(
    run: Run, write_dataset: WriteDataset
) -> None:
    path = write_dataset(
        MINIMAL.replace("kind: city", "kind: town").replace("value: 12", "value: twelve")
    )
    result = run("validate", path, "--limit", "1")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1:] == [
        "1 of 2 problems shown (--limit 1)",
        "Error: 2 problems found",
    ]
    document = json.loads(run("validate", path, "--limit", "1", "--json").stdout)
    assert [p["field"] for p in document["problems"]] == ["hubs[0].kind"]


def test_validate_wants_the_words_of_a_figure_not_in_digits(
    run: Run, write_dataset: WriteDataset
) -> None:
    """P5/D5: a quote that states its figure only in words ("two-thirds", "the largest",
    "six million") needs stated_as naming them, so that every view can keep them."""
    share = MINIMAL.replace(
        "metric: companies\n  value: 12\n  unit: companies",
        "metric: share\n  value: 66.66666666666667\n  unit: percent",
    ).replace("there are 12 companies here", "two-thirds of all companies are here")
    path = write_dataset(share)
    assert _validate_lines(run, path) == [
        f"{path}:27:3: facts[0].quote: the quote states the value 66.66666666666667 in words, "
        "not in digits: stated_as must name the words (see the curator's guide)",
        "Error: 1 problem found",
    ]
    stated = share.replace("  quote: two-thirds", "  stated_as: two-thirds\n  quote: two-thirds")
    assert run("validate", write_dataset(stated)).exit_code == 0
    words = MINIMAL.replace("there are 12 companies here", "twelve companies are here")
    path = write_dataset(words)
    assert "in words, not in digits" in _validate_lines(run, path)[0]


def test_validate_reads_hedged_and_spaced_words(run: Run, write_dataset: WriteDataset) -> None:
    """A hedge the quote says before the words must be there ("less than a nickel",
    "about one-third"); "one third" states "one-third"."""

    def share(value: str, qualifier: str, word: str, quote: str) -> str:
        hedge = f"  qualifier: {qualifier}\n" if qualifier else ""
        return MINIMAL.replace(
            "metric: companies\n  value: 12\n  unit: companies",
            f"metric: share\n  value: {value}\n  unit: percent\n{hedge}"
            f"  stated_as: {word}".rstrip(),
        ).replace("there are 12 companies here", quote)

    third = "33.333333333333336"
    ok = [
        share("5", "less than", "a nickel", "they get less than a nickel for every dollar"),
        share(third, "about", "one-third", "about one third of them"),
        share(third, "", "one-third", "one-third of them"),
        share("50", "nearly", "half", "nearly half are foreign-owned"),
    ]
    for text in ok:
        assert run("validate", write_dataset(text)).exit_code == 0, text
    path = write_dataset(share("5", "less than", "a nickel", "they get a nickel for every dollar"))
    assert _validate_lines(run, path)[0].endswith("the quote does not say 'less than a nickel'")
    path = write_dataset(share(third, "", "one-third", "about one-third of them"))
    assert _validate_lines(run, path)[0].endswith("the quote does not say 'one-third'")


def test_validate_reads_a_place_ahead_of_a_rank(run: Run, write_dataset: WriteDataset) -> None:
    """ "the third largest …, after Beijing and Shanghai" puts Beijing at most second:
    validate finds the rank ("third") in the quote and wants one place less."""

    def rank(value: str) -> str:
        return (
            MINIMAL.replace("unit_kind: count\n- id: share", "unit_kind: rank\n- id: share")
            .replace(
                "value: 12\n  unit: companies",
                f"value: {value}\n  unit: rank\n  qualifier: at most\n  stated_as: after",
            )
            .replace(
                "there are 12 companies here",
                "the third largest market in China, after Here and There",
            )
        )

    assert run("validate", write_dataset(rank("2"))).exit_code == 0
    path = write_dataset(rank("1"))
    assert _validate_lines(run, path)[0].endswith(
        "facts[0].value: 'after' puts the place ahead of a rank its quote states: the quote "
        "states no rank 2"
    )
