"""`check` on the year written after a number that defines a group (issue #19): in
"more than 300 firms had a turnover above 1 billion yuan in 2011" the 1 billion yuan is
no figure of its own but part of what the 300 count, and the year after it is the
count's: Zhongguancun's "more than 300" of 2012 does not establish 2011's (it was a
false supported, the count read with no year). Sentences written for these tests,
none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_READ = "more than 300 companies · zhongguancun · companies-with-billion-yuan-turnover"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 300 Zhongguancun firms posted turnover of over 1 billion yuan in 2011.",
            ("unsupported", f"{_READ} · 2011"),
        ),
        (
            "More than 300 Zhongguancun firms posted turnover of over 1 billion yuan in 2012.",
            ("supported", f"{_READ} · 2012"),
        ),
        (
            "In 2013 more than 300 Zhongguancun firms had a turnover above 1 billion yuan.",
            ("unsupported", f"{_READ} · 2013"),
        ),
    ],
)
def test_the_year_after_a_groups_threshold_is_the_counts(
    text: str, expected: tuple[str, str]
) -> None:
    assert _read(text) == [expected]


def test_a_count_with_no_year_stays_undated() -> None:
    assert _read("More than 300 Zhongguancun firms have a turnover above 1 billion yuan.") == [
        ("supported", _READ)
    ]
