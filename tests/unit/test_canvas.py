"""render.table.parts.own_canvas, the canvas of a table worked out without importing
rich.console, pinned to the slow, obviously correct reference: what rich's Console says
of the same file in the same environment (render.table.parts.rich_canvas)."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubquery.render.table.parts import make_canvas, own_canvas, rich_canvas

ENVIRONMENT = ("COLUMNS", "LINES", "FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR", "TERM", "COLORTERM")


class FakeTerminal(io.StringIO):
    """A file that says it is a terminal."""

    def isatty(self) -> bool:
        return True


class Latin1(io.StringIO):
    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "latin-1"


@settings(max_examples=500, deadline=None)
@given(
    columns=st.sampled_from([None, "", "0", "1", "60", "132", " 80", "80x", "-5", "٣"]),
    lines=st.sampled_from([None, "", "24", "x"]),
    force=st.sampled_from([None, "", "0", "1"]),
    compatible=st.sampled_from([None, "", "0", "1", "2"]),
    no_color=st.sampled_from([None, "", "1"]),
    term=st.sampled_from(
        [
            None,
            "",
            "dumb",
            " dumb",
            "UNKNOWN",
            "xterm",
            "xterm-256color",
            " xterm-kitty ",
            "screen-16color",
        ]
    ),
    colorterm=st.sampled_from([None, "", "truecolor", " 24BIT ", "yes"]),
    colour=st.sampled_from(["auto", "never", "always"]),
    kind=st.sampled_from([io.StringIO, FakeTerminal, Latin1]),
)
def test_the_own_canvas_is_what_rich_gives(
    columns: str | None,
    lines: str | None,
    force: str | None,
    compatible: str | None,
    no_color: str | None,
    term: str | None,
    colorterm: str | None,
    colour: str,
    kind: type[io.StringIO],
) -> None:
    values = (columns, lines, force, compatible, no_color, term, colorterm)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in zip(ENVIRONMENT, values, strict=True):
            if value is None:
                patch.delenv(name, raising=False)
            else:
                patch.setenv(name, value)
        file = kind()
        fast = own_canvas(file, colour)
        assert fast is not None  # Linux, not Jupyter, not IDLE
        assert fast == rich_canvas(file, colour)
        assert make_canvas(file, colour=colour) == fast


def test_a_pipe_gets_its_canvas_without_rich_console() -> None:
    """What it is for: a table never imports rich.console (in a pipe, not even rich.color)."""
    import subprocess
    import sys

    code = (
        "import io, sys; from hubquery.render.table.parts import make_canvas; "
        "make_canvas(io.StringIO()); print('rich.console' in sys.modules)"
    )
    env = {k: v for k, v in os.environ.items() if k not in ENVIRONMENT}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout == "False\n"
