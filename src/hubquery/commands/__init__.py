"""The commands: one module each, and the registry that names them (pip's shape).

``COMMANDS`` maps each command's name to its module and its summary (the start of its
docstring's first line; tests/contract/test_contract.py keeps them the same). A module is
imported only when its command runs or shows its own help (``create_command``):
defining every command's options would cost each run more than a lookup's own work.
The group's --help lists the summaries without importing any module, as pip lists its
commands.

To add a command: write ``hubquery/commands/NAME.py`` defining ``command`` with
``@click.command("NAME", cls=HubqueryCommand)`` and the option decorators of
``commands._options``, then add it here. Command modules never import the group.
"""

from __future__ import annotations

import importlib

import click


class CommandInfo:
    """Where a command is defined (a module of this package) and what it does. A plain
    class: every run defines it, and a named tuple costs ten times as much to define
    (``commands._context`` says how much)."""

    __slots__ = ("module", "summary")

    def __init__(self, module: str, summary: str) -> None:
        self.module = module
        self.summary = summary


COMMANDS: dict[str, CommandInfo] = {
    "check": CommandInfo("check", "Judge a draft's figures against the sources."),
    "cite": CommandInfo("cite", "References for a figure, a source, or every figure of a hub."),
    "compare": CommandInfo(
        "compare", "Hubs side by side, one column per hub and one row per metric."
    ),
    "completion": CommandInfo("completion", "Print the shell completion script."),
    "export": CommandInfo(
        "export", "Facts for other programs: every one, or those the filters keep."
    ),
    "history": CommandInfo("history", "How a hub's figures changed over time."),
    "list": CommandInfo("listing", "Hubs, filtered and sorted."),
    "metrics": CommandInfo("metrics", "Every metric, with its aliases and how many hubs have it."),
    "rank": CommandInfo("rank", "Hubs ordered by their latest figure for a metric."),
    "schema": CommandInfo(
        "schema", "The JSON Schema (draft 2020-12) of a command's --json output."
    ),
    "search": CommandInfo(
        "search", "Search names, tags, organisations, metrics, titles and quotes."
    ),
    "show": CommandInfo("show", "Profile of one hub, with every cited figure."),
    "source": CommandInfo("source", "One source article and everything cited from it."),
    "sources": CommandInfo("sources", "Every source article, with what it supports."),
    "validate": CommandInfo("validate", "Check a dataset, and that every quote states its figure."),
}


def create_command(name: str) -> click.Command:
    """The command called ``name`` (a key of ``COMMANDS``), its module imported now."""

    info = COMMANDS[name]
    command: click.Command = importlib.import_module(f"hubquery.commands.{info.module}").command
    command.short_help = info.summary
    return command


def _show_help(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


class PlainHelp:
    """click's --help option, made without a gettext lookup: click asks gettext for the
    option's help text on every run, which imports ``locale`` and looks for message
    catalogues: about 5 M instructions, a tenth of a warm lookup's own run. The text
    is English, as all of hubquery's is."""

    _help: click.Option | None = None

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        names = ctx.help_option_names
        if not names or not getattr(self, "add_help_option", True):
            return None
        if self._help is None:  # one object per command: click tells options apart by identity
            self._help = click.Option(
                names,
                is_flag=True,
                is_eager=True,
                expose_value=False,
                callback=_show_help,
                help="Show this message and exit.",
            )
        return self._help


class HubqueryCommand(PlainHelp, click.Command):
    """Every command's class: a command with ``PlainHelp``."""
