"""hubquery rank: hubs ordered by their latest figure for a metric."""

from __future__ import annotations

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import ChartTarget, DatasetChoice, Output, cut_notice, emit_chart
from hubquery.commands._options import (
    CHART_FORMATS,
    FORMATS,
    NAME,
    chart_options,
    completes,
    dataset_options,
    limit_option,
    order_option,
    output_options,
    window_options,
)


@click.command("rank", cls=HubqueryCommand)
@click.option(
    "--metric",
    "-m",
    "metric_name",
    required=True,
    metavar="METRIC",
    type=NAME,
    shell_complete=completes("metrics"),
    help="The metric to rank by.",
)
@order_option
@window_options
@limit_option("hubs per unit")
@dataset_options
@output_options((*FORMATS, *CHART_FORMATS))
@chart_options
def command(
    metric_name: str,
    ascending: bool | None,
    since: int | None,
    until: int | None,
    limit: int | None,
    dataset: DatasetChoice,
    output: Output,
    chart: ChartTarget,
) -> None:
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
      hubquery rank -m area --format png --scale 2 -o area.png

    --format vega-lite writes the ranking as a chart (a Vega-Lite spec); svg and png
    draw it (pip install 'hubquery[charts]').
    """
    from hubquery.query.rank import rank as rank_hubs
    from hubquery.render.views import ranking_view

    result = rank_hubs(
        dataset.open(), metric_name, ascending=ascending, limit=limit, since=since, until=until
    )
    if output.fmt in CHART_FORMATS:
        from hubquery.render.chart import ranking_charts

        title = f"{result[0].metric.label}: hubs in order" if result else metric_name
        emit_chart(ranking_charts(result), title, output, chart)
        return
    shown, total = sum(len(r.rows) for r in result), sum(r.row_count for r in result)
    output.emit(
        ranking_view(result), cut_notice(shown, total, "ranked figures", limit), as_of=dataset.as_of
    )
