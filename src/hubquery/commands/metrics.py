"""hubquery metrics: every metric, with its aliases and how many hubs have it."""

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
@limit_option("metrics")
@dataset_options
@output_options()
def metrics(limit: int | None, data: str | None, no_cache: bool, fmt: str) -> None:
    """Every metric, with its aliases and how many hubs have it.

    \b
    Examples:
      hubquery metrics
      hubquery metrics --format csv
    """
    from hubquery.query.catalog import metrics as list_metrics
    from hubquery.render.views import metrics_view

    found = list_metrics(open_data(data, no_cache))
    emit_view(metrics_view(found[:limit]), fmt,
              cut_notice(len(found[:limit]), len(found), "metrics", limit))
