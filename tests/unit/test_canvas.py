"""render.table.parts.plain_canvas, the fast path for output that is not a terminal, pinned to
the slow, obviously correct reference: what rich's Console says of the same file
(render.table.parts.rich_canvas)."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubquery.render.table.parts import make_canvas, plain_canvas, rich_canvas

ENVIRONMENT = ("COLUMNS", "FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR", "TERM")


class FakeTerminal(io.StringIO):
    """A file that says it is a terminal."""

    def isatty(self) -> bool:
        return True


class Latin1(io.StringIO):
    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "latin-1"


@settings(max_examples=300, deadline=None)
@given(
    columns=st.sampled_from([None, "", "0", "1", "60", "132", " 80", "80x", "-5", "٣"]),
    force=st.sampled_from([None, "", "0", "1"]),
    compatible=st.sampled_from([None, "", "0", "1", "2"]),
    no_color=st.sampled_from([None, "", "1"]),
    term=st.sampled_from([None, "dumb", "xterm-256color"]),
    colour=st.sampled_from(["auto", "never", "always"]),
    kind=st.sampled_from([io.StringIO, FakeTerminal, Latin1]),
)
def test_the_plain_canvas_is_what_rich_gives(
    columns: str | None,
    force: str | None,
    compatible: str | None,
    no_color: str | None,
    term: str | None,
    colour: str,
    kind: type[io.StringIO],
) -> None:
    values = dict(zip(ENVIRONMENT, (columns, force, compatible, no_color, term), strict=True))
    with pytest.MonkeyPatch.context() as patch:
        for name, value in values.items():
            if value is None:
                patch.delenv(name, raising=False)
            else:
                patch.setenv(name, value)
        file = kind()
        fast = plain_canvas(file, colour)
        reference = rich_canvas(file, colour)
        if fast is not None:  # rich's answer, without rich
            assert fast == reference
            assert reference.color_system is None
        assert make_canvas(file, colour=colour) == reference


def test_a_pipe_gets_its_canvas_without_rich_console() -> None:
    """What the fast path is for: a table in a pipe never imports rich.console."""
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
