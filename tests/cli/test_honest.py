"""Issue 8: hedged figures are intervals everywhere, every caveat in every format, search
that finds, one way of counting."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubquery.hedges import Interval, interval, overlap, satisfies
from hubquery.records import Fact, Source
from hubquery.vocabulary import QUALIFIERS, Qualifier
from tests.conftest import MINI, Run

# value 100 under each hedge, against OP NUMBER: the answer every comparison must give.
HEDGE_TABLE = [
    # qualifier, op, number, answer
    (None, ">", 99, "yes"),
    (None, ">", 100, "no"),
    (None, ">=", 100, "yes"),
    (None, "=", 100, "yes"),
    (None, "=", 101, "no"),
    (None, "!=", 100, "no"),
    (None, "<", 100, "no"),
    (None, "<=", 100, "yes"),
    ("about", ">", 89, "yes"),
    ("about", ">", 95, "maybe"),
    ("about", ">", 110, "no"),
    ("about", "=", 100, "maybe"),
    ("about", "=", 120, "no"),
    ("about", "<", 111, "yes"),
    ("about", "!=", 120, "yes"),
    ("about", "<=", 89, "no"),
    ("about", ">=", 90, "yes"),
    ("nearly", ">", 95, "maybe"),
    ("nearly", "<", 100, "yes"),
    ("nearly", ">=", 100, "no"),
    ("nearly", "=", 100, "no"),
    ("nearly", "<=", 89, "no"),
    ("nearly", ">", 89, "yes"),
    ("more than", ">", 100, "yes"),
    ("more than", ">=", 100, "yes"),
    ("more than", "=", 100, "no"),
    ("more than", ">", 120, "maybe"),
    ("more than", "<", 100, "no"),
    ("more than", "<=", 100, "no"),
    ("more than", "!=", 100, "yes"),
    ("at least", ">=", 100, "yes"),
    ("at least", ">", 100, "maybe"),
    ("at least", "=", 100, "maybe"),
    ("at least", "<", 100, "no"),
    ("at least", "<=", 100, "maybe"),
    ("less than", "<", 100, "yes"),
    ("less than", "<=", 100, "yes"),
    ("less than", ">=", 100, "no"),
    ("less than", "=", 100, "no"),
    ("less than", "<", 50, "maybe"),
    ("less than", ">", -1, "yes"),
    ("at most", "<=", 100, "yes"),
    ("at most", "<", 100, "maybe"),
    ("at most", ">", 100, "no"),
    ("at most", "=", 100, "maybe"),
    ("at most", ">=", 100, "maybe"),
]


@pytest.mark.parametrize(("qualifier", "op", "number", "answer"), HEDGE_TABLE)
def test_hedge_semantics(qualifier: str | None, op: str, number: float, answer: str) -> None:
    assert satisfies(interval(100, qualifier, "count"), op, number) == answer


def test_every_qualifier_and_operator_is_covered() -> None:
    covered = {(q, op) for q, op, _, _ in HEDGE_TABLE}
    assert covered >= {(q, op) for q in (None, *QUALIFIERS) for op in (">", ">=", "<", "<=", "=")}


def test_shares_are_clipped_and_growth_goes_below_zero() -> None:
    assert interval(98, "about", "share") == Interval(88.2, 100.0)
    assert interval(5, "less than", "share").low == 0
    assert interval(5, "less than", "growth").low is None
    assert interval(5, "more than", "share").high == 100


def test_nearly_20_percent_against_more_than_19_is_maybe() -> None:
    assert satisfies(interval(20, "nearly", "share"), ">", 19) == "maybe"


def test_overlap_decides_order() -> None:
    assert overlap(interval(21_192_000, None), interval(20_000_000, "more than"))
    assert not overlap(interval(6_000_000, None), interval(20_000_000, "more than"))
    assert not overlap(interval(20, "nearly"), interval(20, None))  # nearly 20 is below 20


@given(
    value=st.floats(0, 1e12, allow_nan=False),
    qualifier=st.sampled_from([None, *QUALIFIERS]),
    x_fraction=st.floats(0, 1),
    op=st.sampled_from([">", ">=", "<", "<=", "=", "!="]),
    number=st.floats(-1e12, 1e12, allow_nan=False),
)
def test_a_value_inside_the_interval_never_gets_the_wrong_answer(
    value: float, qualifier: str | None, x_fraction: float, op: str, number: float
) -> None:
    """Any value the interval admits: if it satisfies the condition the answer is never
    "no"; if it does not, the answer is never "yes"."""
    i = interval(value, qualifier, "count")
    low = i.low if i.low is not None else -1e13
    high = i.high if i.high is not None else 1e13
    x = low + (high - low) * x_fraction
    if not i.admits(x):
        return  # an open end
    holds = {
        ">": x > number,
        ">=": x >= number,
        "<": x < number,
        "<=": x <= number,
        "=": x == number,
        "!=": x != number,
    }[op]
    assert satisfies(i, op, number) != ("no" if holds else "yes")


def _ids(run: Run, *args: str) -> list[str]:
    result = run("list", "--json", *args)
    assert result.exit_code == 0, result.stderr
    return [row["hub"]["id"] for row in json.loads(result.stdout)]


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ("population > 20m", ["beijing", "shanghai", "chengdu", "chongqing"]),
        ("population > 20 million", ["beijing", "shanghai", "chengdu", "chongqing"]),
        ("population = 20m", []),
        ("population < 300000", ["shenzhen"]),
        ("ai-companies > 840", ["hefei"]),
        ("ai-companies >= 800", ["hefei"]),
    ],
)
def test_where_respects_hedges_on_the_shipped_dataset(
    run: Run, condition: str, expected: list[str]
) -> None:
    assert sorted(_ids(run, "--where", condition)) == sorted(expected)


def test_where_maybe_keeps_undecided_hubs_marked(run: Run) -> None:
    # Chengdu's latest standing figure is the 21.192 million of 2021-12, not the group's
    # "more than 20 million" threshold; the other three have only the threshold.
    assert _ids(run, "--where", "population > 21m") == ["chengdu"]
    rows = json.loads(run("list", "--json", "--maybe", "--where", "population > 21m").stdout)
    assert {r["hub"]["id"]: r["match"] for r in rows} == {
        "beijing": "maybe",
        "shanghai": "maybe",
        "chengdu": "yes",
        "chongqing": "maybe",
    }
    table = run("list", "--maybe", "--where", "population > 21m").stdout
    assert "Beijing ?" in table
    assert "? = a hedged figure leaves a condition undecided" in table


@pytest.mark.parametrize(
    "condition",
    [
        "population >= 5 million",
        "population >= 5m",
        "population>=5000000",
        "outsourcing-revenue > 2.5bn USD",
        "outsourcing-revenue > US$2.5bn",
        "outsourcing-revenue > 100bn RMB",
        "outsourcing-revenue > 100 billion yuan",
    ],
)
def test_where_reads_scales_and_currency_words(run: Run, condition: str) -> None:
    assert "dalian" in _ids(run, "--where", condition)


@pytest.mark.parametrize("condition", ["area >= 400 km2", "area >= 400 km²", "area > 400 sq km"])
def test_where_reads_areas(run: Run, condition: str) -> None:
    assert _ids(run, "--where", condition)


@pytest.mark.parametrize(
    "condition", ["population =< 5", "population => 5", "population", "population > lots", "> 5"]
)
def test_unreadable_conditions_are_usage_errors(run: Run, condition: str) -> None:
    result = run("list", "--where", condition)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "cannot read the condition" in result.stderr


def test_list_help_examples_all_return_hubs(run: Run) -> None:
    from tests.conftest import commands

    command = commands()["list"]
    examples = [
        line.strip()
        for line in (command.help or "").splitlines()
        if line.strip().startswith("hubquery list")
    ]
    assert len(examples) >= 4
    import shlex

    for example in examples:
        args = [a for a in shlex.split(example)[2:] if a != "--json"]
        assert _ids(run, *args), example


def test_list_csv_keeps_every_caveat(run: Run) -> None:
    text = run("list", "--where", "population > 20m", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    beijing = next(r for r in rows if r["hub.id"] == "beijing")
    assert beijing["facts.population.qualifier"] == "more than"
    assert beijing["facts.population.low"] == "20000000"
    assert beijing["facts.population.high"] == ""
    assert beijing["facts.population.display"] == "more than 20 million people (threshold)"
    assert beijing["facts.population.period"]
    assert beijing["facts.population.source.id"]
    assert beijing["match"] == "yes"
    laptops = list(
        csv.DictReader(
            io.StringIO(run("list", "--where", "laptop-share > 10", "--format", "csv").stdout)
        )
    )
    assert {r["facts.laptop-share.basis"] for r in laptops} == {"produced", "sold"}


def test_rank_json_is_one_object_per_ranking_with_notes(run: Run) -> None:
    rankings = json.loads(run("rank", "-m", "outsourcing-revenue", "--json").stdout)
    assert [r["unit"] for r in rankings] == ["USD", "CNY"] or [r["unit"] for r in rankings] == [
        "CNY",
        "USD",
    ]
    for ranking in rankings:
        assert set(ranking) >= {"metric", "unit", "notes", "rows", "row_count"}
        for note in ranking["notes"]:
            assert set(note) == {"kind", "message", "hub_ids", "fact_ids"}
    # (The shipped "more than 20 million" figures are thresholds, never ranked: the small
    # dataset's Chongqing figure is a count.)
    population = json.loads(run("rank", "-m", "population", "--data", str(MINI), "--json").stdout)[
        0
    ]
    kinds = {n["kind"] for n in population["notes"]}
    assert {"periods-differ", "hedged", "order-unknown"} <= kinds
    unknown = [r["hub"]["id"] for r in population["rows"] if not r["order_known"]]
    assert {"chengdu", "chongqing"} <= set(unknown)


def test_rank_csv_carries_qualifier_period_source_and_notes(run: Run) -> None:
    # (The shipped "more than 20 million" figures are thresholds, never ranked: the small
    # dataset's Chongqing figure is a count.)
    rows = list(
        csv.DictReader(
            io.StringIO(
                run("rank", "-m", "population", "--data", str(MINI), "--format", "csv").stdout
            )
        )
    )
    beijing = next(r for r in rows if r["hub.id"] == "chongqing")
    assert (beijing["fact.qualifier"], beijing["fact.display"]) == (
        "more than",
        "more than 20 million people",
    )
    assert beijing["fact.period"]
    assert beijing["fact.source.id"]
    assert beijing["fact.id"]
    assert beijing["order_known"] == "false"
    assert "Order unknown" in beijing["notes"]
    dalian = next(r for r in rows if r["hub.id"] == "dalian")
    assert (dalian["rank"], dalian["order_known"]) == ("", "")
    assert "not ranked: 6 million people is of 2014, outside 2017–2022" in dalian["notes"]


def test_figures_about_organisations_are_ranked_not_dropped(run: Run) -> None:
    result = run("rank", "-m", "graduate-employment-share", "--json")
    assert result.exit_code == 0
    [ranking] = json.loads(result.stdout)
    # Listed, never dropped; but not ranked against NIIT's (issue 18: not the same thing).
    assert {row["name"] for row in ranking["left_out"]} >= {
        "Neusoft Institute of Information (Dalian)"
    }
    assert "No figures" not in run("rank", "-m", "graduate-employment-share").stdout


@pytest.mark.parametrize(
    "command",
    [
        ["show", "dalian", "--json"],
        ["compare", "chengdu", "chongqing", "--json"],
        ["list", "--json", "--where", "population > 1m"],
        ["rank", "-m", "population", "--json"],
        ["search", "dalian", "--json"],
        ["source", "allen", "--json"],
        ["export", "--format", "json"],
        ["metrics", "--json"],
        ["sources", "--json"],
    ],
)
def test_one_name_per_concept(run: Run, command: list[str]) -> None:
    """A reference is <thing>_id (a string); an embedded record is <thing> (an object);
    a count is <thing>_count; a caveat is an object with a kind."""

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("hub", "source", "fact", "metric"):
                    assert isinstance(value, dict), (key, value)
                if key.endswith("_id"):
                    assert value is None or isinstance(value, str), (key, value)
                if key.endswith("_count"):
                    assert isinstance(value, int), (key, value)
                assert key not in ("hubs", "facts") or isinstance(value, list), key
                if key == "notes":
                    assert all(isinstance(n, dict) and "kind" in n for n in value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    result = run(*command)
    assert result.exit_code == 0, result.stderr
    walk(json.loads(result.stdout))


def test_search_folds_apostrophes(run: Run) -> None:
    hits = json.loads(run("search", "china's", "--limit", "500", "--json").stdout)
    # Every quote that writes China’s: of figures, tags and organisations.
    from tests.conftest import SHIPPED

    quotes = [
        line
        for line in SHIPPED.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith("quote:") and "China’s" in line
    ]
    assert len(quotes) >= 10
    assert len([h for h in hits if "China’s" in h["text"]]) == len(quotes)


def test_search_rows_say_what_they_are(run: Run) -> None:
    hits = json.loads(run("search", "dlsp", "--json").stdout)
    named = [(h["kind"], h["hub_id"], h["name"]) for h in hits]
    assert len(named) == len(set(named))
    assert ("hub", "dalian-software-park", "Dalian Software Park") in named
    facts = [h for h in hits if h["kind"] == "fact"]
    assert facts
    assert all(":" in h["name"] for h in facts)
    # A6: the period as every view prints it ("c. 2014": inferred), not the ISO "2014".
    assert {
        "Companies (software companies): nearly 650 companies, c. 2014",
        "Employees: about 80,000 people, c. 2014",
    } <= {h["name"] for h in facts}


def test_search_finds_metrics_and_source_titles(run: Run) -> None:
    hits = json.loads(run("search", "laptops", "--json").stdout)
    assert any(h["kind"] == "metric" and h["metric_id"] == "laptop-share" for h in hits)
    hits = json.loads(run("search", "GreatLeapForward", "--json").stdout)
    assert any(h["kind"] == "source" for h in hits)


def test_search_says_when_it_cuts(run: Run) -> None:
    result = run("search", "china", "--limit", "5")
    assert "5 of " in result.stdout
    assert "matches shown (--limit 5)" in result.stdout
    result = run("search", "china", "--limit", "5", "--json")
    assert len(json.loads(result.stdout)) == 5
    assert "5 of " in result.stderr


def test_search_two_character_cjk(run: Run) -> None:
    hits = json.loads(run("search", "成都", "--json").stdout)
    assert hits[0]["hub_id"] == "chengdu"


def test_sources_and_source_count_alike(run: Run) -> None:
    summaries = {s["source"]["id"]: s for s in json.loads(run("sources", "--json").stdout)}
    for ident, summary in summaries.items():
        detail = json.loads(run("source", ident, "--json").stdout)
        assert summary["fact_count"] == len(detail["facts"]), ident
        assert summary["hub_count"] == len(detail["hubs"]), ident
        table = run("source", ident).stdout
        assert (
            f"{summary['fact_count']} figures about {summary['hub_count']} hubs"
            in table.replace("\n", " ")
        ), ident


def test_metrics_count_every_figure_and_hub(run: Run) -> None:
    metrics = {m["id"]: m for m in json.loads(run("metrics", "--json").stdout)}
    facts = [json.loads(line) for line in run("export").stdout.splitlines()]
    for ident, metric in metrics.items():
        mine = [f for f in facts if f["metric_id"] == ident]
        assert metric["fact_count"] == len(mine), ident
        assert metric["hub_count"] == len({f["hub_id"] for f in mine}), ident


def test_list_sort_puts_hubs_without_the_figure_last(run: Run) -> None:
    rows = json.loads(run("list", "--json", "--sort", "population", "--kind", "city").stdout)
    values = [next((f["value"] for f in r["facts"]), None) for r in rows]
    ranked = [
        v for v, r in zip(values, rows, strict=True) if r["rank"] is not None and v is not None
    ]
    assert ranked == sorted(ranked, reverse=True)
    # Then the figures left out of the order (each with why), then hubs without one.
    left = [r for r in rows[len(ranked) :] if r["facts"]]
    assert all(any(n["message"].startswith("not ranked") for n in r["notes"]) for r in left)
    known = len(ranked) + len(left)
    assert values[known:] == [None] * (len(values) - known)


@given(
    st.lists(
        st.tuples(
            st.sampled_from([1, 2, 3, 10, 20, 20, 100]), st.sampled_from([None, *QUALIFIERS])
        ),
        max_size=12,
    )
)
def test_the_overlap_sweep_agrees_with_every_pair(
    figures: list[tuple[int, Qualifier | None]],
) -> None:
    """rank's fast sweep finds exactly the figures the pairwise definition finds."""
    from hubquery.query.facts import overlapping, overlapping_pairwise

    source = Source("s", "t", None, None, "2020", False, None, None, None, None)
    facts = []
    for i, (value, qualifier) in enumerate(figures):
        bounds = interval(value, qualifier, "count")
        facts.append(
            Fact(
                id=str(i),
                hub_id="h",
                metric_id="m",
                subject=None,
                value=value,
                unit="x",
                qualifier=qualifier,
                low=bounds.low,
                high=bounds.high,
                display="",
                period_label="2020",
                period="2020",
                period_inferred=False,
                period_of="figure",
                status="reported",
                basis=None,
                note=None,
                quote=None,
                stated_as=None,
                derived=False,
                method=None,
                inputs=(),
                derivation=None,
                source=source,
            )
        )
    intervals = [f.interval() for f in facts]
    assert overlapping(intervals) == overlapping_pairwise(intervals)


@pytest.mark.slow
def test_a_cut_ranking_is_the_top_of_the_whole_one(run: Run) -> None:
    """rank --limit reads its top rows from an index and the overlaps near the cut; the
    rows, places and '?' marks it shows are exactly those of the whole ranking.

    A limit of at least a ranking's length shows it whole, as every larger limit does
    (the index gives every row, and no row is left near the cut): the first such limit
    is asked, the larger ones would repeat it (71 of the 78 metrics rank one hub)."""
    metrics = [m["id"] for m in json.loads(run("metrics", "--json").stdout)]
    for metric in metrics:
        for order in ("--asc", "--desc"):
            whole = json.loads(run("rank", "-m", metric, order, "--json").stdout)
            longest = max((part["row_count"] for part in whole), default=0)
            for limit in (1, 2, 3, 5):
                cut = json.loads(
                    run("rank", "-m", metric, order, "--limit", str(limit), "--json").stdout
                )
                assert [r["unit"] for r in cut] == [r["unit"] for r in whole]
                for part, full in zip(cut, whole, strict=True):
                    assert part["row_count"] == full["row_count"]
                    assert [
                        (row["rank"], row["fact"]["id"], row["order_known"]) for row in part["rows"]
                    ] == [
                        (row["rank"], row["fact"]["id"], row["order_known"])
                        for row in full["rows"][:limit]
                    ], (metric, order, limit)
                if limit >= longest:
                    break


@given(
    st.lists(
        st.tuples(
            st.sampled_from([1, 2, 10, 20, 20, 100]),
            st.sampled_from([None, *QUALIFIERS]),
            st.sampled_from(["a", "b", "c"]),
            st.sampled_from(
                ["2019", "2020", "2020-06", "2019/2021", "2021-01-05", "2022", "2018/2019"]
            ),
        ),
        max_size=30,
    ),
    st.booleans(),
)
def test_conflicting_figures_found_without_comparing_every_pair(
    figures: list[tuple[int, Qualifier | None, str, str]], is_year: bool
) -> None:
    """A profile's "cannot both be true" figures: the fast way finds exactly those the
    pairwise definition finds (another source, overlapping periods unless a year, and
    intervals that do not overlap), in dataset order."""
    from hubquery.query.facts import disagreeing, disagreeing_pairwise

    facts = _figures(figures)
    assert disagreeing(facts, is_year) == disagreeing_pairwise(facts, is_year)


def _figures(figures: Sequence[tuple[int, Qualifier | None, str, str]]) -> list[Fact]:
    facts = []
    for i, (value, qualifier, source, period) in enumerate(figures):
        bounds = interval(value, qualifier, "count")
        facts.append(
            Fact(
                id=str(i),
                hub_id="h",
                metric_id="m",
                subject=None,
                value=value,
                unit="x",
                qualifier=qualifier,
                low=bounds.low,
                high=bounds.high,
                display="",
                period_label=period,
                period=period,
                period_inferred=False,
                period_of="figure",
                status="reported",
                basis=None,
                note=None,
                quote=None,
                stated_as=None,
                derived=False,
                method=None,
                inputs=(),
                derivation=None,
                source=Source(source, "t", None, None, "2020", False, None, None, None, None),
            )
        )
    return facts


def test_conflicting_figures_of_equal_periods_are_not_compared_pairwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A hub with thousands of figures of one metric in a few periods (the shape of one
    hub with 100,000 facts): each figure is compared with a few witnesses of each period
    overlapping its own, so the comparisons grow with the figures, not with their pairs."""
    from hubquery import hedges
    from hubquery.query.facts import disagreeing

    calls = 0
    compare = hedges.overlap

    def counted(a: hedges.Interval, b: hedges.Interval) -> bool:
        nonlocal calls
        calls += 1
        return compare(a, b)

    monkeypatch.setattr(hedges, "overlap", counted)
    periods = ["2019", "2020", "2019/2021", "2020-06"]
    figures = [(10 + k % 97, None, f"s{k % 5}", periods[k % 4]) for k in range(4000)]
    found = disagreeing(_figures(figures), False)
    assert len(found) == 4000
    # 4 groups, each overlapping the other 3: at most 2 witnesses of each for every figure.
    assert calls <= 4000 * 4 * 2
