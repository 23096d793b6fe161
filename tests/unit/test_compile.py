"""The streaming cold build: the same store and the same errors as parsing the whole
document, in bounded memory, with progress only on a terminal."""

from __future__ import annotations

import gc
import hashlib
import io
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from hubquery import cache, load, store
from hubquery import compile as compiler
from hubquery.errors import DatasetError
from hubquery.names import fold
from hubquery.store import builder
from hubquery.store.compact import compact_hub
from tests.conftest import MINI, SHIPPED, TESTS, WriteDataset

META = {"fingerprint": "x"}
TEXT = MINI.read_text(encoding="utf-8")
_, FACTS = TEXT.split("facts:\n")
HEAD = TEXT[: TEXT.index("facts:\n")]
DERIVED = """\
- id: dalian-population-change
  hub: dalian
  metric: population
  value: 12000000
  unit: people
  period: '2014'
  source: npr-2010
  quote: null
  derived: true
  method: sum
  inputs: [dalian-population-2014, dalian-population-2010]
"""


def _classic(data: bytes, filename: str) -> sqlite3.Connection:
    """The store as built before streaming: the whole document, then every record."""
    dataset = load.parse(data, filename)
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    hubs = [compact_hub(h, {}) for h in dataset.hubs]
    store.build(connection, META, dataset.sources, dataset.metrics, hubs, dataset.facts)
    return connection


def _streamed(data: bytes, filename: str) -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    compiler.build(connection, data, filename, META)
    return connection


def _from_file(data: bytes, filename: str) -> sqlite3.Connection:
    """As a large file is compiled: read from the file a little at a time."""
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    with tempfile.TemporaryFile() as f:
        f.write(data)
        f.seek(0)
        compiler.build(connection, f, filename, META)
    return connection


def _dump(connection: sqlite3.Connection) -> list[str]:
    """Every table's definition and rows, the full-text indexes' own tables included
    (``iterdump`` cannot read a contentless index: it scans it)."""
    lines = []
    for name, sql in connection.execute("SELECT name, sql FROM sqlite_master ORDER BY name"):
        lines.append(str(sql))
        if str(sql).startswith("CREATE TABLE"):
            lines += map(repr, connection.execute(f'SELECT * FROM "{name}"'))
    return lines


@pytest.mark.parametrize("path", [MINI, SHIPPED], ids=["mini", "shipped"])
def test_streamed_store_is_the_classic_one(path: Path) -> None:
    data = path.read_bytes()
    assert _dump(_streamed(data, "d.yaml")) == _dump(_classic(data, "d.yaml"))


@pytest.mark.parametrize("path", [MINI, SHIPPED], ids=["mini", "shipped"])
def test_latest_and_units_tables_are_what_the_facts_say(path: Path) -> None:
    """The tables worked out once at build time agree with the same answer worked out
    per query from the facts (what --as-of uses)."""
    connection = _streamed(path.read_bytes(), "d.yaml")
    units = connection.execute("SELECT metric_id, unit, facts, hub_facts FROM units").fetchall()
    assert (
        units
        == connection.execute(
            "SELECT metric_id, unit, count(*), sum(subject IS NULL) FROM facts "
            "GROUP BY metric_id, unit ORDER BY metric_id, unit"
        ).fetchall()
    )
    reference = store.Store(connection)
    for metric, unit, _, _ in units:
        tabled = connection.execute(
            "SELECT ord, hub_id, subject, value, low, high, qualifier, kind FROM latest "
            "WHERE metric_id = ? AND unit = ? ORDER BY hub_id, first",
            (metric, unit),
        ).fetchall()
        assert tabled == reference.latest_in_unit(metric, unit)
        # each kind once, named by its first figure, with how many figures it has
        kinds: dict[int, list[int]] = {}
        for figure in tabled:
            kinds.setdefault(figure[-1], []).append(figure[0])
        assert reference.latest_kinds(metric, unit) == sorted(
            (kind, min(ords), len(ords)) for kind, ords in kinds.items()
        )
        assert all(kind == min(ords) for kind, ords in kinds.items())
    assert connection.execute("SELECT count(*) FROM latest").fetchone()[0] > len(units)


_FIGURE = st.tuples(
    st.sampled_from(["dalian", "chengdu"]),
    st.sampled_from(["people", "residents"]),
    st.sampled_from([None, "a"]),
    st.sampled_from(["reported", "reported", "target", "aspiration", "threshold", "report"]),
    st.sampled_from(
        [
            "2010",
            "2014",
            "2014-06",
            "2014-12",
            "2014-12-31",
            "2013/2014",
            "2014-01/2014-12",
            "2014-06-30/2014-12-31",
        ]
    ),
)


def _figure_yaml(i: int, hub: str, unit: str, subject: str | None, status: str, period: str) -> str:
    """A figure; status "report" is a reported figure of the report's period (its
    source's date, as validate requires)."""
    period_of = "figure"
    if status == "report":
        status, period, period_of = "reported", "2022-05-27", "report"
    return (
        f"- id: f{i}\n  hub: {hub}\n  metric: population\n  value: {i}\n  unit: {unit}\n"
        + (f"  subject: {subject}\n" if subject else "")
        + f"  status: {status}\n  period: '{period}'\n  period_of: {period_of}\n"
        "  source: chinadaily-2022\n  quote: q\n"
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(_FIGURE, min_size=1, max_size=16))
@example([("dalian", "people", None, "reported", p) for p in ("2013/2014", "2014-06")])
@example([("dalian", "people", None, "reported", p) for p in ("2014-06-30/2014-12-31", "2014")])
@example([("dalian", "people", "a", s, "2014") for s in ("target", "reported", "reported")])
@example(
    [
        ("dalian", "people", None, s, p)
        for s, p in (("reported", "2010"), ("report", "2014"), ("threshold", "2014-12"))
    ]
)
@pytest.mark.slow
def test_latest_figures_follow_status_period_and_order(figures: list[tuple[Any, ...]]) -> None:
    """Standing figures first (not a report-period figure, a target, an aspiration or a
    threshold), reported before targets, then the latest last day, then the latest first
    day, then the first in the file: the latest table as the per-query reference has it,
    and both as ``judgement.preferred`` chooses."""
    from hubquery.judgement.orders import preferred

    facts = "".join(_figure_yaml(i, *figure) for i, figure in enumerate(figures))
    connection = _streamed((HEAD + "facts:\n" + facts).encode(), "d.yaml")
    reference = store.Store(connection)
    every = reference.facts_by_ord(list(range(len(figures))))
    for unit in ("people", "residents"):
        tabled = connection.execute(
            "SELECT ord, hub_id, subject, value, low, high, qualifier, kind FROM latest "
            "WHERE metric_id = 'population' AND unit = ? ORDER BY hub_id, first",
            (unit,),
        ).fetchall()
        assert tabled == reference.latest_in_unit("population", unit)
        groups: dict[tuple[str, str | None], list[Any]] = {}
        for fact in every:
            if fact.unit == unit:
                groups.setdefault((fact.hub_id, fact.subject), []).append(fact)
        chosen = {(row[1], row[2]): row[0] for row in tabled}
        assert chosen == {
            group: every.index(preferred(facts))  # type: ignore[arg-type]
            for group, facts in groups.items()
        }


def _content(connection: sqlite3.Connection) -> dict[str, list[Any]]:
    """Every table's rows, with the full-text index as the terms it holds for each row
    (its own tables depend on how many rows it took in at a time)."""
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'search_index_%' AND name NOT LIKE 'fact_index_%'"
        )
    ]
    content = {
        # hub_names is a table WITHOUT ROWID: ordered by its key
        name: connection.execute(
            f"SELECT * FROM {name} ORDER BY {'key, hub' if name == 'hub_names' else 'rowid'}"
        ).fetchall()
        for name in tables
        if name not in ("meta", "fact_index", "search_index")  # contentless: terms below
    }
    for index in ("search_index", "fact_index"):
        connection.execute(
            f"CREATE VIRTUAL TABLE temp.{index}_terms USING fts5vocab(main, {index}, 'instance')"
        )
        content[f"{index} terms"] = connection.execute(
            f"SELECT * FROM temp.{index}_terms"
        ).fetchall()
    return content


def test_search_index_built_beside_the_reading_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Facts made searchable a few at a time, beside the reading, while rows wait to be
    written, give the store built in one go: the same rows and the same search terms,
    whatever the sizes of the batches and chunks."""
    data = (TEXT + DERIVED).encode()
    whole = _content(_streamed(data, "d"))
    assert len(whole["search_items"]) > 12
    assert len(whole["fact_index terms"]) > 500
    sizes = ((2, 150, 2, 10**6), (1, 1, 1, 1), (3, 100, 4, 10**6), (3, 10**6, 10**6, 200))
    for batch, chunk, pending, pending_chars in sizes:
        monkeypatch.setattr(builder, "FACT_BATCH", batch)
        monkeypatch.setattr(builder, "SEARCH_CHUNK_CHARS", chunk)
        monkeypatch.setattr(builder, "PENDING_BATCHES", pending)
        monkeypatch.setattr(builder, "PENDING_CHARS", pending_chars)
        assert _content(_streamed(data, "d")) == whole, (batch, chunk, pending, pending_chars)


def _error(build: Callable[[bytes, str], object], data: bytes) -> str | None:
    try:
        build(data, "doc.yaml")
    except DatasetError as error:
        return str(error)
    return None


CASES = {
    "valid": TEXT,
    "valid, with a derived figure": TEXT + DERIVED,
    "a derived figure before its inputs": HEAD + "facts:\n" + DERIVED + FACTS,
    "facts before the sections": "format: 1\nfacts:\n" + FACTS + HEAD.removeprefix("format: 1\n"),
    "facts before hubs, with an error": (
        HEAD.split("hubs:\n")[0]
        + "facts:\n"
        + FACTS.replace("hub: dalian", "hub: nowhere", 1)
        + "hubs:\n"
        + HEAD.split("hubs:\n")[1]
    ),
    "sections through anchors and aliases": (
        HEAD.replace("sources:\n", "sources: &s\n").replace("hubs:\n", "hubs: &h\n")
        + "facts: &f\n"
        + FACTS
    ),
    "a section through an alias": HEAD.replace("hubs:\n", "hubs: &h\n") + "facts: *h\n",
    "invalid field in a fact": TEXT.replace("value: 6000000", "value: lots"),
    "invalid fields in several sections": TEXT.replace("kind: city", "kind: town", 1)
    .replace("unit_kind: count", "unit_kind: heads", 1)
    .replace("period: '2014'", "period: x"),
    "invalid record and a cross-record problem": TEXT.replace("value: 6000000", "value: x").replace(
        "hub: chengdu", "hub: nowhere"
    ),
    "unknown references": TEXT.replace("hub: chengdu", "hub: nowhere")
    .replace("metric: laptop-share", "metric: nothing", 1)
    .replace("source: allen-2014", "source: nobody"),
    "duplicate fact ids": TEXT + FACTS.split("- id: ")[1].join(["- id: ", ""]),
    "duplicate ids everywhere": TEXT.replace(
        "- id: dalian-population-2014", "- id: dalian-population-2010"
    )
    .replace("- id: chongqing\n", "- id: chengdu\n")
    .replace("- id: allen-2014", "- id: npr-2010"),
    "derived figure with a wrong value": TEXT + DERIVED.replace("12000000", "5"),
    "derived figure with an unknown input": TEXT
    + DERIVED.replace("dalian-population-2010]", "nothing]"),
    "derived figure with duplicate ids": TEXT + DERIVED + DERIVED,
    "unknown top-level key and bad format": TEXT.replace("format: 1", "format: 2\nextra: 1"),
    "a section that is not a list": HEAD + "facts: 5\n",
    "a parent chain that loops": TEXT.replace("- id: china\n", "- id: china\n  parent: dalian\n"),
    "a fact that is not a mapping": TEXT + "- 5\n",
    "duplicate key in a fact": TEXT.replace("  value: 6000000\n", "  value: 6000000\n  value: 1\n"),
    "duplicate top-level section": TEXT + "hubs: []\n",
    "YAML error after many facts": TEXT + "- [\n",
    "python tag in a fact": TEXT.replace("value: 6000000", "value: !!python/none x"),
    "two documents": TEXT + "---\nformat: 1\n",
    "empty": "",
    "a list": "- 1\n- 2\n",
    "no facts": HEAD,
}


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_streamed_errors_are_the_classic_ones(text: str) -> None:
    data = text.encode("utf-8")
    classic = _error(load.parse, data)
    assert _error(_streamed, data) == classic
    assert _error(_from_file, data) == classic
    if classic is None:  # the store, too, is the same
        assert _dump(_streamed(data, "d")) == _dump(_classic(data, "d"))
        assert _dump(_from_file(data, "d")) == _dump(_classic(data, "d"))


def test_the_cases_cover_errors_and_successes() -> None:
    outcomes = [_error(load.parse, text.encode()) for text in CASES.values()]
    assert sum(o is None for o in outcomes) == 6
    assert "duplicate id 'dalian-population-2010'" in str(outcomes)
    assert "is 12000000.0, not 5" in str(outcomes)


def test_derivation_reads_inputs_given_later_in_the_file() -> None:
    """A derived figure's derivation is written after the stream, from its inputs' rows."""
    for case in ("valid, with a derived figure", "a derived figure before its inputs"):
        connection = _streamed(CASES[case].encode(), "d")
        assert connection.execute(
            "SELECT derivation FROM facts WHERE id = 'dalian-population-change'"
        ).fetchone() == ("6 million people (2014) + 6 million people (2010)",)


@pytest.mark.parametrize(
    "data",
    [
        b"format: 1\nsources:\n- id: caf\xe9\n",
        b"\xef\xbb\xbf" + TEXT.encode(),
        b"\xef\xbb\xbf" + CASES["unknown references"].encode(),
        b"\xef\xbb\xbf" + CASES["duplicate key in a fact"].encode(),
        TEXT.encode() + b"- id: x\x07\n",
    ],
)
def test_encoding_problems_and_bom_as_classic(data: bytes) -> None:
    assert _error(_streamed, data) == _error(load.parse, data)
    assert _error(_from_file, data) == _error(load.parse, data)


def test_large_files_are_compiled_from_the_file(
    write_dataset: WriteDataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "STREAMED_SIZE", 100)
    monkeypatch.setattr(cache, "HASHED_SIZE_LIMIT", 50)
    monkeypatch.setattr(cache, "read_bytes", None)  # never read whole
    store_ = cache.open_store(write_dataset(TEXT))
    assert store_.count("facts") == 11
    meta = dict(store_.connection.execute("SELECT key, value FROM meta"))
    assert meta["sha256"] == hashlib.sha256(TEXT.encode()).hexdigest()
    with pytest.raises(DatasetError, match=r"facts\[0\]\.value: expected a number"):
        cache.open_store(write_dataset(TEXT.replace("value: 6000000", "value: x")))
    assert list(Path(cache.cache_dir()).glob("*.tmp")) == []


def test_refused_small_sections_are_not_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dataset already refused is not compiled beyond what the fact checks need:
    a parent chain that loops would make every hub's row walk the loop."""
    real_build, given = store.build, []

    def build(connection: sqlite3.Connection, meta: dict[str, str], *records: Any) -> None:
        given.append([len(r) for r in records[:3]])
        real_build(connection, meta, *records)

    monkeypatch.setattr(store, "build", build)
    with pytest.raises(DatasetError, match="parent chain loops"):
        _streamed(CASES["a parent chain that loops"].encode(), "d")
    _streamed(TEXT.encode(), "d")
    assert given == [[0, 0, 0], [3, 4, 7]]


def test_garbage_collector_is_restored_even_on_errors() -> None:
    assert gc.isenabled()
    with pytest.raises(DatasetError):
        _streamed(TEXT.replace("value: 6000000", "value: x").encode(), "d")
    assert gc.isenabled()
    gc.disable()
    try:
        _streamed(TEXT.encode(), "d")
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


@pytest.mark.cold_cache
def test_a_refused_dataset_leaves_no_cache_file(write_dataset: WriteDataset) -> None:
    path = write_dataset(TEXT.replace("hub: chengdu", "hub: nowhere"))
    with pytest.raises(DatasetError, match="unknown hub 'nowhere'"):
        cache.open_store(path)
    assert list(Path(cache.cache_dir()).glob("*")) == []


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
def test_fold_of_ascii_text_is_the_general_fold(text: str) -> None:
    folded = unicodedata.normalize("NFKC", text).casefold()
    assert fold(text) == " ".join("".join(c if c.isalnum() else " " for c in folded).split())


# Progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_waits_a_second_then_shows_counts_and_time_left() -> None:
    clock, terminal = Clock(), FakeTerminal()
    progress = compiler.Progress("/data/hubs.yaml", 1000, terminal, clock)
    progress.read, progress.checked, progress.compiled = 1200, 1100, 1000
    clock.now += 0.9
    progress.show(100)
    assert terminal.getvalue() == ""  # under a second: nothing
    clock.now += 0.1  # one second in, a quarter of the file read
    progress.show(250)
    assert terminal.getvalue() == (
        "\rhubs.yaml: 1,200 facts read, 1,100 checked, 1,000 compiled · 25% · about 3 s left\x1b[K"
    )
    clock.now += 0.1
    progress.show(300)
    assert terminal.getvalue().count("\r") == 1  # at most four lines a second
    clock.now += 119.9
    progress.show(500)
    assert terminal.getvalue().endswith("· 50% · about 2 min 01 s left\x1b[K")
    progress.stage = "indexing"
    clock.now += 1
    progress.show(1000)
    assert terminal.getvalue().endswith("; writing the indexes …\x1b[K")
    progress.done()
    assert terminal.getvalue().endswith("\r\x1b[K")  # the line is erased


def test_progress_that_never_showed_erases_nothing() -> None:
    terminal = FakeTerminal()
    progress = compiler.Progress("d.yaml", 10, terminal, Clock())
    progress.show(5)
    progress.done()
    assert terminal.getvalue() == ""


def test_progress_is_silent_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    assert compiler.Progress.on_terminal("d.yaml", 10).stream is None
    monkeypatch.setattr(sys, "stderr", FakeTerminal())
    assert compiler.Progress.on_terminal("d.yaml", 10).stream is sys.stderr


def test_a_slow_build_on_a_terminal_shows_progress_on_stderr_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ticks = iter(range(0, 10_000, 2))  # every look at the clock is two seconds later
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    progress = compiler.Progress("big.yaml", len(TEXT), terminal, lambda: float(next(ticks)))
    text = TEXT + "".join(FACTS.replace("- id: ", f"- id: n{i}-") for i in range(100))
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    compiler.build(connection, text.encode(), "big.yaml", META, progress)
    shown = terminal.getvalue()
    assert "big.yaml: 1,024 facts read, 1,023 checked, 0 compiled" in shown
    assert "writing the indexes" in shown
    assert shown.endswith("\r\x1b[K")


def test_a_slow_build_in_a_pipe_writes_nothing(tmp_path: Path) -> None:
    """A real cold build through the command, stderr a pipe: stdout is the answer,
    stderr stays empty however long it takes."""
    path = tmp_path / "big.yaml"
    path.write_text(
        TEXT + "".join(FACTS.replace("- id: ", f"- id: n{i}-") for i in range(200)),
        encoding="utf-8",
    )
    script = (
        "import time, sys\n"
        "from hubquery import compile as c\n"
        "ticks = iter(range(0, 10**9, 5))\n"
        "c.time.monotonic = lambda: float(next(ticks))\n"  # a clock where everything is slow
        "from hubquery.process import main\n"
        "sys.argv = ['hubquery', 'show', 'dalian', '--json', '--data', sys.argv[1]]\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        cwd=TESTS.parent,
        check=False,
        env={"HUBQUERY_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.startswith("{")


def test_a_compact_hub_keeps_every_field_of_its_model() -> None:
    """The cold build keeps hubs as ``HubRecord`` (a fraction of a pydantic model's
    memory): every field the model has that a hub's rows or checks read, the same, and
    the words shared between hubs kept once."""
    for path in (SHIPPED, MINI):
        shared: dict[str, str] = {}
        hubs = load.parse(path.read_bytes(), str(path)).hubs
        for hub in hubs:
            record = compact_hub(hub, shared)
            expected = hub.model_dump(exclude={"tags", "organisations"})
            expected["aliases"] = tuple(expected["aliases"])
            assert record._asdict() | {"tags": None, "organisations": None} == expected | {
                "tags": None,
                "organisations": None,
            }
            assert [tuple(t) for t in record.tags] == [
                (t.tag, t.source, t.quote, t.note) for t in hub.tags
            ]
            assert [tuple(o) for o in record.organisations] == [
                (o.name, o.source, o.quote, o.note) for o in hub.organisations
            ]
        kinds = [compact_hub(h, shared).kind for h in hubs]
        assert all(kind is shared[kind] for kind in kinds)
