"""hubquery show: the profile of one hub, with every cited figure."""

from __future__ import annotations

import click

from hubquery.cli import (
    NAME,
    cli,
    complete_hubs,
    dataset_options,
    emit_view,
    open_data,
    output_options,
)


@cli.command()
@click.argument("hub", type=NAME, shell_complete=complete_hubs)
@click.option("--quotes", is_flag=True, help="Show the quote that states each figure.")
@dataset_options
@output_options()
def show(hub: str, quotes: bool, data: str | None, no_cache: bool, fmt: str) -> None:
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

    result = profile(open_data(data, no_cache), hub)
    emit_view(profile_view(result, quotes=quotes), fmt)
