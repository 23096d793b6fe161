"""hubquery check: a draft's figures judged against the sources."""

from __future__ import annotations

import sys

import click

from hubquery.commands import HubqueryCommand
from hubquery.commands._context import DatasetChoice, Output, json_text
from hubquery.commands._options import FORMATS, TEXT, dataset_options, output_options
from hubquery.errors import HubqueryError, NotFound

VERDICTS = ("supported", "contradicted", "unsupported")


@click.command("check", cls=HubqueryCommand)
@click.argument("text", nargs=-1, type=TEXT)
@click.option(
    "--file",
    "draft",
    metavar="PATH",
    help="A draft to check: Markdown or plain text ('-' for stdin).",
)
@click.option(
    "--only",
    metavar="VERDICTS",
    help="List only the sentences with these verdicts, comma-separated "
    "(e.g. 'contradicted,unsupported'); the exit status still counts every "
    "claim.",
)
@dataset_options
@output_options((*FORMATS, "claimreview"))
def command(
    text: tuple[str, ...],
    draft: str | None,
    only: str | None,
    dataset: DatasetChoice,
    output: Output,
) -> None:
    """Judge a draft's figures against the sources: supported, contradicted, unsupported.

    Each sentence that states a number about a place or organisation the dataset
    knows is read (English only), and each of its figures judged: supported when a
    held figure of the same thing lies inside what the claim admits, contradicted
    when they cannot both be true, unsupported otherwise, with what the source does
    say. A sentence's verdict is the worst of its figures'. Exit status 1 when any
    claim is contradicted (a publishing gate).

    A draft may hold at most 1 MiB and 20,000 numbers (in digits or words); check a
    longer one in parts. At most the first 50 numbers of a sentence are read (and
    shown); the rest are counted, as an unsupported claim of their own and on stderr.

    \b
    Examples:
      hubquery check "Dalian has about 6 million residents."
      hubquery check --file draft.md --only contradicted,unsupported
      hubquery check --file - --format claimreview < draft.md
    """
    from hubquery.query.check import TooManyNumbers, check, not_read_message

    wanted = _verdicts(only)
    source = _draft(text, draft)
    try:
        claims = check(dataset.open(), source)
    except TooManyNumbers as error:
        if draft is None:
            raise click.UsageError(f"the text to check {error}") from None
        raise click.BadParameter(f"{draft} {error}", param_hint="--file") from None
    for unread in claims.unread:
        output.terminal.note(f"Note: line {unread.line}: {not_read_message(unread)}.")
    shown = [c for c in claims if wanted is None or c.sentence_verdict in wanted]
    if output.fmt == "claimreview":
        from hubquery.render.claimreview import claim_reviews

        output.write(json_text(claim_reviews(shown)))
    else:
        from hubquery.render.views import check_view

        output.emit(check_view(shown, hidden=len(claims) - len(shown)), as_of=dataset.as_of)
    if any(claim.verdict == "contradicted" for claim in claims):
        raise SystemExit(1)


# The most a draft may hold (the README says so): /dev/zero or `yes |` never end, and
# the reader takes about 1 s of CPU a megabyte of prose (bench/run.py --only prose).
LARGEST_DRAFT = 1 << 20


def _verdicts(only: str | None) -> set[str] | None:
    if only is None:
        return None
    wanted = {word.strip() for word in only.split(",") if word.strip()}
    unknown = sorted(wanted - set(VERDICTS))
    if unknown or not wanted:
        raise click.BadParameter(
            f"{', '.join(unknown) or 'nothing'} is no verdict; choose from {', '.join(VERDICTS)}",
            param_hint="--only",
        )
    return wanted


def _draft(text: tuple[str, ...], draft: str | None) -> str | tuple[str, ...]:
    """The text to check: the arguments (each numbered as a line), or the file (UTF-8).
    A file that is not there is not found (exit 1), as for any name."""
    if bool(text) == (draft is not None):
        raise click.UsageError("give the text to check, or --file PATH, but not both")
    if draft is None:
        if sum(len(part.encode("utf-8", "surrogatepass")) for part in text) > LARGEST_DRAFT:
            raise click.UsageError(
                f"the text to check is larger than {LARGEST_DRAFT >> 20} MiB: check it in parts"
            )
        return text
    raw: bytes
    if draft == "-":
        raw = sys.stdin.buffer.read(LARGEST_DRAFT + 1)
    else:
        try:
            with open(draft, "rb") as handle:
                raw = handle.read(LARGEST_DRAFT + 1)
        except FileNotFoundError:
            raise NotFound("file", draft) from None
        except OSError as error:
            raise HubqueryError(f"cannot read {draft}: {error.strerror}") from None
    if len(raw) > LARGEST_DRAFT:
        raise click.BadParameter(
            f"{draft} is larger than {LARGEST_DRAFT >> 20} MiB: check it in parts",
            param_hint="--file",
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise click.BadParameter(
            f"{draft} is not UTF-8 text ({error.reason})", param_hint="--file"
        ) from None
