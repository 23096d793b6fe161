"""The least a click program with subcommands does for --help: a yardstick for
hubquery's own --help (bench/run.py)."""

import click


@click.group()
def group() -> None:
    """A group of one command."""


@group.command()
@click.argument("hub")
def show(hub: str) -> None:
    """Profile of one hub."""


group(prog_name="hubquery")
