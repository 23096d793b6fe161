"""Parts of one whole: where the source gives one country's part ("80 per cent of
Dalian's revenue from exported ITO services was based on Japanese business"), another
country's part of the same whole is at most what is left (20 %): a claim of more is
contradicted; a claim within what is left is not established (unsupported, as before).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "In 2012 Indian clients accounted for 60 percent of Dalian's ITO export revenue.",
            "contradicted",
        ),
        (
            "Korean business made up about half of Dalian's exported ITO revenue in 2012.",
            "contradicted",
        ),
        (
            "Korean clients brought in 10 percent of Dalian's ITO export revenue in 2012.",
            "unsupported",
        ),
        (
            "European firms supplied 20 percent of Dalian's ITO export revenue in 2012.",
            "unsupported",
        ),
        # another whole, another time: not bounded by Japan's part of 2012
        ("About 60% of Dalian's outsourcing revenue now comes from Korea.", "unsupported"),
    ],
)
def test_another_countrys_part_is_at_most_what_is_left(text: str, verdict: str) -> None:
    assert [c.verdict for c in _check(text)] == [verdict]
