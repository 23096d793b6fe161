"""hubquery show: the profile of one hub, with every cited figure."""

from __future__ import annotations

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import DatasetChoice, Output
from hubquery.commands._options import NAME, completes, dataset_options, output_options


@click.command("show", cls=HubqueryCommand)
@click.argument("hub", type=NAME, shell_complete=completes("hubs"))
@click.option("--quotes", is_flag=True, help="Show the quote that states each figure.")
@dataset_options
@output_options()
def command(hub: str, quotes: bool, dataset: DatasetChoice, output: Output) -> None:
    """Profile of one hub, with every cited figure.

    Shows the hub's place in the hierarchy, its tags and organisations, each
    figure with value, period and a numbered citation, and the sources.

    HUB is an id, name, alias or Chinese name, in any case (dalian, "Xi'an", 西安).
    Figures on which sources disagree are listed together under "Sources differ".

    \b
    Examples:
      hubquery show dalian
      hubquery show zhongguancun --quotes
      hubquery show 成都 --json
    """
    from hubquery.query.profile import profile
    from hubquery.render.views import profile_view

    result = profile(dataset.open(), hub)
    output.emit(profile_view(result, quotes=quotes), as_of=dataset.as_of)
