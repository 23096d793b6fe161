"""hubquery compare: hubs side by side, one column per hub and one row per metric."""

from __future__ import annotations

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._complete import complete_hubs, complete_metrics
from hubquery.commands._context import DatasetChoice, Output
from hubquery.commands._options import NAME, dataset_options, output_options


@click.command("compare", cls=HubqueryCommand)
@click.argument("hubs", nargs=-1, required=True, type=NAME, shell_complete=complete_hubs)
@click.option("--metric", "-m", "metric_names", multiple=True, metavar="METRIC", type=NAME,
              shell_complete=complete_metrics,
              help="Metric to compare (repeatable); default: every metric two hubs share.")
@click.option("--no-chart", is_flag=True, help="Leave out the bar chart.")
@dataset_options
@output_options()
def command(hubs: tuple[str, ...], metric_names: tuple[str, ...], no_chart: bool,
            dataset: DatasetChoice, output: Output) -> None:
    """Hubs side by side, one column per hub and one row per metric.

    Each cell shows every figure the hub has for the metric, the one compared in
    bold. Where periods, units or definitions differ (laptops produced against
    laptops sold), the row says so; values in different units are never set
    against each other. With one metric, a bar chart follows.

    \b
    Examples:
      hubquery compare chengdu chongqing --metric laptops
      hubquery compare dalian zhongguancun
      hubquery compare beijing shanghai chengdu chongqing -m population --json
    """
    if len(hubs) < 2:
        raise click.UsageError("compare needs at least two hubs")
    from hubquery.query.compare import compare as compare_hubs
    from hubquery.render.views import comparison_view

    result = compare_hubs(dataset.open(), hubs, metric_names)
    output.emit(comparison_view(result, chart=not no_chart), as_of=dataset.as_of)
