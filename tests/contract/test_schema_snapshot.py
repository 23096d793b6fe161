"""The JSON format's version moves with its schemas, and only with them.

Each JSON format version has a snapshot of every command's JSON Schema
(tests/data/schemas/format-N.json). The schemas of this build must be those of the
current JSON_FORMAT_VERSION, and differ from every earlier format's: a change of the
output's keys or types without a new version fails, and so does a new version without
a change. After a change of the JSON format, raise JSON_FORMAT_VERSION (schema.py), say
so in CHANGELOG.md, and write the new version's snapshot:

    python -m tests.contract.test_schema_snapshot --write

An existing snapshot is rewritten only on purpose, for a format not yet released (its
section of CHANGELOG.md still "unreleased"): ``--write --replace``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from hubquery.schema import JSON_FORMAT_VERSION, all_schemas
from tests.conftest import TESTS

SNAPSHOTS = TESTS / "data" / "schemas"


def _snapshot(version: int) -> Path:
    return SNAPSHOTS / f"format-{version}.json"


def _without_version(schemas: dict[str, Any]) -> dict[str, Any]:
    """The schemas without the words that name their version ($id, title)."""
    return {
        command: {k: v for k, v in schema.items() if k not in ("$id", "title")}
        for command, schema in schemas.items()
    }


def test_the_schemas_are_those_of_the_current_json_format() -> None:
    path = _snapshot(JSON_FORMAT_VERSION)
    assert path.exists(), (
        f"JSON format {JSON_FORMAT_VERSION} has no snapshot: "
        "python -m tests.contract.test_schema_snapshot --write"
    )
    assert all_schemas() == json.loads(path.read_text(encoding="utf-8")), (
        "The JSON Schemas changed: raise JSON_FORMAT_VERSION in schema.py, note it in "
        "CHANGELOG.md and write its snapshot (python -m tests.contract.test_schema_snapshot --write; "
        "for a format not yet released: --write --replace)"
    )


def test_every_earlier_json_format_had_other_schemas() -> None:
    current = _without_version(all_schemas())
    for path in SNAPSHOTS.glob("format-*.json"):
        if path != _snapshot(JSON_FORMAT_VERSION):
            earlier = _without_version(json.loads(path.read_text(encoding="utf-8")))
            assert earlier != current, f"{path.name}: the same schemas under another version"


def _write(replace: bool) -> None:
    path = _snapshot(JSON_FORMAT_VERSION)
    if path.exists() and not replace:
        sys.exit(
            f"{path} exists: a format's snapshot is never rewritten; raise "
            "JSON_FORMAT_VERSION first (or --replace, for a format not yet released)"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(all_schemas(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    if sys.argv[1:] not in (["--write"], ["--write", "--replace"]):
        sys.exit("usage: python -m tests.contract.test_schema_snapshot --write [--replace]")
    _write(replace="--replace" in sys.argv)
