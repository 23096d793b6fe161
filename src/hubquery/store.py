"""The compiled dataset: an SQLite database built once from a validated dataset.

Every query reads from here, whether the database is the on-disk cache or, with
``--no-cache``, built in memory for one run. Building is the only place that
touches the pydantic model; reading needs nothing but the standard library and
returns ``records``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from typing import TYPE_CHECKING, Any, get_origin, get_type_hints

from hubquery.names import fold, name_key
from hubquery.periods import parse_period, sort_bounds
from hubquery.records import Citation, Fact, Hub, LatestFigure, Metric, Source

if TYPE_CHECKING:
    from concurrent.futures import Future

    from hubquery import models

# Bump whenever the tables below change: old caches are then never read.
# 15: facts.period_label (judgement.period_label, the one period formatter);
# 14: latest figures keep their kind for judgement.order (latest_kinds);
# 13: each ranking's size stored (latest_counts), where search's figures start (meta);
# 12: display keeps a figure's words ("two-thirds (≈67 %)") and says the new statuses;
# 11: the latest table prefers standing figures (judgement.preferred);
# 10: compiled as the YAML streams (derivations written after the facts).
SCHEMA_VERSION = 15


def _stored(record: type) -> tuple[tuple[str, ...], tuple[Callable[[Any], Any], ...]]:
    """A record's columns, derived from its fields (written once, in ``records``), and
    how each column's value is read back: flags as bool, lists as JSON arrays."""
    names, readers = [], []
    for name, kind in get_type_hints(record).items():
        if kind is Source:  # the embedded source is a reference in the table
            continue
        names.append(name)
        readers.append(bool if kind is bool else _json_tuple if get_origin(kind) is tuple
                       else _same)
    return tuple(names), tuple(readers)


def _same(value: Any) -> Any:
    return value


def _json_tuple(value: str | None) -> tuple[Any, ...]:
    return tuple(json.loads(value)) if value else ()


def _encode(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return json.dumps(list(value), ensure_ascii=False) if value else None
    return value


_SOURCE, _SOURCE_READ = _stored(Source)
_METRIC, _METRIC_READ = _stored(Metric)
_HUB, _HUB_READ = _stored(Hub)
_FACT, _FACT_READ = _stored(Fact)
_FACT_LISTS = [name for name, read in zip(_FACT, _FACT_READ, strict=True) if read is _json_tuple]

_SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources ({", ".join(_SOURCE)}, ord INTEGER, known_from TEXT);
CREATE TABLE metrics ({", ".join(_METRIC)}, ord INTEGER);
CREATE TABLE metric_names (key TEXT, metric TEXT, name TEXT, how TEXT);
CREATE TABLE hubs ({", ".join(_HUB)}, ord INTEGER);
CREATE TABLE hub_names (key TEXT, hub TEXT, name TEXT);
CREATE TABLE citations (
    hub TEXT, field TEXT, name TEXT, source_id TEXT, quote TEXT, note TEXT, ord INTEGER,
    known_from TEXT);
CREATE TABLE facts (
    ord INTEGER PRIMARY KEY, {", ".join(_FACT)}, source_id TEXT,
    period_start TEXT, period_end TEXT, known_from TEXT);
CREATE TABLE search_items (
    rowid INTEGER PRIMARY KEY, kind TEXT, hub TEXT, ref TEXT, name TEXT, shown TEXT, text TEXT,
    known_from TEXT);
CREATE VIRTUAL TABLE search_index USING fts5(
    text, content='search_items', content_rowid='rowid', tokenize='trigram');
"""

_INDEXES = """
CREATE UNIQUE INDEX sources_id ON sources (id);
CREATE UNIQUE INDEX metrics_id ON metrics (id);
CREATE UNIQUE INDEX hubs_id ON hubs (id);
CREATE INDEX hub_names_key ON hub_names (key);
CREATE INDEX hubs_parent ON hubs (parent_id);
CREATE INDEX metric_names_key ON metric_names (key);
CREATE INDEX citations_hub ON citations (hub, field, ord);
CREATE INDEX facts_hub ON facts (hub_id, ord);
CREATE INDEX facts_metric ON facts (metric_id, hub_id);
CREATE INDEX facts_source ON facts (source_id, ord);
CREATE UNIQUE INDEX facts_id ON facts (id);
CREATE INDEX facts_metric_high ON facts (metric_id, high);
CREATE INDEX facts_metric_low ON facts (metric_id, low);
"""

_FACT_COLUMNS = ", ".join([*(f"f.{n}" for n in _FACT), *(f"s.{n}" for n in _SOURCE)])
_FACT_SHARED = ("hub_id", "metric_id", "subject", "unit", "qualifier", "period", "period_of",
                "status", "basis")
_FACT_COLUMNS_UNQUOTED = ", ".join([*(f"f.{n}" if n not in ("quote", "note") else "NULL"
                                      for n in _FACT), *(f"s.{n}" for n in _SOURCE)])
_HUB_COLUMNS = ", ".join(_HUB)
_SOURCE_COLUMNS = ", ".join(_SOURCE)
_METRIC_COLUMNS = ", ".join(_METRIC)


def _insert(table: str, count: int) -> str:
    return f"INSERT INTO {table} VALUES ({', '.join('?' * count)})"


def _row(names: Sequence[str], record: Any, **computed: Any) -> tuple[Any, ...]:
    """A record's column values: computed where given, else the model's field of that name."""
    return tuple(_encode(computed[n] if n in computed else getattr(record, n)) for n in names)


FACT_BATCH = 5_000
# Facts are made searchable this many at a time, in a thread of their own, while the
# next ones are read: each time is a segment of the full-text index, merged later.
SEARCH_CHUNK = 20_000
PENDING_BATCHES = 10  # batches of rows kept while the search index is busy
FTS_HASH_BYTES = 64 << 20
# Matching figures past those shown are counted up to this many, then said as "more than".
SEARCH_COUNT_LIMIT = 10_000


def build(connection: sqlite3.Connection, meta: dict[str, str],
          sources: Sequence[models.Source], metrics: Sequence[models.Metric],
          hubs: Sequence[models.Hub], facts: Iterable[models.Fact],
          written: Callable[[int], None] | None = None) -> None:
    """Fill an empty database from validated records (``models``, the document classes).
    The connection must allow use from another thread (``check_same_thread=False``):
    the search index is built in one while the facts are read.

    ``facts`` is read once, in batches, so it may be a stream that is validated as it
    is read; ``written`` is told how many facts are in the database after each batch.
    Indexes are made last: a duplicate id then raises ``sqlite3.IntegrityError``.
    A derived figure's ``derivation`` reads its inputs' figures, which may come later
    in the file: it is written once every fact is in (``_write_derivations``).
    """
    from hubquery.display import format_fact
    from hubquery.hedges import interval
    from hubquery.judgement import period_label

    connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
    connection.executescript(_SCHEMA)
    kinds = {m.id: m.unit_kind for m in metrics}
    derived: list[tuple[int, str, Sequence[str]]] = []  # (ord, method, inputs)
    with connection, _SearchIndex(connection) as search:
        connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        # The day from which each source counts for --as-of (see ``known_from``).
        known = {s.id: known_from(s.published, s.date_range) for s in sources}
        connection.executemany(
            _insert("sources", len(_SOURCE) + 2),
            ((*_row(_SOURCE, s), i, known[s.id]) for i, s in enumerate(sources)),
        )
        connection.executemany(
            _insert("metrics", len(_METRIC) + 1),
            ((*_row(_METRIC, m), i) for i, m in enumerate(metrics)),
        )
        connection.executemany(
            "INSERT INTO metric_names VALUES (?, ?, ?, ?)",
            (
                (name_key(name), m.id, name, how)
                for m in metrics
                for name, how in [(m.id, "id"), (m.label, "label")]
                + [(alias, "alias") for alias in m.aliases]
            ),
        )
        connection.executemany(_insert("hubs", len(_HUB) + 1), _hub_rows(hubs))
        connection.executemany(
            "INSERT INTO hub_names VALUES (?, ?, ?)",
            (
                (name_key(name), h.id, name)
                for h in hubs
                for name in _hub_names(h.id, h.name, h.name_zh, h.aliases)
            ),
        )
        connection.executemany(
            "INSERT INTO citations VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row
                for h in hubs
                for row in [
                    (h.id, "tag", t.tag, t.source, t.quote, t.note, i, known.get(t.source))
                    for i, t in enumerate(h.tags)
                ] + [
                    (h.id, "organisation", o.name, o.source, o.quote, o.note, i,
                     known.get(o.source))
                    for i, o in enumerate(h.organisations)
                ]
            ),
        )
        insert_search = ("INSERT INTO search_items (kind, hub, ref, name, shown, text, "
                         "known_from) VALUES (?, ?, ?, ?, ?, ?, ?)")
        connection.executemany(insert_search, _search_rows(sources, metrics, hubs, known))
        # The facts' search rows follow every other row: search reads the others by rowid.
        connection.execute("INSERT INTO meta SELECT 'search_first_fact', "
                           "coalesce(max(rowid), 0) + 1 FROM search_items")
        insert_fact = _insert("facts", len(_FACT) + 5)
        fact_values = itemgetter(*_FACT)
        count = 0  # facts read
        pending: list[list[tuple[Any, ...]]] = []  # their rows not yet written
        texts: list[str] = []  # the folded search text of each fact not yet searchable
        stream = iter(facts)
        while batch := list(islice(stream, FACT_BATCH)):
            rows = []
            for f in batch:
                kind = kinds.get(f.metric)
                bounds = interval(f.value, f.qualifier, kind)
                # The same values as _row(_FACT, f, hub_id=…), read in one step.
                values = {**f.__dict__, "hub_id": f.hub, "metric_id": f.metric,
                          "low": bounds.low, "high": bounds.high, "derivation": None,
                          "display": format_fact(f.value, f.unit, f.qualifier, f.status,
                                                 kind, f.stated_as),
                          "period_label": period_label(f)}
                for name in _FACT_LISTS:
                    values[name] = _encode(values[name])
                if f.derived and f.method is not None:
                    derived.append((count, f.method, f.inputs))
                rows.append((count, *fact_values(values), f.source, *_period_bounds(f.period),
                             known.get(f.source)))
                count += 1
            pending.append(rows)
            texts += [fold(f"{f.subject or ''} {f.quote or ''}") for f in batch]
            # While the search index takes in earlier facts, keep the rows for later.
            if search.busy() and len(pending) < PENDING_BATCHES:
                continue
            search.wait()
            for waiting in pending:
                connection.executemany(insert_fact, waiting)
            pending.clear()
            if written is not None:
                written(count)
            if len(texts) >= SEARCH_CHUNK:
                search.add_facts(count - len(texts), texts, background=True)
                texts = []
        search.wait()
        for waiting in pending:
            connection.executemany(insert_fact, waiting)
        if written is not None:
            written(count)
        search.add_facts(count - len(texts), texts, background=False)
    # Sorts too large for memory (the indexes and latest figures of a million facts) are
    # split between SQLite's own threads.
    connection.execute("PRAGMA threads = 2")
    connection.executescript(_INDEXES)
    _write_derivations(connection, derived)
    connection.executescript(_LATEST)


class _SearchIndex:
    """The facts' rows of ``search_items`` and the full-text index over every row,
    written in a thread of its own so that SQLite builds the index (without Python's
    lock) while the next facts are read. One statement per chunk of facts, not one
    per row, so the thread needs Python's lock only to start each statement.

    The connection is shared: its other users wait for ``wait`` before touching it."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        from concurrent.futures import ThreadPoolExecutor  # not on the warm path's imports

        self.connection = connection
        self.indexed = 0  # the search_items rows up to this rowid are in the index
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="hubquery-search")
        self.job: Future[None] | None = None
        # FTS5 flushes its terms to a new segment, later merged, each time they fill
        # this much memory (1 MB by default): larger, a trigram index builds in half the time.
        connection.execute("INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ?)",
                           (FTS_HASH_BYTES,))

    def __enter__(self) -> _SearchIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.thread.shutdown()  # the chunk in hand is written before the transaction ends

    def busy(self) -> bool:
        return self.job is not None and not self.job.done()

    def wait(self) -> None:
        """Until the chunk in hand is written; its error, if it failed."""
        if self.job is not None:
            job, self.job = self.job, None
            job.result()

    def add_facts(self, first: int, texts: list[str], background: bool) -> None:
        """Search rows for the facts from ord ``first`` on, already in ``facts``, with
        their folded texts; then index every row not yet indexed."""
        # Folded text is letters, digits and spaces: the JSON array is those strings.
        array = json.dumps(texts, ensure_ascii=False)
        if background:
            self.job = self.thread.submit(self._add_facts, first, array)
        else:
            self._add_facts(first, array)

    def _add_facts(self, first: int, array: str) -> None:
        connection = self.connection
        connection.execute(
            "INSERT INTO search_items (kind, hub, ref, name, shown, text, known_from) "
            "SELECT 'fact', f.hub_id, f.id, coalesce(f.subject, ''), coalesce(f.quote, ''), "
            "t.value, f.known_from FROM json_each(?) AS t JOIN facts AS f ON f.ord = ? + t.key "
            "ORDER BY t.key", (array, first))
        connection.execute(
            "INSERT INTO search_index (rowid, text) SELECT rowid, text FROM search_items "
            "WHERE rowid > ? ORDER BY rowid", (self.indexed,))
        self.indexed = connection.execute("SELECT max(rowid) FROM search_items").fetchone()[0] or 0


def _write_derivations(connection: sqlite3.Connection,
                       derived: list[tuple[int, str, Sequence[str]]]) -> None:
    """Each derived figure's computation in its inputs' figures, read from the facts
    table (the ``facts_id`` index), so no fact needs to be held while the file streams."""
    from hubquery.display import derivation_text

    lookup = ("SELECT display, period_label, derived FROM facts WHERE id = ?")
    updates = []
    for ordinal, method, inputs in derived:
        terms = []
        for ident in inputs:
            row = connection.execute(lookup, (ident,)).fetchone()
            if row is not None:
                terms.append((row[0], row[1], bool(row[2])))
        updates.append((derivation_text(method, terms), ordinal))
    with connection:
        connection.executemany("UPDATE facts SET derivation = ? WHERE ord = ?", updates)


# Each metric's latest figure per hub (and organisation) in each unit, and each metric's
# units, worked out once: `rank` then reads the top of a ranking of 50,000 hubs from an
# index instead of ordering every figure. Latest means as ``judgement.preferred`` says: a
# standing figure (one that held in its period: not a report-period figure, a target, an
# aspiration or a threshold) before the rest, reported before targets, then the latest
# period (its last day, then its first), then dataset order. With --as-of the store works
# them out again from the facts it may see (``_PREFERRED``, the same order).
# One pass of GROUP BY finds each group's latest figure as the greatest of one key that
# orders as those rules do, text of fixed width: 1 for standing (else 0), 1 for not a
# target (else 0), the period's last and first days (always YYYY-MM-DD), and the ord
# counted down from the largest integer (always 19 digits), which the key's characters
# from the 23rd give back.
# What makes two latest figures one kind for ``judgement.order``: a derived figure is a
# kind of its own (it is never set against its inputs).
_KIND = ("subject, basis, status, period_of, period, period_inferred, "
         "derived_ord")
_KIND_COLUMNS = ("f.basis, f.status, f.period_of, f.period, f.period_inferred, "
                 "CASE WHEN f.derived THEN f.ord END AS derived_ord")
_STANDING = "(period_of != 'report' AND status NOT IN ('target', 'aspiration', 'threshold'))"
_PREFERRED = f"{_STANDING} DESC, status != 'target' DESC, period_end DESC, period_start DESC, ord"
# Each latest figure also keeps what ``judgement.order`` asks of it (basis, status, period
# …), and ``latest_kinds`` counts the latest figures of each kind: figures of one kind get
# one verdict, so an order is judged per kind, not per figure (``Store.latest_kinds``).
_LATEST = f"""
CREATE TABLE latest AS SELECT f.metric_id, f.unit, f.hub_id, f.subject, f.ord, f.value, f.low,
    f.high, f.qualifier, g.first, {_KIND_COLUMNS} FROM (
    SELECT max({_STANDING} || (status != 'target') || period_end || period_start
               || (9223372036854775807 - ord)) AS best, min(ord) AS first
    FROM facts NOT INDEXED GROUP BY metric_id, unit, hub_id, subject) AS g
    JOIN facts AS f ON f.ord = 9223372036854775807 - CAST(substr(g.best, 23) AS INTEGER);
CREATE INDEX latest_value ON latest (metric_id, unit, value);
CREATE INDEX latest_high ON latest (metric_id, unit, high);
CREATE INDEX latest_low ON latest (metric_id, unit, low);
CREATE TABLE latest_kinds AS SELECT metric_id, unit, {_KIND}, count(*) AS figures,
    min(ord) AS first FROM latest GROUP BY metric_id, unit, {_KIND};
CREATE INDEX latest_kinds_metric ON latest_kinds (metric_id, unit);
CREATE TABLE units AS SELECT metric_id, unit, count(*) AS facts,
    sum(subject IS NULL) AS hub_facts FROM facts NOT INDEXED GROUP BY metric_id, unit;
CREATE INDEX units_metric ON units (metric_id);
CREATE TABLE latest_counts AS SELECT metric_id, unit, count(*) AS entries FROM latest
    GROUP BY metric_id, unit;
CREATE UNIQUE INDEX latest_counts_key ON latest_counts (metric_id, unit);
"""


# What ``Store.search`` finds: the best hits that are not figures, as (kind, hub, hub's
# name, ref, name, text shown, score), and how many there are; the ids of the first
# figures, and how many there are, and whether exactly (else: more than that).
SearchRows = tuple[list[tuple[Any, ...]], int, list[str], int, bool]


# The matches that are not figures, scored (``query.search`` says how), one per thing
# (a hub, a hub's tag or organisation, a metric, a source title), the best first (then
# the first found), ordered by score, hub name and name (then the first found), the
# first ``limit`` of them, each with how many there are.
_SEARCH_OTHERS = """
WITH matched AS (
    SELECT i.rowid AS r, i.kind, i.hub, i.ref, i.name, i.text FROM {source} AND {order} < ?),
scored AS (
    SELECT m.r, m.kind, m.hub,
        CASE WHEN m.hub IS NULL THEN NULL ELSE coalesce(h.name, m.hub) END AS hub_name,
        CASE m.kind
            WHEN 'hub' THEN CASE WHEN replace(m.text, ' ', '') = ? THEN 100
                WHEN substr(replace(m.text, ' ', ''), 1, length(?)) = ? THEN 80 ELSE 60 END
            WHEN 'metric' THEN 40 WHEN 'source' THEN 35
            ELSE CASE WHEN instr(hubquery_fold(m.name), ?) > 0 THEN 50 ELSE 30 END
        END AS score,
        CASE WHEN m.kind = 'hub' THEN coalesce(h.name, m.name) ELSE m.name END AS title,
        CASE WHEN m.kind = 'metric' THEN m.ref ELSE NULL END AS thing
    FROM matched m LEFT JOIN hubs h ON h.id = m.hub),
best AS (
    -- the best score's first row, as one number: score × 2³² − rowid (rowids < 2³²)
    SELECT hub_name, title, max(score * 4294967296 - r) AS top, min(r) AS found
    FROM scored GROUP BY kind, hub, coalesce(thing, title))
SELECT i.kind, i.hub, b.hub_name, i.ref, i.name, i.shown, b.top / 4294967296 + 1,
    count(*) OVER ()
FROM best b JOIN search_items i ON i.rowid = (b.top / 4294967296 + 1) * 4294967296 - b.top
ORDER BY b.top / 4294967296 DESC, coalesce(b.hub_name, ''), b.title, b.found LIMIT ?
"""


def _search_rows(sources: Sequence[models.Source], metrics: Sequence[models.Metric],
                 hubs: Sequence[models.Hub],
                 known: dict[str, str]) -> Iterator[tuple[str | None, ...]]:
    """(kind, hub, ref, name, text as shown, folded text, known from) for everything
    `search` reads but the facts, whose rows follow these; names and metrics are known
    from the start, the rest from their source's date."""
    for h in hubs:
        for name in dict.fromkeys(_hub_names(h.id, h.name, h.name_zh, h.aliases)):
            yield "hub", h.id, None, name, name, fold(name), None
        for t in h.tags:
            yield ("tag", h.id, t.source, t.tag, t.quote, fold(f"{t.tag} {t.quote}"),
                   known.get(t.source))
        for o in h.organisations:
            yield ("organisation", h.id, o.source, o.name, o.quote, fold(f"{o.name} {o.quote}"),
                   known.get(o.source))
    for m in metrics:
        shown = ", ".join(m.aliases)
        yield "metric", None, m.id, m.label, shown, fold(" ".join([m.label, *m.aliases])), None
    for s in sources:
        shown = ", ".join(x for x in (s.author, s.publisher, s.published) if x)
        yield "source", None, s.id, s.title, shown, fold(" ".join(
            x for x in (s.title, s.author, s.publisher) if x)), known.get(s.id)


@lru_cache(maxsize=4096)
def _period_bounds(period: str) -> tuple[str, str]:
    bounds = parse_period(period)
    return bounds.start, bounds.end


def known_from(published: str, date_range: str | None = None) -> str:
    """The day from which a source counts as published, for ``--as-of``: the last day of
    its date, or of its date range when the text only bounds it ("2018/2019" → 2019-12-31).
    A date given as a year counts from 31 December: the source may appear on any day of it,
    so it is only certainly out by then."""
    return sort_bounds(date_range or published)[1]


def _hub_names(ident: str, name: str, name_zh: str | None, aliases: Sequence[str]) -> list[str]:
    names = [ident, name, *aliases]
    if name_zh:
        names.append(name_zh)
    return names


def _hub_rows(hubs: Sequence[models.Hub]) -> Iterator[tuple[Any, ...]]:
    by_id = {h.id: h for h in hubs}

    def inherited(ident: str) -> tuple[str | None, str | None]:
        region = country = None
        seen: set[str] = set()
        node = by_id.get(ident)
        while node is not None and node.id not in seen:
            seen.add(node.id)
            region = region or node.region
            if country is None and node.kind == "country":
                country = node.id
            node = by_id.get(node.parent) if node.parent else None
        return region, country

    for i, h in enumerate(hubs):
        region, country = inherited(h.id)
        tags = list(dict.fromkeys(t.tag for t in h.tags))
        yield (*_row(_HUB, h, parent_id=h.parent, region=region, country_id=country,
                     tags=tags), i)


# The hubs a source published by a day (?) names, by a figure or a citation, and the
# hubs above them (so that a hierarchy shown as of a date stays whole).
_NAMED_BY = """WITH RECURSIVE named(id) AS (
    SELECT hub_id FROM facts WHERE known_from <= ?
    UNION SELECT hub FROM citations WHERE known_from <= ?
    UNION SELECT h.parent_id FROM hubs h JOIN named n ON h.id = n.id
        WHERE h.parent_id IS NOT NULL)
    SELECT id FROM named"""


class Store:
    """Read access to a compiled dataset."""

    def __init__(self, connection: sqlite3.Connection, as_of: str | None = None) -> None:
        """``as_of`` (an ISO day) restricts every fact, citation, source and count to
        sources that count as published on or before it (see ``known_from``)."""
        self.connection = connection
        self.as_of = as_of
        self._sources: dict[str, Source] = {}

    def _dated(self, alias: str = "", joiner: str = "AND") -> tuple[str, tuple[str, ...]]:
        """The SQL condition (and its parameter) that keeps what was published by as_of."""
        if self.as_of is None:
            return "", ()
        column = f"{alias}.known_from" if alias else "known_from"
        return f" {joiner} {column} <= ?", (self.as_of,)

    def count(self, table: str) -> int:
        if table not in ("sources", "metrics", "hubs", "facts"):
            raise ValueError(table)
        dated, parameters = self._dated(joiner="WHERE") if table in ("sources", "facts") \
            else ("", ())
        if table == "hubs" and self.as_of is not None:
            dated, parameters = f" WHERE id IN ({_NAMED_BY})", (self.as_of, self.as_of)
        return int(self.connection.execute(
            f"SELECT count(*) FROM {table}{dated}", parameters).fetchone()[0])

    # Hubs

    def hubs_named(self, key: str) -> list[str]:
        rows = self.connection.execute(
            "SELECT DISTINCT hub FROM hub_names WHERE key = ?", (key,)
        ).fetchall()
        return [row[0] for row in rows]

    def hub_names(self) -> list[tuple[str, str]]:
        """Every (name, hub id) pair, for suggestions and completion."""
        return self.connection.execute("SELECT name, hub FROM hub_names").fetchall()

    def hub(self, ident: str) -> Hub | None:
        row = self.connection.execute(
            f"SELECT {_HUB_COLUMNS} FROM hubs WHERE id = ?", (ident,)
        ).fetchone()
        return None if row is None else self._hub(row)

    def hubs(self) -> list[Hub]:
        """Every hub; as of a date, only those a source of that date names (by a figure,
        a tag or an organisation), with the hubs above them."""
        if self.as_of is None:
            return self._hubs()
        return self._hubs(f"WHERE id IN ({_NAMED_BY})", (self.as_of, self.as_of))

    def _hubs(self, where: str = "", parameters: Sequence[Any] = ()) -> list[Hub]:
        rows = self.connection.execute(
            f"SELECT {_HUB_COLUMNS} FROM hubs {where} ORDER BY ord", parameters
        ).fetchall()
        return [self._hub(row) for row in rows]

    def _hub(self, row: Sequence[Any]) -> Hub:
        hub = _hub(row)
        if self.as_of is None or not hub.tags:
            return hub
        # Tags are cited: as of a date, a hub has only the tags cited by then.
        cited = self.citations(hub.id, "tag")
        return hub._replace(tags=tuple(dict.fromkeys(c.name for c in cited)))

    def children(self, ident: str) -> list[Hub]:
        return self._hubs("WHERE parent_id = ?", (ident,))

    def ancestors(self, hub: Hub) -> list[Hub]:
        """From the root down to the hub's parent."""
        chain: list[Hub] = []
        seen = {hub.id}
        parent = hub.parent_id
        while parent is not None and parent not in seen:
            seen.add(parent)
            found = self.hub(parent)
            if found is None:
                break
            chain.append(found)
            parent = found.parent_id
        chain.reverse()
        return chain

    def citations(self, hub: str, field: str) -> list[Citation]:
        dated, as_of = self._dated()
        rows = self.connection.execute(
            "SELECT name, source_id, quote, note FROM citations WHERE hub = ? AND field = ?"
            f"{dated} ORDER BY ord", (hub, field, *as_of),
        ).fetchall()
        return [Citation._make(row) for row in rows]

    # Metrics

    def metrics_named(self, key: str) -> list[tuple[str, str]]:
        """(metric id, how it was matched) for an exact name key."""
        return self.connection.execute(
            "SELECT DISTINCT metric, how FROM metric_names WHERE key = ?", (key,)
        ).fetchall()

    def metric_names(self) -> list[tuple[str, str, str]]:
        """Every (key, metric id, name) triple."""
        return self.connection.execute("SELECT key, metric, name FROM metric_names").fetchall()

    def metric(self, ident: str) -> Metric | None:
        row = self.connection.execute(
            f"SELECT {_METRIC_COLUMNS} FROM metrics WHERE id = ?",
            (ident,),
        ).fetchone()
        return None if row is None else _metric(row)

    def metrics_by_id(self, ids: Iterable[str]) -> list[Metric]:
        """The metrics named that exist, in the order named: one query, however many."""
        wanted = list(dict.fromkeys(ids))
        rows = self.connection.execute(
            f"SELECT {_METRIC_COLUMNS} FROM metrics WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(wanted),)).fetchall()
        found = {metric.id: metric for metric in map(_metric, rows)}
        return [found[ident] for ident in wanted if ident in found]

    def metrics(self) -> list[Metric]:
        rows = self.connection.execute(
            f"SELECT {_METRIC_COLUMNS} FROM metrics ORDER BY ord"
        ).fetchall()
        return [_metric(row) for row in rows]

    # Sources

    def source(self, ident: str) -> Source | None:
        if ident not in self._sources:
            row = self.connection.execute(
                f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE id = ?", (ident,)
            ).fetchone()
            if row is None:
                return None
            self._sources[ident] = _source(row)
        return self._sources[ident]

    def sources(self) -> list[Source]:
        dated, as_of = self._dated(joiner="WHERE")
        rows = self.connection.execute(
            f"SELECT {_SOURCE_COLUMNS} FROM sources{dated} ORDER BY ord", as_of
        ).fetchall()
        return [_source(row) for row in rows]

    def source_ids(self) -> list[str]:
        dated, as_of = self._dated(joiner="WHERE")
        return [row[0] for row in self.connection.execute(
            f"SELECT id FROM sources{dated} ORDER BY ord", as_of)]

    # Facts

    def _facts(self, where: str = "", parameters: Sequence[Any] = (), order: str = "f.ord",
               limit: int | None = None) -> list[Fact]:
        return list(self._iter_facts(where, parameters, order, limit))

    def iter_facts(self, *, hub_ids: Collection[str] | None = None,
                   metric_ids: Collection[str] | None = None,
                   source_ids: Collection[str] | None = None) -> Iterator[Fact]:
        """Facts in dataset order, one at a time: every one, or those of any of the hubs,
        metrics and sources given (each filter that is not None must hold)."""
        clauses: list[str] = []
        parameters: list[str] = []
        for column, wanted in (("f.hub_id", hub_ids), ("f.metric_id", metric_ids),
                               ("f.source_id", source_ids)):
            if wanted is not None:
                values = list(dict.fromkeys(wanted))
                # json_each keeps one parameter however many ids (SQLite caps parameters)
                clauses.append(f"{column} IN (SELECT value FROM json_each(?))")
                parameters.append(json.dumps(values))
        where = "WHERE " + " AND ".join(clauses) if clauses else ""
        return self._iter_facts(where, parameters)

    def _iter_facts(self, where: str = "", parameters: Sequence[Any] = (),
                    order: str = "f.ord", limit: int | None = None,
                    columns: str = _FACT_COLUMNS) -> Iterator[Fact]:
        dated, as_of = self._dated("f", "AND" if where else "WHERE")
        cursor = self.connection.execute(
            f"SELECT {columns} FROM facts f JOIN sources s ON s.id = f.source_id "
            f"{where}{dated} ORDER BY {order}" + ("" if limit is None else f" LIMIT {int(limit)}"),
            (*parameters, *as_of),
        )
        sources = self._sources
        split = len(_FACT)
        # Only the columns that need reading back (flags, lists) go through a reader;
        # the others are passed as SQLite gives them (a fact has 20 fields, 3 of them).
        converted = [(i, read) for i, read in enumerate(_FACT_READ) if read is not _same]
        if columns is _FACT_COLUMNS_UNQUOTED:
            # Read to be held (a profile's notes): the words many figures share (hub,
            # metric, unit, period …) are kept once, not once per figure.
            shared: dict[Any, Any] = {}
            converted += [(_FACT.index(name), lambda v: shared.setdefault(v, v))
                          for name in _FACT_SHARED]
        make = Fact._make
        for row in cursor:
            source = sources.get(row[split])
            if source is None:
                source = sources[row[split]] = _source(row[split:])
            values = list(row[:split])
            for i, read in converted:
                values[i] = read(values[i])
            values.append(source)
            yield make(values)

    def facts_for_hub(self, hub: str) -> list[Fact]:
        return self._facts("WHERE f.hub_id = ?", (hub,))

    def profile_facts(self, hub: str, quotes: bool = True) -> Iterator[Fact]:
        """A hub's figures in the order its profile shows them, one at a time: about the
        hub itself first, then about organisations in it; grouped by (subject, metric) in
        order of first mention; oldest period first; then in dataset order.
        ``quotes`` False reads each figure without its quote and note (None), for a pass
        that needs neither: a hub of 100,000 figures then holds a fraction of them."""
        return self._iter_facts(
            "WHERE f.hub_id = ?", (hub,),
            "f.subject IS NOT NULL, min(f.ord) OVER (PARTITION BY f.subject, f.metric_id), "
            "f.period, f.ord", columns=_FACT_COLUMNS if quotes else _FACT_COLUMNS_UNQUOTED)

    def hub_fact_count(self, hub: str) -> int:
        dated, as_of = self._dated()
        return int(self.connection.execute(
            f"SELECT count(*) FROM facts WHERE hub_id = ?{dated}", (hub, *as_of)).fetchone()[0])

    def hubs_that_may(self, metric: str, unit: str | None, operator: str,
                      number: float) -> set[str]:
        """Hubs with a figure of the metric (about the hub itself) whose interval may
        satisfy ``x OP number``: a superset of those whose latest figure does, found
        through the (metric, low) and (metric, high) indexes."""
        clauses = {">": ["high > ?"], ">=": ["high >= ?"], "<": ["low < ?"],
                   "<=": ["low <= ?"], "=": ["low <= ? AND high >= ?"]}
        clauses["=="] = clauses["="]
        if operator not in clauses:
            return {row[0] for row in self.connection.execute(
                f"SELECT DISTINCT hub_id FROM facts WHERE metric_id = ?{self._dated()[0]}",
                (metric, *self._dated()[1]))}
        # The figures open at the end the condition reaches for, each a range scan of its
        # own index (an OR of them would walk every figure of the metric).
        unbounded = {">": ["high IS NULL"], ">=": ["high IS NULL"], "<": ["low IS NULL"],
                     "<=": ["low IS NULL"], "=": ["low IS NULL", "high IS NULL"]}
        unbounded["=="] = unbounded["="]
        base = "SELECT hub_id FROM facts WHERE metric_id = ? AND subject IS NULL" + (
            "" if unit is None else " AND unit = ?") + self._dated()[0]
        head: tuple[Any, ...] = ((metric,) if unit is None else (metric, unit)) \
            + self._dated()[1]
        bound = clauses[operator][0]
        scans = [f"{base} AND {bound}", *(f"{base} AND {end}" for end in unbounded[operator])]
        parameters = [*head, *(number,) * bound.count("?")] + [*head] * (len(scans) - 1)
        rows = self.connection.execute(" UNION ".join(scans), parameters).fetchall()
        return {row[0] for row in rows}

    def hubs_by_id(self, ids: Iterable[str]) -> list[Hub]:
        """The hubs named, in dataset order."""
        rows: list[tuple[Any, ...]] = []
        for chunk in _chunks(sorted(ids)):
            rows += self.connection.execute(
                f"SELECT ord, {_HUB_COLUMNS} FROM hubs WHERE id IN "
                f"({', '.join('?' * len(chunk))})", chunk).fetchall()
        rows.sort(key=lambda row: row[0])
        return [self._hub(row[1:]) for row in rows]

    def facts_for_source(self, source: str) -> list[Fact]:
        return self._facts("WHERE f.source_id = ?", (source,))

    def fact(self, ident: str) -> Fact | None:
        found = self._facts("WHERE f.id = ?", (ident,))
        return found[0] if found else None

    def fact_ids(self) -> list[str]:
        return [row[0] for row in self.connection.execute("SELECT id FROM facts ORDER BY ord")]

    def fact_subjects(self) -> list[tuple[str, str]]:
        """Every (subject, hub id) pair: the organisations and programmes figures are about."""
        return self.connection.execute(
            "SELECT DISTINCT subject, hub_id FROM facts WHERE subject IS NOT NULL"
        ).fetchall()

    # Hierarchy, tags and regions

    def descendants(self, ident: str) -> list[str]:
        rows = self.connection.execute(
            "WITH RECURSIVE below(id) AS (SELECT id FROM hubs WHERE parent_id = ? "
            "UNION SELECT h.id FROM hubs h JOIN below b ON h.parent_id = b.id) "
            "SELECT id FROM below",
            (ident,),
        ).fetchall()
        return [row[0] for row in rows]

    def tags(self) -> list[str]:
        rows = self.connection.execute(
            f"SELECT DISTINCT name FROM citations WHERE field = 'tag'{self._dated()[0]} "
            "ORDER BY name", self._dated()[1]
        ).fetchall()
        return [row[0] for row in rows]

    def hubs_tagged(self, tag: str) -> set[str]:
        rows = self.connection.execute(
            f"SELECT DISTINCT hub FROM citations WHERE field = 'tag' AND name = ?"
            f"{self._dated()[0]}", (tag, *self._dated()[1])
        ).fetchall()
        return {row[0] for row in rows}

    def regions(self) -> list[str]:
        rows = self.connection.execute(
            "SELECT DISTINCT region FROM hubs WHERE region IS NOT NULL ORDER BY region"
        ).fetchall()
        return [row[0] for row in rows]

    def citations_for_source(self, source: str) -> list[tuple[str, str, Citation]]:
        """(hub, field, citation) for every tag and organisation a source supports."""
        rows = self.connection.execute(
            "SELECT hub, field, name, source_id, quote, note FROM citations WHERE source_id = ?"
            f"{self._dated()[0]} ORDER BY hub, field, ord", (source, *self._dated()[1]),
        ).fetchall()
        return [(row[0], row[1], Citation._make(row[2:])) for row in rows]

    def iter_citations(self, field: str) -> Iterator[tuple[str, Citation]]:
        """(hub, citation) for every tag (``field`` "tag") or organisation, hub by hub."""
        dated, as_of = self._dated("c")
        cursor = self.connection.execute(
            "SELECT c.hub, c.name, c.source_id, c.quote, c.note FROM citations c "
            f"JOIN hubs h ON h.id = c.hub WHERE c.field = ?{dated} ORDER BY h.ord, c.ord",
            (field, *as_of))
        return ((row[0], Citation._make(row[1:])) for row in cursor)

    def dataset_info(self) -> dict[str, str]:
        """What the cache records about its dataset: path, sha256, hubquery version …"""
        return dict(self.connection.execute("SELECT key, value FROM meta").fetchall())

    # Counts

    def metric_counts(self) -> dict[str, tuple[int, int]]:
        """metric id → (hubs with a figure for it, figures)."""
        rows = self.connection.execute(
            "SELECT metric_id, count(DISTINCT hub_id), count(*) FROM facts"
            f"{self._dated(joiner='WHERE')[0]} GROUP BY metric_id", self._dated()[1]
        ).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    def source_counts(self) -> dict[str, tuple[int, int]]:
        """source id → (hubs it supports a figure, tag or organisation for, figures)."""
        rows = self.connection.execute(
            "SELECT source_id, count(DISTINCT hub), sum(figure) FROM ("
            "SELECT source_id, hub_id AS hub, 1 AS figure, known_from FROM facts "
            "UNION ALL SELECT source_id, hub, 0, known_from FROM citations)"
            f"{self._dated(joiner='WHERE')[0]} GROUP BY source_id", self._dated()[1]
        ).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    def metric_units(self, metric: str, subjects: bool = False) -> list[str]:
        """The units a metric is recorded in, the most used first."""
        if self.as_of is None:
            count = "facts" if subjects else "hub_facts"
            return [row[0] for row in self.connection.execute(
                f"SELECT unit FROM units WHERE metric_id = ? AND {count} > 0 "
                f"ORDER BY {count} DESC, unit", (metric,))]
        rows = self.connection.execute(
            "SELECT unit FROM facts WHERE metric_id = ? "
            + ("" if subjects else "AND subject IS NULL ") + self._dated()[0] + " GROUP BY unit "
            "ORDER BY count(*) DESC, unit", (metric, *self._dated()[1]),
        ).fetchall()
        return [row[0] for row in rows]

    # Search

    def search(self, needle: str, key: str, limit: int,
               count_limit: int | None = None) -> SearchRows:
        """What contains ``needle`` (folded text; ``key``: the same as a name key), each
        kind limited in SQL: the best ``limit`` hits of names, tags, organisations,
        metrics and sources (scored, one per thing, ordered as ``query.search`` shows
        them) with how many there are, and the first ``limit`` figures' ids with how many
        there are, counted up to ``count_limit`` (``facts_exact`` false: more than that).

        Three characters or more use the trigram index; shorter needles (``成都``) scan.
        Every other row comes before the figures' (``search_first_fact``), so each part
        reads its own range of rowids, in the index's own order; the figures stop at
        the limit, and are counted past it only up to ``count_limit``."""
        if len(needle) >= 3:
            # In the index's own rowid order, which it gives as it finds them (ordered by
            # the items' rowid, SQLite would sort every match first).
            source, order = ("search_index x JOIN search_items i ON i.rowid = x.rowid "
                             "WHERE search_index MATCH ?"), "x.rowid"
            parameter = '"' + needle.replace('"', '""') + '"'
        else:
            source, order = "search_items i WHERE instr(i.text, ?) > 0", "i.rowid"
            parameter = needle
        if self.as_of is not None:  # names and metrics are always known
            source += " AND (i.known_from IS NULL OR i.known_from <= ?)"
        parameters = (parameter, *self._dated()[1])
        found = self.connection.execute(
            "SELECT value FROM meta WHERE key = 'search_first_fact'").fetchone()
        first = int(found[0]) if found else 0
        self.connection.create_function("hubquery_fold", 1, fold, deterministic=True)
        others = self.connection.execute(
            _SEARCH_OTHERS.format(source=source, order=order),
            (*parameters, first, key, key, key, needle, limit)).fetchall()
        facts = [row[0] for row in self.connection.execute(
            f"SELECT i.ref FROM {source} AND {order} >= ? ORDER BY {order} LIMIT ?",
            (*parameters, first, limit + 1))]
        if len(facts) <= limit:
            count, exact = len(facts), True
        else:
            facts.pop()
            cap = max(SEARCH_COUNT_LIMIT if count_limit is None else count_limit, limit)
            total = int(self.connection.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {source} AND {order} >= ? LIMIT ?)",
                (*parameters, first, cap + 1)).fetchone()[0])
            count, exact = min(total, cap), total <= cap
        return ([row[:-1] for row in others], others[0][-1] if others else 0, facts, count,
                exact)

    def ranked(self, metric: str, unit: str, ascending: bool,
               limit: int | None) -> tuple[list[LatestFigure], int]:
        """A ranking's entries as ``latest_in_unit`` gives them, ordered by value (ties in
        the order hubs first appear), the first ``limit`` of them; and how many there are.
        Without --as-of the top comes straight from the ``latest`` table's index."""
        if self.as_of is not None or limit is None:
            entries = self.latest_in_unit(metric, unit)
            entries.sort(key=lambda e: e.value, reverse=not ascending)
            return (entries if limit is None else entries[:limit]), len(entries)
        direction = "ASC" if ascending else "DESC"
        rows = self.connection.execute(
            f"SELECT {_RANKED} FROM latest WHERE metric_id = ? AND unit = ? "
            f"ORDER BY value {direction}, hub_id, first LIMIT ?", (metric, unit, limit))
        # Stored when the cache was built: counting a ranking of 250,000 hubs reads them all.
        total = self.connection.execute(
            "SELECT entries FROM latest_counts WHERE metric_id = ? AND unit = ?", (metric, unit))
        found = total.fetchone()
        return list(map(LatestFigure._make, rows)), 0 if found is None else int(found[0])

    def reaching(self, metric: str, unit: str, shown: Sequence[int], ascending: bool,
                 bound: float | None) -> list[LatestFigure]:
        """The entries of a ranking, other than the ``shown`` ones (by ord), whose
        interval reaches past ``bound`` towards the top of the ranking (at or above it
        when the ranking descends): the only ones that may overlap a row shown above
        the cut. ``bound`` None: every entry."""
        seen = set(shown)
        if self.as_of is not None:
            return [e for e in self.latest_in_unit(metric, unit) if e.ord not in seen
                    and _reaches(e, ascending, bound)]
        select = f"SELECT {_RANKED} FROM latest WHERE metric_id = ? AND unit = ?"
        if bound is None:
            rows = self.connection.execute(select, (metric, unit)).fetchall()
        else:
            # Two range scans of the (metric, unit, low|high) index: the bounded ends past
            # ``bound`` and the open ones. An OR of the two would walk every entry.
            column, operator = ("low", "<=") if ascending else ("high", ">=")
            rows = self.connection.execute(
                f"{select} AND {column} {operator} ? UNION ALL {select} AND {column} IS NULL",
                (metric, unit, bound, metric, unit)).fetchall()
        return [e for e in map(LatestFigure._make, rows) if e.ord not in seen]

    def latest_in_unit(self, metric: str, unit: str | None, subjects: bool = True,
                       hub_ids: Collection[str] | None = None) -> list[LatestFigure]:
        """The latest figure of a metric in one unit for each hub (and, with ``subjects``,
        each organisation in it),
        in the order hubs and their subjects first appear; of every hub, or of those in
        ``hub_ids``. ``unit`` None reads a metric recorded in one unit. Latest means as
        ``judgement.preferred`` says: standing figures first, reported before targets,
        then the latest period (its last day, then its first), then dataset order
        (``_PREFERRED``). Computed in SQLite, so a
        ranking of a metric with 50,000 hubs loads only the rows it shows."""
        clauses, parameters = "", [metric]
        if unit is not None:
            clauses, parameters = " AND unit = ?", [metric, unit]
        if not subjects:
            clauses += " AND subject IS NULL"
        if hub_ids is not None:
            # json_each keeps one parameter however many ids (SQLite caps parameters)
            clauses += " AND hub_id IN (SELECT value FROM json_each(?))"
            parameters.append(json.dumps(list(hub_ids)))
        return list(map(LatestFigure._make, self.connection.execute(
            f"SELECT {_RANKED} FROM ("
            f" SELECT {_RANKED},"
            f"  row_number() OVER (PARTITION BY hub_id, subject ORDER BY {_PREFERRED}) AS n,"
            "  min(ord) OVER (PARTITION BY hub_id, subject) AS first"
            f" FROM facts WHERE metric_id = ?{clauses}{self._dated()[0]}"
            ") WHERE n = 1 ORDER BY hub_id, first",
            (*parameters, *self._dated()[1]))))

    def latest_of_hubs(self, metric: str, unit: str | None,
                       hub_ids: Collection[str] | None = None) -> list[LatestFigure]:
        """Each hub's latest figure of a metric, about the hub itself (never an
        organisation in it), as ``latest_in_unit`` gives them, in no particular order.
        Every hub's, without --as-of, comes from the ``latest`` table: a listing of
        50,000 hubs sorted by a figure then reads one row per hub, not every figure."""
        if self.as_of is not None or hub_ids is not None:
            return self.latest_in_unit(metric, unit, subjects=False, hub_ids=hub_ids)
        unit_clause, parameters = ("", (metric,)) if unit is None else (" AND unit = ?",
                                                                        (metric, unit))
        return list(map(LatestFigure._make, self.connection.execute(
            f"SELECT {_RANKED} FROM latest WHERE metric_id = ?{unit_clause} "
            "AND subject IS NULL", parameters)))

    def facts_by_ord(self, ords: Sequence[int]) -> list[Fact]:
        """Facts by their place in the dataset, in the order asked."""
        wanted = sorted(set(ords))
        # json_each keeps one parameter however many ords (SQLite caps parameters), and
        # _facts reads them in dataset order, so they come back in the order of ``wanted``.
        found = dict(zip(wanted, self._facts("WHERE f.ord IN (SELECT value FROM json_each(?))",
                                             (json.dumps(wanted),)), strict=True))
        return [found[o] for o in ords]

    def facts_by_id(self, ids: Sequence[str]) -> dict[str, Fact]:
        found: dict[str, Fact] = {}
        for start in range(0, len(ids), 500):  # within SQLite's limit on parameters
            chunk = tuple(ids[start:start + 500])
            marks = ", ".join("?" * len(chunk))
            found.update((f.id, f) for f in self._facts(f"WHERE f.id IN ({marks})", chunk))
        return found

    # Kinds of latest figures, for ``judgement.order`` (see ``_KIND``)

    def latest_kinds(self, metric: str, unit: str | None,
                     subjects: bool = True) -> list[tuple[Any, ...]]:
        """The kinds of a metric's latest figures in one unit (of hubs and, with
        ``subjects``, of organisations in them), as (first ord, figures, subject, basis,
        status, period_of, period, period_inferred, derived ord): the figures of one kind
        are alike in all ``judgement.order`` asks, so one of each (the first) is judged
        for all. In order of their first figure."""
        if self.as_of is not None:
            counts: dict[tuple[Any, ...], list[int]] = {}
            for entry in self.latest_judged(metric, unit, subjects):
                found = counts.setdefault(entry[7:], [entry[0], 0])
                found[0], found[1] = min(found[0], entry[0]), found[1] + 1
            return sorted((first, n, *kind) for kind, (first, n) in counts.items())
        clauses, parameters = _unit_clause(metric, unit)
        if not subjects:
            clauses += " AND subject IS NULL"
        return self.connection.execute(
            f"SELECT first, figures, {_KIND} FROM latest_kinds WHERE metric_id = ?{clauses} "
            "ORDER BY first", parameters).fetchall()

    def latest_judged(self, metric: str, unit: str | None, subjects: bool = True,
                      hub_ids: Collection[str] | None = None) -> list[tuple[Any, ...]]:
        """The latest figures as ``latest_in_unit`` gives them, each followed by its kind
        (subject, basis, status, period_of, period, period_inferred, derived ord), in the
        order hubs and their subjects first appear."""
        if self.as_of is not None:
            entries = self.latest_in_unit(metric, unit, subjects, hub_ids)
            kinds = {row[0]: row[1:] for row in self.connection.execute(
                f"SELECT ord, {_KIND.replace('derived_ord', 'CASE WHEN derived THEN ord END')} "
                "FROM facts WHERE ord IN (SELECT value FROM json_each(?))",
                (json.dumps([e[0] for e in entries]),))}
            return [(*e, *kinds[e[0]]) for e in entries]
        clauses, parameters = _unit_clause(metric, unit)
        if not subjects:
            clauses += " AND subject IS NULL"
        if hub_ids is not None:
            clauses += " AND hub_id IN (SELECT value FROM json_each(?))"
            parameters = (*parameters, json.dumps(list(hub_ids)))
        return self.connection.execute(
            f"SELECT {_RANKED}, {_KIND} FROM latest WHERE metric_id = ?{clauses} "
            "ORDER BY hub_id, first", parameters).fetchall()

    def ords_of(self, ids: Sequence[str]) -> list[int]:
        """The places in the dataset of the facts named (those that exist)."""
        return [row[0] for row in self.connection.execute(
            "SELECT ord FROM facts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY ord",
            (json.dumps(list(ids)),))]


def _unit_clause(metric: str, unit: str | None) -> tuple[str, tuple[Any, ...]]:
    return ("", (metric,)) if unit is None else (" AND unit = ?", (metric, unit))


# The columns of a LatestFigure, in its order.
_RANKED = ", ".join(LatestFigure._fields)


def _reaches(entry: LatestFigure, ascending: bool, bound: float | None) -> bool:
    if bound is None:
        return True
    low, high = entry.low, entry.high
    return (low is None or low <= bound) if ascending else (high is None or high >= bound)


def _chunks(items: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    """Slices small enough for SQLite's limit on parameters."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _hub(row: Sequence[Any]) -> Hub:
    return Hub._make([read(v) for read, v in zip(_HUB_READ, row, strict=True)])


def _metric(row: Sequence[Any]) -> Metric:
    return Metric._make([read(v) for read, v in zip(_METRIC_READ, row, strict=True)])


def _source(row: Sequence[Any]) -> Source:
    return Source._make([read(v) for read, v in zip(_SOURCE_READ, row, strict=True)])
