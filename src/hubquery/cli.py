"""The command line: each command parses its options, opens the dataset, asks a query
and emits the result's view; `validate` asks the curator's checks instead.

How the process ends (exit statuses, Ctrl-C, closed pipes) is ``process``'s job.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from typing import TYPE_CHECKING, Any, TypeVar

import click

from hubquery.errors import ConditionError, DatasetError, HubqueryError
from hubquery.process import DEBUG_ENV, main
from hubquery.vocabulary import HUB_KINDS

__all__ = ["HUB_KINDS", "cli", "main"]

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


# Every command: the module of hubquery.commands that defines it, and its summary (the
# start of its docstring's first line; tests/test_contract.py keeps them the same).
# A module is imported only when its command runs (or shows its own help): defining
# every command's options would cost each run more than a lookup's own work. The
# group's --help lists the summaries without importing anything (as pip lists its
# commands); each command shows its summary as its short help too.
COMMANDS = {
    "check": ("check", "Judge a draft's figures against the sources."),
    "cite": ("cite", "References for a figure, a source, or every figure of a hub."),
    "compare": ("compare", "Hubs side by side, one column per hub and one row per metric."),
    "completion": ("completion", "Print the shell completion script."),
    "export": ("export", "Facts for other programs: every one, or those the filters keep."),
    "history": ("history", "How a hub's figures changed over time."),
    "list": ("listing", "Hubs, filtered and sorted."),
    "metrics": ("metrics", "Every metric, with its aliases and how many hubs have it."),
    "rank": ("rank", "Hubs ordered by their latest figure for a metric."),
    "schema": ("schema", "The JSON Schema (draft 2020-12) of a command's --json output."),
    "search": ("search", "Search names, tags, organisations, metrics, titles and quotes."),
    "show": ("show", "Profile of one hub, with every cited figure."),
    "source": ("source", "One source article and everything cited from it."),
    "sources": ("sources", "Every source article, with what it supports."),
    "validate": ("validate", "Check a dataset, and that every quote states its figure."),
}


class LazyCommands(MutableMapping[str, click.Command]):
    """A group's commands by name, each defined (its module imported) on first use.

    Every name in ``COMMANDS`` is listed from the start; reading one imports its module,
    whose ``@cli.command`` puts the command here."""

    def __init__(self) -> None:
        self._defined: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._defined and name in COMMANDS:
            import importlib

            importlib.import_module(f"hubquery.commands.{COMMANDS[name][0]}")
        return self._defined[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        command.short_help = COMMANDS[name][1]
        self._defined[name] = command

    def __delitem__(self, name: str) -> None:
        del self._defined[name]

    def __contains__(self, name: object) -> bool:
        return name in COMMANDS

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)


def _show_help(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


class _PlainHelp:
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
            self._help = click.Option(names, is_flag=True, is_eager=True, expose_value=False,
                                      callback=_show_help, help="Show this message and exit.")
        return self._help


class HubqueryCommand(_PlainHelp, click.Command):
    """A command with ``_PlainHelp``."""


class HubqueryGroup(_PlainHelp, click.Group):
    """Commands defined on first use (``LazyCommands``); the package's errors as
    one-line messages with exit status 1."""

    command_class = HubqueryCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = LazyCommands()

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands and their summaries, without defining any of them."""
        with formatter.section("Commands"):
            formatter.write_dl([(name, summary) for name, (_, summary) in sorted(COMMANDS.items())])

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


class Folder(_TextParam):
    """A folder that need not exist yet but must not be a file (click.Path's check;
    click.Path itself costs every run a gettext lookup when the command is defined)."""

    name = "directory"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        path = str(value)
        if os.path.exists(path) and not os.path.isdir(path):
            self.fail(f"Directory {click.format_filename(path)!r} is a file.", param, ctx)
        return path


AS_OF_KEY = "hubquery.as_of"


def dataset_options(command: F) -> F:
    """--data, --no-cache and --as-of: which dataset a command reads, and how. The command
    never sees --as-of: ``open_data`` restricts the store to it and ``emit_view`` says so."""

    @functools.wraps(command)
    def wrapper(*args: Any, as_of: str | None, **kwargs: Any) -> Any:
        click.get_current_context().meta[AS_OF_KEY] = as_of
        return command(*args, **kwargs)

    wrapped = click.option(
        "--data", "data", metavar="PATH", default=None, shell_complete=complete_files,
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
    --no-headers, reaches ``emit_view`` through the click context: commands never see it,
    but may ask ``prints`` whether a field is printed at all, to skip reading it."""

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
    no one asks for); output that is cut says so (``cut_notice``)."""
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


def prints(field: str) -> bool:
    """Whether the output shows this top-level field of each item: always, unless
    --fields leaves it out (then a command need not read what it holds)."""
    projection = click.get_current_context().meta.get(_PROJECTION)
    return projection is None or field in projection.heads


def cut_notice(shown: int, total: int, noun: str, limit: int | None) -> str | None:
    """The notice for output cut by --limit: "1 of 32 hubs shown (--limit 1)"."""
    if limit is None or shown >= total:
        return None
    return f"{shown} of {total} {noun} shown (--limit {limit})"


def write_text(text: str) -> None:
    """Write text that is not a result (a schema, a script) the way results are written."""
    from hubquery.pager import output

    with output(_no_pager()) as out:
        out.write(text)


def json_text(document: Any) -> str:
    """A document (not a result: a schema, a ClaimReview list) as ``--json`` writes one."""
    from hubquery.render.data import dumps

    return dumps(document)


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


def emit_view(view: View, fmt: str, notice: str | None = None, output: str | None = None,
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
        from hubquery.outputs import write_file

        write_file(output, force, lambda out: emit(view, fmt, out, sys.stderr, line,
                                                   projection, headers))
    if notice is not None and (fmt != "table" or output is not None):
        click.echo(notice, err=True)


def open_data(data: str | None, no_cache: bool) -> Store:
    from hubquery.cache import open_store

    store = open_store(announce_stdin(data), use_cache=not no_cache)
    as_of = _as_of()
    if as_of is None:
        return store
    from hubquery.periods import as_of_day
    from hubquery.store import Store

    return Store(store.connection, as_of=as_of_day(as_of))


def announce_stdin(data: str | None) -> str | None:
    """Say so when the dataset is to be typed at a terminal: silence looks like a hang."""
    given = data if data is not None else os.environ.get("HUBQUERY_DATA")
    if given == "-" and sys.stdin is not None and sys.stdin.isatty():
        click.echo("Reading the dataset from standard input (end it with Ctrl-D)…", err=True)
    return data


def complete_hubs(ctx: click.Context, param: click.Parameter,
                  incomplete: str) -> list[CompletionItem]:
    """Hub ids whose id or any name starts with what has been typed."""
    return _complete(ctx, incomplete, lambda store: (
        (name, hub, name) for name, hub in store.hub_names()))


def complete_metrics(ctx: click.Context, param: click.Parameter,
                     incomplete: str) -> list[CompletionItem]:
    """Metric ids whose id, alias or label starts with what has been typed."""
    def names(store: Store) -> Iterable[tuple[str, str, str]]:
        labels = {m.id: m.label for m in store.metrics()}
        return ((name, metric, labels[metric]) for _, metric, name in store.metric_names())

    return _complete(ctx, incomplete, names)


def complete_sources(ctx: click.Context, param: click.Parameter,
                     incomplete: str) -> list[CompletionItem]:
    return _complete(ctx, incomplete, lambda store: (
        (ident, ident, ident) for ident in store.source_ids()))


def complete_files(ctx: click.Context, param: click.Parameter,
                   incomplete: str) -> list[CompletionItem]:
    """Let the shell complete file names (what click.Path does, without its checks)."""
    from click.shell_completion import CompletionItem

    return [CompletionItem(incomplete, type="file")]


def complete_tags(ctx: click.Context, param: click.Parameter,
                  incomplete: str) -> list[CompletionItem]:
    return _complete(ctx, incomplete, lambda store: ((t, t, t) for t in store.tags()))


def complete_regions(ctx: click.Context, param: click.Parameter,
                     incomplete: str) -> list[CompletionItem]:
    return _complete(ctx, incomplete, lambda store: ((r, r, r) for r in store.regions()))


def complete_conditions(ctx: click.Context, param: click.Parameter,
                        incomplete: str) -> list[CompletionItem]:
    """The metric a --where condition starts with; nothing once an operator is typed."""
    if any(op in incomplete for op in "<>=!"):
        return []
    return complete_metrics(ctx, param, incomplete)
def complete_cite_targets(ctx: click.Context, param: click.Parameter,
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
        return open_data(ctx.params.get("data"), False)
    except Exception:  # completion must never print an error into the user's prompt
        return None


NO_PAGER_KEY = "hubquery.no_pager"


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """--version (click's own version option costs every run a gettext lookup)."""
    if value and not ctx.resilient_parsing:
        from hubquery import __version__

        click.echo(f"hubquery, version {__version__}")
        ctx.exit()


@click.group(cls=HubqueryGroup, epilog=EXIT_CODES,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True,
              callback=_print_version, help="Show the version and exit.")
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

