"""hubquery search: names, tags, organisations, metrics, source titles and quotes."""

from __future__ import annotations

import click

from hubquery.cli import (
    NAME,
    cli,
    cut_notice,
    dataset_options,
    emit_view,
    limit_option,
    open_data,
    output_options,
)


@cli.command()
@click.argument("text", type=NAME)
@limit_option("matches", default=50)
@dataset_options
@output_options()
def search(text: str, limit: int, data: str | None, no_cache: bool, fmt: str) -> None:
    """Search names, tags, organisations, metrics, titles and quotes.

    Titles are the source articles'. Best matches first: exact names, then names
    that start with TEXT, then partial names, tags and organisations, metrics and
    sources, then figures.
    Case, apostrophes, quotation marks and hyphens never matter.

    \b
    Examples:
      hubquery search neusoft
      hubquery search "laptop"
      hubquery search 成都
    """
    from hubquery.query.search import search as search_dataset
    from hubquery.render.views import search_view

    result = search_dataset(open_data(data, no_cache), text, limit)
    emit_view(search_view(result.hits), fmt,
              cut_notice(len(result.hits), result.hit_count, "matches", limit,
                         more=not result.hit_count_exact))
