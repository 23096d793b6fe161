"""hubquery cite: references for a figure, a source, or every figure of a hub."""

from __future__ import annotations

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import DatasetChoice, Output
from hubquery.commands._options import (
    CITE_FORMATS,
    CITE_STYLES,
    NAME,
    completes,
    dataset_options,
    metrics_option,
    output_options,
)


@click.command("cite", cls=HubqueryCommand)
@click.argument("target", type=NAME, shell_complete=completes("cite-targets"))
@metrics_option("With a hub: only figures of this metric (repeatable).")
@click.option(
    "--style",
    type=click.Choice(CITE_STYLES, case_sensitive=False),
    default="apa",
    show_default=True,
    help="Style of the reference lines (text and markdown).",
)
@click.option(
    "--bibliography",
    is_flag=True,
    help="One entry per source, for a reference list (the default cites each "
    "figure, for footnotes).",
)
@dataset_options
@output_options(CITE_FORMATS, default="text")
def command(
    target: str,
    metric_names: tuple[str, ...],
    style: str,
    bibliography: bool,
    dataset: DatasetChoice,
    output: Output,
) -> None:
    """References for a figure, a source, or every figure of a hub.

    TARGET is a fact id (see 'hubquery show HUB --json'), a source id, or a hub.
    Each figure is cited with its source and the quote that states it; a derived
    figure is cited as derived from the figures it was computed from, never as
    printed. An inferred date is circa in CSL-JSON and flagged in the others.

    \b
    Examples:
      hubquery cite dalian-population-2014
      hubquery cite chengdu --metric ipads --style chicago
      hubquery cite allen-2014-dalian --format bibtex >> refs.bib
      hubquery cite hefei --format csl-json > refs.json
      hubquery cite chengdu --bibliography --style harvard
    """
    from hubquery.query.cite import cite as cite_target

    result = cite_target(dataset.open(), target, metric_names)
    if bibliography:
        from hubquery.query.cite import bibliography as by_source

        result = by_source(result)
    if output.fmt == "json":
        from hubquery.render.views import cite_view

        output.emit(cite_view(result), as_of=dataset.as_of)
    else:
        from hubquery.render.cite import render

        output.write(render(result, output.fmt, style))
