"""hubquery cite: references for a figure, a source, or every figure of a hub."""

from __future__ import annotations

import click

from hubquery.cli import (
    CITE_FORMATS,
    CITE_STYLES,
    NAME,
    cli,
    complete_cite_targets,
    complete_metrics,
    dataset_options,
    emit_view,
    open_data,
    output_options,
    write_text,
)


@cli.command()
@click.argument("target", type=NAME, shell_complete=complete_cite_targets)
@click.option("--metric", "-m", "metric_names", multiple=True, metavar="METRIC", type=NAME,
              shell_complete=complete_metrics,
              help="With a hub: only figures of this metric (repeatable).")
@click.option("--style", type=click.Choice(CITE_STYLES, case_sensitive=False), default="apa",
              show_default=True,
              help="Style of the reference lines (text and markdown).")
@dataset_options
@output_options(CITE_FORMATS, default="text")
def cite(target: str, metric_names: tuple[str, ...], style: str, data: str | None,
         no_cache: bool, fmt: str) -> None:
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
    """
    from hubquery.query.cite import cite as cite_target

    result = cite_target(open_data(data, no_cache), target, metric_names)
    if fmt == "json":
        from hubquery.render.views import cite_view

        emit_view(cite_view(result), fmt)
    else:
        from hubquery.render.cite import render

        write_text(render(result, fmt, style))
