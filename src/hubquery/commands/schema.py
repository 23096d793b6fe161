"""hubquery schema: the JSON Schema (draft 2020-12) of a command's --json output."""

from __future__ import annotations

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import Terminal, json_text
from hubquery.commands._options import terminal_option
from hubquery.schema import JSON_COMMANDS


@click.command("schema", cls=HubqueryCommand)
# The usage line says COMMAND and the help lists the choices: click's own metavar, the
# choices joined by "|", is one long word that the usage line broke mid-word.
@click.argument(
    "command",
    required=False,
    metavar="[COMMAND]",
    type=click.Choice(sorted(JSON_COMMANDS), case_sensitive=False),
)
@click.option(
    "--fields",
    "list_fields",
    is_flag=True,
    help="List the field names COMMAND's --fields accepts, one per line.",
)
@terminal_option
def command(command: str | None, list_fields: bool, terminal: Terminal) -> None:
    """The JSON Schema (draft 2020-12) of a command's --json output.

    COMMAND is one of: check, cite, compare, export, history, list, metrics, rank,
    search, show, source, sources, validate. Without COMMAND, prints an object
    mapping every command to its schema. The schemas are generated from the same
    records that produce the output.

    With --fields, lists the dotted paths that COMMAND's --fields option accepts:
    the keys of the records 'COMMAND --format jsonl' prints one per line
    (source.id is the id inside a fact's source).

    \b
    Examples:
      hubquery schema show
      hubquery schema export > fact.schema.json
      hubquery schema export --fields
    """
    from hubquery.schema import all_schemas, command_schema, field_names

    if list_fields:
        if command is None:
            raise click.UsageError("--fields lists one command's fields: name the COMMAND")
        terminal.write("".join(f"{name}\n" for name in field_names(command)))
        return
    terminal.write(json_text(command_schema(command) if command else all_schemas()))
