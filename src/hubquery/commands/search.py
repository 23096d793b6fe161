"""hubquery search: names, tags, organisations, metrics, source titles and quotes."""

from __future__ import annotations

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import DatasetChoice, Output, cut_notice
from hubquery.commands._options import NAME, dataset_options, limit_option, output_options


@click.command("search", cls=HubqueryCommand)
@click.argument("text", type=NAME)
@limit_option("matches", default=50)
@dataset_options
@output_options()
def command(text: str, limit: int, dataset: DatasetChoice, output: Output) -> None:
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

    result = search_dataset(dataset.open(), text, limit)
    output.emit(
        search_view(result.hits),
        cut_notice(
            len(result.hits), result.hit_count, "matches", limit, more=not result.hit_count_exact
        ),
        as_of=dataset.as_of,
    )
