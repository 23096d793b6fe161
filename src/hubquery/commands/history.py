"""hubquery history: how a hub's figures changed over time."""

from __future__ import annotations

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._complete import complete_hubs, complete_metrics
from hubquery.commands._context import DatasetChoice, Output
from hubquery.commands._options import NAME, dataset_options, output_options


@click.command("history", cls=HubqueryCommand)
@click.argument("hub", type=NAME, shell_complete=complete_hubs)
@click.option("--metric", "-m", "metric_names", multiple=True, metavar="METRIC", type=NAME,
              shell_complete=complete_metrics,
              help="Metric to show (repeatable); default: every metric the hub has more than "
              "one figure for, then the rest.")
@click.option("--quotes", is_flag=True, help="Show the quote that states each figure.")
@dataset_options
@output_options()
def command(hub: str, metric_names: tuple[str, ...], quotes: bool, dataset: DatasetChoice,
            output: Output) -> None:
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
    """
    from hubquery.query.history import history as hub_history
    from hubquery.render.views import history_view

    result = hub_history(dataset.open(), hub, metric_names)
    output.emit(history_view(result, quotes=quotes), as_of=dataset.as_of)
