"""The command line: each command parses, loads, queries and renders — nothing more.

Exit status: 0 success, 1 not found or bad data, 2 usage error, 70 internal error.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from typing import IO, Any, TypeVar

import click

from hubquery.errors import DatasetError, HubqueryError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_CODES = """\b
Exit status:
  0   success (an empty result is a success)
  1   not found, or the dataset is invalid or unreadable
  2   usage error (unknown option, missing argument)
  70  internal error (set HUBQUERY_DEBUG=1 for the traceback)"""

DEBUG_ENV = "HUBQUERY_DEBUG"


class HubqueryGroup(click.Group):
    """Turns the package's errors into one-line messages with exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except HubqueryError as error:
            raise click.ClickException(_one_line(error)) from None


def _one_line(error: HubqueryError) -> str:
    message = str(error)
    if isinstance(error, DatasetError) and len(error.problems) > 1:
        message += "; run 'hubquery validate' to see them all"
    return " ".join(message.split())


def dataset_options(command: F) -> F:
    """--data and --no-cache: which dataset a command reads, and how."""
    command = click.option(
        "--data", "data", metavar="PATH", default=None,
        help="Dataset to read instead of the packaged one ('-' for stdin). "
        "Also: $HUBQUERY_DATA.",
    )(command)
    return click.option(
        "--no-cache", is_flag=True,
        help="Parse and validate the dataset now instead of using the compiled cache.",
    )(command)


def output_options(command: F) -> F:
    """--format and --json: how a command's result is written."""
    from hubquery.render import FORMATS

    command = click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
        help="Output format.",
    )(command)
    return click.option(
        "--json", "as_json", is_flag=True, help="Shorthand for --format json.",
    )(command)


def _stdout() -> IO[str]:
    return click.get_text_stream("stdout", encoding="utf-8")


def _open(data: str | None, no_cache: bool) -> Any:
    from hubquery.load import open_store

    return open_store(data, use_cache=not no_cache)


@click.group(cls=HubqueryGroup, epilog=EXIT_CODES,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="hubquery", prog_name="hubquery")
def cli() -> None:
    """Cited facts about the world's technology hubs.

    Every figure comes with its source article and the sentence that states it.

    \b
    Examples:
      hubquery show dalian
      hubquery show chengdu --json | jq '.facts[] | {metric, value, period}'
      hubquery export --format csv > hubs.csv
    """


@cli.command()
@click.argument("hub")
@click.option("--quotes", "-q", is_flag=True, help="Show the quote that states each figure.")
@dataset_options
@output_options
def show(hub: str, quotes: bool, data: str | None, no_cache: bool, fmt: str,
         as_json: bool) -> None:
    """Profile of one hub: its place, tags, organisations and every cited figure.

    HUB is an id, name, alias or Chinese name, in any case (dalian, "Xi'an", 西安).
    Figures on which sources disagree are listed together under "Sources differ".

    \b
    Examples:
      hubquery show dalian
      hubquery show zhongguancun --quotes
      hubquery show 成都 --json
    """
    from hubquery.query import profile
    from hubquery.render import emit
    from hubquery.render.views import profile_view

    result = profile(_open(data, no_cache), hub)
    emit(profile_view(result, quotes=quotes), "json" if as_json else fmt, _stdout())


@cli.command()
@dataset_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv", "tsv", "yaml",
                                                    "markdown"]),
              default="jsonl", show_default=True, help="Output format.")
def export(data: str | None, no_cache: bool, fmt: str) -> None:
    """Every fact in the dataset, with its source, for other programs.

    Each fact has the fields of the JSON contract (see the README): id, hub,
    metric, subject, value, unit, qualifier, period, status, basis, note, quote,
    derived, method, inputs and source. CSV and TSV flatten the source into
    source_* columns.

    \b
    Examples:
      hubquery export | jq -c 'select(.hub == "dalian")'
      hubquery export --format csv > facts.csv
    """
    from hubquery.query import all_facts
    from hubquery.render import emit
    from hubquery.render.views import facts_view

    emit(facts_view(all_facts(_open(data, no_cache))), fmt, _stdout())


@cli.command()
@click.argument("path", required=False)
@click.option("--articles", metavar="DIR", type=click.Path(file_okay=False),
              help="Also check that every quote is in its article's text in DIR "
              "(each source names its file in article_file).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def validate(path: str | None, articles: str | None, as_json: bool) -> None:
    """Check a dataset: structure, references, units, ranges, periods, derived
    values, and that every quote states the figure it supports.

    PATH defaults to the dataset hubquery reads ($HUBQUERY_DATA or the packaged
    one). Prints a one-line summary when the dataset is clean; otherwise every
    problem as FILE:LINE:COLUMN: FIELD: MESSAGE on stderr, and exits 1.

    \b
    Examples:
      hubquery validate
      hubquery validate my-hubs.yaml --articles ../shared/seeds
    """
    from hubquery.load import check_file

    try:
        summary = check_file(path, articles)
    except DatasetError as error:
        if as_json:
            _stdout().write(_json({"valid": False, "problems": [
                {"file": p.file, "line": p.line, "column": p.column, "field": p.field,
                 "message": p.message} for p in error.problems]}))
        else:
            for problem in error.problems:
                click.echo(str(problem), err=True)
        count = len(error.problems)
        raise click.ClickException(f"{count} problem{'s' * (count != 1)} found") from None
    if as_json:
        _stdout().write(_json({"valid": True, **summary}))
    else:
        _stdout().write(
            f"ok: {summary['file']}: {summary['hubs']} hubs, {summary['facts']} facts, "
            f"{summary['sources']} sources, {summary['metrics']} metrics\n"
        )


def _json(document: Any) -> str:
    from hubquery.render.data import dumps

    return dumps(document)


def main() -> None:
    """Entry point: run the CLI, keeping tracebacks for real bugs behind HUBQUERY_DEBUG."""
    try:
        cli.main(prog_name="hubquery")
    except SystemExit:
        raise
    except BrokenPipeError:
        _quiet_broken_pipe()
    except OSError as error:
        if os.environ.get(DEBUG_ENV):
            raise
        if error.errno in (errno.ENOSPC, errno.EIO, errno.EDQUOT):
            click.echo(f"Error: cannot write output: {error.strerror}", err=True)
            sys.exit(1)
        click.echo(f"Error: {error.strerror or error}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except Exception as error:  # a bug: say so, briefly, unless debugging
        if os.environ.get(DEBUG_ENV):
            raise
        click.echo(
            f"Error: internal error ({type(error).__name__}: {error}). This is a bug in "
            f"hubquery; set {DEBUG_ENV}=1 to see the traceback.", err=True,
        )
        sys.exit(70)


def _quiet_broken_pipe() -> None:
    """The reader went away (``| head``): stop quietly, as Unix tools do."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    sys.exit(141 if os.name == "posix" else 1)
