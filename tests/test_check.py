"""`check`: a writer's claims judged against the shipped dataset."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hubquery.cache import open_store
from hubquery.query.check import check
from hubquery.query.draft import passages, sentences
from tests.conftest import SHIPPED, TESTS, Run

CLAIMS = TESTS / "data" / "claims.tsv"


def _claim_set() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in CLAIMS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, verdict, hub, metric = line.split("\t")
            rows.append((text, verdict, hub, metric))
    return rows


def _judged(text: str) -> tuple[str, str, str]:
    claims = check(open_store(str(SHIPPED)), text)
    if not claims:
        return ("none", "-", "-")
    first = claims[0]
    return (first.verdict, first.hub_id or "-", first.metric_id or "-")


def test_claim_set_is_large_and_varied() -> None:
    rows = _claim_set()
    assert len(rows) >= 40
    verdicts = {verdict for _, verdict, _, _ in rows}
    assert verdicts == {"supported", "contradicted", "unsupported", "none"}
    text = " ".join(sentence for sentence, *_ in rows).lower()
    for needle in ("yuan", "renminbi", "rmb", "cn¥", "us$", "six million", "a third",
                   "more than", "about", "nearly", "microsoft", "neusoft", "西安"):
        assert needle in text, needle


def test_claim_set_accuracy_is_at_least_95_percent() -> None:
    rows = _claim_set()
    wrong = [(text, expected, _judged(text)) for text, *expected_list in rows
             for expected in [tuple(expected_list)] if _judged(text) != expected]
    accuracy = 1 - len(wrong) / len(rows)
    print(f"claim set: {len(rows) - len(wrong)}/{len(rows)} = {accuracy:.1%}")
    assert accuracy >= 0.95, wrong


def test_hedges_are_intervals_on_both_sides() -> None:
    claims = check(open_store(str(SHIPPED)), "Hefei had more than 800 AI companies in 2021.")
    assert [(c.verdict, c.qualifier, c.value, c.period, c.fact_ids) for c in claims] == [
        ("supported", "more than", 800, "2021", ("hefei-ai-companies-2021",))]


def test_a_dropped_hedge_is_noted() -> None:
    (claim,) = check(open_store(str(SHIPPED)), "Chengdu produces 20 percent of the world's laptops.")
    assert claim.verdict == "supported"
    assert [n.kind for n in claim.notes] == ["hedge-dropped"]
    assert claim.notes[0].message == "the source says nearly 20 %; the claim drops “nearly”"


def test_an_older_figure_gets_a_newer_figure_note() -> None:
    (claim,) = check(open_store(str(SHIPPED)), "Two-thirds of all iPads are made in Chengdu.")
    assert claim.fact_ids == ("chengdu-ipad-share-2019",)
    assert [n.kind for n in claim.notes] == ["newer-figure"]
    assert "70 % (2022-05" in claim.notes[0].message


def test_another_period_is_noted_and_never_judged_as_the_same() -> None:
    (claim,) = check(open_store(str(SHIPPED)), "Dalian had 9 million residents in 2020.")
    assert claim.verdict == "unsupported"
    assert [n.kind for n in claim.notes] == ["period-differs"]


def test_another_basis_is_noted() -> None:
    (claim,) = check(open_store(str(SHIPPED)), "Chongqing produces a third of the world's laptops.")
    assert claim.verdict == "supported"
    assert [n.kind for n in claim.notes] == ["basis-differs"]
    assert claim.notes[0].message == "the claim says produced; the figure counts sold"


def test_another_currency_is_never_converted() -> None:
    (claim,) = check(open_store(str(SHIPPED)), "Chengdu's IT industry revenue was US$70 billion in 2018.")
    assert claim.verdict == "unsupported"
    assert [n.kind for n in claim.notes] == ["unit-differs"]


def test_a_sentence_with_two_figures_is_two_claims() -> None:
    claims = check(open_store(str(SHIPPED)),
                   "Dalian has 22 universities and 40 incubators, while Dalian Software Park "
                   "has nearly 650 companies.")
    assert [(c.hub_id, c.metric_id, c.verdict) for c in claims] == [
        ("dalian", "universities", "supported"), ("dalian", "incubators", "supported"),
        ("dalian-software-park", "companies", "supported")]


def test_a_claim_that_cannot_be_read_is_reported() -> None:
    (claim,) = check(open_store(str(SHIPPED)), "Dalian scored 42 on the index.")
    assert claim.verdict == "unsupported"
    assert [n.kind for n in claim.notes] == ["unreadable"]


DRAFT = """\
# Inland China's tech boom

Chengdu makes 70% of the world's iPads. Nobody disputes that it is growing.

## Outsourcing

- Dalian's outsourcing revenue reached 135 billion yuan in 2013.
- Hefei had only 300 AI companies in 2021.

> Zhongguancun covers 480 square kilometers, says the park.

| Hub | Population |
|---|---|
| Xi'an | 8.5 million |
| **Gotham** | 12 million |

```
Dalian has 99 universities (code is not prose).
```
"""


def test_markdown_draft_finds_claims_in_prose_lists_quotes_and_tables(run: Run, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = run("check", "--file", str(draft), "--json")
    assert result.exit_code == 1  # one claim is contradicted
    claims = json.loads(result.stdout)
    assert [(c["line"], c["verdict"], c["hub_id"], c["metric_id"]) for c in claims] == [
        (3, "supported", "chengdu", "ipad-share"),
        (7, "supported", "dalian", "outsourcing-revenue"),
        (8, "contradicted", "hefei", "ai-companies"),
        (10, "supported", "zhongguancun", "area"),
        (14, "supported", "xian", "population"),
        (15, "unsupported", None, "population"),
    ]
    assert claims[4]["text"] == "Xi'an Population: 8.5 million"


def test_passages_cut_sentences_but_not_abbreviations() -> None:
    assert [p.text for p in sentences("Dalian ranks No. 14 today. It grew 3.5 percent! Fine.")] == [
        "Dalian ranks No. 14 today.", "It grew 3.5 percent!", "Fine."]
    assert [p.text for p in passages("> quoted *text* here.\n\n1. item [link](http://x).")] == [
        "quoted text here.", "item link."]


def test_exit_status_is_zero_when_nothing_is_contradicted(run: Run) -> None:
    result = run("check", "Dalian has about 6 million residents.")
    assert result.exit_code == 0
    assert result.stdout.startswith("✓ supported  line 1\n Dalian has about 6 million residents.\n")
    assert "1 claim: 1 supported, 0 contradicted, 0 unsupported" in result.stdout


def test_stdin_and_usage_errors(run: Run) -> None:
    result = run("check", "--file", "-", "--json", input="Hefei had only 300 AI companies.")
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["verdict"] == "contradicted"
    assert run("check").exit_code == 2
    assert run("check", "text", "--file", "-", input="x").exit_code == 2
    bad = run("check", "--file", "-", input=b"Dalian \xff")
    assert bad.exit_code == 2
    assert "not UTF-8" in bad.stderr


def test_json_claim_keys_are_pinned(run: Run) -> None:
    (claim,) = json.loads(run("check", "Dalian has 22 universities.", "--json").stdout)
    assert list(claim) == ["text", "line", "verdict", "hub_id", "subject", "metric_id", "value",
                           "unit", "qualifier", "period", "fact_ids", "notes", "facts"]
    assert claim["facts"][0]["quote"]


def test_claimreview_is_schema_org_json_ld(run: Run) -> None:
    result = run("check", "Hefei had only 300 AI companies.", "--format", "claimreview")
    (review,) = json.loads(result.stdout)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Hefei had only 300 AI companies."
    assert review["reviewRating"]["alternateName"] == "contradicted"
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["author"] == {"@type": "Organization", "name": "hubquery"}
    assert review["citation"][0]["text"].startswith("In 2021, the city was home to more than 840")


def test_each_text_argument_is_numbered_as_a_line(run: Run) -> None:
    claims = json.loads(run("check", "Dalian has 22 universities.", "Hefei had 300 AI companies.",
                            "--json").stdout)
    assert [(c["line"], c["verdict"]) for c in claims] == [(1, "supported"), (2, "contradicted")]


def test_csv_has_one_row_per_claim(run: Run) -> None:
    out = run("check", "Dalian has 22 universities and 40 incubators.", "--format", "csv").stdout
    assert out.splitlines()[0] == "line,text,verdict,hub_id,subject,metric_id,value,unit,qualifier,period,fact_ids,notes.message"
    assert len(out.splitlines()) == 3


@pytest.mark.parametrize("text", ["", "No numbers here.", "In 2013 the park grew."])
def test_no_claims_is_not_an_error(run: Run, text: str) -> None:
    result = run("check", text)
    assert result.exit_code == 0
    assert result.stdout == "No claims: no sentence states a figure.\n"


def test_a_number_the_reader_cannot_read_is_reported_not_skipped() -> None:
    (claim,) = check(open_store(str(SHIPPED)), "成都有2000万人口。")
    assert (claim.verdict, claim.hub_id, claim.value) == ("unsupported", "chengdu", None)
    assert [n.kind for n in claim.notes] == ["unreadable"]


def test_chinese_names_are_found_anywhere_longest_first() -> None:
    """A Chinese name inside a longer one is the longer one's (大连 in 大连软件园)."""
    store = open_store(str(SHIPPED))
    (park,) = check(store, "大连软件园 was founded in 1998.")
    assert (park.hub_id, park.verdict) == ("dalian-software-park", "supported")
    (city, zone) = check(store, "成都有2000万人口。 西安高新技术产业开发区 was founded in 1991.")
    assert (city.hub_id, zone.hub_id, zone.verdict) == ("chengdu", "xian-hi-tech-zone",
                                                        "supported")


def test_a_year_alone_is_a_period_but_a_founding_year_is_a_figure() -> None:
    store = open_store(str(SHIPPED))
    assert check(store, "The 2010 census was held in Dalian.") == []
    (claim,) = check(store, "Dalian Software Park was founded in 1998.")
    assert (claim.value, claim.unit, claim.period, claim.verdict) == (1998, "year", None, "supported")


def test_terminal_escapes_in_a_draft_are_shown_never_executed(run: Run) -> None:
    out = run("check", "Dalian has \x1b[31m22 universities.").stdout
    assert "\x1b" not in out
    assert "\\x1b[31m22 universities." in out
    review = run("check", "Dalian has 22 universities.\u202e", "--format", "claimreview").stdout
    assert "\u202e" not in review
    assert "\\u202e" in review


def test_hostile_drafts_stay_fast() -> None:
    import time

    store = open_store(str(SHIPPED))
    for draft in ("9" * 5000 + " " + "1," * 3000 + " million" * 500, "成都" * 10000,
                  "Dalian " * 20000, " and ".join(["Dalian has 22 universities"] * 300)):
        started = time.perf_counter()
        check(store, draft)
        assert time.perf_counter() - started < 5, draft[:40]


def test_check_reads_another_dataset(run: Run, mini: str) -> None:
    result = run("check", "Dalian has six million residents.", "--data", mini, "--json")
    (claim,) = json.loads(result.stdout)
    assert (claim["verdict"], claim["metric_id"]) == ("supported", "population")


def test_every_quoted_figure_written_as_a_sentence_supports_itself() -> None:
    """Each quoted figure of the shipped dataset, written plainly ("For Dalian, the
    population was 6 million people in 2014."), is read as supported, resting on that figure."""
    store = open_store(str(SHIPPED))
    misread = []
    for fact in store.iter_facts():
        if fact.derived:
            continue
        hub, metric = store.hub(fact.hub_id), store.metric(fact.metric_id)
        assert hub is not None
        assert metric is not None
        about = f"{fact.subject} in {hub.name}" if fact.subject else hub.name
        figure = fact.display.removesuffix(" (target)")
        if fact.stated_as:  # a figure in words ("nearly all") is written as its number
            from hubquery.display import format_value

            figure = " ".join(x for x in (fact.qualifier, format_value(
                fact.value, fact.unit, metric.unit_kind)) if x)
        text = f"For {about}, the {metric.label.lower()} was {figure} in {fact.period[:4]}."
        claims = check(store, text)
        if not claims or claims[0].verdict != "supported" or fact.id not in claims[0].fact_ids:
            misread.append(text)
    assert misread == []
