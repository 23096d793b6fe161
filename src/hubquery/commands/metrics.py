"""hubquery metrics: every metric, with its aliases and how many hubs have it."""

from __future__ import annotations

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import DatasetChoice, Output, cut_notice
from hubquery.commands._options import dataset_options, limit_option, output_options


@click.command("metrics", cls=HubqueryCommand)
@limit_option("metrics")
@dataset_options
@output_options()
def command(limit: int | None, dataset: DatasetChoice, output: Output) -> None:
    """Every metric, with its aliases and how many hubs have it.

    \b
    Examples:
      hubquery metrics
      hubquery metrics --format csv
    """
    from hubquery.query.catalog import metrics as list_metrics
    from hubquery.render.views import metrics_view

    found = list_metrics(dataset.open())
    output.emit(
        metrics_view(found[:limit]),
        cut_notice(len(found[:limit]), len(found), "metrics", limit),
        as_of=dataset.as_of,
    )
