"""The command line: each command parses its options, opens the dataset, asks a query
and emits the result's view; `validate` asks the curator's checks instead.

How the process ends (exit statuses, Ctrl-C, closed pipes) is ``process``'s job.
"""

from __future__ import annotations

import functools
import itertools
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from hubquery.errors import ConditionError, DatasetError, HubqueryError
from hubquery.process import DEBUG_ENV, main
from hubquery.schema import JSON_COMMANDS

__all__ = ["cli", "main"]

F = TypeVar("F", bound=Callable[..., Any])

# The formats every query command writes (render.emit handles each).
FORMATS = ("table", "json", "jsonl", "csv", "tsv", "yaml", "markdown")

CITE_STYLES = ("apa", "chicago", "mla")
CITE_FORMATS = ("text", "json", "csl-json", "bibtex", "ris", "markdown")

EXIT_CODES = f"""\b
Exit status:
  0    success (an empty result is a success; so is a reader
       of a pipe stopping early, as in '| head')
  1    not found, the dataset is invalid or unreadable, or
       output cannot be written
  2    usage error (unknown option, missing argument)
  70   internal error, a bug (set {DEBUG_ENV}=1 for the traceback)
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


class HubqueryGroup(click.Group):
    """Turns the package's errors into one-line messages with exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ConditionError as error:
            raise click.UsageError(_one_line(error), ctx) from None
        except HubqueryError as error:
            raise click.ClickException(_one_line(error)) from None


def _one_line(error: HubqueryError) -> str:
    message = str(error)
    if isinstance(error, DatasetError) and len(error.problems) > 1:
        import shlex

        file = error.problems[0].file
        message += (f"; run 'hubquery validate {shlex.quote('-' if file == '<stdin>' else file)}'"
                    " to see them all")
    return " ".join(message.split())


if TYPE_CHECKING:  # click's ParamType is generic in its stubs, not at run time everywhere
    from click.shell_completion import CompletionItem

    from hubquery.records import Fact
    from hubquery.render import View
    from hubquery.render.fields import Projection
    from hubquery.store import Store

    _TextParam = click.ParamType[str, Any]
else:
    _TextParam = click.ParamType


class Name(_TextParam):
    """Text a user typed to name something; bytes that are not UTF-8 are refused, never
    silently dropped (dropping them could match a different hub). A name cannot be
    empty; a text to check can (it holds no claim)."""

    name = "text"

    def __init__(self, empty: bool = False) -> None:
        self.empty = empty

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        text = str(value)
        if any("\udc80" <= ch <= "\udcff" for ch in text):
            self.fail(f"{text.encode('utf-8', 'surrogateescape')!r} is not valid UTF-8 text",
                      param, ctx)
        if not self.empty and not text.strip():
            self.fail("the name is empty", param, ctx)
        return text


NAME = Name()
TEXT = Name(empty=True)


class AsOf(_TextParam):
    """A date for --as-of: YYYY, YYYY-MM or YYYY-MM-DD; anything else is a usage error."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        from hubquery.periods import as_of_day

        try:
            as_of_day(str(value))
        except ValueError as error:
            self.fail(str(error), param, ctx)
        return str(value).strip()


AS_OF_KEY = "hubquery.as_of"


def dataset_options(command: F) -> F:
    """--data, --no-cache and --as-of: which dataset a command reads, and how. The command
    never sees --as-of: ``_open`` restricts the store to it and ``_emit`` says so."""

    @functools.wraps(command)
    def wrapper(*args: Any, as_of: str | None, **kwargs: Any) -> Any:
        click.get_current_context().meta[AS_OF_KEY] = as_of
        return command(*args, **kwargs)

    wrapped = click.option(
        "--data", "data", metavar="PATH", default=None, shell_complete=_complete_files,
        help="Dataset to read instead of the packaged one ('-' for stdin). "
        "Also: $HUBQUERY_DATA.",
    )(wrapper)
    wrapped = click.option(
        "--no-cache", is_flag=True,
        help="Parse and validate the dataset now instead of using the compiled cache.",
    )(wrapped)
    return click.option(  # type: ignore[return-value]
        "--as-of", "as_of", metavar="DATE", type=AsOf(), default=None,
        help="The dataset as it stood on DATE (YYYY, YYYY-MM or YYYY-MM-DD; a year or month "
        "means its last day): only figures from sources published on or before it. A source "
        "dated only by year or month, or whose date is inferred, counts from the end of that "
        "year or month (of its date range, if it has one).",
    )(wrapped)


def _as_of() -> str | None:
    context = click.get_current_context(silent=True)
    return None if context is None else context.meta.get(AS_OF_KEY)


# Formats that write whole tables to files: no fields to choose, no header row to drop.
WHOLE_TABLE_FORMATS = ("sqlite", "datapackage")
_PROJECTION = "hubquery.projection"
_HEADERS = "hubquery.headers"


def output_options(formats: tuple[str, ...] = FORMATS,
                   default: str = "table") -> Callable[[F], F]:
    """--format, --json, --fields and --no-headers: how a command's result is written.

    The command receives one ``fmt``; --json is --format json, and asking for both
    differently is a usage error. --fields is checked against the command's result
    type before the query runs (an unknown field is a usage error) and, with
    --no-headers, reaches ``_emit`` through the click context: commands never see it,
    but may ask ``_prints`` whether a field is printed at all, to skip reading it."""

    def decorate(command: F) -> F:
        @functools.wraps(command)
        def wrapper(*args: Any, fmt: str | None, as_json: bool, fields: tuple[str, ...],
                    no_headers: bool, **kwargs: Any) -> Any:
            if as_json and fmt not in (None, "json"):
                raise click.UsageError(f"--json and --format {fmt} contradict each other")
            fmt = "json" if as_json else fmt or default
            if no_headers and fmt not in ("csv", "tsv"):
                raise click.UsageError("--no-headers applies to --format csv and tsv")
            ctx = click.get_current_context()
            if fields:
                if fmt in WHOLE_TABLE_FORMATS:
                    raise click.UsageError(f"--format {fmt} writes whole tables: --fields "
                                           "chooses what is printed")
                ctx.meta[_PROJECTION] = _projection(ctx.command.name or "", fields)
            ctx.meta[_HEADERS] = not no_headers
            return command(*args, fmt=fmt, **kwargs)

        wrapper = click.option(
            "--no-headers", is_flag=True, help="CSV and TSV without the header row.",
        )(wrapper)
        wrapper = click.option(
            "--fields", "fields", multiple=True, metavar="A,B.C",
            help="Only these fields, as dotted paths in the order given (id,value,source.id); "
            "'hubquery schema COMMAND --fields' lists them.",
        )(wrapper)
        wrapper = click.option(
            "--format", "fmt", type=click.Choice(formats, case_sensitive=False), default=None,
            help=f"Output format (default: {default}).",
        )(wrapper)
        return click.option(  # type: ignore[return-value]
            "--json", "as_json", is_flag=True, help="Shorthand for --format json.",
        )(wrapper)

    return decorate


def limit_option(what: str, default: int | None = None) -> Callable[[F], F]:
    """--limit N, the same everywhere: N is at least 1 (0 would print nothing, which
    no one asks for); output that is cut says so (``_cut``)."""
    return click.option(
        "--limit", type=click.IntRange(min=1), default=default, metavar="N",
        show_default=default is not None, help=f"At most N {what}.",
    )


def order_option(command: F) -> F:
    """--asc/--desc, the same for every command that orders by a figure."""
    return click.option(
        "--asc/--desc", "ascending", default=None,
        help="Smallest or largest first (default: largest first; for ranks, #1 first).",
    )(command)


def _prints(field: str) -> bool:
    """Whether the output shows this top-level field of each item: always, unless
    --fields leaves it out (then a command need not read what it holds)."""
    projection = click.get_current_context().meta.get(_PROJECTION)
    return projection is None or field in projection.heads


def _cut(shown: int, total: int, noun: str, limit: int | None) -> str | None:
    """The notice for output cut by --limit: "1 of 32 hubs shown (--limit 1)"."""
    if limit is None or shown >= total:
        return None
    return f"{shown} of {total} {noun} shown (--limit {limit})"


def _write(text: str) -> None:
    """Write text that is not a result (a schema, a script) the way results are written."""
    from hubquery.pager import output

    with output(_no_pager()) as out:
        out.write(text)


def _no_pager() -> bool:
    context = click.get_current_context(silent=True)
    return bool(context and context.find_root().meta.get(NO_PAGER_KEY))


def _projection(command: str, fields: tuple[str, ...]) -> Projection:
    from hubquery.render.fields import UnknownField, projection
    from hubquery.schema import item_type

    try:
        kind = item_type(command)
    except KeyError:  # a command whose result type schema.py does not know yet
        raise click.UsageError(f"{command} has no fields to choose from") from None
    try:
        return projection(kind, fields)
    except UnknownField as error:
        raise click.BadParameter(str(error), param_hint="'--fields'") from None


def _emit(view: View, fmt: str, notice: str | None = None, output: str | None = None,
          force: bool = False) -> None:
    """Write a command's result to stdout (through the pager on a terminal; or, whole or
    not at all, to ``output``) in the format and with the fields asked for. A notice
    (output cut short) follows a table; other formats get it on stderr, so that their
    stdout stays what a program expects."""
    from hubquery.pager import output as paged
    from hubquery.render import emit

    as_of = _as_of()
    line = None
    if as_of is not None:
        from hubquery.periods import as_of_day
        from hubquery.render import AsOfLine

        line = AsOfLine(as_of, as_of_day(as_of))
    meta = click.get_current_context().meta
    projection, headers = meta.get(_PROJECTION), meta.get(_HEADERS, True)
    if output is None:
        with paged(_no_pager()) as out:
            emit(view, fmt, out, sys.stderr, line, projection, headers)
            if notice is not None and fmt == "table":
                out.write(f"{notice}\n")
    else:
        from hubquery.render.files import atomic_file, refuse_existing

        refuse_existing(output, force)
        with atomic_file(output) as temporary, open(temporary, "w", encoding="utf-8") as out:
            emit(view, fmt, out, sys.stderr, line, projection, headers)
    if notice is not None and (fmt != "table" or output is not None):
        click.echo(notice, err=True)


def _open(data: str | None, no_cache: bool) -> Store:
    from hubquery.cache import open_store

    store = open_store(_announce_stdin(data), use_cache=not no_cache)
    as_of = _as_of()
    if as_of is None:
        return store
    from hubquery.periods import as_of_day
    from hubquery.store import Store

    return Store(store.connection, as_of=as_of_day(as_of))


def _announce_stdin(data: str | None) -> str | None:
    """Say so when the dataset is to be typed at a terminal: silence looks like a hang."""
    given = data if data is not None else os.environ.get("HUBQUERY_DATA")
    if given == "-" and sys.stdin is not None and sys.stdin.isatty():
        click.echo("Reading the dataset from standard input (end it with Ctrl-D)…", err=True)
    return data


# models.HubKind, written out so that --help need not import pydantic; a test keeps the
# two the same (tests/test_dataset.py).
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


def _complete_files(ctx: click.Context, param: click.Parameter,
                    incomplete: str) -> list[CompletionItem]:
    """Let the shell complete file names (what click.Path does, without its checks)."""
    from click.shell_completion import CompletionItem

    return [CompletionItem(incomplete, type="file")]


def _complete_tags(ctx: click.Context, param: click.Parameter,
                   incomplete: str) -> list[CompletionItem]:
    return _complete(ctx, incomplete, lambda store: ((t, t, t) for t in store.tags()))


def _complete_regions(ctx: click.Context, param: click.Parameter,
                      incomplete: str) -> list[CompletionItem]:
    return _complete(ctx, incomplete, lambda store: ((r, r, r) for r in store.regions()))


def _complete_conditions(ctx: click.Context, param: click.Parameter,
                         incomplete: str) -> list[CompletionItem]:
    """The metric a --where condition starts with; nothing once an operator is typed."""
    if any(op in incomplete for op in "<>=!"):
        return []
    return _complete_metrics(ctx, param, incomplete)
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


NO_PAGER_KEY = "hubquery.no_pager"


@click.group(cls=HubqueryGroup, epilog=EXIT_CODES,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="hubquery", prog_name="hubquery")
@click.option("--color", "colour", type=click.Choice(["auto", "always", "never"],
              case_sensitive=False), default="auto", show_default=True,
              help="Colour in tables: 'auto' on a terminal (and NO_COLOR/FORCE_COLOR).")
@click.option("--no-pager", is_flag=True,
              help="Never page output taller than the terminal (also: HUBQUERY_PAGER=cat).")
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
    context.meta[NO_PAGER_KEY] = no_pager
    # --color joins the environment variables the renderer already honours.
    if colour.lower() == "never":
        os.environ["NO_COLOR"] = "1"
    elif colour.lower() == "always":
        os.environ.pop("NO_COLOR", None)
        os.environ["FORCE_COLOR"] = "1"


@cli.command()
@click.argument("hub", type=NAME, shell_complete=_complete_hubs)
@click.option("--quotes", is_flag=True, help="Show the quote that states each figure.")
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
@click.option("--hub", "hubs", multiple=True, metavar="HUB", type=NAME,
              shell_complete=_complete_hubs, help="Only facts about this hub (repeatable: any).")
@click.option("--within", is_flag=True, help="With --hub: also every hub below it, at any depth.")
@click.option("--metric", "-m", "metric_names", multiple=True, metavar="METRIC", type=NAME,
              shell_complete=_complete_metrics, help="Only this metric (repeatable: any).")
@click.option("--source", "source_names", multiple=True, metavar="ID", type=NAME,
              shell_complete=_complete_sources, help="Only from this source (repeatable: any).")
@click.option("--where", "conditions", multiple=True, metavar="CONDITION", type=NAME,
              help="Only facts about hubs whose latest figure certainly meets METRIC OP "
              "NUMBER [UNIT]: a hedged figure that only may is left out (repeatable: all "
              "must hold).")
@click.option("--output", "-o", metavar="PATH",
              help="Write to PATH instead of stdout ('-'); required for sqlite and datapackage.")
@click.option("--metadata", metavar="FILE",
              help="With --format sqlite: also write Datasette metadata (JSON) to FILE; it "
              "names the database after the file (hubs.db → hubs).")
@click.option("--force", is_flag=True, help="Overwrite --output and --metadata if they exist.")
@limit_option("facts")
@dataset_options
@output_options((*(f for f in FORMATS if f != "table"), *WHOLE_TABLE_FORMATS), default="jsonl")
def export(hubs: tuple[str, ...], within: bool, metric_names: tuple[str, ...],
           source_names: tuple[str, ...], conditions: tuple[str, ...], output: str | None,
           metadata: str | None, force: bool, limit: int | None, data: str | None,
           no_cache: bool, fmt: str) -> None:
    """Facts for other programs: every one, or those the filters keep.

    Filters combine: a fact must pass all of them. Each fact has the fields of
    the JSON contract (see the README); CSV and TSV flatten the source into
    source_* columns. --format sqlite writes a database for Datasette and
    sqlite-utils (tables facts, hubs, metrics, sources, tags, organisations, with
    keys, indexes and full-text search); --format datapackage writes a
    Frictionless Data Package folder. Both need --output.

    \b
    Examples:
      hubquery export | jq -c 'select(.hub_id == "dalian")'
      hubquery export --format csv --fields id,value,unit,source.id > facts.csv
      hubquery export --hub china --within --metric population --format csv
      hubquery export --format sqlite -o hubs.db --metadata metadata.json
      hubquery export --format datapackage -o hubs-package
    """
    from hubquery.query.export import export_facts

    if within and not hubs:
        raise click.UsageError("--within needs --hub")
    if metadata is not None and fmt != "sqlite":
        raise click.UsageError("--metadata goes with --format sqlite")
    if output == "-":
        output = None
    if fmt in WHOLE_TABLE_FORMATS and output is None:
        raise click.UsageError(f"--format {fmt} writes files: name them with --output")
    store = _open(data, no_cache)

    def chosen() -> Iterator[Fact]:
        return export_facts(store, hubs=hubs, within=within, metrics=metric_names,
                            sources=source_names, where=conditions)

    facts: Iterable[Fact] = chosen()
    notice = None
    if limit is not None:
        facts = itertools.islice(facts, limit)
        total = sum(1 for _ in chosen())
        notice = _cut(min(limit, total), total, "facts", limit)
    if fmt == "sqlite":
        from hubquery.render.sqlite_export import write_sqlite

        write_sqlite(store, facts, str(output), metadata=metadata, force=force)
    elif fmt == "datapackage":
        from hubquery.render.datapackage import write_datapackage

        write_datapackage(store, facts, str(output), force=force)
    else:
        from hubquery.render.views import facts_view

        _emit(facts_view(facts), fmt, notice, output, force)


@cli.command()
@click.argument("path", required=False, shell_complete=_complete_files)
@click.option("--data", "data", metavar="PATH", default=None, shell_complete=_complete_files,
              help="The dataset to check, as PATH ('-' for stdin). Also: $HUBQUERY_DATA.")
@click.option("--articles", metavar="DIR", type=click.Path(file_okay=False),
              help="Also check that every quote is in its article's text in DIR "
              "(each source names its file in article_file).")
@limit_option("problems")
@output_options()
def validate(path: str | None, data: str | None, articles: str | None, limit: int | None,
             fmt: str) -> None:
    """Check a dataset, and that every quote states its figure.

    Checks structure, references, units, ranges, periods and derived values,
    and that every quote states the figure it supports.

    PATH (or --data) defaults to the dataset hubquery reads ($HUBQUERY_DATA or
    the packaged one). Prints a one-line summary when the dataset is clean;
    otherwise every problem as FILE:LINE:COLUMN: FIELD: MESSAGE on stderr, and
    exits 1. Other formats print the report (--json: the counts or the problems).

    \b
    Examples:
      hubquery validate
      hubquery validate my-hubs.yaml --articles ../shared/seeds
    """
    if path is not None and data is not None:
        raise click.UsageError("give the dataset as PATH or as --data, not both")
    from dataclasses import replace

    from hubquery.curate import validation_report
    from hubquery.render.views import validation_view

    report = validation_report(_announce_stdin(path if path is not None else data), articles)
    count = len(report.problems)
    shown = replace(report, problems=report.problems[:limit])
    notice = _cut(len(shown.problems), count, "problems", limit)
    if report.valid or fmt != "table":
        _emit(validation_view(shown), fmt, notice)
    if not report.valid:
        if fmt == "table":  # problems are diagnostics: stderr, like a compiler's
            for problem in shown.problems:
                click.echo(str(problem), err=True)
            if notice is not None:
                click.echo(notice, err=True)
        raise click.ClickException(f"{count} problem{'s' * (count != 1)} found")


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
@click.option("--kind", "kinds", multiple=True, type=click.Choice(HUB_KINDS, case_sensitive=False),
              help="Only hubs of this kind (repeatable: any of them).")
@click.option("--parent", metavar="HUB", type=NAME, shell_complete=_complete_hubs,
              help="Only hubs inside this one, at any depth.")
@click.option("--country", metavar="HUB", type=NAME, shell_complete=_complete_hubs,
              help="Only hubs in this country.")
@click.option("--region", metavar="NAME", type=NAME, shell_complete=_complete_regions,
              help="Only hubs in this region (e.g. 'Southwest China').")
@click.option("--tag", "tags", multiple=True, metavar="TAG", type=NAME,
              shell_complete=_complete_tags,
              help="Only hubs with this tag (repeatable: all of them).")
@click.option("--where", "conditions", multiple=True, metavar="CONDITION", type=NAME,
              shell_complete=_complete_conditions,
              help="METRIC OP NUMBER [UNIT] on each hub's latest figure, e.g. 'companies>500', "
              "'population >= 20 million', 'revenue > US$1bn' (repeatable: all must hold). "
              "A hedged figure is an interval: 'more than 20 m' is > 20m, and against "
              "'> 25m' it may or may not hold.")
@click.option("--maybe", is_flag=True,
              help="Also list hubs whose hedged figures leave a condition undecided, marked ?.")
@click.option("--sort", metavar="METRIC", type=NAME, shell_complete=_complete_metrics,
              help="Sort by this metric's latest figure, largest first; name the unit of a "
              "metric kept in several ('outsourcing-revenue USD').")
@order_option
@limit_option("hubs")
@dataset_options
@output_options()
def list_command(kinds: tuple[str, ...], parent: str | None, country: str | None,
                 region: str | None, tags: tuple[str, ...], conditions: tuple[str, ...],
                 maybe: bool, sort: str | None, ascending: bool | None, limit: int | None,
                 data: str | None,
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
                       ascending=ascending, limit=limit, maybe=maybe,
                       figures=_prints("facts"))
    _emit(hub_list_view(result), fmt, _cut(len(result.rows), result.hub_count, "hubs", limit))


@cli.command()
@click.option("--metric", "-m", "metric_name", required=True, metavar="METRIC", type=NAME,
              shell_complete=_complete_metrics, help="The metric to rank by.")
@order_option
@limit_option("hubs per unit")
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
    shown, total = sum(len(r.rows) for r in result), sum(r.row_count for r in result)
    _emit(ranking_view(result), fmt, _cut(shown, total, "ranked figures", limit))


@cli.command()
@click.argument("hub", type=NAME, shell_complete=_complete_hubs)
@click.option("--metric", "-m", "metric_names", multiple=True, metavar="METRIC", type=NAME,
              shell_complete=_complete_metrics,
              help="Metric to show (repeatable); default: every metric the hub has more than "
              "one figure for, then the rest.")
@click.option("--quotes", is_flag=True, help="Show the quote that states each figure.")
@dataset_options
@output_options()
def history(hub: str, metric_names: tuple[str, ...], quotes: bool, data: str | None,
            no_cache: bool, fmt: str) -> None:
    """How a hub's figures changed over time: every figure of a metric, oldest first.

    Each figure has its period ("c. 2018" where the period was resolved against an
    inferred publication date), qualifier and source. Between consecutive figures of
    the same thing (same unit, basis and subject) the change is computed, absolute
    and in percent, and marked derived: no source states it. Between hedged figures
    ("about", "more than") the change is a range, or unknown. Two or more figures in
    one unit get a bar chart.

    \b
    Examples:
      hubquery history chengdu --metric population
      hubquery history dalian-software-park --quotes
      hubquery history chengdu --as-of 2021 --json
    """
    from hubquery.query.history import history as hub_history
    from hubquery.render.views import history_view

    result = hub_history(_open(data, no_cache), hub, metric_names)
    _emit(history_view(result, quotes=quotes), fmt)


@cli.command()
@limit_option("metrics")
@dataset_options
@output_options()
def metrics(limit: int | None, data: str | None, no_cache: bool, fmt: str) -> None:
    """Every metric, with its aliases and how many hubs have it.

    \b
    Examples:
      hubquery metrics
      hubquery metrics --format csv
    """
    from hubquery.query.catalog import metrics as list_metrics
    from hubquery.render.views import metrics_view

    found = list_metrics(_open(data, no_cache))
    _emit(metrics_view(found[:limit]), fmt, _cut(len(found[:limit]), len(found), "metrics", limit))


@cli.command()
@limit_option("sources")
@dataset_options
@output_options()
def sources(limit: int | None, data: str | None, no_cache: bool, fmt: str) -> None:
    """Every source article, with what it supports.

    \b
    Examples:
      hubquery sources
      hubquery sources --json | jq '.[].source.title'
    """
    from hubquery.query.catalog import sources as list_sources
    from hubquery.render.views import sources_view

    found = list_sources(_open(data, no_cache))
    _emit(sources_view(found[:limit]), fmt, _cut(len(found[:limit]), len(found), "sources", limit))


@cli.command()
@click.argument("source_id", metavar="ID", type=NAME, shell_complete=_complete_sources)
@click.option("--quotes", is_flag=True, help="Show the quote that states each figure.")
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
@limit_option("matches", default=50)
@dataset_options
@output_options()
def search(text: str, limit: int, data: str | None, no_cache: bool, fmt: str) -> None:
    """Search names, tags, organisations, metrics, source titles and quotes.

    Best matches first: exact names, then names that start with TEXT, then
    partial names, tags and organisations, metrics and sources, then figures.
    Case, apostrophes, quotation marks and hyphens never matter.

    \b
    Examples:
      hubquery search neusoft
      hubquery search "laptop"
      hubquery search 成都
    """
    from hubquery.query.search import search as search_dataset
    from hubquery.render.views import search_view

    result = search_dataset(_open(data, no_cache), text, limit)
    _emit(search_view(result.hits), fmt, _cut(len(result.hits), result.hit_count, "matches", limit))


@cli.command("check")
@click.argument("text", nargs=-1, type=TEXT)
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

        _write(_json(claim_reviews(claims)))
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
@click.option("--style", type=click.Choice(CITE_STYLES, case_sensitive=False), default="apa",
              show_default=True,
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

        _write(render(result, fmt, style))


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
@click.argument("command", required=False,
                type=click.Choice(sorted(JSON_COMMANDS), case_sensitive=False))
@click.option("--fields", "list_fields", is_flag=True,
              help="List the field names COMMAND's --fields accepts, one per line.")
def schema(command: str | None, list_fields: bool) -> None:
    """The JSON Schema (draft 2020-12) of a command's --json output.

    Without COMMAND, prints an object mapping every command to its schema. The
    schemas are generated from the same records that produce the output.

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
        _write("".join(f"{name}\n" for name in field_names(command)))
        return
    _write(_json(command_schema(command) if command else all_schemas()))


@cli.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"], case_sensitive=False))
def completion(shell: str) -> None:
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
    _write(completer(cli, {}, "hubquery", "_HUBQUERY_COMPLETE").source() + "\n")


def _json(document: Any) -> str:
    from hubquery.render.data import dumps

    return dumps(document)
