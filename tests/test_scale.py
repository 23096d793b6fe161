"""Shapes that must not grow faster than their data: each fast path is pinned here to
the slow, obviously correct way it replaces (speed itself is measured by bench/run.py,
never asserted in a test)."""

from __future__ import annotations

import io
import json
from typing import Any, NamedTuple

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from hubquery import cache
from hubquery.cli import cli
from hubquery.query.profile import profile, sort_facts
from hubquery.render import data
from hubquery.store import Store
from tests.conftest import MINI, SHIPPED


class Pair(NamedTuple):
    name: str
    value: Any


class Empty(NamedTuple):
    pass


_SCALARS = (st.none() | st.booleans() | st.integers() | st.floats()
            | st.text(alphabet=st.characters(), max_size=8))
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (st.lists(inner, max_size=4) | st.tuples(inner, inner)
                   | st.dictionaries(st.text(max_size=4), inner, max_size=4)
                   | st.builds(Pair, st.text(max_size=4), inner) | st.just(Empty())
                   | st.dictionaries(st.integers(), inner, max_size=2)),
    max_leaves=20)


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
    from hubquery.store import _reaches

    for path in (str(SHIPPED), str(MINI)):
        store = _store(path)
        for metric, unit in _readings(store):
            entries = store.latest_in_unit(metric, unit)
            assert len(entries) == store.ranked(metric, unit, True, 1)[1]
            values = {e[3] for e in entries} | {e[4] for e in entries if e[4] is not None} \
                | {e[5] for e in entries if e[5] is not None}
            for ascending in (True, False):
                for bound in [None, *values]:
                    expected = sorted(e for e in entries if _reaches(e, ascending, bound))
                    assert sorted(store.reaching(metric, unit, [], ascending, bound)) \
                        == expected, (metric, unit, ascending, bound)


def test_hubs_that_may_satisfy_a_condition_include_every_hub_whose_figure_may() -> None:
    """``Store.hubs_that_may`` (a union of range scans) keeps every hub with a figure of
    its own whose interval may satisfy the condition, and only hubs with such a figure."""
    from hubquery.hedges import satisfies

    for path in (str(SHIPPED), str(MINI)):
        store = _store(path)
        for metric, unit in _readings(store):
            figures = [f for f in store.iter_facts(metric_ids=[metric])
                       if f.subject is None and f.unit == unit]
            numbers = {f.value for f in figures} | {f.value + 0.5 for f in figures}
            for operator in (">", ">=", "<", "<=", "="):
                for number in numbers:
                    may = {f.hub_id for f in figures
                           if satisfies(f.interval(), operator, number) != "no"}
                    found = store.hubs_that_may(metric, unit, operator, number)
                    assert may <= found <= {f.hub_id for f in figures}, (metric, operator)


def _search_every_row(store: Store, needle: str, limit: int) -> tuple[list[Any], int]:
    """The reference: every matching row read and counted, by a scan of the folded text."""
    dated = "" if store.as_of is None else " AND (known_from IS NULL OR known_from <= ?)"
    parameters = (needle,) if store.as_of is None else (needle, store.as_of)
    rows = store.connection.execute(
        f"SELECT kind, hub, ref, name, shown, text FROM search_items WHERE instr(text, ?) > 0"
        f"{dated} ORDER BY rowid", parameters).fetchall()
    others = [r for r in rows if r[0] != "fact"]
    facts = [r for r in rows if r[0] == "fact"]
    return others + facts[:limit], len(facts)


def test_search_stops_at_its_limit_and_finds_what_every_row_read_finds() -> None:
    """One pass that stops after the last figure shown: the same rows as reading and
    counting every matching row, and the same count, said as "more than" past the cap."""
    from hubquery.names import fold

    words = ["dalian", "software", "the", "of", "hub", "population", "成都", "park", "in 20",
             "zz-none", "com"]
    for path in (str(SHIPPED), str(MINI)):
        for as_of in (None, "2012"):
            store = _store(path, as_of)
            for word in words:
                needle = fold(word)
                for limit in (1, 3, 50):
                    rows, total = _search_every_row(store, needle, limit)
                    assert store.search(needle, limit) == (rows, total, True)
                    found, count, exact = store.search(needle, limit, count_limit=5)
                    assert found == rows
                    cap = max(5, limit)
                    assert (count, exact) == ((total, True) if total <= cap else (cap, False))


def test_a_search_past_its_count_says_more_than(monkeypatch: Any) -> None:
    import re

    from hubquery import store as stored

    monkeypatch.setattr(stored, "SEARCH_COUNT_LIMIT", 2)
    result = CliRunner().invoke(cli, ["search", "the", "--limit", "1"], catch_exceptions=False)
    assert re.search(r"\n1 of more than \d+ matches shown \(--limit 1\)\n$", result.stdout)
