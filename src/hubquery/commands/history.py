"""hubquery history: how a hub's figures changed over time."""

from __future__ import annotations

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import ChartTarget, DatasetChoice, Output, emit_chart
from hubquery.commands._options import (
    CHART_FORMATS,
    FORMATS,
    NAME,
    chart_options,
    completes,
    dataset_options,
    metrics_option,
    output_options,
)


@click.command("history", cls=HubqueryCommand)
@click.argument("hub", type=NAME, shell_complete=completes("hubs"))
@metrics_option(
    "Metric to show (repeatable); default: every metric, those with figures over time first."
)
@click.option("--quotes", is_flag=True, help="Show the quote that states each figure.")
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="In the table, also the metrics with nothing over time (one table for "
    "them all); --json and CSV always have every metric.",
)
@dataset_options
@output_options((*FORMATS, *CHART_FORMATS))
@chart_options
def command(
    hub: str,
    metric_names: tuple[str, ...],
    quotes: bool,
    everything: bool,
    dataset: DatasetChoice,
    output: Output,
    chart: ChartTarget,
) -> None:
    """How a hub's figures changed over time: every figure of a metric, oldest first.

    Each figure has its period as every view prints it ("c. 2018" where inferred,
    "reported 2014" where only the report is dated, "target for 2020"), its source and
    its notes as lettered footnotes. Between consecutive figures of the same thing
    (same unit, basis, subject and status) the change is computed and marked derived:
    no source states it; between hedged figures it is a range, and none is claimed
    where the hedges admit no change. Report-period figures, targets, aspirations and
    thresholds are listed but never joined into a change; a footnote says why. Ranks
    change in places ("up 1 place"). A series of three or more amounts gets a bar
    chart. Metrics with nothing over time share one table (--all; the default table
    leaves them out, saying so, when some metric has figures over time).

    \b
    Examples:
      hubquery history chengdu --metric population
      hubquery history dalian-software-park --quotes
      hubquery history dalian --all
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
    output.emit(
        history_view(result, quotes=quotes, everything=everything or bool(metric_names)),
        as_of=dataset.as_of,
    )
