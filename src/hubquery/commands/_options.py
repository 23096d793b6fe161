"""The options commands share, and the parameter types of what users type.

``dataset_options`` and ``output_options`` turn their options into one typed value each
(``_context.DatasetChoice``, ``_context.Output``) that the command receives as its
``dataset`` and ``output`` parameters; the command never sees the raw flags.

How to add an option:
- to one command: a ``@click.option`` on that command, and a parameter of the same name;
  the command passes it to its query or view as an argument.
- to every command that reads a dataset or writes a result: a ``click.option`` in
  ``dataset_options`` or ``output_options``, a field of ``DatasetChoice`` or ``Output``
  (in ``_context``) that the wrapper fills, and the code that uses it reads it from there.
- to the whole run (as --color): an option of the group (``hubquery.cli``) and a field of
  ``Terminal``, filled by ``_context.start``.
No option is put in or read from click's context: each reaches its use as an argument.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from hubquery.commands._context import ChartTarget, DatasetChoice, Output, terminal

if TYPE_CHECKING:  # click's ParamType is generic in its stubs, not at run time before 8.4
    from click.shell_completion import CompletionItem

    from hubquery.commands._complete import Completing
    from hubquery.render import AsOfLine
    from hubquery.render.fields import Projection

    _TextParam = click.ParamType[str, Any]
else:
    _TextParam = click.ParamType

F = TypeVar("F", bound=Callable[..., Any])

# The formats every query command writes (render.emit handles each).
FORMATS = ("table", "json", "jsonl", "csv", "tsv", "yaml", "markdown")
# Formats that write whole tables to files: no fields to choose, no header row to drop.
WHOLE_TABLE_FORMATS = ("sqlite", "datapackage")

# Charts (compare, rank, history): a Vega-Lite spec, or that spec drawn (the charts extra).
CHART_FORMATS = ("vega-lite", "svg", "png")

CITE_STYLES = ("apa", "chicago", "mla", "harvard")
CITE_FORMATS = ("text", "json", "csl-json", "bibtex", "ris", "markdown")


def completes(
    kind: Completing,
) -> Callable[[click.Context, click.Parameter, str], list[CompletionItem]]:
    """The ``shell_complete`` callback for words of ``kind``: ``commands._complete``, which
    reads the dataset, is imported only when the shell asks for a word."""

    def callback(
        ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[CompletionItem]:
        from hubquery.commands._complete import complete

        return complete(kind, ctx, param, incomplete)

    return callback


class Name(_TextParam):
    """Text a user typed to name something; bytes that are not UTF-8 are refused, never
    silently dropped (dropping them could match a different hub). A name cannot be
    empty; a text to check can (it holds no claim)."""

    name = "text"

    def __init__(self, empty: bool = False) -> None:
        self.empty = empty

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value)
        if any("\udc80" <= ch <= "\udcff" for ch in text):
            self.fail(
                f"{text.encode('utf-8', 'surrogateescape')!r} is not valid UTF-8 text", param, ctx
            )
        if not self.empty and not text.strip():
            self.fail("the name is empty", param, ctx)
        return text


NAME = Name()
TEXT = Name(empty=True)


def dataset_options(command: F) -> F:
    """--data, --no-cache and --as-of: which dataset a command reads, and how. The
    command receives them as one ``dataset: DatasetChoice``."""

    @functools.wraps(command)
    def wrapper(
        *args: Any, data: str | None, no_cache: bool, as_of: AsOfLine | None, **kwargs: Any
    ) -> Any:
        return command(*args, dataset=DatasetChoice(data, not no_cache, as_of), **kwargs)

    wrapped = click.option(
        "--data",
        "data",
        metavar="PATH",
        default=None,
        shell_complete=completes("files"),
        help="Dataset to read instead of the packaged one ('-' for stdin). Also: $HUBQUERY_DATA.",
    )(wrapper)
    wrapped = click.option(
        "--no-cache",
        is_flag=True,
        help="Parse and validate the dataset now instead of using the compiled cache.",
    )(wrapped)
    return click.option(  # type: ignore[return-value]
        "--as-of",
        "as_of",
        metavar="DATE",
        default=None,
        callback=_as_of_line,
        help="The dataset as it stood on DATE (YYYY, YYYY-MM or YYYY-MM-DD; a year or month "
        "means its last day): only figures from sources published on or before it. A source "
        "dated only by year or month, or whose date is inferred, counts from the end of that "
        "year or month (of its date range, if it has one).",
    )(wrapped)


def _as_of_line(ctx: click.Context, param: click.Parameter, value: str | None) -> AsOfLine | None:
    """--as-of DATE: YYYY, YYYY-MM or YYYY-MM-DD, as the date asked for and the day it
    means; anything else is a usage error. (A callback, not a parameter type: each class
    defined costs every run about 0.15 M instructions.)"""
    if value is None:
        return None
    from hubquery.periods import as_of_day
    from hubquery.render import AsOfLine

    try:
        day = as_of_day(value)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx, param) from None
    return AsOfLine(value.strip(), day)


def output_options(formats: tuple[str, ...] = FORMATS, default: str = "table") -> Callable[[F], F]:
    """--format, --json, --fields and --no-headers: how a command's result is written.
    The command receives them as one ``output: Output``.

    --json is --format json, and asking for both differently is a usage error. --fields
    is checked against the command's result type before the query runs (an unknown field
    is a usage error)."""

    def decorate(command: F) -> F:
        @functools.wraps(command)
        def wrapper(
            *args: Any,
            fmt: str | None,
            as_json: bool,
            fields: tuple[str, ...],
            no_headers: bool,
            **kwargs: Any,
        ) -> Any:
            if as_json and fmt not in (None, "json"):
                raise click.UsageError(f"--json and --format {fmt} contradict each other")
            fmt = "json" if as_json else fmt or default
            if no_headers and fmt not in ("csv", "tsv"):
                raise click.UsageError("--no-headers applies to --format csv and tsv")
            projection = None
            if fields:
                if fmt in WHOLE_TABLE_FORMATS:
                    raise click.UsageError(
                        f"--format {fmt} writes whole tables: --fields chooses what is printed"
                    )
                projection = _projection(click.get_current_context().command.name or "", fields)
            output = Output(fmt, projection, not no_headers, terminal())
            return command(*args, output=output, **kwargs)

        wrapper = click.option(
            "--no-headers",
            is_flag=True,
            help="CSV and TSV without the header row.",
        )(wrapper)
        wrapper = click.option(
            "--fields",
            "fields",
            multiple=True,
            metavar="A,B.C",
            help="Only these fields, as dotted paths in the order given (id,value,source.id); "
            "'hubquery schema COMMAND --fields' lists them.",
        )(wrapper)
        wrapper = click.option(
            "--format",
            "fmt",
            type=click.Choice(formats, case_sensitive=False),
            default=None,
            help=f"Output format (default: {default}).",
        )(wrapper)
        return click.option(  # type: ignore[return-value]
            "--json",
            "as_json",
            is_flag=True,
            help="Shorthand for --format json.",
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
        return projection(kind, fields, command)
    except UnknownField as error:
        raise click.BadParameter(str(error), param_hint="'--fields'") from None


def metrics_option(help: str) -> Callable[[F], F]:
    """--metric/-m METRIC, repeatable, into ``metric_names``: the same everywhere but its
    help (``rank``'s single required metric is its own option)."""
    return click.option(
        "--metric",
        "-m",
        "metric_names",
        multiple=True,
        metavar="METRIC",
        type=NAME,
        shell_complete=completes("metrics"),
        help=help,
    )


def limit_option(what: str, default: int | None = None) -> Callable[[F], F]:
    """--limit N, the same everywhere: N is at least 1 (0 would print nothing, which
    no one asks for); output that is cut says so (``_context.cut_notice``)."""
    return click.option(
        "--limit",
        type=click.IntRange(min=1),
        default=default,
        metavar="N",
        callback=_within_64_bits,
        show_default=default is not None,
        help=f"At most N {what}.",
    )


def _within_64_bits(ctx: click.Context, param: click.Parameter, value: int | None) -> int | None:
    """SQLite's LIMIT and itertools.islice take no more than 64 bits (it exited 70)."""
    if value is not None and value >= 1 << 63:
        raise click.BadParameter(f"{value} is beyond 64 bits", ctx, param)
    return value


def order_option(command: F) -> F:
    """--asc/--desc, the same for every command that orders by a figure."""
    return click.option(
        "--asc/--desc",
        "ascending",
        default=None,
        help="Smallest or largest first (default: largest first; ranks #1 first, years "
        "earliest first, durations shortest first).",
    )(command)


def window_options(command: F) -> F:
    """--since/--until YEAR: the years an order is made in (rank, list --sort)."""
    command = click.option(
        "--until",
        type=click.IntRange(0, 9999),
        metavar="YEAR",
        help="Rank only figures of YEAR or before (default: the newest figure's year).",
    )(command)
    return click.option(
        "--since",
        type=click.IntRange(0, 9999),
        metavar="YEAR",
        help="Rank only figures of YEAR or after (default: 5 years before --until; none "
        "for years founded). The figures left out are listed after the order, with why.",
    )(command)


def terminal_option(command: F) -> F:
    """For a command that writes a document but no result (a schema, a script): the
    run's ``Terminal``, as its ``terminal`` parameter."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return command(*args, terminal=terminal(), **kwargs)

    return wrapper  # type: ignore[return-value]


def chart_options(command: F) -> F:
    """--output, --force and --scale for a command that draws charts (--format vega-lite,
    svg or png): where the chart goes, and how large a PNG is. The command receives them
    as one ``chart: ChartTarget``."""

    @functools.wraps(command)
    def wrapper(
        *args: Any, chart_path: str | None, force: bool, scale: float, output: Output, **kwargs: Any
    ) -> Any:
        charting = output.fmt in CHART_FORMATS
        if not charting and (chart_path is not None or force or scale != 1.0):
            used = "--output" if chart_path is not None else "--force" if force else "--scale"
            raise click.UsageError(
                f"{used} goes with --format vega-lite, svg or png (a "
                "chart); to write data to a file, use hubquery export"
            )
        if charting and output.fields is not None:
            raise click.UsageError("--fields chooses printed fields; a chart draws figures")
        if output.fmt != "png" and scale != 1.0:
            raise click.UsageError("--scale goes with --format png")
        return command(*args, chart=ChartTarget(chart_path, force, scale), output=output, **kwargs)

    wrapped = click.option(
        "--scale",
        type=click.FloatRange(0.1, 10),
        default=1.0,
        show_default=True,
        metavar="X",
        help="With --format png: the image X times its size in pixels.",
    )(wrapper)
    wrapped = click.option("--force", is_flag=True, help="Overwrite --output if it exists.")(
        wrapped
    )
    return click.option(  # type: ignore[return-value]
        "--output",
        "-o",
        "chart_path",
        metavar="PATH",
        default=None,
        help="With --format vega-lite, svg or png: write the chart to PATH (whole or not "
        "at all) instead of stdout.",
    )(wrapped)
