"""hubquery history: how a hub's figures changed over time."""

from __future__ import annotations

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._complete import complete_hubs, complete_metrics
from hubquery.commands._context import ChartTarget, DatasetChoice, Output, emit_chart
from hubquery.commands._options import (
    CHART_FORMATS,
    FORMATS,
    NAME,
    chart_options,
    dataset_options,
    output_options,
)


@click.command("history", cls=HubqueryCommand)
@click.argument("hub", type=NAME, shell_complete=complete_hubs)
@click.option("--metric", "-m", "metric_names", multiple=True, metavar="METRIC", type=NAME,
              shell_complete=complete_metrics,
              help="Metric to show (repeatable); default: every metric the hub has more than "
              "one figure for, then the rest.")
@click.option("--quotes", is_flag=True, help="Show the quote that states each figure.")
@dataset_options
@output_options((*FORMATS, *CHART_FORMATS))
@chart_options
def command(hub: str, metric_names: tuple[str, ...], quotes: bool, dataset: DatasetChoice,
            output: Output, chart: ChartTarget) -> None:
    """How a hub's figures changed over time: every figure of a metric, oldest first.

    Each figure has its period ("c. 2018" where the period was resolved against an
    inferred publication date), qualifier and source. Between consecutive figures of
    the same thing (same unit, basis and subject) the change is computed, absolute
    and in percent, and marked derived: no source states it. Between hedged figures
    ("about", "more than") the change is a range, or unknown. Two or more figures in
    one unit get a bar chart.

    \b
    Examples:
      hubquery history chengdu --metric population
      hubquery history dalian-software-park --quotes
      hubquery history chengdu --as-of 2021 --json
      hubquery history dalian --format vega-lite > dalian.vl.json

    --format vega-lite writes a chart of each series of comparable figures (a
    Vega-Lite spec); svg and png draw it (pip install 'hubquery[charts]').
    """
    from hubquery.query.history import history as hub_history
    from hubquery.render.views import history_view

    result = hub_history(dataset.open(), hub, metric_names)
    if output.fmt in CHART_FORMATS:
        from hubquery.render.chart import history_charts

        emit_chart(history_charts(result), f"{result.hub.name} over time", output, chart)
        return
    output.emit(history_view(result, quotes=quotes), as_of=dataset.as_of)
