"""hubquery sources: every source article, with what it supports."""

from __future__ import annotations

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import DatasetChoice, Output, cut_notice
from hubquery.commands._options import dataset_options, limit_option, output_options


@click.command("sources", cls=HubqueryCommand)
@limit_option("sources")
@dataset_options
@output_options()
def command(limit: int | None, dataset: DatasetChoice, output: Output) -> None:
    """Every source article, with what it supports.

    \b
    Examples:
      hubquery sources
      hubquery sources --json | jq '.[].source.title'
    """
    from hubquery.query.catalog import sources as list_sources
    from hubquery.render.views import sources_view

    found = list_sources(dataset.open())
    output.emit(
        sources_view(found[:limit]),
        cut_notice(len(found[:limit]), len(found), "sources", limit),
        as_of=dataset.as_of,
    )
