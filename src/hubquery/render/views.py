"""One View per kind of result: what each command's output is, in every format."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from hubquery.query import Profile
from hubquery.records import Fact
from hubquery.render import View
from hubquery.render.data import FACT_COLUMNS, fact_rows

if TYPE_CHECKING:
    from rich.console import Console


def profile_view(result: Profile, quotes: bool = False) -> View:
    def table(console: Console) -> str:
        from hubquery.render import table

        return table.profile(result, console, quotes=quotes)

    return View(
        document=lambda: result,
        items=lambda: result.facts,
        columns=FACT_COLUMNS,
        rows=lambda: fact_rows(result.facts),
        table=table,
    )


def facts_view(facts: Iterable[Fact]) -> View:
    """A stream of facts (export): never held in memory all at once."""
    return View(
        document=lambda: list(facts),
        items=lambda: facts,
        columns=FACT_COLUMNS,
        rows=lambda: fact_rows(facts),
        stream_json_array=True,
    )
