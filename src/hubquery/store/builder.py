"""Building the compiled dataset once, from validated records (``models``), as the
YAML file streams: the only part of the store that touches the pydantic models, and
imported only when a cache is built."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from hubquery.names import fold, name_key
from hubquery.periods import parse_period, sort_end
from hubquery.store.schema import (
    _FACT,
    _FACT_LISTS,
    _HUB,
    _INDEXES,
    _LATEST,
    _METRIC,
    _SCHEMA,
    _SOURCE,
    SEARCH_TEXT,
    _encode,
    fact_search_text,
    search_text,
)

if TYPE_CHECKING:
    from concurrent.futures import Future

    from hubquery import models
    from hubquery.store.compact import HubRecord


def _insert(table: str, count: int) -> str:
    return f"INSERT INTO {table} VALUES ({', '.join('?' * count)})"


def _row(names: Sequence[str], record: Any, **computed: Any) -> tuple[Any, ...]:
    """A record's column values: computed where given, else the model's field of that name."""
    return tuple(_encode(computed[n] if n in computed else getattr(record, n)) for n in names)


FACT_BATCH = 5_000


# Facts are made searchable in chunks of about this many characters of folded text, in
# a thread of their own, while the next ones are read: each chunk is a segment of the
# full-text index, merged later. Sized by characters, not facts, so that long quotes
# (2,000 characters each) hold no more memory than short ones.
SEARCH_CHUNK_CHARS = 4 << 20


# Rows read while the search index is busy are kept for later, up to this many batches
# or this many characters of their folded text, whichever comes first.
PENDING_BATCHES = 10
PENDING_CHARS = 8 << 20


FTS_HASH_BYTES = 64 << 20


def build(
    connection: sqlite3.Connection,
    meta: dict[str, str],
    sources: Sequence[models.Source],
    metrics: Sequence[models.Metric],
    hubs: Sequence[HubRecord],
    facts: Iterable[models.Fact],
    written: Callable[[int], None] | None = None,
) -> None:
    """Fill an empty database from validated records (``models``, the document classes;
    hubs as ``compact_hub`` keeps them). The connection must allow use from another
    thread (``check_same_thread=False``): the search index is built in one while the
    facts are read.

    ``facts`` is read once, in batches, so it may be a stream that is validated as it
    is read; ``written`` is told how many facts are in the database after each batch.
    Indexes are made last: a duplicate id then raises ``sqlite3.IntegrityError``.
    A derived figure's ``derivation`` reads its inputs' figures, which may come later
    in the file: it is written once every fact is in (``_write_derivations``).
    """
    from hubquery.display import format_fact
    from hubquery.hedges import interval
    from hubquery.judgement.figures import period_label

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
        # hub_names is a B-tree of (key, hub): written in hub order, its pages split and
        # stay a tenth empty; sorted first (by SQLite, in bounded memory), they are full.
        connection.execute(
            "CREATE TEMP TABLE hub_names_read (key TEXT, hub TEXT, PRIMARY KEY (key, hub)) "
            "WITHOUT ROWID"
        )
        connection.executemany(
            "INSERT OR IGNORE INTO hub_names_read VALUES (?, ?)",
            (
                (name_key(name), h.id)
                for h in hubs
                for name in _hub_names(h.id, h.name, h.name_zh, h.aliases)
            ),
        )
        connection.execute("INSERT INTO main.hub_names SELECT * FROM temp.hub_names_read")
        connection.execute("DROP TABLE hub_names_read")
        connection.executemany(
            "INSERT INTO citations VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row
                for h in hubs
                for row in [
                    (h.id, "tag", t.tag, t.source, t.quote, t.note, i, known.get(t.source))
                    for i, t in enumerate(h.tags)
                ]
                + [
                    (
                        h.id,
                        "organisation",
                        o.name,
                        o.source,
                        o.quote,
                        o.note,
                        i,
                        known.get(o.source),
                    )
                    for i, o in enumerate(h.organisations)
                ]
            ),
        )
        insert_search = (
            "INSERT INTO search_items (kind, hub, ref, name, shown, text, "
            "known_from) VALUES (?, ?, ?, ?, ?, ?, ?)"
        )
        connection.executemany(insert_search, _search_rows(sources, metrics, hubs, known))
        connection.execute(
            f"INSERT INTO search_index (rowid, text) SELECT rowid, {SEARCH_TEXT} "
            "FROM search_items i"
        )
        insert_fact = _insert("facts", len(_FACT) + 5)
        fact_values = itemgetter(*_FACT)
        count = 0  # facts read
        pending: list[list[tuple[Any, ...]]] = []  # their rows not yet written
        texts: list[str] = []  # the folded search text of each fact not yet searchable
        text_chars = pending_chars = 0  # the characters of those texts, of the rows'
        stream = iter(facts)
        while batch := list(islice(stream, FACT_BATCH)):
            rows = []
            for f in batch:
                kind = kinds.get(f.metric)
                bounds = interval(f.value, f.qualifier, kind)
                # The same values as _row(_FACT, f, hub_id=…), read in one step.
                values = {
                    **f.__dict__,
                    "hub_id": f.hub,
                    "metric_id": f.metric,
                    "low": bounds.low,
                    "high": bounds.high,
                    "derivation": None,
                    "display": format_fact(
                        f.value, f.unit, f.qualifier, f.status, kind, f.stated_as
                    ),
                    "period_label": period_label(f),
                }
                for name in _FACT_LISTS:
                    values[name] = _encode(values[name])
                if f.derived and f.method is not None:
                    derived.append((count, f.method, f.inputs))
                rows.append(
                    (
                        count,
                        *fact_values(values),
                        f.source,
                        *_period_bounds(f.period),
                        known.get(f.source),
                    )
                )
                count += 1
            pending.append(rows)
            folded = [fact_search_text(f.subject, f.quote) for f in batch]
            chars = sum(map(len, folded))
            texts += folded
            text_chars += chars
            pending_chars += chars
            # While the search index takes in earlier facts, keep the rows for later.
            if search.busy() and len(pending) < PENDING_BATCHES and pending_chars < PENDING_CHARS:
                continue
            search.wait()
            for waiting in pending:
                connection.executemany(insert_fact, waiting)
            pending.clear()
            pending_chars = 0
            if written is not None:
                written(count)
            if text_chars >= SEARCH_CHUNK_CHARS:
                search.add_facts(count - len(texts), texts, background=True)
                texts, text_chars = [], 0
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
    """The facts' full-text index (their folded subjects and quotes), written in a thread
    of its own so that SQLite builds it (without Python's lock) while the next facts are
    read. One statement per chunk of facts, not one per row, so the thread needs
    Python's lock only to start each statement.

    The connection is shared: its other users wait for ``wait`` before touching it."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        from concurrent.futures import ThreadPoolExecutor  # not on the warm path's imports

        self.connection = connection
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="hubquery-search")
        self.job: Future[None] | None = None
        # FTS5 flushes its terms to a new segment, later merged, each time they fill
        # this much memory (1 MB by default): larger, a trigram index builds in half the time.
        connection.execute(
            "INSERT INTO fact_index (fact_index, rank) VALUES ('hashsize', ?)",
            (FTS_HASH_BYTES,),
        )

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
        """Index the folded texts of the facts from ord ``first`` on."""
        # Folded text is letters, digits and spaces: the JSON array is those strings.
        array = json.dumps(texts, ensure_ascii=False)
        if background:
            self.job = self.thread.submit(self._add_facts, first, array)
        else:
            self._add_facts(first, array)

    def _add_facts(self, first: int, array: str) -> None:
        self.connection.execute(
            "INSERT INTO fact_index (rowid, text) SELECT ? + key, value FROM json_each(?) "
            "ORDER BY key",
            (first, array),
        )


def _write_derivations(
    connection: sqlite3.Connection, derived: list[tuple[int, str, Sequence[str]]]
) -> None:
    """Each derived figure's computation in its inputs' figures, read from the facts
    table (the ``facts_id`` index), so no fact needs to be held while the file streams."""
    from hubquery.display import derivation_text

    lookup = "SELECT display, period_label, derived FROM facts WHERE id = ?"
    updates = []
    for ordinal, method, inputs in derived:
        terms = []
        for ident in inputs:
            row = connection.execute(lookup, (ident,)).fetchone()
            if row is not None:
                display, period_label, is_derived = row
                terms.append((display, period_label, bool(is_derived)))
        updates.append((derivation_text(method, terms), ordinal))
    with connection:
        connection.executemany("UPDATE facts SET derivation = ? WHERE ord = ?", updates)


def _search_rows(
    sources: Sequence[models.Source],
    metrics: Sequence[models.Metric],
    hubs: Sequence[HubRecord],
    known: dict[str, str],
) -> Iterator[tuple[str | None, ...]]:
    """(kind, hub, ref, name, text as shown, folded text, known from) for everything
    `search` reads but the facts, whose rows follow these; names and metrics are known
    from the start, the rest from their source's date."""
    for h in hubs:
        for name in dict.fromkeys(_hub_names(h.id, h.name, h.name_zh, h.aliases)):
            yield "hub", h.id, None, name, None, search_text(name, fold(name)), None
        for t in h.tags:
            yield (
                "tag",
                h.id,
                t.source,
                t.tag,
                t.quote,
                fold(f"{t.tag} {t.quote}"),
                known.get(t.source),
            )
        for o in h.organisations:
            yield (
                "organisation",
                h.id,
                o.source,
                o.name,
                o.quote,
                fold(f"{o.name} {o.quote}"),
                known.get(o.source),
            )
    for m in metrics:
        shown = ", ".join(m.aliases)
        yield "metric", None, m.id, m.label, shown, fold(" ".join([m.label, *m.aliases])), None
    for s in sources:
        shown = ", ".join(x for x in (s.author, s.publisher, s.published) if x)
        yield (
            "source",
            None,
            s.id,
            s.title,
            shown,
            fold(" ".join(x for x in (s.title, s.author, s.publisher) if x)),
            known.get(s.id),
        )


@lru_cache(maxsize=4096)
def _period_bounds(period: str) -> tuple[str, str]:
    bounds = parse_period(period)
    return bounds.start, bounds.end


def known_from(published: str, date_range: str | None = None) -> str:
    """The day from which a source counts as published, for ``--as-of``: the last day of
    its date, or of its date range when the text only bounds it ("2018/2019" → 2019-12-31).
    A date given as a year counts from 31 December: the source may appear on any day of it,
    so it is only certainly out by then."""
    return sort_end(date_range or published)


def _hub_names(ident: str, name: str, name_zh: str | None, aliases: Sequence[str]) -> list[str]:
    names = [ident, name, *aliases]
    if name_zh:
        names.append(name_zh)
    return names


def _hub_rows(hubs: Sequence[HubRecord]) -> Iterator[tuple[Any, ...]]:
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
        yield (*_row(_HUB, h, parent_id=h.parent, region=region, country_id=country, tags=tags), i)
