"""The command line: each command parses, loads, queries and renders — nothing more.

Exit status: 0 success, 1 not found or bad data, 2 usage error, 70 internal error.
"""

from __future__ import annotations

import errno
import functools
import os
import sys
from collections.abc import Callable, Iterable
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from hubquery.errors import DatasetError, HubqueryError
from hubquery.schema import JSON_COMMANDS

F = TypeVar("F", bound=Callable[..., Any])

# The formats every query command writes (render.emit handles each).
FORMATS = ("table", "json", "jsonl", "csv", "tsv", "yaml", "markdown")

CITE_STYLES = ("apa", "chicago", "mla")
CITE_FORMATS = ("text", "json", "csl-json", "bibtex", "ris", "markdown")

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


if TYPE_CHECKING:  # click's ParamType is generic in its stubs, not at run time everywhere
    from click.shell_completion import CompletionItem

    from hubquery.render import View
    from hubquery.store import Store

    _TextParam = click.ParamType[str, Any]
else:
    _TextParam = click.ParamType


class Name(_TextParam):
    """Text a user typed to name something; bytes that are not UTF-8 are refused, never
    silently dropped (dropping them could match a different hub)."""

    name = "text"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        text = str(value)
        if any("\udc80" <= ch <= "\udcff" for ch in text):
            self.fail(f"{text.encode('utf-8', 'surrogateescape')!r} is not valid UTF-8 text",
                      param, ctx)
        return text


NAME = Name()


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


def output_options(formats: tuple[str, ...] = FORMATS,
                   default: str = "table") -> Callable[[F], F]:
    """--format and --json: how a command's result is written. The command receives one
    ``fmt``; --json is --format json, and asking for both differently is a usage error."""

    def decorate(command: F) -> F:
        @functools.wraps(command)
        def wrapper(*args: Any, fmt: str | None, as_json: bool, **kwargs: Any) -> Any:
            if as_json and fmt not in (None, "json"):
                raise click.UsageError(f"--json and --format {fmt} contradict each other")
            return command(*args, fmt="json" if as_json else fmt or default, **kwargs)

        wrapper = click.option(
            "--format", "fmt", type=click.Choice(formats, case_sensitive=False), default=None,
            help=f"Output format (default: {default}).",
        )(wrapper)
        return click.option(  # type: ignore[return-value]
            "--json", "as_json", is_flag=True, help="Shorthand for --format json.",
        )(wrapper)

    return decorate


def _emit(view: View, fmt: str) -> None:
    """Write a command's result to stdout in the format asked for."""
    from hubquery.render import emit

    emit(view, fmt, sys.stdout)


def _open(data: str | None, no_cache: bool) -> Store:
    from hubquery.load import open_store

    return open_store(data, use_cache=not no_cache)


HUB_KINDS = ("country", "region", "state", "province", "city", "district", "science-park")


def _complete_hubs(ctx: click.Context, param: click.Parameter,
                   incomplete: str) -> list[CompletionItem]:
    """Hub ids whose id or any name starts with what has been typed."""
    return _complete(ctx, incomplete, lambda store: (
        (name, hub, name) for name, hub in store.hub_names()))


def _complete_metrics(ctx: click.Context, param: click.Parameter,
                      incomplete: str) -> list[CompletionItem]:
    """Metric ids whose id, alias or label starts with what has been typed."""
    def names(store: Store) -> Iterable[tuple[str, str, str]]:
        labels = {m.id: m.label for m in store.metrics()}
        return ((name, metric, labels[metric]) for _, metric, name in store.metric_names())

    return _complete(ctx, incomplete, names)


def _complete_sources(ctx: click.Context, param: click.Parameter,
                      incomplete: str) -> list[CompletionItem]:
    return _complete(ctx, incomplete, lambda store: (
        (ident, ident, ident) for ident in store.source_ids()))


def _complete_cite_targets(ctx: click.Context, param: click.Parameter,
                           incomplete: str) -> list[CompletionItem]:
    """Hubs (by any name), source ids and fact ids."""
    return _complete(ctx, incomplete, lambda store: (
        *((name, hub, name) for name, hub in store.hub_names()),
        *((ident, ident, "source") for ident in store.source_ids()),
        *((ident, ident, "fact") for ident in store.fact_ids())))


def _complete(ctx: click.Context, incomplete: str,
              names: Callable[[Store], Iterable[tuple[str, str, str]]]) -> list[CompletionItem]:
    """(name, id, help) candidates whose name starts with what has been typed, as ids."""
    from click.shell_completion import CompletionItem

    from hubquery.names import name_key

    store = _store_for_completion(ctx)
    if store is None:
        return []
    key = name_key(incomplete)
    matches: dict[str, str] = {}
    for name, ident, help_text in names(store):
        if name_key(name).startswith(key):
            matches.setdefault(ident, help_text)
    return [CompletionItem(ident, help=text) for ident, text in sorted(matches.items())]


def _store_for_completion(ctx: click.Context) -> Store | None:
    try:
        return _open(ctx.params.get("data"), False)
    except Exception:  # completion must never print an error into the user's prompt
        return None


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
@click.argument("hub", type=NAME, shell_complete=_complete_hubs)
@click.option("--quotes", "-q", is_flag=True, help="Show the quote that states each figure.")
@dataset_options
@output_options()
def show(hub: str, quotes: bool, data: str | None, no_cache: bool, fmt: str) -> None:
    """Profile of one hub, with every cited figure.

    Shows the hub's place in the hierarchy, its tags and organisations, each
    figure with value, period and a numbered citation, and the sources.

    HUB is an id, name, alias or Chinese name, in any case (dalian, "Xi'an", 西安).
    Figures on which sources disagree are listed together under "Sources differ".

    \b
    Examples:
      hubquery show dalian
      hubquery show zhongguancun --quotes
      hubquery show 成都 --json
    """
    from hubquery.query.profile import profile
    from hubquery.render.views import profile_view

    result = profile(_open(data, no_cache), hub)
    _emit(profile_view(result, quotes=quotes), fmt)


@cli.command()
@dataset_options
@output_options(tuple(f for f in FORMATS if f != "table"), default="jsonl")
def export(data: str | None, no_cache: bool, fmt: str) -> None:
    """Every fact in the dataset, for other programs.

    Each fact has the fields of the JSON contract (see the README): id, hub,
    metric, subject, value, unit, qualifier, period, status, basis, note, quote,
    derived, method, inputs and source. CSV and TSV flatten the source into
    source_* columns.

    \b
    Examples:
      hubquery export | jq -c 'select(.hub == "dalian")'
      hubquery export --format csv > facts.csv
    """
    from hubquery.render.views import facts_view

    _emit(facts_view(_open(data, no_cache).iter_facts()), fmt)


@cli.command()
@click.argument("path", required=False)
@click.option("--articles", metavar="DIR", type=click.Path(file_okay=False),
              help="Also check that every quote is in its article's text in DIR "
              "(each source names its file in article_file).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def validate(path: str | None, articles: str | None, as_json: bool) -> None:
    """Check a dataset, and that every quote states its figure.

    Checks structure, references, units, ranges, periods and derived values,
    and that every quote states the figure it supports.

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
            sys.stdout.write(_json({"valid": False, "problems": [
                {"file": p.file, "line": p.line, "column": p.column, "field": p.field,
                 "message": p.message} for p in error.problems]}))
        else:
            for problem in error.problems:
                click.echo(str(problem), err=True)
        count = len(error.problems)
        raise click.ClickException(f"{count} problem{'s' * (count != 1)} found") from None
    if as_json:
        sys.stdout.write(_json({"valid": True, **summary}))
    else:
        sys.stdout.write(
            f"ok: {summary['file']}: {summary['hubs']} hubs, {summary['facts']} facts, "
            f"{summary['sources']} sources, {summary['metrics']} metrics\n"
        )


@cli.command()
@click.argument("hubs", nargs=-1, required=True, type=NAME, shell_complete=_complete_hubs)
@click.option("--metric", "-m", "metric_names", multiple=True, metavar="METRIC", type=NAME,
              shell_complete=_complete_metrics,
              help="Metric to compare (repeatable); default: every metric two hubs share.")
@click.option("--no-chart", is_flag=True, help="Leave out the bar chart.")
@dataset_options
@output_options()
def compare(hubs: tuple[str, ...], metric_names: tuple[str, ...], no_chart: bool,
            data: str | None, no_cache: bool, fmt: str) -> None:
    """Hubs side by side, one column per hub and one row per metric.

    Each cell shows every figure the hub has for the metric, the one compared in
    bold. Where periods, units or definitions differ (laptops produced against
    laptops sold), the row says so; values in different units are never set
    against each other. With one metric, a bar chart follows.

    \b
    Examples:
      hubquery compare chengdu chongqing --metric laptops
      hubquery compare dalian zhongguancun
      hubquery compare beijing shanghai chengdu chongqing -m population --json
    """
    if len(hubs) < 2:
        raise click.UsageError("compare needs at least two hubs")
    from hubquery.query.compare import compare as compare_hubs
    from hubquery.render.views import comparison_view

    result = compare_hubs(_open(data, no_cache), hubs, metric_names)
    _emit(comparison_view(result, chart=not no_chart), fmt)


@cli.command("list")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(HUB_KINDS),
              help="Only hubs of this kind (repeatable: any of them).")
@click.option("--parent", metavar="HUB", type=NAME, shell_complete=_complete_hubs,
              help="Only hubs inside this one, at any depth.")
@click.option("--country", metavar="HUB", type=NAME, shell_complete=_complete_hubs,
              help="Only hubs in this country.")
@click.option("--region", metavar="NAME", type=NAME,
              help="Only hubs in this region (e.g. 'Southwest China').")
@click.option("--tag", "tags", multiple=True, metavar="TAG", type=NAME,
              help="Only hubs with this tag (repeatable: all of them).")
@click.option("--where", "conditions", multiple=True, metavar="CONDITION", type=NAME,
              help="METRIC OP NUMBER [UNIT] on each hub's latest figure, e.g. 'companies>500', "
              "'population >= 20m' (repeatable: all must hold).")
@click.option("--sort", metavar="METRIC", type=NAME, shell_complete=_complete_metrics,
              help="Sort by this metric's latest figure, largest first; name the unit of a "
              "metric kept in several ('outsourcing-revenue USD').")
@click.option("--asc", "ascending", is_flag=True, help="With --sort: smallest first.")
@click.option("--limit", type=click.IntRange(min=0), metavar="N", help="At most N hubs.")
@dataset_options
@output_options()
def list_command(kinds: tuple[str, ...], parent: str | None, country: str | None,
                 region: str | None, tags: tuple[str, ...], conditions: tuple[str, ...],
                 sort: str | None, ascending: bool, limit: int | None, data: str | None,
                 no_cache: bool, fmt: str) -> None:
    """Hubs, filtered and sorted. Filters combine: a hub must pass all of them.

    An empty result is not an error (exit status 0).

    \b
    Examples:
      hubquery list --kind science-park
      hubquery list --parent beijing
      hubquery list --country china --tag robotics
      hubquery list --where "population > 20m" --sort population
      hubquery list --where "ai-companies >= 800" --json
    """
    from hubquery.query.listing import list_hubs
    from hubquery.render.views import hub_list_view

    result = list_hubs(_open(data, no_cache), kinds=kinds, parent=parent, country=country,
                       region=region, tags=tags, where=conditions, sort=sort,
                       ascending=ascending, limit=limit)
    _emit(hub_list_view(result), fmt)


@cli.command()
@click.option("--metric", "-m", "metric_name", required=True, metavar="METRIC", type=NAME,
              shell_complete=_complete_metrics, help="The metric to rank by.")
@click.option("--asc/--desc", "ascending", default=None,
              help="Order (default: largest first; for ranks, #1 first).")
@click.option("--limit", type=click.IntRange(min=0), metavar="N", help="At most N hubs per unit.")
@dataset_options
@output_options()
def rank(metric_name: str, ascending: bool | None, limit: int | None, data: str | None,
         no_cache: bool, fmt: str) -> None:
    """Hubs ordered by their latest figure for a metric.

    A metric recorded in several units (CNY and USD) gives one ranking per unit.
    Notes say where periods or definitions differ between the rows.

    \b
    Examples:
      hubquery rank --metric population
      hubquery rank -m ipads --json
    """
    from hubquery.query.rank import rank as rank_hubs
    from hubquery.render.views import ranking_view

    result = rank_hubs(_open(data, no_cache), metric_name, ascending=ascending, limit=limit)
    _emit(ranking_view(result), fmt)


@cli.command()
@dataset_options
@output_options()
def metrics(data: str | None, no_cache: bool, fmt: str) -> None:
    """Every metric, with its aliases and how many hubs have it.

    \b
    Examples:
      hubquery metrics
      hubquery metrics --format csv
    """
    from hubquery.query.catalog import metrics as list_metrics
    from hubquery.render.views import metrics_view

    _emit(metrics_view(list_metrics(_open(data, no_cache))), fmt)


@cli.command()
@dataset_options
@output_options()
def sources(data: str | None, no_cache: bool, fmt: str) -> None:
    """Every source article, with what it supports.

    \b
    Examples:
      hubquery sources
      hubquery sources --json | jq '.[].title'
    """
    from hubquery.query.catalog import sources as list_sources
    from hubquery.render.views import sources_view

    _emit(sources_view(list_sources(_open(data, no_cache))), fmt)


@cli.command()
@click.argument("source_id", metavar="ID", type=NAME, shell_complete=_complete_sources)
@click.option("--quotes", "-q", is_flag=True, help="Show the quote that states each figure.")
@dataset_options
@output_options()
def source(source_id: str, quotes: bool, data: str | None, no_cache: bool, fmt: str) -> None:
    """One source article and everything cited from it.

    ID is a source id (see 'hubquery sources') or a prefix only one id starts with.

    \b
    Examples:
      hubquery source chinadaily-2022-inland
      hubquery source allen --quotes
    """
    from hubquery.query.catalog import source_detail
    from hubquery.render.views import source_view

    result = source_detail(_open(data, no_cache), source_id)
    _emit(source_view(result, quotes=quotes), fmt)


@cli.command()
@click.argument("text", type=NAME)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              metavar="N", help="At most N matches.")
@dataset_options
@output_options()
def search(text: str, limit: int, data: str | None, no_cache: bool, fmt: str) -> None:
    """Search names, tags, organisations and quotes.

    Best matches first: exact names, then names that start with TEXT, then
    partial names, tags and organisations, then quotes.

    \b
    Examples:
      hubquery search neusoft
      hubquery search "laptop"
      hubquery search 成都
    """
    from hubquery.query.search import search as search_dataset
    from hubquery.render.views import search_view

    result = search_dataset(_open(data, no_cache), text, limit)
    _emit(search_view(result), fmt)


@cli.command("check")
@click.argument("text", nargs=-1, type=NAME)
@click.option("--file", "draft", type=click.File("rb"), metavar="PATH",
              help="A draft to check: Markdown or plain text ('-' for stdin).")
@dataset_options
@output_options((*FORMATS, "claimreview"))
def check_command(text: tuple[str, ...], draft: IO[bytes] | None, data: str | None,
                  no_cache: bool, fmt: str) -> None:
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

    claims = check(_open(data, no_cache), _draft(text, draft))
    if fmt == "claimreview":
        from hubquery.render.claimreview import claim_reviews

        sys.stdout.write(_json(claim_reviews(claims)))
    else:
        from hubquery.render.views import check_view

        _emit(check_view(claims), fmt)
    if any(claim.verdict == "contradicted" for claim in claims):
        raise SystemExit(1)


@cli.command()
@click.argument("target", type=NAME, shell_complete=_complete_cite_targets)
@click.option("--metric", "-m", "metric_names", multiple=True, metavar="METRIC", type=NAME,
              shell_complete=_complete_metrics,
              help="With a hub: only figures of this metric (repeatable).")
@click.option("--style", type=click.Choice(CITE_STYLES), default="apa", show_default=True,
              help="Style of the reference lines (text and markdown).")
@dataset_options
@output_options(CITE_FORMATS, default="text")
def cite(target: str, metric_names: tuple[str, ...], style: str, data: str | None,
         no_cache: bool, fmt: str) -> None:
    """References for a figure, a source, or every figure of a hub.

    TARGET is a fact id (see 'hubquery show HUB --json'), a source id, or a hub.
    Each figure is cited with its source and the quote that states it; a derived
    figure is cited as derived from the figures it was computed from, never as
    printed. An inferred date is circa in CSL-JSON and flagged in the others.

    \b
    Examples:
      hubquery cite dalian-population-2014
      hubquery cite chengdu --metric ipads --style chicago
      hubquery cite allen-2014-dalian --format bibtex >> refs.bib
      hubquery cite hefei --format csl-json > refs.json
    """
    from hubquery.query.cite import cite as cite_target

    result = cite_target(_open(data, no_cache), target, metric_names)
    if fmt == "json":
        from hubquery.render.views import cite_view

        _emit(cite_view(result), fmt)
    else:
        from hubquery.render.cite import render

        sys.stdout.write(render(result, fmt, style))


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


@cli.command()
@click.argument("command", required=False, type=click.Choice(sorted(JSON_COMMANDS)))
def schema(command: str | None) -> None:
    """The JSON Schema (draft 2020-12) of a command's --json output.

    Without COMMAND, prints an object mapping every command to its schema. The
    schemas are generated from the same records that produce the output.

    \b
    Examples:
      hubquery schema show
      hubquery schema export > fact.schema.json
    """
    from hubquery.schema import all_schemas, command_schema

    sys.stdout.write(_json(command_schema(command) if command else all_schemas()))


@cli.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script for hub and metric names.

    \b
    Install it once:
      bash:  hubquery completion bash > ~/.local/share/bash-completion/completions/hubquery
      zsh:   hubquery completion zsh > "${fpath[1]}/_hubquery"
      fish:  hubquery completion fish > ~/.config/fish/completions/hubquery.fish
    """
    from click.shell_completion import get_completion_class

    completer = get_completion_class(shell)
    assert completer is not None
    sys.stdout.write(completer(cli, {}, "hubquery", "_HUBQUERY_COMPLETE").source() + "\n")


def _json(document: Any) -> str:
    from hubquery.render.data import dumps

    return dumps(document)


def main() -> None:
    """Entry point: run the CLI, keeping tracebacks for real bugs behind HUBQUERY_DEBUG."""
    for stream in (sys.stdout, sys.stderr):
        # Data is UTF-8 whatever the locale says (names are often Chinese).
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
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
