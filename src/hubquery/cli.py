"""The command line's group: the run's own options (--color, --no-pager, --version), the
commands (defined on first use, from ``hubquery.commands.COMMANDS``), and the one place
that turns the package's errors into one-line messages and exit statuses.

Each command parses its options, opens the dataset, asks a query and emits the result's
view (``hubquery.commands``); how the process ends (Ctrl-C, closed pipes, exit
statuses) is ``process``'s job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from hubquery import __version__
from hubquery.commands import COMMANDS, PlainHelp, create_command

if TYPE_CHECKING:
    from hubquery.errors import HubqueryError

__all__ = ["cli"]

EXIT_CODES = """\b
Exit status:
  0    success (an empty result is a success; so is a reader
       of a pipe stopping early, as in '| head')
  1    not found, the dataset is invalid or unreadable, or
       output cannot be written
  2    usage error (unknown option, missing argument)
  70   internal error, a bug (set HUBQUERY_DEBUG=1 for the traceback)
  130  interrupted (Ctrl-C)

\b
Environment:
  HUBQUERY_DATA       the dataset to read instead of the packaged one
  HUBQUERY_CACHE_DIR  where compiled datasets are cached
                      (default: $XDG_CACHE_HOME/hubquery)
  HUBQUERY_DEBUG      set to show the traceback of an internal error
  HUBQUERY_PAGER      the pager for output taller than the terminal
                      (else $PAGER, else 'less' with LESS=FRX);
                      empty or 'cat' for none
  NO_COLOR            no colour or bold (--color never)
  FORCE_COLOR         colour even in a pipe (--color always)
  COLUMNS, LINES      the terminal's width and height"""


class HubqueryGroup(PlainHelp, click.Group):
    """Commands defined on first use (``hubquery.commands``); the package's errors as
    one-line messages with exit status 1."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return create_command(cmd_name) if cmd_name in COMMANDS else None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """An unknown command's suggestion ("Did you mean 'show'?") from every command's
        name: click takes it from ``self.commands``, which holds none of them."""
        try:
            return super().resolve_command(ctx, args)
        except click.exceptions.NoSuchCommand as error:
            raise click.exceptions.NoSuchCommand(
                error.command_name, possibilities=COMMANDS, ctx=ctx
            ) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands and their summaries, without defining any of them."""
        with formatter.section("Commands"):
            formatter.write_dl([(name, info.summary) for name, info in sorted(COMMANDS.items())])

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit):
            raise  # click's own: a usage error, a command's --help
        except Exception as error:
            # Imported once a command has failed: a run that ends well, or in click's
            # own error, does not define hubquery's error classes (1.4 M instructions).
            from hubquery.errors import ConditionError, HubqueryError

            if not isinstance(error, HubqueryError):
                raise
            if isinstance(error, ConditionError):
                raise click.UsageError(_one_line(error), ctx) from None
            raise click.ClickException(_one_line(error)) from None


def _one_line(error: HubqueryError) -> str:
    from hubquery.errors import DatasetError

    message = str(error)
    if isinstance(error, DatasetError) and len(error.problems) > 1:
        import shlex

        file = error.problems[0].file
        message += (
            f"; run 'hubquery validate {shlex.quote('-' if file == '<stdin>' else file)}'"
            " to see them all"
        )
    return " ".join(message.split())


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """--version (click's own version option costs every run a gettext lookup)."""
    if value and not ctx.resilient_parsing:
        click.echo(f"hubquery, version {__version__}")
        ctx.exit()


@click.group(
    cls=HubqueryGroup, epilog=EXIT_CODES, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and exit.",
)
@click.option(
    "--color",
    "colour",
    type=click.Choice(["auto", "always", "never"], case_sensitive=False),
    default="auto",
    show_default=True,
    help="Colour in tables: 'auto' on a terminal (and NO_COLOR/FORCE_COLOR).",
)
@click.option(
    "--no-pager",
    is_flag=True,
    help="Never page output taller than the terminal (also: HUBQUERY_PAGER=cat).",
)
@click.pass_context
def cli(context: click.Context, colour: str, no_pager: bool) -> None:
    """Cited facts about the world's technology hubs.

    Every figure comes with its source article and the sentence that states it.

    \b
    Examples:
      hubquery show dalian
      hubquery show chengdu --json | jq '.facts[] | {metric_id, display, period}'
      hubquery export --format csv > hubs.csv
    """
    from hubquery.commands._context import start

    start(context, colour, pager=not no_pager)
