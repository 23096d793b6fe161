"""The compiled dataset's tables: their columns, derived from the fields of ``records``
(written once there), how each column is read back, and the SQL of the tables worked
out when a cache is built (each metric's latest figures, the rankings' sizes) and of
the reads that need more than one statement's worth of text."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, get_origin, get_type_hints

from hubquery.names import fold
from hubquery.records import Fact, Hub, LatestFigure, Metric, Source

# Bump whenever the tables below change: old caches are then never read.
# 23: each latest figure keeps its hub's row id (latest.hub_row, in latest_value): a
#     sorted listing joins its 250,000 hubs by row id, one B-tree lookup each, not two
#     (hubs_id, then the table); hub_names written in key order (packed pages);
# 22: latest_value covers a latest figure's columns (an order of 250,000 read from it
#     alone, no lookup of each in the table: list --sort, rank);
# 21: a latest figure's kind is one number (the ord of the first latest figure of its
#     kind, latest.kind), not its seven columns (records.LatestFigure.kind);
# 20: names once: hub_names without the name (search_items has it), a hub's search row
#     without its text shown (its name), search_index of trigrams without positions;
# 19: facts_subject, a partial index of the facts that name an organisation (check's
#     reader; 18 was bumped twice at once, by #20 and by this);
# 18: a target's display without "(target)": its period label says it (#20);
# 17: a "nearly" figure's lower bound computed as "about"'s (hedges.interval), to the bit;
# 16: a fact's text kept once (its quote), its trigrams in a contentless index (fact_index);
# 15: facts.period_label (judgement.period_label, the one period formatter);
# 14: latest figures keep their kind for judgement.order (latest_kinds);
# 13: each ranking's size stored (latest_counts), where search's figures start (meta);
# 12: display keeps a figure's words ("two-thirds (≈67 %)") and says the new statuses;
# 11: the latest table prefers standing figures (judgement.preferred);
# 10: compiled as the YAML streams (derivations written after the facts).
SCHEMA_VERSION = 23


def _stored(record: type) -> tuple[tuple[str, ...], tuple[Callable[[Any], Any], ...]]:
    """A record's columns, derived from its fields (written once, in ``records``), and
    how each column's value is read back: flags as bool, lists as JSON arrays."""
    names, readers = [], []
    for name, kind in get_type_hints(record).items():
        if kind is Source:  # the embedded source is a reference in the table
            continue
        names.append(name)
        readers.append(
            bool if kind is bool else _json_tuple if get_origin(kind) is tuple else _same
        )
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


# What search reads: ``search_items`` holds the names, tags, organisations, metrics and
# sources (each with its folded text, ``SEARCH_TEXT``, whose trigrams ``search_index``
# keeps, without positions: each row it proposes is confirmed against the text). A fact's
# text is kept once, as its quote in ``facts``: ``fact_index`` holds, for each trigram of
# its folded subject and quote, which facts have it (row id: the fact's ord), not the
# text nor where in it (contentless, detail=none: a fifth of the size of a folded copy
# and an index of positions), so ``Store.search`` confirms each fact it proposes.
# A thing's folded text is kept in ``search_items.text`` only where it is not its name in
# lower case (most hubs' names: ``Shenzhen`` is ``shenzhen``); ``search_text`` says which.
SEARCH_TEXT = "coalesce(i.text, lower(i.name))"


def search_text(name: str, folded: str) -> str | None:
    """What ``search_items.text`` keeps of a thing's folded text: nothing where
    ``SEARCH_TEXT`` gives it back from the name (SQLite's ``lower`` folds ASCII only)."""
    return None if name.isascii() and name.lower() == folded else folded


def fact_search_text(subject: str | None, quote: str | None) -> str:
    """What search finds a fact by: its subject and quote, folded (``names.fold``)."""
    return fold(f"{subject or ''} {quote or ''}")


_SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources ({", ".join(_SOURCE)}, ord INTEGER, known_from TEXT);
CREATE TABLE metrics ({", ".join(_METRIC)}, ord INTEGER);
CREATE TABLE metric_names (key TEXT, metric TEXT, name TEXT, how TEXT);
CREATE TABLE hubs ({", ".join(_HUB)}, ord INTEGER);
CREATE TABLE hub_names (key TEXT, hub TEXT, PRIMARY KEY (key, hub)) WITHOUT ROWID;
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
    text, content='', columnsize=0, detail='none', tokenize='trigram');
CREATE VIRTUAL TABLE fact_index USING fts5(
    text, content='', columnsize=0, detail='none', tokenize='trigram');
"""


_INDEXES = """
CREATE UNIQUE INDEX sources_id ON sources (id);
CREATE UNIQUE INDEX metrics_id ON metrics (id);
CREATE UNIQUE INDEX hubs_id ON hubs (id);
CREATE INDEX hubs_parent ON hubs (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX metric_names_key ON metric_names (key);
CREATE INDEX citations_hub ON citations (hub, field, ord);
CREATE INDEX facts_hub ON facts (hub_id, ord);
CREATE INDEX facts_metric ON facts (metric_id, hub_id);
CREATE INDEX facts_source ON facts (source_id, ord);
CREATE UNIQUE INDEX facts_id ON facts (id);
CREATE INDEX facts_metric_high ON facts (metric_id, high);
CREATE INDEX facts_metric_low ON facts (metric_id, low);
-- check's reader looks up organisations' names: the facts that name one, not every fact
CREATE INDEX facts_subject ON facts (subject, hub_id) WHERE subject IS NOT NULL;
"""


_FACT_COLUMNS = ", ".join([*(f"f.{n}" for n in _FACT), *(f"s.{n}" for n in _SOURCE)])


_FACT_SHARED = (
    "hub_id",
    "metric_id",
    "subject",
    "unit",
    "qualifier",
    "period",
    "period_of",
    "status",
    "basis",
)


_FACT_COLUMNS_UNQUOTED = ", ".join(
    [
        *(f"f.{n}" if n not in ("quote", "note") else "NULL" for n in _FACT),
        *(f"s.{n}" for n in _SOURCE),
    ]
)


_HUB_COLUMNS = ", ".join(_HUB)


_SOURCE_COLUMNS = ", ".join(_SOURCE)


_METRIC_COLUMNS = ", ".join(_METRIC)


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
# What makes two latest figures one kind for ``judgement.order``, as a fact's columns: a
# derived figure is a kind of its own (it is never set against its inputs). A kind is
# named by one number: the ord of its first latest figure (``KIND_OF``, a window over
# the latest figures of one metric and unit).
_KIND = "subject, basis, status, period_of, period, period_inferred, CASE WHEN derived THEN ord END"
KIND_OF = f"min(ord) OVER (PARTITION BY metric_id, unit, {_KIND})"
_STANDING = "(period_of != 'report' AND status NOT IN ('target', 'aspiration', 'threshold'))"


_PREFERRED = f"{_STANDING} DESC, status != 'target' DESC, period_end DESC, period_start DESC, ord"


# Each latest figure also keeps its kind (``KIND_OF``), and ``latest_kinds`` counts the
# latest figures of each kind: figures of one kind get one verdict, so an order is judged
# per kind, not per figure (``Store.latest_kinds``). And its hub's row id (``hub_row``):
# a listing sorted by a figure reads each hub with it, by row id (``Store.hubs_by_figure``).
_LATEST = f"""
CREATE TABLE latest AS SELECT metric_id, unit, hub_id, subject, ord, value, low, high, qualifier,
    first, {KIND_OF} AS kind, hub_row FROM (
    SELECT f.metric_id, f.unit, f.hub_id, f.subject, f.ord, f.value, f.low, f.high,
        f.qualifier, f.basis, f.status, f.period_of, f.period, f.period_inferred, f.derived,
        g.first, h.rowid AS hub_row FROM (
    SELECT max({_STANDING} || (status != 'target') || period_end || period_start
               || (9223372036854775807 - ord)) AS best, min(ord) AS first
    FROM facts NOT INDEXED GROUP BY metric_id, unit, hub_id, subject) AS g
    JOIN facts AS f ON f.ord = 9223372036854775807 - CAST(substr(g.best, 23) AS INTEGER)
    LEFT JOIN hubs AS h ON h.id = f.hub_id);
CREATE INDEX latest_value ON latest (metric_id, unit, value, hub_id, first, subject, ord, low, high,
    qualifier, kind, hub_row);
CREATE INDEX latest_high ON latest (metric_id, unit, high);
CREATE INDEX latest_low ON latest (metric_id, unit, low);
CREATE TABLE latest_kinds AS SELECT metric_id, unit, subject, kind, count(*) AS figures
    FROM latest GROUP BY metric_id, unit, kind;
CREATE INDEX latest_kinds_metric ON latest_kinds (metric_id, unit);
CREATE TABLE units AS SELECT metric_id, unit, count(*) AS facts,
    sum(subject IS NULL) AS hub_facts FROM facts NOT INDEXED GROUP BY metric_id, unit;
CREATE INDEX units_metric ON units (metric_id);
CREATE TABLE latest_counts AS SELECT metric_id, unit, count(*) AS entries FROM latest
    GROUP BY metric_id, unit;
CREATE UNIQUE INDEX latest_counts_key ON latest_counts (metric_id, unit);
"""


# The matches that are not figures, scored (``query.search`` says how), one per thing
# (a hub, a hub's tag or organisation, a metric, a source title), the best first (then
# the first found), ordered by score, hub name and name (then the first found), the
# first ``limit`` of them, each with how many there are.
_SEARCH_OTHERS = """
WITH matched AS (
    SELECT i.rowid AS r, i.kind, i.hub, i.ref, i.name, {text} AS text FROM {source}),
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
SELECT i.kind, i.hub, b.hub_name, i.ref, i.name, coalesce(i.shown, i.name),
    b.top / 4294967296 + 1,
    count(*) OVER ()
FROM best b JOIN search_items i ON i.rowid = (b.top / 4294967296 + 1) * 4294967296 - b.top
ORDER BY b.top / 4294967296 DESC, coalesce(b.hub_name, ''), b.title, b.found LIMIT ?
"""


# The columns of a LatestFigure, in its order; those of the figure itself (not its kind).
_RANKED = ", ".join(LatestFigure._fields)
_FIGURE = ", ".join(name for name in LatestFigure._fields if name != "kind")
