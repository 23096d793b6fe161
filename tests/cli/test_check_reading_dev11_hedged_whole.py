"""A whole counted after a part of it keeps its own metric when a hedge stands between
the possessive and its number ("300 of Zhongguancun's roughly 2,300 companies"), as it
does without one (issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "About 300 of Zhongguancun's roughly 2,300 companies have opened branches abroad.",
        "More than 300 of Zhongguancun's around 2,300 companies had a turnover above 1 billion "
        "yuan in 2012.",
    ],
)
def test_a_hedged_whole_is_the_count_of_all(text: str) -> None:
    read = _read(text)
    assert {verdict for verdict, _ in read} == {"supported"}
    assert any(r.startswith("about 2,300 companies · zhongguancun · companies") for _, r in read)


def test_a_hedged_count_with_no_part_before_it_is_read_as_before() -> None:
    text = "Zhongguancun's roughly 2,300 companies had turnover above 1 billion yuan."
    assert _read(text) == [
        (
            "unsupported",
            "about 2,300 companies · zhongguancun · companies-with-billion-yuan-turnover",
        )
    ]
