"""The shipped dataset: valid, honest (each quote states its figure and is in its
article), complete (every number in the articles is cited or excused), and tidy."""

from __future__ import annotations

import csv
import json
from typing import Any

import pytest

from hubquery.curate import validation_report
from hubquery.load import parse
from hubquery.models import Dataset
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
    """A hub has figures, tags or organisations, or contains a hub that does, or has
    a note saying why it is listed (Bangalore, named only as Dalian's model)."""
    parents = {h.parent for h in dataset.hubs}
    with_facts = {f.hub for f in dataset.facts}
    for hub in dataset.hubs:
        assert (
            hub.id in with_facts or hub.tags or hub.organisations or hub.id in parents or hub.note
        ), hub.id


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


def _in(by_id: dict[str, Any], ident: str, ancestor: str) -> bool:
    node = by_id.get(ident)
    while node is not None and node.parent:
        if node.parent == ancestor:
            return True
        node = by_id.get(node.parent)
    return False


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
                before = _skeleton(line[max(0, match.start() - 10) : match.end()].rstrip(".,"))
                after = _skeleton(line[match.start() : match.end() + 10])
                if any(before in q or after in q for q in quotes.get(source.id, [])):
                    continue
                if (source.article_file, number) not in excused:
                    missing.append(f"{source.article_file}: {number!r} in {line.strip()[:80]!r}")
    assert missing == []


def test_known_disagreements_are_kept_and_shown(run: Run) -> None:
    # Chengdu's iPad shares (two-thirds in 2019, 70 % in 2022) are change over time, not a
    # conflict: show points to history for them.
    chengdu = json.loads(run("show", "chengdu", "--json").stdout)
    assert [n for n in chengdu["notes"] if n["kind"] == "conflict"] == []
    [over_time] = [n for n in chengdu["notes"] if n["kind"] == "over-time"]
    assert {"chengdu-ipad-share-2019", "chengdu-ipad-share-2022"} <= set(over_time["fact_ids"])
    assert over_time["message"].endswith("see hubquery history chengdu")


def test_two_events_are_not_a_conflict(run: Run) -> None:
    """Audit E5: DLSP's creation was spurred in 1998 and it opened in 1999; both are
    true, so the profile keeps both years and reports no disagreement."""
    park = json.loads(run("show", "dalian-software-park", "--json").stdout)
    founded = {
        (f["value"], f["basis"]) for f in park["facts"] if f["metric_id"] == "year-established"
    }
    assert founded == {(1998, "creation begun"), (1999, "opened")}
    assert [n for n in park["notes"] if n["kind"] == "conflict"] == []


def test_laptops_compare_produced_against_sold(run: Run) -> None:
    document = json.loads(
        run("compare", "chengdu", "chongqing", "--metric", "laptops", "--json").stdout
    )
    [row] = document["rows"]
    assert {c["compared"]["basis"] for c in row["cells"]} == {"produced", "sold"}
    assert any(note["kind"] == "definitions-differ" for note in row["notes"])


def test_dalian_profile(run: Run) -> None:
    document = json.loads(run("show", "dalian", "--json").stdout)
    assert document["hub"]["name_zh"] == "大连"
    assert [a["id"] for a in document["ancestors"]] == ["china", "liaoning"]
    population = [f for f in document["facts"] if f["metric_id"] == "population"]
    assert {(f["value"], f["source"]["publisher"]) for f in population} >= {(6000000, "NPR")}


# Periods that come neither from a printed year nor from the article's date.
PERIODS_READ_OTHERWISE = {"shenzhen-population-1979": "“until the late 1970s”"}


def test_periods_are_inferred_exactly_where_no_year_is_printed(dataset: Dataset) -> None:
    """Issue 10: a period resolved against an inferred date ("now", "last year", "eight
    years ago" in an undated article) is marked inferred; a year the quote prints is not."""
    inferred_dates = {s.id for s in dataset.sources if s.date_inferred}
    wrong = []
    for fact in dataset.facts:
        if fact.quote is None or fact.id in PERIODS_READ_OTHERWISE:
            continue
        printed = all(part[:4] in fact.quote for part in fact.period.split("/"))
        if fact.period_inferred != (fact.source in inferred_dates and not printed):
            wrong.append((fact.id, fact.period, fact.period_inferred))
    assert wrong == []
    assert sum(f.period_inferred for f in dataset.facts) > 40


def test_an_article_dated_only_to_two_years_records_both(dataset: Dataset) -> None:
    """Audit S4, E3 and D1: source 003 is 2018–2019, so its "last year" is 2017 or 2018:
    the period is that range, inferred, and the note does not narrow it to one year."""
    [source] = [s for s in dataset.sources if s.id == "silicon-valleys-2019"]
    assert (source.published, source.date_range) == ("2019", "2018/2019")
    assert "2018" in (source.date_note or "")
    last_year = [
        f for f in dataset.facts if f.source == source.id and f.quote and "last year" in f.quote
    ]
    assert {f.id for f in last_year} == {
        "chengdu-it-revenue-2018",
        "chengdu-gdp-2018",
        "chengdu-gdp-growth-2018",
    }
    for fact in last_year:
        assert (fact.period, fact.period_inferred) == ("2017/2018", True), fact.id
        assert "2017 or 2018" in (fact.note or ""), fact.id
        assert "may be 2017" not in (fact.note or ""), fact.id


def test_last_year_in_a_ranged_article_is_a_range(dataset: Dataset) -> None:
    """D1, as a rule for any dataset: "last year" in an article with a date_range is
    the range of the years before it, never one year of it."""
    from hubquery.periods import parse_period

    ranges = {s.id: s.date_range for s in dataset.sources if s.date_range}
    for fact in dataset.facts:
        if fact.source in ranges and fact.quote and "last year" in fact.quote.lower():
            first, last = ranges[fact.source].split("/")
            expected = f"{int(first[:4]) - 1}/{int(last[:4]) - 1}"
            assert (fact.period, fact.period_inferred) == (expected, True), fact.id
            assert parse_period(fact.period)


def test_a_count_and_its_subset_share_their_period(dataset: Dataset) -> None:
    """Audit E9: "2.300 companies, more than 300 of those have a turnover of more than
    1 billion yuan in 2012" dates the 2,300 with the 300."""
    facts = {f.id: f for f in dataset.facts}
    assert facts["zhongguancun-companies-2012"].period == "2012"
    assert facts["zhongguancun-billion-yuan-companies-2012"].period == "2012"


def test_undated_figures_are_dated_by_their_report(dataset: Dataset) -> None:
    """Audit E1, E2, E8: a figure the article gives without saying when it held is
    dated by the report, and says so, rather than claiming it held that year."""
    reported = {f.id for f in dataset.facts if f.period_of == "report"}
    assert reported == {
        "microsoft-beijing-lab-investment",
        "microsoft-beijing-lab-employees",
        "xian-production-pole-rank-target",
        "dalian-population-2014",
    }
    for fact in dataset.facts:
        if fact.period_of == "report":
            assert "when the article reported" in (fact.note or ""), fact.id


def test_a_target_s_period_is_its_printed_horizon(dataset: Dataset) -> None:
    """Audit E2: a target is dated by the horizon its quote prints ("by 2020"); a
    prospect with no horizon is dated only by its report."""
    for fact in dataset.facts:
        if fact.status == "target" and fact.period_of == "figure":
            assert fact.quote is not None
            assert f"by {fact.period}" in fact.quote.lower(), fact.id


def test_an_ambiguous_growth_rate_says_so(dataset: Dataset) -> None:
    """Audit E6: "5280 … applied for …, with 1205 granted, representing a year-on-year
    increase of 36 per cent" does not say which grew; like the 41 % it says so."""
    facts = {f.id: f for f in dataset.facts}
    for ident in (
        "dalian-invention-patents-growth-2012",
        "dalian-offshore-outsourcing-growth-2012",
    ):
        assert facts[ident].basis is None
        assert "does not say whether" in (facts[ident].note or ""), ident
    assert facts["dalian-invention-patents-growth-2012"].metric == "invention-patents-growth"


def test_the_ten_year_work_visa_is_national(dataset: Dataset) -> None:
    """Audit E7: the visa is China's, though the article says "Beijing"."""
    [visa] = [f for f in dataset.facts if f.metric == "work-visa-length"]
    assert (visa.id, visa.hub) == ("china-work-visa-length-2019", "china")
    assert "national" in (visa.note or "")


def test_zhongguancun_science_park_is_not_placed_inside_haidian(dataset: Dataset) -> None:
    """Audit E4/H1: the 480 km² park is larger than Haidian, so it is Beijing's."""
    by_id = {h.id: h for h in dataset.hubs}
    park = by_id["zhongguancun"]
    assert park.parent == "beijing"
    assert "Haidian" in (park.note or "")
    assert not [h.id for h in dataset.hubs if h.parent == "haidian"]


# Where an article places each hub that has a region (audit H3: none places Shanghai).
REGION_EVIDENCE = {
    "liaoning": ("004_ea1ae904d6bef715.txt", "Liaoning province in northeastern China"),
    "guangdong": ("003_97cd352552afec48.txt", "southern Guangdong province"),
    "sichuan": ("004_ea1ae904d6bef715.txt", "Southwestern China is also showing strong momentum"),
    "chongqing": ("004_ea1ae904d6bef715.txt", "Chongqing, the southwestern Chinese municipality"),
    "chengdu-chongqing": ("004_ea1ae904d6bef715.txt", "Southwestern China is also showing"),
    "jiangxi": ("004_ea1ae904d6bef715.txt", "Nanchang, capital of Jiangxi province in East China"),
    "nanchang": ("004_ea1ae904d6bef715.txt", "Nanchang, capital of Jiangxi province in East China"),
}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source articles are not beside the project")
def test_regions_are_only_where_an_article_places_the_hub(dataset: Dataset) -> None:
    with_region = {h.id for h in dataset.hubs if h.region}
    assert with_region == set(REGION_EVIDENCE)
    for article, phrase in REGION_EVIDENCE.values():
        assert phrase in (SEEDS / article).read_text(encoding="utf-8"), phrase


def test_chinese_names_drop_the_administrative_suffix(dataset: Dataset) -> None:
    """Audit H7: 大连, not 大连市; 海淀, not 海淀区 (the full form stays an alias)."""
    for hub in dataset.hubs:
        if hub.kind in ("province", "city", "district") and hub.name_zh:
            assert hub.name_zh[-1] not in "省市区县", hub.id
    assert "海淀区" in {h.id: h for h in dataset.hubs}["haidian"].aliases


def test_organisations_and_tags_say_what_their_quotes_say(dataset: Dataset) -> None:
    """Audit H2, H4, H5, H6."""
    by_id = {h.id: h for h in dataset.hubs}
    [merck] = [o for o in by_id["zhongguancun"].organisations if "Merck" in o.name]
    assert (merck.name, merck.quoted_as) == ("Merck Serono", "Merck Cerono")
    assert by_id["bangalore"].tags == []
    [tesla] = [o for o in by_id["beijing"].organisations if o.name == "Tesla"]
    assert "about to be opened" in (tesla.note or "")
    assert "Neusoft" in {o.name for o in by_id["dalian"].organisations}


def test_figures_stated_in_words_are_held(dataset: Dataset) -> None:
    """The audit's figures in words (D5 and the fractions of P5): each is held, and
    stated_as names the words that validate finds in its quote."""
    held = {
        f.id: (f.hub, f.stated_as, f.value, f.qualifier)
        for f in dataset.facts
        if f.stated_as is not None
    }
    third, two_thirds = 33.333333333333336, 66.66666666666667
    assert held == {
        "dlsp-establishment-order-1999": ("dalian-software-park", "first", 1, None),
        "shenzhen-sez-order": ("shenzhen", "first", 1, None),
        "dalian-ip-model-city-2014": ("dalian", "only", 1, None),
        "dalian-patent-insurance-pilot-city-2014": ("dalian", "only", 1, None),
        "niit-graduates-in-software-2014": ("china", "all", 100, "nearly"),
        "dlsp-foreign-companies-2010": ("dalian-software-park", "hundreds", 200, "at least"),
        "zhongguancun-shops-2013": ("zhongguancun", "hundreds", 200, "at least"),
        "china-world-export-rank-2010": ("china", "largest", 1, None),
        "neusoft-provider-rank-2014": ("shenyang", "largest", 1, None),
        "xian-provincial-city-rank-2019": ("xian", "largest", 1, None),
        "chengdu-luxury-market-rank-2019": ("chengdu", "third largest", 3, None),
        "xian-production-pole-rank-target": ("xian", "fourth", 4, None),
        "china-share-of-consumer-dollar-2010": ("china", "a nickel", 5, "less than"),
        "chengdu-ipad-share-2019": ("chengdu", "two-thirds", two_thirds, None),
        "chengdu-laptop-chip-share-2019": ("chengdu", "half", 50, None),
        "dlsp-foreign-owned-share-2014": ("dalian-software-park", "half", 50, "nearly"),
        "dalian-high-tech-share-of-gdp-2013": ("dalian", "one quarter", 25, None),
        "zhongguancun-joint-venture-share-2013": ("zhongguancun", "one-third", third, None),
        "chengdu-chongqing-electronics-share-2022": (
            "chengdu-chongqing",
            "one-third",
            third,
            "about",
        ),
        "chongqing-laptop-share-2022": ("chongqing", "one out of every three", third, None),
        "chongqing-smartphone-share-2022": ("chongqing", "one out of every 10", 10, None),
        "dalian-population-2014": ("dalian", "six million", 6000000, None),
        "dalian-outsourcing-base-city-2006": ("dalian", "eight years ago", 2006, None),
        "nanchang-metaverse-zone-announced-2022": ("nanchang", "this year", 2022, None),
        "neusoft-european-business-growth-2014": ("shenyang", "five-fold", 5, None),
        "zhongguancun-returnee-startups-2013": ("zhongguancun", "two", 2, None),
        "china-work-visa-length-2019": ("china", "ten-year", 10, None),
        "china-cities-over-20-million-2022": ("china", "four", 4, None),
        "beijing-luxury-market-rank-2019": ("beijing", "after", 2, "at most"),
        "shanghai-luxury-market-rank-2019": ("shanghai", "after", 2, "at most"),
        "india-and-the-philippines-tholons-top-10-share-2014": (
            "india-and-the-philippines",
            "most",
            50,
            "more than",
        ),
    }


def test_a_figure_not_in_digits_names_its_words(dataset: Dataset) -> None:
    """P5/D5 as a rule: a quoted figure whose digits are not in its quote carries
    stated_as (validate's own check, restated over the shipped data)."""
    from hubquery.numbers import states
    from hubquery.quotes import digit_numbers

    for fact in dataset.facts:
        if fact.quote is not None and not states(fact.value, digit_numbers(fact.quote)):
            assert fact.stated_as is not None, fact.id


def test_fractions_and_words_read_as_the_source_says_them(run: Run) -> None:
    """P5: "two-thirds" is never 66.67 %, "one out of every three" never 33.33 %; a
    place in words keeps them with its number; "a nickel" keeps its words."""
    facts = {f["id"]: f["display"] for f in map(json.loads, run("export").stdout.splitlines())}
    assert facts["chengdu-ipad-share-2019"] == "two-thirds (≈67 %)"
    assert facts["chongqing-laptop-share-2022"] == "one out of every three (≈33 %)"
    assert facts["chengdu-chongqing-electronics-share-2022"] == "about one-third (≈33 %)"
    assert facts["dlsp-foreign-owned-share-2014"] == "nearly half (≈50 %)"
    assert facts["china-world-export-rank-2010"] == "the largest (#1)"
    assert facts["chengdu-luxury-market-rank-2019"] == "the third largest (#3)"
    assert facts["china-share-of-consumer-dollar-2010"] == "less than a nickel (less than 5 %)"
    assert facts["dalian-population-2014"] == "6 million people"
    assert not [i for i, d in facts.items() if "66.67" in d or "33.33" in d]
    cite = run("cite", "chongqing-laptop-share-2022").stdout
    assert "one out of every three (≈33 %)" in cite
    assert "33.33" not in cite


def test_group_thresholds_are_not_counts(dataset: Dataset, run: Run) -> None:
    """P4: "two of the only four cities … with populations of more than 20 million" is
    a threshold for the four cities, not a count of each: status threshold, with a note
    saying so, and shown as such."""
    thresholds = {f.id: f for f in dataset.facts if f.status == "threshold"}
    assert set(thresholds) == {
        "chengdu-population-2022",
        "chongqing-population-2022",
        "beijing-population-2022",
        "shanghai-population-2022",
    }
    for fact in thresholds.values():
        assert (fact.value, fact.qualifier) == (20000000, "more than")
        assert "threshold, not a count" in (fact.note or "")
        assert "only four cities" in (fact.note or "")
    shown = json.loads(run("show", "beijing", "--json").stdout)
    [population] = [f for f in shown["facts"] if f["metric_id"] == "population"]
    assert (population["status"], population["display"]) == (
        "threshold",
        "more than 20 million people (threshold)",
    )


def test_a_prospect_without_a_horizon_is_an_aspiration(dataset: Dataset, run: Run) -> None:
    """D2: "a future as China's fourth pole of production" prints no horizon, so it is
    not a target for 2019: an aspiration dated by its report. The id is kept."""
    [pole] = [f for f in dataset.facts if f.metric == "production-pole-rank"]
    assert pole.id == "xian-production-pole-rank-target"
    assert (pole.status, pole.period_of, pole.period) == ("aspiration", "report", "2019")
    assert "aspiration, not a target" in (pole.note or "")
    assert [f.id for f in dataset.facts if f.status == "target"] == [
        "zhongguancun-deadline-2020-target",  # "make of this place … by 2020": a horizon
        "shenzhen-automation-spending-2020-target",
        "chengdu-it-revenue-2020-target",
    ]
    shown = json.loads(run("show", "xian", "--json").stdout)
    assert {f["display"] for f in shown["facts"]} >= {"the fourth (#4) (aspiration)"}


def test_the_hard_ish_figures_are_held_or_said_why_not(dataset: Dataset, run: Run) -> None:
    """Audit §4: Beijing and Shanghai ahead of Chengdu as luxury markets (each at most
    second, order between them unknown); "most of the top 10 positions are occupied by
    Indian and Filipino cities" (more than half, held for the two countries together);
    NPR's "several square miles", which sets no number, said in a note, not held."""
    facts = {f.id: f for f in dataset.facts}
    luxury = {
        f.hub: (f.value, f.qualifier) for f in dataset.facts if f.metric == "luxury-market-rank"
    }
    assert luxury == {"chengdu": (3, None), "beijing": (2, "at most"), "shanghai": (2, "at most")}
    for city in ("beijing", "shanghai"):
        fact = facts[f"{city}-luxury-market-rank-2019"]
        assert fact.quote == facts["chengdu-luxury-market-rank-2019"].quote
        assert "does not say which" in (fact.note or "")
    ranked = json.loads(run("rank", "-m", "luxury-market-rank", "--json").stdout)
    rows = {r["hub"]["id"]: r["fact"]["display"] for r in ranked[0]["rows"]}
    assert rows == {
        "beijing": "at most #2",
        "shanghai": "at most #2",
        "chengdu": "the third largest (#3)",
    }

    tholons = facts["india-and-the-philippines-tholons-top-10-share-2014"]
    assert (tholons.value, tholons.qualifier, tholons.unit) == (50, "more than", "percent")
    assert tholons.quote == (
        "Most of … the top 10 positions are occupied by Indian … and Filipino cities"
    )
    [hub] = [h for h in dataset.hubs if h.id == tholons.hub]
    assert (hub.name, hub.kind, hub.parent) == ("India and the Philippines", "region", None)

    areas = [f for f in dataset.facts if f.hub == "dalian-software-park" and f.metric == "area"]
    assert [f.id for f in areas] == ["dlsp-area-1999"]
    assert "“covers several square miles”" in (areas[0].note or "")
    assert "not held" in (areas[0].note or "")


def test_a_figure_of_the_years_before_today_is_dated_by_its_report(dataset: Dataset) -> None:
    """D3: the article places Dalian's "six million inhabitants" in the years before
    "today" ("For years the city of Dalian was … Today, however"), without a date: the
    note says so, and the period stays the report's. D4's figures (Xi'an's 8.5 million,
    the 114 zones) get no note: nothing in the article says they are older."""
    [fact] = [f for f in dataset.facts if f.id == "dalian-population-2014"]
    assert fact.period_of == "report"
    assert "For years the city of Dalian was" in (fact.note or "")
    assert "Today, however" in (fact.note or "")
    notes = {f.id: f.note for f in dataset.facts}
    assert notes["xian-population-2019"] is None
    assert notes["china-national-high-tech-zones-2019"] is None


def test_an_intake_is_not_the_number_trained(dataset: Dataset) -> None:
    """D6: NIIT's "current intake of around 1000 students a year" is an intake."""
    [intake] = [f for f in dataset.facts if f.id == "niit-dalian-intake-2014"]
    [metric] = [m for m in dataset.metrics if m.id == intake.metric]
    assert (metric.id, metric.unit_kind) == ("annual-intake", "count")
    assert "intake" in metric.aliases
    assert "not the number it trains" in metric.description
    trained = {f.id for f in dataset.facts if f.metric == "students-trained-per-year"}
    assert trained == {"dalian-students-trained-2014"}


def test_a_metric_claims_no_scope_its_quotes_leave_out(dataset: Dataset) -> None:
    """Audit E10: "Half of the laptop chips" names no total, so the metric does not
    say the world's."""
    [chips] = [m for m in dataset.metrics if m.id == "laptop-chip-share"]
    assert "world" not in chips.description
