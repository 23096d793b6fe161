"""The tables a new user reads at 60, 80 and 120 columns (#20): quotes on their own
full-width lines, labels kept whole where the width allows, the usage line whole,
and the columns that should give way giving way first."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import pytest
from click.testing import CliRunner

from hubquery.cli import cli
from tests.conftest import hubquery_in_process

if TYPE_CHECKING:
    from hubquery.render.layout.cells import Column, Measured


def _out(args: list[str], width: int, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


DALIAN_TAG = "“Dalian has grown into one of China’s strongest IT outsourcing (ITO) hubs”"


@pytest.mark.parametrize("width", [60, 80, 120])
def test_search_quotes_are_on_their_own_full_width_line(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _out(["search", "outsourcing"], width, monkeypatch)
    assert all(len(line) <= width for line in out)
    # Under the row it belongs to, indented, wrapped at the width (as show --quotes does),
    # not in a 30-column cell of its own.
    quoted = [i for i, line in enumerate(out) if line.startswith("  “")]
    assert quoted
    if width >= 80:
        assert "  " + DALIAN_TAG in out
    else:
        first = out.index("  “Dalian has grown into one of China’s strongest IT")
        assert out[first + 1] == "  outsourcing (ITO) hubs”"
    # Each quote follows its own row (a row starts at the margin).
    for i in quoted:
        above = next(line for line in reversed(out[:i]) if not line.startswith("  "))
        assert not above.startswith(" ")


def _usage(args: list[str], width: int) -> list[str]:
    """The words of the usage line, as the real program prints it at ``width``."""
    out = hubquery_in_process(*args, "--help", env={"COLUMNS": str(width)}).stdout
    lines = out.decode().splitlines()
    return " ".join(lines[: lines.index("")]).split()


@pytest.mark.slow
@pytest.mark.parametrize("name", ["schema", "export", "cite", "list", "rank", None])
def test_no_usage_line_breaks_a_word(name: str | None) -> None:
    args = [name] if name else []
    wide = _usage(args, 200)
    assert _usage(args, 60) == wide
    assert _usage(args, 80) == wide


def test_schema_help_names_every_command_it_takes(monkeypatch: pytest.MonkeyPatch) -> None:
    from hubquery.schema import JSON_COMMANDS

    help_text = " ".join(" ".join(_out(["schema", "--help"], 80, monkeypatch)).split())
    listed = re.search(r"COMMAND is one of: ([a-z, ]+)\.", help_text)
    assert listed is not None
    assert listed.group(1).split(", ") == sorted(JSON_COMMANDS)


def _metric_labels(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    import json

    monkeypatch.setenv("NO_COLOR", "1")
    items = json.loads(CliRunner().invoke(cli, ["metrics", "--json"]).stdout)
    return [
        (m["id"], m["label"] + (f" ({', '.join(m['aliases'])})" if m["aliases"] else ""))
        for m in items
    ]


@pytest.mark.parametrize("width", [60, 80, 120])
def test_metrics_keeps_labels_whole_where_the_width_allows_and_ids_unbroken(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _out(["metrics"], width, monkeypatch)
    assert all(len(line) <= width for line in out)
    room = width - 2 if width < 120 else 50  # a line of its own, or the label column
    for ident, label in _metric_labels(monkeypatch):
        assert any(line.startswith(ident + " ") or line == ident for line in out), ident
        if len(label) <= room:
            assert any(label in line for line in out), label  # on one line, not wrapped
    if width == 120:  # wide enough for one line a metric, labels beside their ids
        assert out[0].split() == ["Metric", "Kind", "Hubs", "Facts", "Label", "(aliases)"]


def test_a_growth_reads_the_same_in_every_view(monkeypatch: pytest.MonkeyPatch) -> None:
    """One rule for rounding a percentage (display.percent_number, two decimals): the
    growth show prints and the change history computes read alike ("+1.17 %" in show
    was "+1.2 %" as a change in history)."""
    from hubquery.display import format_value

    assert format_value(1.1696, "percent", "growth") == "+1.17 %"
    history = "\n".join(_out(["history", "dalian", "-m", "outsourcing-revenue"], 120, monkeypatch))
    assert "+US$13.05 billion (+150.87 %)" in history  # 13.05 / 8.65 = 150.867… %
    show = "\n".join(_out(["show", "chengdu"], 120, monkeypatch))
    assert "+1.17 %" in show


NEW_USER_VIEWS = [
    ["show", "dalian"],
    ["show", "dalian-software-park"],
    ["show", "dalian", "--quotes"],
    ["list", "--where", "population > 20m"],
    ["metrics"],
    ["search", "outsourcing"],
    ["rank", "-m", "population"],
    ["history", "dalian"],
    ["check", "Dalian earned US$21.7 billion from outsourcing in 2013, up from US$8.65 billion."],
    # on 0a04967 its quote's closing mark was a line of its own at 80 columns
    ["check", "Chengdu has more than 20 million people."],
]


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("args", NEW_USER_VIEWS, ids=" ".join)
def test_circa_amounts_and_quote_marks_never_split_from_their_word(
    args: list[str], width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = [line.rstrip() for line in _out(args, width, monkeypatch)]
    for line, following in zip(out, [*out[1:], ""], strict=True):
        assert not re.search(r"(^|\s)c\.$", line), line  # "c." / "2014"
        assert not line.endswith(("“", "‘")), line
        assert not following.lstrip().startswith(("”", "’")), following
        if re.search(r"US\$[\d.,]+$", line):
            assert not following.lstrip().startswith(("billion", "million", "trillion"))
        if line.rstrip().endswith(("US$", "€", "CNY")):
            pytest.fail(f"an amount split from its currency: {line!r}")


def test_show_uses_the_width_before_it_wraps_a_label_or_a_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`show dalian-software-park` at 80 columns drew a 71-column table and still wrapped
    "Year established (creation / begun)" and "hundreds (at least / 200 companies)": a
    table wraps a cell only when it takes the whole width."""
    out = _out(["show", "dalian-software-park"], 80, monkeypatch)
    rule = next(line for line in out if line and set(line) == {"─"})
    body = out[out.index(rule) + 1 :]
    assert any(line.startswith("Year established (creation begun) ") for line in body)
    wrapped = [line for line in body[: body.index("")] if line.startswith(" ")]
    assert not wrapped or len(rule) == 80, "\n".join(out)


def test_a_derived_figure_has_one_mark_in_every_view(monkeypatch: pytest.MonkeyPatch) -> None:
    """A derived figure is marked by its dagger, explained under the table, in show,
    source and history alike; show and source also said "derived" in the label."""
    views = {
        "show": ["show", "chengdu"],
        "source": ["source", "chinadaily-2022-inland"],
        "history": ["history", "chengdu", "-m", "population"],
    }
    for name, args in views.items():
        out = _out(args, 120, monkeypatch)
        row = next(line for line in out if "20.947 million people" in line)
        assert "†" in row, name
        assert "derived" not in row, name
        assert any(line.startswith("† Computed from figures in") for line in out), name


QUOTING_VIEWS = [
    ["show", "dalian", "--quotes"],
    ["history", "dalian", "--quotes"],
    ["search", "graduates"],
    ["source", "allen-2014-dalian", "--quotes"],
    ["cite", "dalian"],
    ["cite", "dalian", "--format", "markdown"],
    ["cite", "chengdu", "--style", "chicago"],
    ["sources"],
    ["check", "Dalian's Neusoft Institute was set up in 2000."],
]


@pytest.mark.parametrize("args", QUOTING_VIEWS, ids=" ".join)
def test_a_quote_that_opens_with_a_mark_is_quoted_once(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A quotation inside a quotation takes single marks (display.quoted, the one place
    that puts words in marks): “‘Nearly all our graduates …,’ Menon explains.”, never
    ““Nearly all …,”” as every view printed a quote that begins with a speaker's mark."""
    out = "\n".join(_out(args, 200, monkeypatch))
    assert "““" not in out
    assert "””" not in out
    assert not re.search(r"“[^”‘’]*“", out), out  # no double mark opened inside another


def test_quoted_nests_inner_marks_as_single() -> None:
    from hubquery.display import quoted

    assert quoted("“Nearly all,” Menon explains.") == "“‘Nearly all,’ Menon explains.”"
    assert quoted("5 Chinese “Silicon Valleys”") == "“5 Chinese ‘Silicon Valleys’”"
    assert quoted("China’s hubs") == "“China’s hubs”"


def _ids(args: list[str], monkeypatch: pytest.MonkeyPatch) -> set[str]:
    import json

    items = json.loads(CliRunner().invoke(cli, [*args, "--json"]).stdout)
    return {i[k] for i in items for k in ("source_id", "metric_id", "id") if i.get(k)}


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize(
    "args",
    [["search", "outsourcing"], ["search", "dalian"], ["sources"], ["metrics"]],
    ids=" ".join,
)
def test_ids_are_never_broken(args: list[str], width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """An id is what a user types next (`hubquery source allen-2014-dalian`): a column of
    ids is dropped, in its order, before an id is broken at its hyphen ("allen-2014-" /
    "dalian" in search at 60 columns)."""
    out = [line.rstrip() for line in _out(args, width, monkeypatch)]
    for ident in _ids(args, monkeypatch):
        for line, following in pairwise(out):
            head = line.split()[-1] if line.split() else ""
            rest = following.split()
            broken = head != ident and ident.startswith(head) and head.endswith("-")
            assert not (broken and ident[len(head) :] in rest), (ident, line, following)


def _aliases_tags_and_kinds(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    import json

    metrics = json.loads(CliRunner().invoke(cli, ["metrics", "--json"]).stdout)
    hubs = json.loads(CliRunner().invoke(cli, ["list", "--json"]).stdout)
    return (
        {alias for m in metrics for alias in m["aliases"]}
        | {tag for h in hubs for tag in h["hub"]["tags"]}
        | {h["hub"]["kind"] for h in hubs}
    )


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize(
    "args",
    [
        ["search", "outsourcing"],
        ["search", "rank"],
        ["search", "zone"],
        ["list"],
        ["list", "--sort", "population"],
        ["list", "--sort", "laptops"],
        ["metrics"],
    ],
    ids=" ".join,
)
def test_an_alias_a_tag_or_a_kind_is_never_broken_at_its_hyphen(
    args: list[str], width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a user types next (`--metric outsourcing-enterprises`, `--tag
    satellite-navigation`, `--kind science-park`) is one word wherever it is shown: at
    60 columns search wrapped the alias as "outsourcing-" / "enterprises" and list its
    kind as "science-" / "park". A hyphen is not a place to break a line before the
    last resort; a column is dropped, in its order, first."""
    out = [line.rstrip() for line in _out(args, width, monkeypatch)]
    words = {word.rstrip(",") for line in out for word in line.split()}
    broken = sorted(
        (name, head)
        for name in _aliases_tags_and_kinds(monkeypatch)
        for head in words
        if head.endswith("-") and name.startswith(head) and name[len(head) :] in words
    )
    assert broken == [], "\n".join(out)


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize(
    "args",
    [
        ["list", "--sort", "laptops"],
        ["list", "--where", "laptops > 1"],
        ["list", "--where", "population > 5m", "--sort", "population"],
    ],
    ids=" ".join,
)
def test_a_list_s_figures_take_two_lines_before_a_column_that_may_go_stays(
    args: list[str], width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`list --sort laptops` at 80 columns squeezed its two figure columns to 11 and 15
    columns ("one out of / every three / (≈33 %) / 2022-05 [1]") to keep Region, Part of
    and Kind: a list's figures are what was asked for, so a column the table may leave
    out (Tags, Region, Part of, Kind, in that order) goes before a figure takes a third
    line. Checked on the widths the layout chose, not read back from the text."""
    from hubquery.render.layout import terminal, widths
    from hubquery.render.layout.wrap import height

    chosen: list[tuple[list[Column], list[list[list[Measured]]], dict[int, int]]] = []
    real = widths.fit

    def watched(width: int, columns: Any, rows: Any, **options: Any) -> widths.Fit:
        fitted = real(width, columns, rows, **options)
        chosen.append((list(columns), [list(r) for r in rows], fitted.widths))
        return fitted

    monkeypatch.setattr(terminal, "fit", watched)
    out = _out(args, width, monkeypatch)
    columns, rows, shown = chosen[0]  # the list; then its notes and sources
    context = {"Hub", "Kind", "Part of", "Region", "Tags", "#"}
    figures = [i for i, c in enumerate(columns) if c.header not in context]
    assert figures
    for i in figures:
        tallest = max(sum(height(line, shown[i]) for line in row[i]) for row in rows)
        assert tallest <= 2, (columns[i].header, shown[i], "\n".join(out))
    order = ["Tags", "Region", "Part of", "Kind"]
    dropped = sorted((c.header for i, c in enumerate(columns) if i not in shown), key=order.index)
    assert dropped == order[: len(dropped)]
    assert all(len(line) <= width for line in out)


def test_a_list_value_takes_two_lines_not_three_at_80_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`list --where "population > 20m"` wrapped "more than 20 million people
    (threshold) 2022-05 [1]" to three lines in a 20-column cell, though with gaps of two
    spaces (five columns saved) every row fits in two: the width of the gaps is used
    before a cell wraps to another line."""
    out = _out(["list", "--where", "population > 20m"], 80, monkeypatch)
    body = out[2 : next(i for i, line in enumerate(out) if line.endswith(" hubs"))]
    starts = [i for i, line in enumerate(body) if not line.startswith(" ")]
    heights = [b - a for a, b in pairwise([*starts, len(body)])]
    assert len(heights) == 4
    assert max(heights) == 2, "\n".join(out)
    assert all(len(line) <= 80 for line in out)


@pytest.mark.parametrize(
    "args",
    [
        ["rank", "-m", "population"],
        ["list", "--sort", "population"],
        ["history", "dalian"],
        ["show", "dalian"],
        ["source", "chinadaily-2022-inland"],
    ],
    ids=" ".join,
)
def test_every_lettered_note_is_a_sentence(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """rank's notes read "(a) Permanent residents." then "(b) not ranked: … not a count
    of this place" with no full stop: under a table each lettered note is a sentence."""
    out = _out(args, 80, monkeypatch)
    notes: list[str] = []
    for line in out:
        if re.match(r"\([a-z]\d*\) ", line):
            notes.append(line)
        elif notes and line.startswith("    ") and not notes[-1].endswith("\n"):
            notes[-1] += " " + line.strip()
        elif notes:
            notes[-1] += "\n"
    assert notes
    unfinished = [n.strip() for n in notes if not n.strip().endswith((".", "?", "!"))]
    assert unfinished == []
