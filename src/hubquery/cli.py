"""The command line: each command parses, loads, queries and renders — nothing more.

Exit status: 0 success, 1 not found or bad data, 2 usage error, 70 internal error.
"""

from __future__ import annotations

import errno
import functools
import os
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from hubquery.errors import ConditionError, DatasetError, HubqueryError
from hubquery.schema import JSON_COMMANDS

F = TypeVar("F", bound=Callable[..., Any])

# The formats every query command writes (render.emit handles each).
FORMATS = ("table", "json", "jsonl", "csv", "tsv", "yaml", "markdown")

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
        except ConditionError as error:
            raise click.UsageError(_one_line(error), ctx) from None
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
    from hubquery.render.fields import Projection
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
        "--data", "data", metavar="PATH", default=None,
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
    --no-headers, reaches ``_emit`` through the click context: commands never see it."""

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


def _emit(view: View, fmt: str, output: str | None = None, force: bool = False) -> None:
    """Write a command's result to stdout (or, whole or not at all, to ``output``) in the
    format and with the fields asked for."""
    from hubquery.render import emit

    as_of = _as_of()
    line = None
    if as_of is not None:
        from hubquery.periods import as_of_day
        from hubquery.render import AsOfLine

        line = AsOfLine(as_of, as_of_day(as_of))
    meta = click.get_current_context().meta
    if output is None:
        emit(view, fmt, sys.stdout, sys.stderr, line, meta.get(_PROJECTION),
             meta.get(_HEADERS, True))
        return
    from hubquery.render.files import atomic_file, refuse_existing

    refuse_existing(output, force)
    with atomic_file(output) as temporary, open(temporary, "w", encoding="utf-8") as out:
        emit(view, fmt, out, sys.stderr, line, meta.get(_PROJECTION), meta.get(_HEADERS, True))


def _open(data: str | None, no_cache: bool) -> Store:
    from hubquery.load import open_store

    store = open_store(data, use_cache=not no_cache)
    as_of = _as_of()
    if as_of is None:
        return store
    from hubquery.periods import as_of_day
    from hubquery.store import Store

    return Store(store.connection, as_of=as_of_day(as_of))


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
@dataset_options
@output_options((*(f for f in FORMATS if f != "table"), *WHOLE_TABLE_FORMATS), default="jsonl")
def export(hubs: tuple[str, ...], within: bool, metric_names: tuple[str, ...],
           source_names: tuple[str, ...], conditions: tuple[str, ...], output: str | None,
           metadata: str | None, force: bool, data: str | None, no_cache: bool,
           fmt: str) -> None:
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
    facts = export_facts(store, hubs=hubs, within=within, metrics=metric_names,
                         sources=source_names, where=conditions)
    if fmt == "sqlite":
        from hubquery.render.sqlite_export import write_sqlite

        write_sqlite(store, facts, str(output), metadata=metadata, force=force)
    elif fmt == "datapackage":
        from hubquery.render.datapackage import write_datapackage

        write_datapackage(store, facts, str(output), force=force)
    else:
        from hubquery.render.views import facts_view

        _emit(facts_view(facts), fmt, output, force)


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
              "'population >= 20 million', 'revenue > US$1bn' (repeatable: all must hold). "
              "A hedged figure is an interval: 'more than 20 m' is > 20m, and against "
              "'> 25m' it may or may not hold.")
@click.option("--maybe", is_flag=True,
              help="Also list hubs whose hedged figures leave a condition undecided, marked ?.")
@click.option("--sort", metavar="METRIC", type=NAME, shell_complete=_complete_metrics,
              help="Sort by this metric's latest figure, largest first; name the unit of a "
              "metric kept in several ('outsourcing-revenue USD').")
@click.option("--asc", "ascending", is_flag=True, help="With --sort: smallest first.")
@click.option("--limit", type=click.IntRange(min=0), metavar="N", help="At most N hubs.")
@dataset_options
@output_options()
def list_command(kinds: tuple[str, ...], parent: str | None, country: str | None,
                 region: str | None, tags: tuple[str, ...], conditions: tuple[str, ...],
                 maybe: bool, sort: str | None, ascending: bool, limit: int | None,
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
                       ascending=ascending, limit=limit, maybe=maybe)
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
@click.argument("hub", type=NAME, shell_complete=_complete_hubs)
@click.option("--metric", "-m", "metric_names", multiple=True, metavar="METRIC", type=NAME,
              shell_complete=_complete_metrics,
              help="Metric to show (repeatable); default: every metric the hub has more than "
              "one figure for, then the rest.")
@click.option("--quotes", "-q", is_flag=True, help="Show the quote that states each figure.")
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
    _emit(search_view(result), fmt)


@cli.command()
@click.argument("command", required=False, type=click.Choice(sorted(JSON_COMMANDS)))
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
        sys.stdout.write("".join(f"{name}\n" for name in field_names(command)))
        return
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
