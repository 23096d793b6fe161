"""Shapes that must not grow faster than their data: each fast path is pinned here to
the slow, obviously correct way it replaces (speed itself is measured by bench/run.py,
never asserted in a test)."""

from __future__ import annotations

import io
import json
import re
from typing import Any, NamedTuple

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from hubquery import cache
from hubquery.cli import cli
from hubquery.query.profile import profile, sort_facts
from hubquery.query.search import SearchResult
from hubquery.records import LatestFigure, Note
from hubquery.render import data
from hubquery.store import Store
from tests.conftest import MINI, SHIPPED


class Pair(NamedTuple):
    name: str
    value: Any


class Empty(NamedTuple):
    pass


_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(alphabet=st.characters(), max_size=8)
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=4), inner, max_size=4)
        | st.builds(Pair, st.text(max_size=4), inner)
        | st.just(Empty())
        | st.dictionaries(st.integers(), inner, max_size=2)
    ),
    max_leaves=20,
)


@given(_VALUES, st.booleans())
def test_streamed_json_is_what_json_dumps_writes(value: Any, extra: bool) -> None:
    """write_json writes, piece by piece, exactly the text of ``dumps`` (json.dumps with
    an indent of 2): NaN, infinities, records, tuples, keys that are not strings."""
    out = io.StringIO()
    added = {"as_of": "2020-12-31"} if extra else None
    data.write_json(value, out, added)
    expected = data.jsonable(value)
    if added and isinstance(expected, dict):
        expected = {**expected, **added}
    assert out.getvalue() == data.dumps(expected)


def _store(path: str, as_of: str | None = None) -> Store:
    store = cache.open_store(path)
    return store if as_of is None else Store(store.connection, as_of)


def test_a_profile_reads_its_figures_in_the_order_sort_facts_gives() -> None:
    """The store's sorted read (SQL) is pinned to ``sort_facts`` over every figure, for
    every hub of the shipped and the small dataset, as of now and of a past day."""
    for path in (str(SHIPPED), str(MINI)):
        for as_of in (None, "2015-12-31"):
            store = _store(path, as_of)
            for hub in store.hubs():
                expected = sort_facts(store.facts_for_hub(hub.id))
                assert list(store.profile_facts(hub.id)) == expected
                assert len(profile(store, hub.id).facts) == len(expected)
                unquoted = list(store.profile_facts(hub.id, quotes=False))
                assert unquoted == [f._replace(quote=None, note=None) for f in expected]


class _Writes(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.largest = 0

    def write(self, text: str) -> int:
        self.largest = max(self.largest, len(text))
        return super().write(text)


def test_show_json_is_written_one_figure_at_a_time(run: Any) -> None:
    """A profile's JSON is written as it is built: no piece larger than the largest
    figure (so a hub of 100,000 figures is never one string), and the same document."""
    from hubquery.render import emit
    from hubquery.render.views import profile_view

    store = cache.open_store(str(SHIPPED))
    hub = max(store.hubs(), key=lambda h: len(store.facts_for_hub(h.id)))
    result = profile(store, hub.id)
    out = _Writes()
    emit(profile_view(result), "json", out)
    facts = store.facts_for_hub(hub.id)
    assert len(facts) > 20
    # each piece is at most one item (a figure, a note …) at its indent
    pieces = [*facts, *result.notes, *result.tags, *result.organisations, *result.sources]
    assert out.largest <= max(len(data.dumps(p).replace("\n", "\n    ")) for p in pieces)
    assert out.largest * 20 < len(out.getvalue())
    assert out.getvalue() == run("show", hub.id, "--json").stdout
    assert json.loads(out.getvalue())["facts"] == data.jsonable(sort_facts(facts))


def _readings(store: Store) -> list[tuple[str, str]]:
    return [(m.id, unit) for m in store.metrics() for unit in store.metric_units(m.id, True)]


def test_the_entries_reaching_past_a_bound_are_found_by_range_scans() -> None:
    """``Store.reaching`` reads the latest table by two range scans (the bounded ends past
    the bound, then the open ones); it finds exactly the entries the definition keeps
    (``_reaches`` over every latest figure, as the --as-of path computes them)."""
    from hubquery.store.rankings import _reaches

    for path in (str(SHIPPED), str(MINI)):
        store = _store(path)
        for metric, unit in _readings(store):
            entries = store.latest_in_unit(metric, unit)
            assert len(entries) == store.ranked(metric, unit, True, 1)[1]
            values = (
                {e[3] for e in entries}
                | {e[4] for e in entries if e[4] is not None}
                | {e[5] for e in entries if e[5] is not None}
            )
            for ascending in (True, False):
                for bound in [None, *values]:
                    expected = sorted(e for e in entries if _reaches(e, ascending, bound))
                    assert sorted(store.reaching(metric, unit, [], ascending, bound)) == expected, (
                        metric,
                        unit,
                        ascending,
                        bound,
                    )


def test_hubs_that_may_satisfy_a_condition_include_every_hub_whose_figure_may() -> None:
    """``Store.hubs_that_may`` (a union of range scans) keeps every hub with a figure of
    its own whose interval may satisfy the condition, and only hubs with such a figure."""
    from hubquery.hedges import satisfies

    for path in (str(SHIPPED), str(MINI)):
        store = _store(path)
        for metric, unit in _readings(store):
            figures = [
                f
                for f in store.iter_facts(metric_ids=[metric])
                if f.subject is None and f.unit == unit
            ]
            numbers = {f.value for f in figures} | {f.value + 0.5 for f in figures}
            for operator in (">", ">=", "<", "<=", "="):
                for number in numbers:
                    may = {
                        f.hub_id
                        for f in figures
                        if satisfies(f.interval(), operator, number) != "no"
                    }
                    found = store.hubs_that_may(metric, unit, operator, number)
                    assert may <= found <= {f.hub_id for f in figures}, (metric, operator)


def test_latest_figures_that_may_satisfy_a_condition_are_those_the_definition_keeps() -> None:
    """``Store.latest_that_may`` (range scans of the latest table) gives each hub's latest
    figure of its own whose interval may satisfy the condition, as ``satisfies`` over
    every hub's latest figure says (and perhaps some at the bound), no other figure,
    in the order ``latest_entries`` gives them."""
    from hubquery.hedges import satisfies, stored_interval

    for path in (str(SHIPPED), str(MINI)):
        store = _store(path)
        for metric, unit in _readings(store):
            entries = store.latest_entries(metric, unit, subjects=False)
            numbers = {e.value for e in entries} | {e.value + 0.5 for e in entries}
            for operator in (">", ">=", "<", "<=", "="):
                for number in numbers:
                    expected = [
                        e
                        for e in entries
                        if satisfies(stored_interval(e.low, e.high, e.qualifier), operator, number)
                        != "no"
                    ]
                    found = store.latest_that_may(metric, unit, operator, number)
                    assert found is not None
                    assert set(expected) <= set(found), (metric, unit, operator, number)
                    assert found == [e for e in entries if e in found]
        assert (
            Store(store.connection, "2015-12-31").latest_that_may("population", None, ">", 1)
            is None
        )


@pytest.mark.parametrize("sort", [None, "population", "year-established"])
def test_list_where_reads_the_latest_table_by_range_scans_of_its_condition(
    sort: str | None,
) -> None:
    """list --where at 5M facts took 6.4 times a warm show: its candidates' latest figures
    were read from the latest table by metric alone (its 250,000 entries walked, having
    no index by hub). The figures a condition may hold for are one range scan of the
    (metric, unit, high|low) index: no statement reads every entry of the condition's
    metric. (Sorted by another metric, that metric's entries are read in its order.)"""
    from hubquery.query.listing import list_hubs

    store = _store(str(MINI))
    statements: list[str] = []
    store.connection.set_trace_callback(statements.append)
    listing = list_hubs(store, where=["population > 10m"], sort=sort)
    store.connection.set_trace_callback(None)
    assert sorted(row.hub.id for row in listing.rows) == ["chengdu", "chongqing"]
    steps = []
    for statement in statements:
        if not re.search(r"\bFROM latest\b", statement) or "'population'" not in statement:
            continue
        plan = store.connection.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall()
        steps += [detail for *_, detail in plan if re.match(r"(SCAN|SEARCH) latest\b", detail)]
    assert steps
    for detail in steps:
        assert re.search(
            r"\((metric_id=\? AND unit=\? AND (high|low)[<>=]|.*hub_id=|rowid=)", detail
        ), detail


def test_a_sorted_listing_reads_its_hubs_in_the_order_of_the_sort() -> None:
    """list --sort of 250,000 hubs took 1.78 times the CPU of list, a third of it in
    walking hub records made in dataset order in the sort's order (scattered in memory:
    list's own output of its rows shuffled costs 1.1 s more at 5M facts). The hubs with a
    figure are read with it, in the order of their values (then the rest): no statement
    reads every hub in dataset order."""
    from hubquery.query.listing import list_hubs

    store = _store(str(MINI))
    statements: list[str] = []
    store.connection.set_trace_callback(statements.append)
    listing = list_hubs(store, sort="population", figures=False)
    store.connection.set_trace_callback(None)
    assert [row.hub.id for row in listing.rows][:3] == ["chengdu", "chongqing", "dalian"]
    assert not [s for s in statements if re.search(r"FROM hubs\s+ORDER BY ord", s)]
    assert [s for s in statements if re.search(r"FROM latest \w+ JOIN hubs", s)]


def test_a_sorted_listing_reads_each_hub_by_the_row_id_its_figure_keeps() -> None:
    """list --sort at 5M facts took 1.58 times list: each of 250,000 hubs was looked up
    by its id, two B-tree searches (the hubs_id index, then the table). Each latest
    figure keeps its hub's row id: one search, and that row is the hub it names. Largest
    first, the index is walked backwards, with no temporary B-tree (every row of a
    figure and a hub sorted again by its ties), in the order SQLite's sort gives."""
    from hubquery.query.listing import list_hubs

    for path in (str(SHIPPED), str(MINI)):
        store = _store(path)
        statements: list[str] = []
        store.connection.set_trace_callback(statements.append)
        listing = list_hubs(store, sort="population", figures=False)
        store.connection.set_trace_callback(None)
        (joined,) = [s for s in statements if re.search(r"FROM latest \w+ JOIN hubs", s)]
        plan = str(store.connection.execute(f"EXPLAIN QUERY PLAN {joined}").fetchall())
        assert "SEARCH h USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan
        assert "hubs_id" not in plan, plan
        assert "TEMP B-TREE" not in plan, plan
        found = store.hubs_by_figure("population", None, False)
        assert found is not None
        hubs, entries = found
        assert entries == store.latest_of_hubs("population", None, ascending=False)
        assert [h.id for h in hubs][: len(entries)] == [e.hub_id for e in entries]
        # every hub listed once, and each latest figure's row is the hub it names
        assert sorted(row.hub.id for row in listing.rows) == sorted(h.id for h in store.hubs())
        pairs = store.connection.execute(
            "SELECT l.hub_id, h.id FROM latest l LEFT JOIN hubs h ON h.rowid = l.hub_row"
        ).fetchall()
        assert pairs
        assert [hub for hub, row in pairs if hub != row] == []


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 5)), max_size=12))
def test_ties_read_backwards_and_turned_round_are_in_the_order_of_their_hubs(
    pairs: list[tuple[int, int]],
) -> None:
    """A listing sorted largest first reads the (metric, unit, value, hub …) index
    backwards, no sort of 250,000 rows: equal values come hub ids last first, and each
    run of them is turned round into the order ``ORDER BY value DESC, hub_id`` gives."""
    from hubquery.store.rankings import _turn_ties

    rows = [(0, f"hub-{hub}", None, float(value)) for value, hub in set(pairs)]
    backwards = sorted(rows, key=lambda r: (r[3], r[1]), reverse=True)
    _turn_ties(backwards)
    assert backwards == sorted(rows, key=lambda r: (-r[3], r[1]))


def _places_walked(band: list[LatestFigure], shown: int) -> list[tuple[int, bool]]:
    """The reference: a walk down the order, a new place at each figure unlike the one
    before (value and hedge), known unless its interval overlaps another's."""
    from hubquery.hedges import stored_interval
    from hubquery.query.facts import overlapping

    unknown = overlapping([stored_interval(e.low, e.high, e.qualifier) for e in band])
    found, place, before = [], 0, None
    for position, entry in enumerate(band[:shown]):
        if (entry.value, entry.qualifier) != before:
            place, before = position + 1, (entry.value, entry.qualifier)
        found.append((place, position not in unknown))
    return found


@given(
    st.lists(
        st.tuples(
            st.sampled_from([1.0, 2.0, 3.0]),
            st.sampled_from([None, None, "about", "more than", "less than"]),
            st.sampled_from([0.0, 0.5, None]),
        ),
        max_size=10,
    ),
    st.integers(0, 10),
)
def test_the_places_of_an_order_are_those_a_walk_down_it_gives(
    figures: list[tuple[float, str | None, float | None]], shown: int
) -> None:
    """``rank.places`` numbers a sorted listing's 250,000 hubs with no Python step per
    hub; pinned to the walk it replaces, ties, hedges and a cut included."""
    from hubquery.query.rank import places

    band = []
    for ord_, (value, hedge, spread) in enumerate(sorted(figures, key=lambda f: -f[0])):
        low = None if spread is None else value - spread
        high = None if spread is None else value + spread
        if hedge is None:
            low = high = value
        band.append(LatestFigure(ord_, f"hub-{ord_}", None, value, low, high, hedge, 0))  # type: ignore[arg-type]
    shown = min(shown, len(band))
    assert places(band, shown) == _places_walked(band, shown)


def test_an_order_of_latest_figures_is_read_from_one_covering_index() -> None:
    """A sorted listing and a ranking read a metric's latest figures in the order of
    their values from the (metric, unit, value …) index alone: with the figure's other
    columns in the table, 250,000 figures at 5M facts cost a lookup each (0.70 s of CPU
    against 0.36 s)."""
    from hubquery.query.listing import list_hubs

    store = _store(str(MINI))
    statements: list[str] = []
    store.connection.set_trace_callback(statements.append)
    list_hubs(store, sort="population", figures=False)
    store.ranked("population", "people", False, 2)
    store.connection.set_trace_callback(None)
    ordered = [s for s in statements if re.search(r"FROM latest.*ORDER BY value", s, re.S)]
    assert len(ordered) == 2
    for statement in ordered:
        plan = str(store.connection.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall())
        assert "USING COVERING INDEX latest_value" in plan, plan
    # and the entries past a bound by range scans of their own index, not walked in it
    statements.clear()
    store.connection.set_trace_callback(statements.append)
    store.reaching("population", "people", [], False, 1e7)
    store.connection.set_trace_callback(None)
    plan = str(store.connection.execute(f"EXPLAIN QUERY PLAN {statements[-1]}").fetchall())
    assert "INDEX latest_high (metric_id=? AND unit=? AND high>?)" in plan, plan


def _search_every_row(store: Store, text: str, limit: int) -> SearchResult:
    """The reference: every matching row read (a scan of the folded text; each figure's
    subject and quote folded here), scored and ordered in Python, and every figure
    counted (search as it was before it stopped at its limit)."""
    from hubquery.display import figure_name
    from hubquery.names import fold, name_key
    from hubquery.query.search import SearchHit

    needle, key = fold(text), name_key(text)
    dated = "" if store.as_of is None else " AND (known_from IS NULL OR known_from <= ?)"
    parameters = (needle,) if store.as_of is None else (needle, store.as_of)
    rows = store.connection.execute(
        # a hub's row keeps no text shown (its name), nor its folded text where that is
        # its name in lower case
        "SELECT kind, hub, ref, name, coalesce(shown, name) FROM search_items "
        f"WHERE instr(coalesce(text, lower(name)), ?) > 0{dated} ORDER BY rowid",
        parameters,
    ).fetchall()
    facts = [
        ("fact", f.hub_id, f.id, f.subject, f.quote)
        for f in store.iter_facts()
        if needle in fold(f"{f.subject or ''} {f.quote or ''}")
    ]
    rows = [*rows, *facts[:limit]]

    def hub_name(ident: str | None) -> str | None:
        hub = None if ident is None else store.hub(ident)
        return None if ident is None else hub.name if hub else ident

    found = store.facts_by_id([r[2] for r in rows if r[0] == "fact"])
    hits: dict[tuple[str, str | None, str], SearchHit] = {}
    for kind, hub, ref, name, shown in rows:
        if kind == "hub":
            own = name_key(name)
            score = 100 if own == key else 80 if own.startswith(key) else 60
            alias = hub_name(hub) or name if name == hub else name
            hit = SearchHit(
                kind, hub, hub_name(hub), hub_name(hub) or name, alias, None, None, None, score
            )
        elif kind in ("tag", "organisation"):
            hit = SearchHit(
                kind,
                hub,
                hub_name(hub),
                name,
                shown,
                None,
                None,
                ref,
                50 if needle in fold(name) else 30,
            )
        elif kind == "metric":
            hit = SearchHit(kind, None, None, name, shown, None, ref, None, 40)
        elif kind == "source":
            hit = SearchHit(kind, None, None, name, shown, None, None, ref, 35)
        else:
            fact = found[ref]
            metric = store.metric(fact.metric_id)
            label = figure_name(
                metric.label if metric else fact.metric_id, fact.subject, fact.basis
            )
            hit = SearchHit(
                kind,
                fact.hub_id,
                hub_name(fact.hub_id),
                f"{label}: {fact.display}"
                + ("" if fact.unit == "year" else f", {fact.period_label}"),
                fact.quote or "",
                fact.id,
                fact.metric_id,
                fact.source.id,
                20,
            )
        slot = (hit.kind, hit.hub_id, hit.fact_id or hit.metric_id or hit.name)
        if slot not in hits or hits[slot].score < hit.score:
            hits[slot] = hit
    ordered = sorted(hits.values(), key=lambda h: (-h.score, h.hub_name or "", h.name))
    total = len([h for h in hits.values() if h.kind != "fact"]) + len(facts)
    return SearchResult(tuple(ordered[:limit]), total)


def test_search_stops_at_its_limit_and_finds_what_every_row_read_finds() -> None:
    """Each kind limited in SQL (scored, one per thing, ordered there), the figures read
    only up to the limit: the same hits, in the same order, and the same count as reading
    and scoring every matching row; past the count's cap, said as "more than"."""
    from hubquery.names import fold, name_key
    from hubquery.query.search import search

    words = [
        "dalian",
        "Dalian",
        "da",
        "software",
        "the",
        "of",
        "hub",
        "population",
        "成都",
        "成",
        "park",
        "in 20",
        "zz-none",
        "com",
        "china",
        "shen",
        "s",
        "report",
        "it",
    ]
    for path in (str(SHIPPED), str(MINI)):
        for as_of in (None, "2012"):
            store = _store(path, as_of)
            for word in words:
                for limit in (1, 3, 50):
                    expected = _search_every_row(store, word, limit)
                    assert search(store, word, limit) == expected, (word, limit)
                    rows = store.search(fold(word), name_key(word), limit, count_limit=5)
                    facts = expected.hit_count - rows[1]
                    cap = max(5, limit)
                    assert rows[3:] == ((facts, True) if facts <= cap else (cap, False))


def test_a_search_past_its_count_says_more_than(monkeypatch: Any) -> None:
    import re

    from hubquery.store import search

    monkeypatch.setattr(search, "SEARCH_COUNT_LIMIT", 2)
    result = CliRunner().invoke(cli, ["search", "the", "--limit", "1"], catch_exceptions=False)
    assert re.search(r"\n1 of more than \d+ matches shown \(--limit 1\)\n$", result.stdout)


def test_search_confirms_figures_whose_text_folds_into_the_needle(tmp_path: Any) -> None:
    """The figures' index holds neither their text nor where each trigram is: what it
    proposes (or, for a short needle, what the scan in C proposes) is confirmed against
    the folded text, so text that only folds into the needle (full-width letters, a
    ligature, curly apostrophes) is found as the reference finds it, and a needle that
    has each trigram but not in one piece is not."""
    from hubquery.query.search import search

    text = MINI.read_text(encoding="utf-8").replace(
        "quote: Dalian's 6 million residents are prospering",
        "quote: Ｄａｌｉａｎ’s 6 million residents are prospering ﬁnely, ZZ said",
    )
    path = tmp_path / "folded.yaml"
    path.write_text(text, encoding="utf-8")
    store = _store(str(path))
    words = ["da", "ｄａ", "dalian s", "fi", "ﬁnely", "finely", "zz", "zz said", "ely zz"]
    # every trigram of "erine" is in the quote ("prospering finely"), but not the whole
    words += ["erine", "prosp", "ering fi"]
    for word in words:
        for limit in (1, 50):
            assert search(store, word, limit) == _search_every_row(store, word, limit), word
    assert search(store, "erine", 50).hit_count == 0
    assert any(h.fact_id == "dalian-population-2010" for h in search(store, "finely", 5).hits)


def test_history_worked_out_metric_by_metric_is_history_of_every_figure_at_once() -> None:
    """history reads one metric at a time, without quotes, and reads the figures again
    as they are shown: the same result as working out every figure of the hub at once
    (history as it was), for every hub of the shipped and the small dataset, as of now
    and of a past day."""
    from hubquery.query.facts import cited_sources
    from hubquery.query.history import History, history, metric_history
    from hubquery.query.profile import differences

    def reference(store: Store, hub_id: str) -> History:
        hub = store.hub(hub_id)
        assert hub is not None
        by_metric: dict[str, list[Any]] = {}
        for fact in store.facts_for_hub(hub_id):
            by_metric.setdefault(fact.metric_id, []).append(fact)
        metrics = store.metrics_by_id(by_metric)
        results = [metric_history(m, by_metric[m.id]) for m in metrics]
        results.sort(key=lambda r: not r.over_time)
        shown = [f for r in results for f in r.facts]
        notes = list(differences(shown, {m.id: m for m in metrics}))
        changes = [c for r in results for s in r.series for c in s.changes]
        if any(c.low != c.high for c in changes):
            hedged = tuple(f.id for f in shown if f.qualifier)
            notes.append(Note("hedged", "", (hub_id,), hedged))
        across = [c for c in changes if c.across_sources]
        if across:
            ids = tuple(i for c in across for i in (c.from_fact_id, c.to_fact_id))
            notes.append(Note("across-sources", "", (hub_id,), ids))
        return History(hub, tuple(results), tuple(notes), tuple(cited_sources(store, shown)))

    def plain(result: History) -> History:
        notes = tuple(n._replace(message="") if n.kind != "conflict" else n for n in result.notes)
        return result._replace(notes=notes)

    for path in (str(SHIPPED), str(MINI)):
        for as_of in (None, "2015-12-31"):
            store = _store(path, as_of)
            for hub in store.hubs():
                if not store.hub_fact_count(hub.id):
                    continue
                found = history(store, hub.id)
                assert all(type(m.facts) is not tuple for m in found.metrics)
                assert plain(found) == reference(store, hub.id), hub.id


def test_history_json_is_written_one_figure_at_a_time(run: Any) -> None:
    """A history's figures (read again from the store as they are shown) are written
    one at a time, never as one string of a metric's figures, and make the same document as
    ``json.dumps`` of the whole result (they were written by the pure-Python encoder)."""
    from hubquery.query.history import history
    from hubquery.render import emit
    from hubquery.render.views import history_view

    store = cache.open_store(str(SHIPPED))
    hub = max(store.hubs(), key=lambda h: len(store.facts_for_hub(h.id)))
    result = history(store, hub.id)
    out = _Writes()
    emit(history_view(result), "json", out)
    facts = [f for m in result.metrics for f in m.facts]
    assert len(facts) > 20
    # smaller than any metric's figures written whole (as they were)
    assert out.largest < max(len(data.dumps(list(m.facts))) for m in result.metrics)
    assert out.getvalue() == run("history", hub.id, "--json").stdout
    assert out.getvalue() == data.dumps(result)
