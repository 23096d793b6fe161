"""render.fields: a row's CSV/TSV cells are its JSON object's values at the column
paths. path_rows reads them from the records directly (the fast path); these tests pin
it to the plain walk through each row's JSON Lines object, for every row command."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from hubquery.cli import cli
from hubquery.render.data import cell_text
from hubquery.render.fields import Projection, path_rows

ROW_COMMANDS = [
    ["list"],
    ["list", "--sort", "population"],
    ["list", "--where", "population > 20m", "--maybe"],
    ["rank", "-m", "population"],
    ["show", "dalian"],
    ["history", "dalian"],
    ["compare", "chengdu", "chongqing"],  # rows without a figure: a null on the path
    ["compare", "chengdu", "chongqing", "chengdu-chongqing", "-m", "electronics"],
    ["search", "outsourcing"],
    ["metrics"],
    ["sources"],
    ["source", "allen-2014-dalian"],
    ["export"],
    ["check", "Dalian earned US$21.7 billion from outsourcing in 2013."],
]


def _run(args: list[str]) -> str:
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("args", ROW_COMMANDS, ids=" ".join)
def test_each_csv_cell_is_the_json_lines_value_at_its_path(args: list[str]) -> None:
    objects = [json.loads(line) for line in _run([*args, "--format", "jsonl"]).splitlines()]
    table = list(csv.reader(io.StringIO(_run([*args, "--format", "csv"]))))
    header, rows = table[0], table[1:]
    assert len(rows) == len(objects) > 0
    for row, data in zip(rows, objects, strict=True):
        expected = Projection(tuple(header)).row(data)
        assert row == [cell_text(expected[path]) for path in header]


def test_paths_through_lists_mappings_and_nulls_are_walked_through_the_data() -> None:
    from hubquery.records import Note

    note = Note("left-out", "not ranked", (), ("dalian-population-2014",))
    rows = list(
        path_rows(
            ["kind", "fact_ids", "hub_ids", "fact_ids.count", "message.upper"],
            [note, {"kind": "a", "fact_ids": ["x"]}],
        )
    )
    assert rows[0] == {
        "kind": "left-out",
        "fact_ids": ["dalian-population-2014"],
        "hub_ids": [],
        "fact_ids.count": [None],  # a tuple's own method is not a field
        "message.upper": None,
    }
    assert rows[1]["fact_ids"] == ["x"]
    assert rows[1]["hub_ids"] is None
