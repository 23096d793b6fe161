"""hubquery check: a draft's figures judged against the sources."""

from __future__ import annotations

import collections
from typing import IO, TYPE_CHECKING

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import DatasetChoice, Output, json_text
from hubquery.commands._options import FORMATS, TEXT, dataset_options, output_options

if TYPE_CHECKING:
    from hubquery.query.check import Claim


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

    claims = _shown(check(dataset.open(), _draft(text, draft)), output)
    if output.fmt == "claimreview":
        from hubquery.render.claimreview import claim_reviews

        output.write(json_text(claim_reviews(claims)))
    else:
        from hubquery.render.views import check_view

        output.emit(check_view(claims), as_of=dataset.as_of)
    if any(claim.verdict == "contradicted" for claim in claims):
        raise SystemExit(1)


# The most a draft may hold (the README says so): checking reads about 0.1 MB of prose
# a second, and /dev/zero or `yes |` never end.
LARGEST_DRAFT = 1 << 20
# The most claims shown for one line of the draft; the rest are counted on stderr.
MOST_CLAIMS_A_LINE = 50


def _shown(claims: list[Claim], output: Output) -> list[Claim]:
    """The claims, at most MOST_CLAIMS_A_LINE of each line (a line of 5,000 numbers
    printed 650,001 lines). A contradicted claim left out still sets the exit status."""
    counts = collections.Counter(claim.line for claim in claims)
    if max(counts.values(), default=0) <= MOST_CLAIMS_A_LINE:
        return claims
    kept, seen = [], collections.Counter[int]()
    for claim in claims:
        seen[claim.line] += 1
        if seen[claim.line] <= MOST_CLAIMS_A_LINE or claim.verdict == "contradicted":
            kept.append(claim)
    for line, count in sorted(counts.items()):
        if count > MOST_CLAIMS_A_LINE:
            output.terminal.note(f"Note: line {line} states {count:,} figures; "
                                 f"{MOST_CLAIMS_A_LINE} are shown (and any contradicted).")
    return kept


def _draft(text: tuple[str, ...], draft: IO[bytes] | None) -> str | tuple[str, ...]:
    """The text to check: the arguments (each numbered as a line), or the file (UTF-8),
    of at most LARGEST_DRAFT bytes."""
    if bool(text) == (draft is not None):
        raise click.UsageError("give the text to check, or --file PATH, but not both")
    if draft is None:
        if sum(len(part.encode("utf-8", "surrogatepass")) for part in text) > LARGEST_DRAFT:
            raise click.UsageError(f"the text to check is larger than {LARGEST_DRAFT >> 20} "
                                   "MiB: check it in parts")
        return text
    content = draft.read(LARGEST_DRAFT + 1)
    if len(content) > LARGEST_DRAFT:
        name = getattr(draft, "name", "-")
        raise click.BadParameter(f"{name} is larger than {LARGEST_DRAFT >> 20} MiB: check "
                                 "it in parts", param_hint="--file")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        name = getattr(draft, "name", "-")
        raise click.BadParameter(f"{name} is not UTF-8 text ({error.reason})",
                                 param_hint="--file") from None
