"""hubquery validate: a dataset checked, and every quote against its figure."""

from __future__ import annotations

import os

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import Output, announce_stdin, cut_notice
from hubquery.commands._options import completes, limit_option, output_options


def _folder(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A folder that need not exist yet but must not be a file (click.Path's check;
    click.Path itself costs every run a gettext lookup when the command is defined)."""
    if value is not None and os.path.exists(value) and not os.path.isdir(value):
        raise click.BadParameter(
            f"Directory {click.format_filename(value)!r} is a file.", ctx, param
        )
    return value


@click.command("validate", cls=HubqueryCommand)
@click.argument("path", required=False, shell_complete=completes("files"))
@click.option(
    "--data",
    "data",
    metavar="PATH",
    default=None,
    shell_complete=completes("files"),
    help="The dataset to check, as PATH ('-' for stdin). Also: $HUBQUERY_DATA.",
)
@click.option(
    "--articles",
    metavar="DIR",
    callback=_folder,
    help="Also check that every quote is in its article's text in DIR "
    "(each source names its file in article_file).",
)
@limit_option("problems")
@output_options()
def command(
    path: str | None, data: str | None, articles: str | None, limit: int | None, output: Output
) -> None:
    """Check a dataset, and that every quote states its figure.

    Checks structure, references, units, ranges, periods and derived values,
    and that every quote states the figure it supports.

    PATH (or --data) defaults to the dataset hubquery reads ($HUBQUERY_DATA or
    the packaged one). Prints a one-line summary when the dataset is clean;
    otherwise every problem as FILE:LINE:COLUMN: FIELD: MESSAGE on stderr, and
    exits 1. Other formats print the report (--json: the counts or the problems).

    \b
    Examples:
      hubquery validate
      hubquery validate my-hubs.yaml --articles ../shared/seeds
    """
    if path is not None and data is not None:
        raise click.UsageError("give the dataset as PATH or as --data, not both")
    from hubquery.curate import validation_report
    from hubquery.render.views import validation_view

    report = validation_report(announce_stdin(path if path is not None else data), articles)
    count = len(report.problems)
    shown = report._replace(problems=report.problems[:limit])
    notice = cut_notice(len(shown.problems), count, "problems", limit)
    if report.valid or output.fmt != "table":
        output.emit(validation_view(shown), notice)
    if not report.valid:
        if output.fmt == "table":  # problems are diagnostics: stderr, like a compiler's
            for problem in shown.problems:
                click.echo(str(problem), err=True)
            if notice is not None:
                click.echo(notice, err=True)
        raise click.ClickException(f"{count} problem{'s' * (count != 1)} found")
