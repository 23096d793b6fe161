"""At 80 columns no table of the README's examples wraps a cell while it is narrower
than 80 (#20): every table an example draws either has every column at its natural
width or takes the whole width. Each example runs in this process with the column
planner watched, so the check is of the widths chosen, not of guesses read back from
the text."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from hubquery.cli import cli
from hubquery.render.layout import terminal, widths
from hubquery.render.layout.cells import Column, Measured
from hubquery.render.layout.widths import Fit
from tests.readme_examples import BROKEN, README, blocks

WIDTH = 80


def _tables() -> list[tuple[list[str], list[str]]]:
    """The README's examples that draw tables (hubquery's own commands, not piped nor
    redirected, whose output has a table's rule, and check's), each with the commands before it in its block
    that make its files (``printf … > draft.md``)."""
    found = []
    for block in blocks(README.read_text(encoding="utf-8")):
        setup = []
        for example in block:
            command = example.command
            if not command.startswith("hubquery "):
                setup.append(command)
                continue
            args = shlex.split(command)[1:]
            tabled = "─" in example.expected or args[0] == "check"  # check's are headerless
            lexer = shlex.shlex(command, posix=True, punctuation_chars="|<>")
            if not tabled or any(token in ("|", "<", ">", ">>") for token in lexer):
                # no table (an error, a citation), or not what a terminal shows; a ">"
                # inside quotes (--where "population > 5m") is not a redirection
                continue
            found.append((args, list(setup)))
    # and views the README does not show that a new user tried (#20's review)
    found += [(args, []) for args in EXTRA]
    return found


EXTRA = [
    ["list", "--where", "population > 20m"],
    ["search", "outsourcing"],
    ["show", "dalian-software-park"],
    ["metrics"],
    ["rank", "-m", "population"],
]


@pytest.mark.parametrize(("args", "setup"), _tables(), ids=[" ".join(a) for a, _ in _tables()])
def test_no_table_wraps_a_cell_while_narrower_than_80_columns(
    args: list[str], setup: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    drawn: list[tuple[int, int, bool]] = []
    real = widths.fit

    def watched(
        width: int, columns: list[Column], rows: list[list[list[Measured]]], **options: Any
    ) -> Fit:
        chosen = real(width, columns, rows, **options)
        natural = [
            max(
                [len(c.header) if options.get("header", True) else 0]
                + [line.width for row in rows if i < len(row) for line in row[i]]
            )
            for i, c in enumerate(columns)
        ]
        used = sum(chosen.widths.values()) + chosen.gap * (len(chosen.widths) - 1)
        wraps = any(w < natural[i] for i, w in chosen.widths.items())
        drawn.append((used, width, wraps))
        return chosen

    monkeypatch.setattr(terminal, "fit", watched)
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(tmp_path)
    shutil.copy(BROKEN, tmp_path / "broken.yaml")
    for command in setup:
        subprocess.run(["bash", "-c", command], cwd=tmp_path, check=False, capture_output=True)
    CliRunner().invoke(cli, args, catch_exceptions=False)
    assert drawn, "the example draws no table"
    for used, width, wraps in drawn:
        assert width == WIDTH
        assert not wraps or used == WIDTH, f"a cell wraps in a table {used} columns wide"
