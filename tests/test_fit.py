"""Every view of the shipped dataset fits the terminal: no line wider than the width
(display width: CJK characters count 2), and at 80 columns no word split mid-word."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from hubquery.cli import cli

WIDTHS = (60, 80, 100, 120, 200)


def _out(args: list[str], width: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, (args, result.stderr)
    return result.stdout


def _ids(command: str, record: str | None = None) -> list[str]:
    result = CliRunner().invoke(cli, [command, "--json"], catch_exceptions=False)
    return [(item[record] if record else item)["id"] for item in json.loads(result.stdout)]


def _views() -> list[list[str]]:
    hubs = _ids("list", "hub")
    views = [["show", hub] for hub in hubs] + [["show", hub, "--quotes"] for hub in hubs]
    sources = _ids("sources", "source")
    views += [["source", s] for s in sources] + [["source", s, "--quotes"] for s in sources]
    views += [["rank", "-m", m] for m in _ids("metrics")]
    views += [
        ["list"], ["list", "--sort", "area"], ["list", "--sort", "population"],
        ["list", "--where", "companies>100", "--sort", "companies"],
        ["list", "--where", "population>1m", "--where", "area>1"],
        ["list", "--kind", "science-park"],
        ["compare", "chengdu", "chongqing"], ["compare", "chengdu", "chongqing", "-m", "laptops"],
        ["compare", "dalian", "zhongguancun", "shenzhen"],
        ["compare", "dalian", "zhongguancun", "shenzhen", "chengdu"],
        ["compare", "dalian", "zhongguancun", "shenzhen", "chengdu", "chongqing"],
        ["compare", "dalian", "zhongguancun", "shenzhen", "chengdu", "chongqing", "-m", "pop"],
        ["metrics"], ["sources"], ["search", "silicon"], ["search", "成都"], ["search", "software"],
        ["search", "a", "--limit", "200"],
    ]
    return views


@pytest.fixture(scope="module")
def views() -> list[list[str]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NO_COLOR", "1")
        return _views()


@pytest.mark.parametrize("width", WIDTHS)
def test_no_line_is_wider_than_the_terminal(views: list[list[str]], width: int,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    too_wide = []
    for args in views:
        for line in _out(args, width, monkeypatch).splitlines():
            if cell_len(line) > width:
                too_wide.append((" ".join(args), cell_len(line), line))
    assert too_wide == []


def _words(text: str) -> set[str]:
    # Rules and bars change length with the width; they are not words.
    return {w for w in text.split() if not set(w) <= set("─-█░#.")}


def _pieces(word: str) -> list[str]:
    """A compound's words, a period's dates: a line may end after a hyphen or a slash."""
    return re.split(r"(?<=[^-/][-/])(?=[^-/])", word)


def test_no_word_is_split_at_80_columns(views: list[list[str]],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    split = []
    for args in views:
        whole = _words(_out(args, 10_000, monkeypatch))
        pieces = {piece for word in whole for piece in _pieces(word)}
        for word in _words(_out(args, 80, monkeypatch)) - whole:
            if not set(_pieces(word)) <= pieces:
                split.append((" ".join(args), word))
    assert split == []


def test_at_60_columns_only_the_documented_words_break(views: list[list[str]],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    split = set()
    for args in views:
        whole = _words(_out(args, 10_000, monkeypatch))
        pieces = {piece for word in whole for piece in _pieces(word)}
        for line in _out(args, 60, monkeypatch).splitlines():
            if line.startswith("Left out to fit"):
                continue
            for word in _words(line) - whole:
                if not set(_pieces(word)) <= pieces:
                    split.add(word)
    assert split <= {"Zhongguancu", "n"}  # compare of five hubs: 61 columns of whole words


def test_below_the_minimum_columns_drop_in_order_and_still_fit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = _out(["list", "--sort", "population"], 60, monkeypatch)
    assert "Left out to fit 60 columns: Tags." in out
    for width in (30, 40, 50):
        for args in (["list", "--sort", "population"], ["show", "zhongguancun", "--quotes"],
                     ["metrics"], ["compare", "dalian", "zhongguancun", "shenzhen"]):
            assert max(map(cell_len, _out(args, width, monkeypatch).splitlines())) <= width
