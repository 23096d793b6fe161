"""hubquery source: one source article and everything cited from it."""

from __future__ import annotations

import click

from hubquery.cli import (
    NAME,
    cli,
    complete_sources,
    dataset_options,
    emit_view,
    open_data,
    output_options,
)


@cli.command()
@click.argument("source_id", metavar="ID", type=NAME, shell_complete=complete_sources)
@click.option("--quotes", is_flag=True, help="Show the quote that states each figure.")
@dataset_options
@output_options()
def source(source_id: str, quotes: bool, data: str | None, no_cache: bool, fmt: str) -> None:
    """One source article and everything cited from it.

    ID is a source id (see 'hubquery sources') or a prefix only one id starts with.

    \b
    Examples:
      hubquery source chinadaily-2022-inland
      hubquery source allen --quotes
    """
    from hubquery.query.catalog import source_detail
    from hubquery.render.views import source_view

    result = source_detail(open_data(data, no_cache), source_id)
    emit_view(source_view(result, quotes=quotes), fmt)
