"""Issue 18, rank and list --sort: orders made only of figures that may be ranked together
(``judgement.order``), each hub spoken for by its preferred figure (``judgement.preferred``),
in every format, over the shipped dataset."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from tests.conftest import Run, WriteDataset


def _json(run: Run, *args: str) -> Any:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_latest_is_never_a_report_period_figure_over_a_dated_one(run: Run) -> None:
    """Dalian's population: the dated 2010 figure, not the 2014 report-period one, in
    rank, list --sort and compare (the store's latest table and query.facts.latest)."""
    rankings = _json(run, "rank", "--metric", "population")
    facts = [
        row["fact"]
        for r in rankings
        for row in [*r["rows"], *r.get("left_out", [])]
        if row["hub"]["id"] == "dalian"
    ]
    assert [f["id"] for f in facts] == ["dalian-population-2010"]
    listed = _json(run, "list", "--sort", "population", "--kind", "city")
    dalian = next(r for r in listed if r["hub"]["id"] == "dalian")
    assert [f["id"] for f in dalian["facts"]] == ["dalian-population-2010"]
    compared = _json(run, "compare", "dalian", "chengdu", "--metric", "population")
    cell = next(c for row in compared["rows"] for c in row["cells"] if c["hub_id"] == "dalian")
    assert cell["compared"]["id"] == "dalian-population-2010"


def _ranking(run: Run, *args: str) -> dict[str, Any]:
    [ranking] = _json(run, "rank", *args)
    return ranking  # type: ignore[no-any-return]


def _ranked(ranking: dict[str, Any]) -> list[tuple[int, str]]:
    return [(row["rank"], row["fact"]["id"]) for row in ranking["rows"]]


def _left(ranking: dict[str, Any]) -> dict[str, str]:
    return {row["fact"]["id"]: row["note"]["kind"] for row in ranking["left_out"]}


def test_population_ranks_no_figure_of_1979_beside_2022(run: Run) -> None:
    """P10 / A7: the default window keeps figures within five years of the newest; the
    1979 figure and Dalian's 2010 one are listed after the order with the reason."""
    ranking = _ranking(run, "--metric", "population")
    ids = [fact for _, fact in _ranked(ranking)]
    assert "shenzhen-population-1979" not in ids
    assert "dalian-population-2010" not in ids
    assert _left(ranking)["shenzhen-population-1979"] == "outside-window"
    # The newest figure that may be ranked is Chengdu's 2021-12 count (the 2022 "more
    # than 20 million" are thresholds).
    assert ranking["window"] == {"since": 2016, "until": 2021, "default": True}
    [note] = [
        r["note"]["message"]
        for r in ranking["left_out"]
        if r["fact"]["id"] == "shenzhen-population-1979"
    ]
    assert note == "not ranked: less than 300,000 people is of 1979, outside 2016–2021"
    wide = _ranking(run, "--metric", "population", "--since", "1970")
    assert "shenzhen-population-1979" in [fact for _, fact in _ranked(wide)]
    assert wide["window"] == {"since": 1970, "until": 2021, "default": False}
    older = _ranking(run, "--metric", "population", "--since", "1970", "--until", "2015")
    assert [fact for _, fact in _ranked(older)] == [
        "dalian-population-2010",
        "shenzhen-population-1979",
    ]


THRESHOLDS = """\
format: 1
sources:
- {id: s, title: An article, published: '2022-05-27'}
metrics:
- {id: population, label: Population, description: People., unit_kind: count}
hubs:
- {id: a, name: A, kind: city}
- {id: b, name: B, kind: city}
- {id: c, name: C, kind: city}
- {id: d, name: D, kind: city}
facts:
- {id: a-2021, hub: a, metric: population, value: 21192000, unit: people, period: '2021-12',
   source: s, quote: q}
- {id: a-2022, hub: a, metric: population, value: 20000000, unit: people,
   qualifier: more than, status: threshold, period: '2022-05', source: s, quote: q}
- {id: b-2022, hub: b, metric: population, value: 20000000, unit: people,
   qualifier: more than, status: threshold, period: '2022-05', source: s, quote: q}
- {id: c-report, hub: c, metric: population, value: 6000000, unit: people,
   period: '2022-05-27', period_of: report, source: s, quote: q}
- {id: d-2020, hub: d, metric: population, value: 9000000, unit: people, period: '2020',
   source: s, quote: q}
"""


def test_report_period_and_threshold_figures_are_never_numbered(
    run: Run, write_dataset: WriteDataset
) -> None:
    """A threshold ("one of four cities with more than 20 million") and a report-period
    figure are listed after the order, never ranked; a hub with a dated figure is
    represented by it, not by its threshold."""
    path = write_dataset(THRESHOLDS)
    ranking = _ranking(run, "--metric", "population", "--data", path)
    assert _ranked(ranking) == [(1, "a-2021"), (2, "d-2020")]
    assert _left(ranking) == {"b-2022": "threshold", "c-report": "report-period"}
    listed = _json(run, "list", "--sort", "population", "--data", path)
    assert [
        (
            r["hub"]["id"],
            r["rank"],
            [n["kind"] for n in r["notes"] if n["kind"] in ("threshold", "report-period")],
        )
        for r in listed
    ] == [("a", 1, []), ("d", 2, []), ("b", None, ["threshold"]), ("c", None, ["report-period"])]


def test_revenue_never_ranks_a_company_against_a_park(run: Run) -> None:
    ranking = _ranking(run, "--metric", "revenue")
    assert _ranked(ranking) == [(1, "dlsp-revenue-2010")]
    assert set(_left(ranking).values()) == {"subject-differs"}


def test_graduate_shares_of_different_things_are_not_ranked_together(run: Run) -> None:
    """P9: "nearly all (in software jobs)" against "at most 10 % (employed by Neusoft)"."""
    ranking = _ranking(run, "--metric", "graduate-employment-share")
    assert len(ranking["rows"]) == 1
    assert len(ranking["left_out"]) == 1


def test_founding_years_run_earliest_first_among_places_only(run: Run) -> None:
    """P3: NIIT's 2008 centre is not "#1"; years are ordered earliest first, of the places
    themselves, with no window (a founding year does not go out of date)."""
    ranking = _ranking(run, "--metric", "year-established")
    assert ranking["order"] == "earliest first"
    assert ranking["window"] is None
    assert [(row["rank"], row["fact"]["value"]) for row in ranking["rows"]] == [
        (1, 1988),
        (2, 1991),
    ]
    assert "niit-dalian-established-2008" in _left(ranking) or all(
        "NIIT" not in row["name"] for row in ranking["rows"]
    )
    assert _ranking(run, "--metric", "year-established", "--desc")["order"] == "latest first"


def test_a_longer_time_to_build_is_not_first_place(run: Run) -> None:
    """P12: durations run shortest first; Silicon Valley's 30 years is not "#1" (China
    and Zhongguancun share the 5 years of one quote)."""
    ranking = _ranking(run, "--metric", "years-to-build-ecosystem")
    assert ranking["order"] == "shortest first"
    assert [(row["rank"], row["hub"]["id"]) for row in ranking["rows"]] == [
        (1, "china"),
        (1, "zhongguancun"),
        (3, "silicon-valley"),
    ]


def test_rank_and_list_sort_give_the_same_order_and_notes(run: Run) -> None:
    for metric, extra in (
        ("population", ()),
        ("population", ("--since", "1970")),
        ("population", ("--asc",)),
    ):
        ranking = _ranking(run, "--metric", metric, *extra)
        listed = _json(run, "list", "--sort", metric, *extra)
        assert [(r["rank"], r["hub"]["id"]) for r in listed if r["rank"] is not None] == [
            (row["rank"], row["hub"]["id"]) for row in ranking["rows"]
        ]
        left = {
            r["hub"]["id"]: [n["message"] for n in r["notes"] if n["kind"] == k]
            for r in listed
            for k in [_left(ranking).get(r["facts"][0]["id"] if r["facts"] else "")]
            if k
        }
        assert left == {row["hub"]["id"]: [row["note"]["message"]] for row in ranking["left_out"]}
        shown = {n["message"] for r in listed for n in r["notes"]}
        assert shown >= {
            n["message"]
            for n in ranking["notes"]
            if n["kind"] in ("periods-differ", "hedged", "order-unknown")
        }


def test_notes_are_lettered_footnotes_not_a_tall_cell(run: Run) -> None:
    """B1: at 80 columns no row of the ranking wraps into a tall Note cell; the notes are
    lettered under the table, as in `show`."""
    result = run("rank", "--metric", "graduate-employment-share")
    lines = result.stdout.splitlines()
    table = lines[: lines.index("")]
    assert all("Prakash" not in line for line in table)
    assert any(line.startswith("(a) Said by Prakash Menon") for line in lines)
    assert table[3].endswith("(a)")  # its basis is in the title, not a note (#20)


def test_every_caveat_is_in_csv_and_json(run: Run) -> None:
    csv_text = run("rank", "--metric", "population", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert {"rank", "order_known", "fact.note", "notes"} <= set(rows[0])
    shenzhen = next(r for r in rows if r["hub.id"] == "shenzhen")
    assert (shenzhen["rank"], shenzhen["order_known"]) == ("", "")
    assert shenzhen["fact.note"] == "Until the late 1970s."
    assert "not ranked: less than 300,000 people is of 1979, outside 2016–2021" in shenzhen["notes"]
    assert "Ranked: figures of 2016–2021" in rows[0]["notes"]
    listed = list(
        csv.DictReader(io.StringIO(run("list", "--sort", "population", "--format", "csv").stdout))
    )
    dalian = next(r for r in listed if r["hub.id"] == "dalian")
    assert (dalian["rank"], dalian["order_known"]) == ("", "")
    assert "outside 2016–2021" in dalian["notes.message"]


def test_since_and_until_need_an_order(run: Run) -> None:
    result = run("list", "--since", "2010")
    assert result.exit_code == 2
    assert "use them with --sort" in result.stderr


def test_list_sort_s_table_letters_the_same_notes_as_rank_s(run: Run) -> None:
    """The figure's own note and basis ("Permanent residents.", the threshold's
    sentence) were lettered under rank's table but missing under list --sort's."""

    def footnotes(*args: str) -> set[str]:
        lines = run(*args).stdout.split("\nSources\n")[0].splitlines()
        found: list[str] = []
        for line in lines:
            if line.startswith("(") and ") " in line[:5]:
                found.append(line.split(") ", 1)[1])
            elif found and line.startswith("    "):
                found[-1] += " " + line.strip()
        return set(found)

    for metric in ("population", "companies", "laptop-share"):
        ranked = footnotes("rank", "--metric", metric)
        assert ranked
        assert ranked <= footnotes("list", "--sort", metric), metric
