"""hubquery rank: hubs ordered by their latest figure for a metric."""

from __future__ import annotations

import click

from hubquery.cli import (
    NAME,
    cli,
    complete_metrics,
    cut_notice,
    dataset_options,
    emit_view,
    limit_option,
    open_data,
    order_option,
    output_options,
    window_options,
)


@cli.command()
@click.option("--metric", "-m", "metric_name", required=True, metavar="METRIC", type=NAME,
              shell_complete=complete_metrics, help="The metric to rank by.")
@order_option
@window_options
@limit_option("hubs per unit")
@dataset_options
@output_options()
def rank(metric_name: str, ascending: bool | None, since: int | None, until: int | None,
         limit: int | None, data: str | None, no_cache: bool, fmt: str) -> None:
    """Hubs ordered by their latest figure for a metric.

    Only figures that may be ranked together are numbered: figures that held in their
    period (not a report-period figure, a target or a threshold), of the same thing
    (subject, basis, status, unit), in a window of years. The rest follow, unnumbered,
    each with why. A metric recorded in several units (CNY and USD) gives one ranking
    per unit. Notes say where periods or hedges differ between the rows.

    \b
    Examples:
      hubquery rank --metric population
      hubquery rank --metric population --since 1970
      hubquery rank -m ipads --json
    """
    from hubquery.query.rank import rank as rank_hubs
    from hubquery.render.views import ranking_view

    result = rank_hubs(open_data(data, no_cache), metric_name, ascending=ascending, limit=limit,
                       since=since, until=until)
    shown, total = sum(len(r.rows) for r in result), sum(r.row_count for r in result)
    emit_view(ranking_view(result), fmt, cut_notice(shown, total, "ranked figures", limit))
