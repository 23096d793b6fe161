"""`check` on a figure a verb says was come close to (issue #19): "neared 1,000",
"was nearing", "approached" hedge it as "nearly" does, short of it; with no such verb
the figure is read as stated. Sentences written for these tests, none a claim set's
own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_FIRMS = "dalian · outsourcing-companies · 2012"  # (the source: nearly 1,000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dalian's count of outsourcing companies neared 1,000 by the end of 2012.",
            ("supported", f"nearly 1,000 companies · {_FIRMS}"),
        ),
        (
            "At the end of 2012 the number of outsourcing firms in Dalian was nearing 1,000.",
            ("supported", f"nearly 1,000 companies · {_FIRMS}"),
        ),
        (
            "Dalian's outsourcing companies approached 2,000 at the end of 2012.",
            ("contradicted", f"nearly 2,000 companies · {_FIRMS}"),
        ),
    ],
)
def test_a_figure_come_close_to_is_nearly_it(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_a_figure_reached_is_read_as_stated() -> None:
    assert _read("Dalian's outsourcing companies numbered 1,000 at the end of 2012.") == [
        ("unsupported", f"1,000 companies · {_FIRMS}")
    ]
