"""A change in percent said of a change just claimed between two figures ("rose from
US$8.65 billion in 2010 to US$21.7 billion in 2013, a rise of about 150 per cent",
", up 151 %") is that change's, worked out from the two figures (+150.87 %), never a
growth figure of something else the words might name (issue #19). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("tail", "verdict"),
    [
        ("an increase of about 150 percent", "supported"),
        ("a jump of roughly 150 per cent", "supported"),
        ("up more than 140 percent", "supported"),
        ("an increase of some 40 percent", "contradicted"),
        ("a fall of about 150 percent", "contradicted"),
    ],
)
def test_a_percent_of_the_change_just_claimed(tail: str, verdict: str) -> None:
    claims = _check(
        "Dalian's revenue from outsourcing went up from US$8.65 billion in 2010 to "
        f"US$21.7 billion in 2013, {tail}."
    )
    levels = [c for c in claims if c.metric_id == "outsourcing-revenue" and not c.derived]
    assert [c.verdict for c in levels] == ["supported", "supported"]
    [percent] = [c for c in claims if c.derived]
    assert (percent.verdict, percent.metric_id) == (verdict, "outsourcing-revenue")
    assert percent.fact_ids == (
        "dalian-outsourcing-revenue-2010-usd",
        "dalian-outsourcing-revenue-2013-usd",
    )
    assert "+150.87 %" in percent.notes[0].message
