"""hubquery check: a draft's figures judged against the sources."""

from __future__ import annotations

from typing import IO

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import DatasetChoice, Output, json_text
from hubquery.commands._options import FORMATS, TEXT, dataset_options, output_options


@click.command("check", cls=HubqueryCommand)
@click.argument("text", nargs=-1, type=TEXT)
@click.option("--file", "draft", type=click.File("rb"), metavar="PATH",
              help="A draft to check: Markdown or plain text ('-' for stdin).")
@dataset_options
@output_options((*FORMATS, "claimreview"))
def command(text: tuple[str, ...], draft: IO[bytes] | None, dataset: DatasetChoice,
            output: Output) -> None:
    """Judge a draft's figures against the sources: supported, contradicted, unsupported.

    Each sentence that states a number about a place or organisation the dataset
    knows is a claim. Hedges are intervals on both sides ("about 6 million" is
    consistent with 6,000,000). Each verdict names the figures it rests on, with
    their quotes, and notes a newer figure, a dropped hedge, another period, unit
    or basis. Exit status 1 when any claim is contradicted (a publishing gate).

    \b
    Examples:
      hubquery check "Dalian has about 6 million residents."
      hubquery check --file draft.md
      hubquery check --file - --format claimreview < draft.md
    """
    from hubquery.query.check import check

    claims = check(dataset.open(), _draft(text, draft))
    if output.fmt == "claimreview":
        from hubquery.render.claimreview import claim_reviews

        output.write(json_text(claim_reviews(claims)))
    else:
        from hubquery.render.views import check_view

        output.emit(check_view(claims), as_of=dataset.as_of)
    if any(claim.verdict == "contradicted" for claim in claims):
        raise SystemExit(1)


def _draft(text: tuple[str, ...], draft: IO[bytes] | None) -> str | tuple[str, ...]:
    """The text to check: the arguments (each numbered as a line), or the file (UTF-8)."""
    if bool(text) == (draft is not None):
        raise click.UsageError("give the text to check, or --file PATH, but not both")
    if draft is None:
        return text
    try:
        return draft.read().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        name = getattr(draft, "name", "-")
        raise click.BadParameter(f"{name} is not UTF-8 text ({error.reason})",
                                 param_hint="--file") from None
