"""hubquery sources: every source article, with what it supports."""

from __future__ import annotations

from hubquery.cli import (
    cli,
    cut_notice,
    dataset_options,
    emit_view,
    limit_option,
    open_data,
    output_options,
)


@cli.command()
@limit_option("sources")
@dataset_options
@output_options()
def sources(limit: int | None, data: str | None, no_cache: bool, fmt: str) -> None:
    """Every source article, with what it supports.

    \b
    Examples:
      hubquery sources
      hubquery sources --json | jq '.[].source.title'
    """
    from hubquery.query.catalog import sources as list_sources
    from hubquery.render.views import sources_view

    found = list_sources(open_data(data, no_cache))
    emit_view(sources_view(found[:limit]), fmt,
              cut_notice(len(found[:limit]), len(found), "sources", limit))
