"""`export --format sqlite`: the dataset as an SQLite file for Datasette and sqlite-utils.

Separate from hubquery's own cache (``store``), which is shaped for lookups and
may change with any release: this file is shaped for people. One table per record
(``facts``, ``hubs``, ``metrics``, ``sources``, ``tags``, ``organisations``) under
the JSON format 2 names, declared primary and foreign keys, indexes on the columns
people filter by, and FTS5 indexes (``<table>_fts``, external content) that
Datasette finds by their ``content=[table]`` and offers as a search box.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from hubquery.errors import HubqueryError
from hubquery.escaping import escaped
from hubquery.export.relational import (
    ARRAY,
    BOOLEAN,
    DESCRIPTION,
    INTEGER,
    LICENSE_NOTE,
    LICENSE_URL,
    NUMBER,
    TITLE,
    Column,
    Table,
    json_array,
    source_text,
    tables,
)
from hubquery.outputs import Outputs
from hubquery.render.data import dumps

if TYPE_CHECKING:
    from hubquery.query.export import ExportTables

_AFFINITY = {INTEGER: "INTEGER", NUMBER: "NUMERIC", BOOLEAN: "INTEGER", ARRAY: "TEXT"}


def _quoted(name: str) -> str:
    return f"[{name}]"


def _column_sql(column: Column) -> str:
    sql = f"{_quoted(column.name)} {_AFFINITY.get(column.kind, 'TEXT')}"
    if column.required:
        sql += " NOT NULL"
    allowed = column.enum or (("0", "1") if column.kind == BOOLEAN else ())
    if allowed:
        literals = ", ".join(
            a if column.kind == BOOLEAN else "'" + a.replace("'", "''") + "'" for a in allowed
        )
        sql += f" CHECK ({_quoted(column.name)} IN ({literals}))"
    return sql


def create_table_sql(table: Table) -> str:
    parts = [_column_sql(c) for c in table.columns]
    parts.append(f"PRIMARY KEY ({', '.join(map(_quoted, table.primary_key))})")
    parts += [
        f"FOREIGN KEY ({_quoted(k.column)}) REFERENCES {_quoted(k.table)}({_quoted(k.target)})"
        for k in table.foreign_keys
    ]
    return f"CREATE TABLE {_quoted(table.name)} (\n  " + ",\n  ".join(parts) + "\n)"


def _encoded(table: Table) -> Iterator[Sequence[Any]]:
    """Rows as SQLite stores them: lists as JSON arrays (flags are 0/1 already)."""
    arrays = [i for i, c in enumerate(table.columns) if c.kind == ARRAY]
    rows: Iterable[Sequence[Any]] = table.rows()
    if not arrays:
        yield from rows
        return
    for row in rows:
        values = list(row)
        for i in arrays:
            values[i] = json_array(values[i])
        yield values


def write_sqlite(
    data: ExportTables, path: str, *, metadata: str | None = None, force: bool = False
) -> None:
    """The export: the SQLite file at ``path`` and, with ``metadata``, Datasette's
    metadata beside it. Nothing is written unless everything is."""
    if metadata is not None and not _utf8(_database_name(path)):
        raise HubqueryError(
            f"{escaped(path)}: Datasette's metadata names the database by its file name, "
            "and this one is not UTF-8 text: give --output a UTF-8 name"
        )
    with Outputs(force) as outputs:
        database = outputs.file(path, "--output")
        meta = None if metadata is None else outputs.file(metadata, "--metadata")
        exported = tables(data)
        with outputs.writing(database) as temporary:
            write_database(exported, temporary)
        if meta is not None:
            with outputs.text(meta) as out:
                out.write(dumps(datasette_metadata(exported, path, source_text(data.origin))))


def write_database(tables: Sequence[Table], path: str) -> None:
    """Write the tables into a new SQLite file at ``path`` (which must not exist, or be
    empty)."""
    connection = sqlite3.connect(path)
    try:
        # A fresh file that is renamed into place only when complete needs no journal.
        connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        with connection:
            for table in tables:
                connection.execute(create_table_sql(table))
                marks = ", ".join("?" * len(table.columns))
                connection.executemany(
                    f"INSERT INTO {_quoted(table.name)} VALUES ({marks})", _encoded(table)
                )
            for table in tables:
                for column in table.indexes:
                    connection.execute(
                        f"CREATE INDEX {_quoted(f'{table.name}_{column}')} ON "
                        f"{_quoted(table.name)} ({_quoted(column)})"
                    )
                _full_text(connection, table)
    finally:
        connection.close()


def _full_text(connection: sqlite3.Connection, table: Table) -> None:
    """An FTS5 index over the table's text columns, kept outside the table (content=)
    so nothing is stored twice; Datasette detects it by ``content=[table]``."""
    if not table.search:
        return
    fts = _quoted(f"{table.name}_fts")
    columns = ", ".join(map(_quoted, table.search))
    connection.execute(
        f"CREATE VIRTUAL TABLE {fts} USING FTS5 ({columns}, content={_quoted(table.name)})"
    )
    connection.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")


def _facet(table: Table, name: str) -> str | dict[str, str]:
    """A column facet, or an array facet for a column of JSON arrays (a hub's tags)."""
    kinds = {c.name: c.kind for c in table.columns}
    return {"array": name} if kinds[name] == ARRAY else name


def _utf8(name: str) -> bool:
    """Whether a file name is text (a byte that is not UTF-8 is a surrogate here, which
    JSON text cannot hold)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _database_name(path: str) -> str:
    """What Datasette calls the database in the file at ``path``: its name's stem."""
    return os.path.splitext(os.path.basename(path))[0]


def datasette_metadata(tables: Sequence[Table], path: str, source: str) -> dict[str, Any]:
    """Datasette's metadata for the file at ``path``: what it holds, its licence and source,
    each table's and column's description, and the facets to offer."""
    database = _database_name(path)
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "license": LICENSE_NOTE,
        "license_url": LICENSE_URL,
        "source": source,
        "databases": {
            database: {
                "tables": {
                    table.name: {
                        "description": table.description,
                        "source": source,
                        "license": LICENSE_NOTE,
                        "license_url": LICENSE_URL,
                        **({"label_column": table.label} if table.label else {}),
                        "facets": [_facet(table, name) for name in table.facets],
                        "columns": {c.name: c.description for c in table.columns},
                    }
                    for table in tables
                }
            }
        },
    }
