"""Shapes that must not grow faster than their data: each fast path is pinned here to
the slow, obviously correct way it replaces (speed itself is measured by bench/run.py,
never asserted in a test)."""

from __future__ import annotations

import io
import json
from typing import Any, NamedTuple

from hypothesis import given
from hypothesis import strategies as st

from hubquery import cache
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
