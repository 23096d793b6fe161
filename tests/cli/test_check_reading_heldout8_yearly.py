"""`check` on a growth a year over a span (issue #19): "grew by about 36 percent a year
between 2010 and 2013", "grew at an average annual rate of 36 %" is the yearly rate
compounded over the span's three years (about 152 %), judged against the level's
figures of 2010 and 2013; it was judged as 36 % over the whole span and contradicted,
or read as another metric's one-year growth. Sentences written for these tests, none a
claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "From 2010 to 2013 Dalian's outsourcing revenue rose by about 36 percent a year.",
            "supported",
        ),
        (
            "Between 2010 and 2013 Dalian's outsourcing revenue grew at an average annual "
            "rate of roughly 36 percent.",
            "supported",
        ),
        (
            "Dalian's outsourcing revenue increased by around 36 % annually from 2010 to 2013.",
            "supported",
        ),
        (
            "Dalian's outsourcing revenue grew by about 60 percent a year between 2010 and 2013.",
            "contradicted",
        ),
    ],
)
def test_a_growth_a_year_over_a_span_is_compounded(text: str, verdict: str) -> None:
    (claim,) = _read(text)
    assert claim[0] == verdict
    assert claim[1].endswith("· dalian · outsourcing-revenue · 2010–2013")


def test_a_growth_over_a_span_not_a_year_is_the_spans() -> None:
    # (no year's rate said: the whole span's growth, 150.9 %)
    assert _read("Dalian's outsourcing revenue grew by about 150 percent between 2010 and 2013.")[
        0
    ] == ("supported", "about 150 % · dalian · outsourcing-revenue · 2010–2013")
