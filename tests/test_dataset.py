"""The shipped dataset: valid, honest (each quote states its figure and is in its
article), complete (every number in the articles is cited or excused), and tidy."""

from __future__ import annotations

import csv
import json
from typing import get_args

import pytest

from hubquery.curate import validation_report
from hubquery.load import parse
from hubquery.models import Dataset, HubKind
from tests.conftest import SEEDS, SHIPPED, TESTS, Run


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return parse(SHIPPED.read_bytes(), str(SHIPPED))


def test_shipped_dataset_passes_every_check() -> None:
    summary = validation_report(str(SHIPPED))
    assert summary.problems == ()
    assert summary.source_count == 5
    assert (summary.fact_count or 0) >= 100


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source articles are not beside the project")
def test_every_quote_is_in_its_article() -> None:
    report = validation_report(str(SHIPPED), str(SEEDS))
    assert report.problems == ()


def test_every_source_is_cited_and_dated(dataset: Dataset) -> None:
    cited = {f.source for f in dataset.facts}
    assert cited == {s.id for s in dataset.sources}
    for source in dataset.sources:
        assert source.article_file, source.id
        assert source.date_inferred == (source.date_note is not None), source.id


def test_every_hub_is_worth_listing(dataset: Dataset) -> None:
    """A hub has figures, tags or organisations, or contains a hub that does."""
    parents = {h.parent for h in dataset.hubs}
    with_facts = {f.hub for f in dataset.facts}
    for hub in dataset.hubs:
        assert hub.id in with_facts or hub.tags or hub.organisations or hub.id in parents, hub.id


def test_every_metric_is_used_and_has_an_alias(dataset: Dataset) -> None:
    used = {f.metric for f in dataset.facts}
    for metric in dataset.metrics:
        assert metric.id in used, metric.id
        assert metric.aliases, metric.id


def test_chinese_places_have_chinese_names(dataset: Dataset) -> None:
    by_id = {h.id: h for h in dataset.hubs}
    for hub in dataset.hubs:
        if hub.id != "china" and _in(by_id, hub.id, "china"):
            assert hub.name_zh, hub.id


def _in(by_id: dict, ident: str, ancestor: str) -> bool:  # type: ignore[type-arg]
    node = by_id.get(ident)
    while node is not None and node.parent:
        if node.parent == ancestor:
            return True
        node = by_id.get(node.parent)
    return False


def test_cli_knows_every_hub_kind() -> None:
    from hubquery.cli import HUB_KINDS

    assert set(HUB_KINDS) == set(get_args(HubKind))


UNCITED = TESTS / "data" / "uncited_numbers.tsv"


def _uncited() -> set[tuple[str, str]]:
    with UNCITED.open(encoding="utf-8") as f:
        return {(row["article"], row["number"]) for row in csv.DictReader(f, delimiter="\t")}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source articles are not beside the project")
def test_every_number_in_the_articles_is_cited_or_excused(dataset: Dataset) -> None:
    """Recall, checked against the articles themselves: each number an article prints
    in digits is covered by a quote from that article, or listed with a reason why
    it is not a figure about a place (a dateline, a visit counter, a layout note)."""
    import re

    from hubquery.quotes import _skeleton

    quotes: dict[str, list[str]] = {}
    for fact in dataset.facts:
        if fact.quote:
            quotes.setdefault(fact.source, []).append(_skeleton(fact.quote))
    for hub in dataset.hubs:
        for cited in (*hub.tags, *hub.organisations):
            quotes.setdefault(cited.source, []).append(_skeleton(cited.quote))
    excused = _uncited()
    missing = []
    for source in dataset.sources:
        assert source.article_file is not None
        for line in (SEEDS / source.article_file).read_text(encoding="utf-8").splitlines():
            for match in re.finditer(r"\d[\d.,]*\w*", line):
                number = match.group().rstrip(".,")
                before = _skeleton(line[max(0, match.start() - 10):match.end()].rstrip(".,"))
                after = _skeleton(line[match.start():match.end() + 10])
                if any(before in q or after in q for q in quotes.get(source.id, [])):
                    continue
                if (source.article_file, number) not in excused:
                    missing.append(f"{source.article_file}: {number!r} in {line.strip()[:80]!r}")
    assert missing == []


def test_known_disagreements_are_kept_and_shown(run: Run) -> None:
    chengdu = json.loads(run("show", "chengdu", "--json").stdout)
    ipads = [d for d in chengdu["differences"] if d["metric"] == "ipad-share"]
    assert len(ipads) == 1
    park = json.loads(run("show", "dalian-software-park", "--json").stdout)
    founded = [d for d in park["differences"] if d["metric"] == "year-established"]
    assert founded
    assert founded[0]["same_period"] is True


def test_laptops_compare_produced_against_sold(run: Run) -> None:
    document = json.loads(run("compare", "chengdu", "chongqing", "--metric", "laptops",
                              "--json").stdout)
    [row] = document["rows"]
    assert {c["compared"]["basis"] for c in row["cells"]} == {"produced", "sold"}
    assert any(note["kind"] == "definitions-differ" for note in row["notes"])


def test_dalian_profile(run: Run) -> None:
    document = json.loads(run("show", "dalian", "--json").stdout)
    assert document["hub"]["name_zh"] == "大连"
    assert [a["id"] for a in document["ancestors"]] == ["china", "liaoning"]
    population = [f for f in document["facts"] if f["metric_id"] == "population"]
    assert {(f["value"], f["source"]["publisher"]) for f in population} >= {(6000000, "NPR")}
