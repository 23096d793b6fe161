"""hubquery compare: hubs side by side, one column per hub and one row per metric."""

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


@click.command("compare", cls=HubqueryCommand)
@click.argument("hubs", nargs=-1, required=True, type=NAME, shell_complete=completes("hubs"))
@metrics_option("Metric to compare (repeatable); default: every metric two hubs share.")
@click.option(
    "--all",
    "every_metric",
    is_flag=True,
    help="Every metric any of the hubs has, not only those two of them share.",
)
@click.option("--no-chart", is_flag=True, help="Leave out the bar chart.")
@dataset_options
@output_options((*FORMATS, *CHART_FORMATS))
@chart_options
def command(
    hubs: tuple[str, ...],
    metric_names: tuple[str, ...],
    every_metric: bool,
    no_chart: bool,
    dataset: DatasetChoice,
    output: Output,
    chart: ChartTarget,
) -> None:
    """Hubs side by side, one column per hub and one row per metric.

    Each cell shows every figure the hub has for the metric, the one compared in
    bold (and marked ▸). Where periods, units or definitions differ (laptops
    produced against laptops sold), the row says so; values in different units are
    never set against each other. Without --metric, the metrics two of the hubs
    share (--all: every metric), saying how many were left out, and which regions
    take in a compared hub. With one metric, bars follow where the figures may be
    drawn side by side (amounts of one kind, in one period window; shares on a
    0–100 scale), else the reason.

    \b
    Examples:
      hubquery compare chengdu chongqing --metric laptops
      hubquery compare dalian zhongguancun
      hubquery compare beijing shanghai chengdu chongqing -m population --json
      hubquery compare chengdu chongqing xian -m population --format svg -o pop.svg

    --format vega-lite writes a chart of each metric (a Vega-Lite spec); svg and png
    draw it (pip install 'hubquery[charts]'). Figures that are not the same quantity
    are never drawn on one axis: the chart is refused with the reason.
    """
    if len(hubs) < 2:
        raise click.UsageError("compare needs at least two hubs")
    from hubquery.query.compare import compare as compare_hubs
    from hubquery.render.views import comparison_view

    result = compare_hubs(dataset.open(), hubs, metric_names, every_metric)
    if output.fmt in CHART_FORMATS:
        from hubquery.render.chart import comparison_charts

        names = [h.name for h in result.hubs]
        emit_chart(
            comparison_charts(result),
            " and ".join([", ".join(names[:-1]), names[-1]]),
            output,
            chart,
        )
        return
    output.emit(comparison_view(result, chart=not no_chart), as_of=dataset.as_of)
