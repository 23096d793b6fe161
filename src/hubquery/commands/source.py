"""hubquery source: one source article and everything cited from it."""

from __future__ import annotations

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import DatasetChoice, Output
from hubquery.commands._options import NAME, completes, dataset_options, output_options


@click.command("source", cls=HubqueryCommand)
@click.argument("source_id", metavar="ID", type=NAME, shell_complete=completes("sources"))
@click.option("--quotes", is_flag=True, help="Show the quote that states each figure.")
@dataset_options
@output_options()
def command(source_id: str, quotes: bool, dataset: DatasetChoice, output: Output) -> None:
    """One source article and everything cited from it.

    ID is a source id (see 'hubquery sources') or a prefix only one id starts with.

    \b
    Examples:
      hubquery source chinadaily-2022-inland
      hubquery source allen --quotes
    """
    from hubquery.query.catalog import source_detail
    from hubquery.render.views import source_view

    result = source_detail(dataset.open(), source_id)
    output.emit(source_view(result, quotes=quotes), as_of=dataset.as_of)
