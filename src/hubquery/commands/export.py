"""hubquery export: facts for other programs, whole or filtered."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import DatasetChoice, Output, cut_notice
from hubquery.commands._options import (
    FORMATS,
    NAME,
    WHOLE_TABLE_FORMATS,
    completes,
    dataset_options,
    limit_option,
    metrics_option,
    output_options,
)

if TYPE_CHECKING:
    from hubquery.records import Fact


@click.command("export", cls=HubqueryCommand)
@click.option(
    "--hub",
    "hubs",
    multiple=True,
    metavar="HUB",
    type=NAME,
    shell_complete=completes("hubs"),
    help="Only facts about this hub (repeatable: any).",
)
@click.option("--within", is_flag=True, help="With --hub: also every hub below it, at any depth.")
@metrics_option("Only this metric (repeatable: any).")
@click.option(
    "--source",
    "source_names",
    multiple=True,
    metavar="ID",
    type=NAME,
    shell_complete=completes("sources"),
    help="Only from this source (repeatable: any).",
)
@click.option(
    "--where",
    "conditions",
    multiple=True,
    metavar="CONDITION",
    type=NAME,
    help="Only facts about hubs whose latest figure certainly meets METRIC OP "
    "NUMBER [UNIT]: a hedged figure that only may is left out (repeatable: all "
    "must hold).",
)
@click.option(
    "--output",
    "-o",
    "path",
    metavar="PATH",
    help="Write to PATH instead of stdout ('-'); required for sqlite and datapackage.",
)
@click.option(
    "--metadata",
    metavar="FILE",
    help="With --format sqlite: also write Datasette metadata (JSON) to FILE; it "
    "names the database after the file (hubs.db → hubs).",
)
@click.option("--force", is_flag=True, help="Overwrite --output and --metadata if they exist.")
@limit_option("facts")
@dataset_options
@output_options((*(f for f in FORMATS if f != "table"), *WHOLE_TABLE_FORMATS), default="jsonl")
def command(
    hubs: tuple[str, ...],
    within: bool,
    metric_names: tuple[str, ...],
    source_names: tuple[str, ...],
    conditions: tuple[str, ...],
    path: str | None,
    metadata: str | None,
    force: bool,
    limit: int | None,
    dataset: DatasetChoice,
    output: Output,
) -> None:
    """Facts for other programs: every one, or those the filters keep.

    Filters combine: a fact must pass all of them. Each fact has the fields of
    the JSON contract (see the README); CSV and TSV flatten the source into
    source_* columns. --format sqlite writes a database for Datasette and
    sqlite-utils (tables facts, hubs, metrics, sources, tags, organisations, with
    keys, indexes and full-text search); --format datapackage writes a
    Frictionless Data Package folder. Both need --output.

    \b
    Examples:
      hubquery export | jq -c 'select(.hub_id == "dalian")'
      hubquery export --format csv --fields id,value,unit,source.id > facts.csv
      hubquery export --hub china --within --metric population --format csv
      hubquery export --format sqlite -o hubs.db --metadata metadata.json
      hubquery export --format datapackage -o hubs-package
    """
    from hubquery.query.export import export_facts, export_tables

    if within and not hubs:
        raise click.UsageError("--within needs --hub")
    fmt = output.fmt
    if metadata is not None and fmt != "sqlite":
        raise click.UsageError("--metadata goes with --format sqlite")
    if path == "-":
        path = None
    if fmt in WHOLE_TABLE_FORMATS and path is None:
        raise click.UsageError(f"--format {fmt} writes files: name them with --output")
    store = dataset.open()

    def chosen() -> Iterator[Fact]:
        return export_facts(
            store,
            hubs=hubs,
            within=within,
            metrics=metric_names,
            sources=source_names,
            where=conditions,
        )

    facts: Iterable[Fact] = chosen()
    notice = None
    if limit is not None:
        facts = itertools.islice(facts, limit)
        total = sum(1 for _ in chosen())
        notice = cut_notice(min(limit, total), total, "facts", limit)
    if fmt == "sqlite":
        from hubquery.export.sqlite import write_sqlite

        write_sqlite(export_tables(store, facts), str(path), metadata=metadata, force=force)
    elif fmt == "datapackage":
        from hubquery.export.datapackage import write_datapackage

        write_datapackage(export_tables(store, facts), str(path), force=force)
    else:
        from hubquery.render.views import facts_view

        output.emit(facts_view(facts), notice, as_of=dataset.as_of, path=path, force=force)
