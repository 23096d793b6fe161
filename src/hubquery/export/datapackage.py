"""`export --format datapackage`: a Frictionless Data Package (tabular), for
`frictionless validate` and every tool that reads one.

A folder with ``datapackage.json`` and one CSV per table (``facts``, ``hubs``,
``metrics``, ``sources``, ``tags``, ``organisations``): the same tables as the
SQLite export (``relational``), each with a Table Schema: types, required
columns, enums for qualifiers, statuses and kinds, primary and foreign keys; the
licence, and every source article in ``sources``.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from hubquery.export.relational import (
    ARRAY,
    BOOLEAN,
    DESCRIPTION,
    LICENSE,
    LICENSE_NOTE,
    LICENSE_URL,
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

NAME = "hubquery-facts"


def write_datapackage(data: ExportTables, path: str, *, force: bool = False) -> None:
    """The folder at ``path``; nothing is written unless everything is."""
    with Outputs(force) as outputs:
        folder = outputs.folder(path, "--output")
        exported = tables(data, shares=True)
        for table in exported:
            with outputs.text(folder, f"{table.name}.csv") as out:
                _write_csv(table, out)
        descriptor = package(exported, data)
        with outputs.text(folder, "datapackage.json") as out:
            out.write(dumps(descriptor))


def _write_csv(table: Table, out: Any) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.column_names)
    kinds = [c.kind for c in table.columns]
    for row in table.rows():
        writer.writerow([_cell(value, kind) for value, kind in zip(row, kinds, strict=True)])


def _cell(value: Any, kind: str) -> Any:
    if value is None:
        return ""
    if kind == BOOLEAN:
        return "true" if value else "false"
    if kind == ARRAY:
        return json_array(value)
    return value


def package(exported: Sequence[Table], data: ExportTables) -> dict[str, Any]:
    """The ``datapackage.json`` descriptor (Data Package v1, tabular profile)."""
    return {
        "profile": "tabular-data-package",
        "name": NAME,
        "title": TITLE,
        "description": f"{DESCRIPTION} Source: {source_text(data.origin)}.",
        "licenses": [{"name": LICENSE, "path": LICENSE_URL, "title": LICENSE_NOTE}],
        "sources": [
            {
                "title": " — ".join(p for p in (s.title, s.publisher, s.published) if p),
                **({"path": s.url} if s.url else {}),
            }
            for s in data.sources
        ],
        "resources": [_resource(table) for table in exported],
    }


def _resource(table: Table) -> dict[str, Any]:
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": table.description,
        "schema": {
            "fields": [_field(c) for c in table.columns],
            "primaryKey": list(table.primary_key),
            "foreignKeys": [
                {
                    "fields": key.column,
                    "reference": {
                        "resource": "" if key.table == table.name else key.table,
                        "fields": key.target,
                    },
                }
                for key in table.foreign_keys
            ],
            "missingValues": [""],
        },
    }


def _field(column: Column) -> dict[str, Any]:
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.enum:
        constraints["enum"] = list(column.enum)
    if column.minimum is not None:
        constraints["minimum"] = column.minimum
    if column.maximum is not None:
        constraints["maximum"] = column.maximum
    return {
        "name": column.name,
        "type": column.kind,
        "description": column.description,
        **({"constraints": constraints} if constraints else {}),
    }
