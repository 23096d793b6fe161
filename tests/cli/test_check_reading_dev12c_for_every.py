"""`check` on a ratio "for every N …" with its whole first (issue #19): "for every three
patents applied for …, fewer than one was granted" is the ratio "granted fewer than one
for every three applied for", of the part the closing clause names over the whole the
fronted one names, with the hedge it states. Sentences written for these tests, none a
claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check, _read

_DATED = "dalian · patents-granted"  # (1,205 granted of 5,280 applied for: 0.23)


@pytest.mark.parametrize(
    ("text", "verdict", "read_as"),
    [
        (
            "For every five invention patents applied for in Dalian in the first ten months "
            "of 2012, more than one was granted.",
            "supported",
            f"more than 0.2× · {_DATED}",
        ),
        (
            "In Dalian, for every three invention patents applied for in the first ten months "
            "of 2012, just one was granted.",
            "contradicted",
            f"0.333× · {_DATED}",
        ),
        (
            "For each four invention patents applied for in Dalian in the first ten months of "
            "2012, fewer than one had been granted.",
            "supported",
            f"less than 0.25× · {_DATED}",
        ),
    ],
)
def test_a_ratio_with_its_whole_first(text: str, verdict: str, read_as: str) -> None:
    assert [(v, s.removesuffix(" · 2012")) for v, s in _read(text)] == [(verdict, read_as)]
    assert {c.sentence_verdict for c in _check(text)} == {verdict}


def test_a_closing_clause_of_no_part_is_not_a_ratio() -> None:
    # (no "one" said of the part: the fronted clause's count stays what it was)
    read = _read(
        "For every four invention patents applied for in Dalian in the first ten months "
        "of 2012, one more came from Shenyang."
    )
    assert not any("×" in s for _, s in read)
