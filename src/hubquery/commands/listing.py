"""hubquery list: hubs, filtered and sorted."""

from __future__ import annotations

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import DatasetChoice, Output, cut_notice
from hubquery.commands._options import (
    NAME,
    completes,
    dataset_options,
    limit_option,
    order_option,
    output_options,
    window_options,
)
from hubquery.vocabulary import HUB_KINDS


@click.command("list", cls=HubqueryCommand)
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(HUB_KINDS, case_sensitive=False),
    help="Only hubs of this kind (repeatable: any of them).",
)
@click.option(
    "--parent",
    metavar="HUB",
    type=NAME,
    shell_complete=completes("hubs"),
    help="Only hubs inside this one, at any depth.",
)
@click.option(
    "--country",
    metavar="HUB",
    type=NAME,
    shell_complete=completes("hubs"),
    help="Only hubs in this country.",
)
@click.option(
    "--region",
    metavar="NAME",
    type=NAME,
    shell_complete=completes("regions"),
    help="Only hubs in this region (e.g. 'Southwest China').",
)
@click.option(
    "--tag",
    "tags",
    multiple=True,
    metavar="TAG",
    type=NAME,
    shell_complete=completes("tags"),
    help="Only hubs with this tag (repeatable: all of them).",
)
@click.option(
    "--where",
    "conditions",
    multiple=True,
    metavar="CONDITION",
    type=NAME,
    shell_complete=completes("conditions"),
    help="METRIC OP NUMBER [UNIT] on each hub's latest figure, e.g. 'companies>500', "
    "'population >= 20 million', 'revenue > US$1bn' (repeatable: all must hold). "
    "A hedged figure is an interval: 'more than 20 m' is > 20m, and against "
    "'> 25m' it may or may not hold.",
)
@click.option(
    "--maybe",
    is_flag=True,
    help="Also list hubs whose hedged figures leave a condition undecided, marked ?.",
)
@click.option(
    "--sort",
    metavar="METRIC",
    type=NAME,
    shell_complete=completes("metrics"),
    help="Sort by this metric's latest figure, largest first; name the unit of a "
    "metric kept in several ('outsourcing-revenue USD').",
)
@order_option
@window_options
@limit_option("hubs")
@dataset_options
@output_options()
def command(
    kinds: tuple[str, ...],
    parent: str | None,
    country: str | None,
    region: str | None,
    tags: tuple[str, ...],
    conditions: tuple[str, ...],
    maybe: bool,
    sort: str | None,
    ascending: bool | None,
    since: int | None,
    until: int | None,
    limit: int | None,
    dataset: DatasetChoice,
    output: Output,
) -> None:
    """Hubs, filtered and sorted. Filters combine: a hub must pass all of them.

    An empty result is not an error (exit status 0).

    \b
    Examples:
      hubquery list --kind science-park
      hubquery list --parent beijing
      hubquery list --country china --tag robotics
      hubquery list --where "population > 20m" --sort population
      hubquery list --where "ai-companies >= 800" --json
    """
    from hubquery.query.listing import list_hubs
    from hubquery.render.views import hub_list_view

    if sort is None and (since is not None or until is not None):
        raise click.UsageError(
            "--since and --until choose the years of an order: use them with --sort"
        )
    result = list_hubs(
        dataset.open(),
        kinds=kinds,
        parent=parent,
        country=country,
        region=region,
        tags=tags,
        where=conditions,
        sort=sort,
        ascending=ascending,
        limit=limit,
        maybe=maybe,
        figures=output.shows("facts"),
        since=since,
        until=until,
    )
    output.emit(
        hub_list_view(result),
        cut_notice(len(result.rows), result.hub_count, "hubs", limit),
        as_of=dataset.as_of,
    )
