"""``Problem``: one thing wrong with a dataset, at its file:line:column.

A module of its own, not in ``errors``: every run (``--help`` too) imports ``errors``,
and defining a named tuple costs a run 0.5 M instructions; a problem is made only when
a dataset is read and found wrong (``load``, ``yamlfile``, ``curate``).
"""

from __future__ import annotations

from typing import NamedTuple

from hubquery.escaping import FIELD_LIMIT, escaped


class Problem(NamedTuple):
    """One thing wrong with a dataset, at its file:line:column where known."""

    file: str
    line: int | None
    column: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = escaped(self.file)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        # A field path holds the dataset's own keys: escaped and cut like its values.
        field = f" {escaped(self.field, FIELD_LIMIT)}:" if self.field else ""
        return f"{where}:{field} {escaped(self.message)}"
