"""hubquery completion: the shell completion script."""

from __future__ import annotations

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import Terminal
from hubquery.commands._options import terminal_option


@click.command("completion", cls=HubqueryCommand)
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"], case_sensitive=False))
@terminal_option
def command(shell: str, terminal: Terminal) -> None:
    """Print the shell completion script: hubs, metrics, sources, tags, regions, paths.

    \b
    Install it once (bash needs the bash-completion package):
      bash:  mkdir -p ~/.local/share/bash-completion/completions
             hubquery completion bash > ~/.local/share/bash-completion/completions/hubquery
      zsh:   mkdir -p ~/.zfunc && hubquery completion zsh > ~/.zfunc/_hubquery
             and in ~/.zshrc, before compinit: fpath=(~/.zfunc $fpath)
      fish:  mkdir -p ~/.config/fish/completions
             hubquery completion fish > ~/.config/fish/completions/hubquery.fish
    """
    from click.shell_completion import get_completion_class

    completer = get_completion_class(shell)
    assert completer is not None
    group = click.get_current_context().find_root().command
    terminal.write(completer(group, {}, "hubquery", "_HUBQUERY_COMPLETE").source() + "\n")
