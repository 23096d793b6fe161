"""list --sort: which figure a hub is sorted by, and the order of hubs, ties and gaps."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hubquery.hedges import satisfies
from hubquery.judgement.orders import default_window, order
from hubquery.query.facts import latest
from hubquery.query.listing import list_hubs
from hubquery.records import Fact
from hubquery.store import Store
from hubquery.vocabulary import QUALIFIERS
from tests.conftest import Run, WriteDataset

# Hubs in an order that is neither alphabetical nor by value; "late" has a newer target
# and an older reported figure, "old" a newer figure from a source published later.
SORTED = """\
format: 1
sources:
- {id: s2000, title: Early, published: '2000'}
- {id: s2010, title: Later, published: '2010'}
- {id: s2020, title: Latest, published: '2020'}
metrics:
- {id: companies, label: Companies, description: Companies in the place., unit_kind: count}
- {id: standing, label: Standing, description: Place in a ranking., unit_kind: rank}
hubs:
- {id: zeta, name: Zeta, kind: city}
- {id: none, name: None here, kind: city}
- {id: alpha, name: Alpha, kind: city}
- {id: late, name: Late, kind: city}
- {id: old, name: Old, kind: city}
- {id: hedged, name: Hedged, kind: city}
- {id: beta, name: Beta, kind: district}
facts:
- {id: zeta-c, hub: zeta, metric: companies, value: 20, unit: companies, period: '2009',
   source: s2010, quote: 20 companies}
- {id: alpha-c, hub: alpha, metric: companies, value: 20, unit: companies, period: '2009',
   source: s2010, quote: 20 companies}
- {id: late-c-target, hub: late, metric: companies, value: 90, unit: companies,
   period: '2030', status: target, source: s2020, quote: 90 companies by 2030}
- {id: late-c, hub: late, metric: companies, value: 5, unit: companies, period: '2001',
   source: s2010, quote: 5 companies}
- {id: old-c-2000, hub: old, metric: companies, value: 30, unit: companies, period: '2000',
   source: s2000, quote: 30 companies}
- {id: old-c-2019, hub: old, metric: companies, value: 3, unit: companies, period: '2019',
   source: s2020, quote: 3 companies}
- {id: hedged-c, hub: hedged, metric: companies, value: 20, unit: companies,
   qualifier: more than, period: '2009', source: s2010, quote: more than 20 companies}
- {id: beta-c, hub: beta, metric: companies, value: 7, unit: companies, period: '2009',
   source: s2010, quote: 7 companies}
- {id: zeta-org, hub: zeta, subject: Big Co, metric: companies, value: 1000,
   unit: companies, period: '2019', source: s2020, quote: 1000 companies}
- {id: zeta-s, hub: zeta, metric: standing, value: 2, unit: rank, period: '2009',
   source: s2010, quote: second}
- {id: alpha-s, hub: alpha, metric: standing, value: 1, unit: rank, period: '2009',
   source: s2010, quote: first}
- {id: beta-s, hub: beta, metric: standing, value: 2, unit: rank, period: '2009',
   source: s2010, quote: second}
"""


def _sorted(run: Run, path: str, *args: str) -> list[tuple[str, list[str]]]:
    # These figures span 2000–2019: the order's default window (five years to the newest
    # figure) is tested in test_rank_judgement; here every year is in the order.
    if "--sort" in args and "--since" not in args:
        args = (*args, "--since", "1900")
    rows = json.loads(run("list", "--data", path, "--json", *args).stdout)
    return [(r["hub"]["id"], [f["id"] for f in r["facts"]]) for r in rows]


def test_sort_by_latest_figure_ties_in_hub_id_order_missing_last(
    run: Run, write_dataset: WriteDataset
) -> None:
    path = write_dataset(SORTED)
    # The latest figure, not the largest: old's 2019 figure, late's reported one (not its
    # target); a hedged "more than 20" sorts by its 20, tied with zeta and alpha in the
    # order of hub ids, as `rank` orders ties; an organisation's figure is never the hub's.
    assert _sorted(run, path, "--sort", "companies") == [
        ("alpha", ["alpha-c"]),
        ("hedged", ["hedged-c"]),
        ("zeta", ["zeta-c"]),
        ("beta", ["beta-c"]),
        ("late", ["late-c"]),
        ("old", ["old-c-2019"]),
        ("none", []),
    ]
    assert _sorted(run, path, "--sort", "companies", "--asc") == [
        ("old", ["old-c-2019"]),
        ("late", ["late-c"]),
        ("beta", ["beta-c"]),
        ("alpha", ["alpha-c"]),
        ("hedged", ["hedged-c"]),
        ("zeta", ["zeta-c"]),
        ("none", []),
    ]


def test_sort_by_a_rank_puts_first_place_first(run: Run, write_dataset: WriteDataset) -> None:
    path = write_dataset(SORTED)
    ids = [hub for hub, _ in _sorted(run, path, "--sort", "standing")]
    assert ids == ["alpha", "beta", "zeta", "none", "late", "old", "hedged"]
    ids = [hub for hub, _ in _sorted(run, path, "--sort", "standing", "--desc")]
    assert ids == ["beta", "zeta", "alpha", "none", "late", "old", "hedged"]


def test_sort_with_filters_limit_and_where(run: Run, write_dataset: WriteDataset) -> None:
    path = write_dataset(SORTED)
    assert _sorted(run, path, "--sort", "companies", "--kind", "city", "--limit", "2") == [
        ("alpha", ["alpha-c"]),
        ("hedged", ["hedged-c"]),
    ]
    # The listing shows the condition's figure, then the sort's, for each hub kept.
    assert _sorted(run, path, "--where", "standing <= 2", "--sort", "companies", "--asc") == [
        ("beta", ["beta-s", "beta-c"]),
        ("alpha", ["alpha-s", "alpha-c"]),
        ("zeta", ["zeta-s", "zeta-c"]),
    ]
    # "more than 20" certainly exceeds 4, and may or may not exceed 20.5: then it is kept
    # with --maybe only.
    assert _sorted(run, path, "--where", "companies > 4", "--sort", "companies") == [
        ("alpha", ["alpha-c"]),
        ("hedged", ["hedged-c"]),
        ("zeta", ["zeta-c"]),
        ("beta", ["beta-c"]),
        ("late", ["late-c"]),
    ]
    assert _sorted(
        run, path, "--where", "companies > 20.5", "--maybe", "--sort", "companies", "--asc"
    ) == [("hedged", ["hedged-c"])]


def test_fields_without_figures_list_the_same_hubs(run: Run, write_dataset: WriteDataset) -> None:
    """Output that prints no figure reads none (``figures=False``): same hubs, same order."""
    path = write_dataset(SORTED)
    for args in (
        ["--sort", "companies"],
        ["--sort", "standing", "--limit", "3"],
        ["--where", "companies > 20.5", "--maybe", "--sort", "companies"],
        ["--sort", "companies", "--as-of", "2015"],
    ):
        full = json.loads(run("list", "--data", path, *args, "--json").stdout)
        fields = ["--fields", "hub.id,parent_name,match"]
        for fmt in ("json", "tsv"):
            out = run("list", "--data", path, *args, *fields, "--format", fmt).stdout
            with_facts = run(
                "list", "--data", path, *args, *fields, "--fields", "facts.id", "--format", fmt
            ).stdout
            if fmt == "json":
                assert json.loads(out) == [
                    {
                        "hub": {"id": r["hub"]["id"]},
                        "parent_name": r["parent_name"],
                        "match": r["match"],
                    }
                    for r in full
                ]
                assert [r["facts"] for r in json.loads(with_facts)] == [
                    [{"id": f["id"]} for f in r["facts"]] for r in full
                ]
            else:
                assert out.splitlines()[1:] == [
                    f"{r['hub']['id']}\t{r['parent_name'] or ''}\t{r['match']}" for r in full
                ]


def test_figures_are_read_only_for_output_that_prints_them(
    run: Run, write_dataset: WriteDataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_dataset(SORTED)
    asked: list[int] = []
    read = Store.facts_by_ord

    def counting(store: Store, ords: Sequence[int]) -> list[Fact]:
        asked.extend(ords)
        return read(store, ords)

    monkeypatch.setattr(Store, "facts_by_ord", counting)
    run("list", "--data", path, "--sort", "companies", "--fields", "hub.id", "--format", "tsv")
    # Only one figure of each kind the judgement asks about (here the 2009 figures, 2019's
    # and 2000's … one each): never every hub's.
    kinds = len(asked)
    assert kinds < 6
    run("list", "--data", path, "--sort", "companies", "--limit", "2", "--json")
    assert len(asked) - kinds == kinds + 2  # the judged kinds again, and the two hubs shown


def test_sort_as_of_uses_the_figures_known_then(run: Run, write_dataset: WriteDataset) -> None:
    path = write_dataset(SORTED)
    # In 2015 old's 2019 figure and late's target are not yet published; "none", which
    # no source names, is not listed as of a date (#20).
    assert _sorted(run, path, "--sort", "companies", "--as-of", "2015") == [
        ("old", ["old-c-2000"]),
        ("alpha", ["alpha-c"]),
        ("hedged", ["hedged-c"]),
        ("zeta", ["zeta-c"]),
        ("beta", ["beta-c"]),
        ("late", ["late-c"]),
    ]
    assert _sorted(run, path, "--sort", "companies", "--as-of", "2005", "--limit", "2") == [
        ("old", ["old-c-2000"])
    ]


# The fast path pinned to the obvious one: each hub's figures read one by one, the latest
# picked in Python (``query.facts.latest``), judged by ``judgement.order`` figure by
# figure (not kind by kind), the hubs sorted by a stable sort.

PERIODS = ["2005", "2009", "2010", "2010-06", "2008/2012", "2015"]
_fact = st.tuples(
    st.integers(0, 4),  # hub
    st.sampled_from(["m", "r"]),  # metric: a count, a rank
    st.sampled_from([1, 2, 2, 3, 20, 2.5]),
    st.sampled_from(["CNY", "CNY", "USD"]),  # for m; r is in ranks
    st.sampled_from([None, None, *QUALIFIERS]),
    st.sampled_from(PERIODS),
    st.sampled_from(["reported", "reported", "target"]),
    st.integers(0, 2),  # source
    st.booleans(),  # about an organisation in the hub
)


def _dataset(facts: list[tuple[object, ...]]) -> str:
    lines = ["format: 1", "sources:"]
    lines += [
        f"- {{id: s{i}, title: S{i}, published: '{year}'}}"
        for i, year in enumerate(["2000", "2010", "2020"])
    ]
    lines += [
        "metrics:",
        "- {id: m, label: M, description: Money., unit_kind: money}",
        "- {id: r, label: R, description: A rank., unit_kind: rank}",
        "hubs:",
    ]
    lines += [
        f"- {{id: h{i}, name: H{i}, kind: {'city' if i % 2 else 'district'}}}"
        for i in (3, 1, 4, 0, 2)
    ]
    lines.append("facts:" if facts else "facts: []")
    for n, (hub, metric, value, unit, qualifier, period, status, source, org) in enumerate(facts):
        if metric == "r":
            unit, value = "rank", round(float(str(value)) + 0.5)
        lines.append(
            f"- {{id: f{n}, hub: h{hub}, metric: {metric}, value: {value}, unit: {unit}, "
            + (f"qualifier: {qualifier}, " if qualifier else "")
            + ("subject: Org, " if org else "")
            + f"period: '{period}', status: {status}, source: s{source}, quote: q}}"
        )
    return "\n".join(lines) + "\n"


def _expected(
    store: Store,
    metric: str,
    unit: str | None,
    ascending: bool,
    where: float | None,
    maybe: bool,
    kind: str | None,
    since: int | None = None,
) -> list[tuple[str, str | None]]:
    hubs = [h for h in store.hubs() if kind is None or h.kind == kind]
    figures: dict[str, Fact | None] = {}
    for hub in hubs:
        own = [
            f for f in store.facts_for_hub(hub.id) if f.metric_id == metric and f.subject is None
        ]
        figures[hub.id] = latest(own, unit)
    kept = []
    for hub in hubs:
        figure = figures[hub.id]
        if where is not None:
            answer = "no" if figure is None else satisfies(figure.interval(), ">", where)
            if answer == "no" or (answer == "maybe" and not maybe):
                continue
        kept.append(hub.id)
    chosen = {h: f for h, f in figures.items() if f is not None}
    with_figure = [h for h in kept if h in chosen]
    # What may be ordered is the judgement's to say (the figures given in dataset order);
    # ties in the order of hub ids, the left-out figures after the order in that order.
    found = store.metric(metric)
    assert found is not None
    judged = order(
        sorted((chosen[h] for h in with_figure), key=lambda f: int(f.id[1:])),
        since=since,
        window_years=default_window(found.unit_kind),
    )
    ranked = sorted(f.hub_id for f in judged.ranked)
    ranked.sort(key=lambda h: chosen[h].value, reverse=not ascending)
    ordered = (
        ranked + sorted(f.hub_id for f, _ in judged.left_out) + [h for h in kept if h not in chosen]
    )
    return [(h, chosen[h].id if h in chosen else None) for h in ordered]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    facts=st.lists(_fact, max_size=14),
    metric=st.sampled_from(["m", "r"]),
    ascending=st.sampled_from([None, True, False]),
    as_of=st.sampled_from([None, "2009-12-31", "2015-06-30", "2099-12-31"]),
    where=st.sampled_from([None, 1.5, 2, 20]),
    maybe=st.booleans(),
    kind=st.sampled_from([None, "city"]),
    limit=st.sampled_from([None, 1, 3]),
    since=st.sampled_from([None, None, 2008, 2012]),
)
@pytest.mark.slow
def test_sort_agrees_with_reading_every_hub(
    facts: list[tuple[object, ...]],
    metric: str,
    ascending: bool | None,
    as_of: str | None,
    where: float | None,
    maybe: bool,
    kind: str | None,
    limit: int | None,
    since: int | None,
) -> None:
    from hubquery.cache import open_store

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "data.yaml")
        with open(path, "w", encoding="utf-8") as out:
            out.write(_dataset(facts))
        full = open_store(path, use_cache=False)
    store = Store(full.connection, as_of=as_of)
    units = store.metric_units(metric)
    unit = units[0] if units else None
    sort = metric if len(units) < 2 else f"{metric} {unit}"
    conditions = (
        []
        if where is None or unit is None
        else [f"{metric} > {where}" + ("" if len(units) < 2 else f" {unit}")]
    )
    result = list_hubs(
        store,
        sort=sort,
        ascending=ascending,
        where=conditions,
        maybe=maybe,
        kinds=[kind] if kind else [],
        limit=limit,
        since=since,
    )
    if ascending is None:
        ascending = metric == "r"
    expected = _expected(
        store,
        metric,
        unit if len(units) > 1 else None,
        ascending,
        where if conditions else None,
        maybe,
        kind,
        since,
    )
    assert result.hub_count == len(expected)
    assert [(r.hub.id, r.facts[-1].id if r.facts else None) for r in result.rows] == expected[
        :limit
    ]
    # Every figure shown is the whole figure as the store reads it.
    shown = [f for r in result.rows for f in r.facts]
    assert shown == [store.fact(f.id) for f in shown]
    assert [s.id for s in result.sources] == list(dict.fromkeys(f.source.id for f in shown))
    # For output that prints no figure: the same hubs, no figure read.
    bare = list_hubs(
        store,
        sort=sort,
        ascending=ascending,
        where=conditions,
        maybe=maybe,
        kinds=[kind] if kind else [],
        limit=limit,
        figures=False,
        since=since,
    )
    assert [(r.hub, r.parent_name, r.match) for r in bare.rows] == [
        (r.hub, r.parent_name, r.match) for r in result.rows
    ]
    assert (bare.hub_count, bare.metrics) == (result.hub_count, result.metrics)
    assert [r.facts for r in bare.rows] == [()] * len(bare.rows)
    assert bare.sources == ()


def test_where_and_sort_agree_on_a_metric_of_one_unit_named_or_not(run: Run) -> None:
    """Naming the only unit on one side and not the other is the same unit (a bug:
    "--where reads 'population' in people but --sort in None")."""
    data = ("--data", "data/hubs.yaml", "--format", "tsv", "--fields", "hub.id")
    plain = run("list", "--where", "population > 1m", "--sort", "population", *data)
    assert plain.exit_code == 0
    assert len(plain.stdout.splitlines()) > 1
    for where, sort in [
        ("population > 1m people", "population"),
        ("population > 1m", "population people"),
        ("population > 1m people", "population people"),
    ]:
        named = run("list", "--where", where, "--sort", sort, *data)
        assert (named.exit_code, named.stdout) == (0, plain.stdout), (where, sort)
    # Two units named differently are still two units.
    both = run(
        "list",
        "--where",
        "outsourcing-revenue > 1bn USD",
        "--sort",
        "outsourcing-revenue CNY",
        "--data",
        "data/hubs.yaml",
    )
    assert both.exit_code == 1
    assert "--where reads 'outsourcing-revenue' in USD but --sort in CNY" in both.stderr


def test_conditions_on_one_metric_in_two_units_each_read_their_own_unit(run: Run) -> None:
    """outsourcing-revenue is recorded in USD and CNY: each condition is tested on the
    figure in its own unit, whatever the order the conditions are given in (the USD
    condition was tested on the CNY figure when the CNY one came first)."""
    usd, cny = "outsourcing-revenue > 1bn USD", "outsourcing-revenue > 100bn CNY"
    for command, field in (("list", "hub.id"), ("export", "hub_id")):
        for first, second in ((usd, cny), (cny, usd)):
            result = run(
                command,
                "--where",
                first,
                "--where",
                second,
                "--data",
                "data/hubs.yaml",
                "--format",
                "tsv",
                "--fields",
                field,
                "--no-headers",
            )
            assert result.exit_code == 0
            assert set(result.stdout.split()) == {"dalian"}, (command, first)
