"""A change said to have taken a span after an event ("within two years of the deal",
"in the first year after it") is not established by a change its source gives "since"
that event, to its own date, naming no span (issue #19: the source does not say how
long it took): unsupported. The same change said since the event, or after it with no
span, is the source's. Sentences written for these tests (Neusoft's European business:
"has increased five-fold since the deal", 2014)."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Within two years of buying into Sesca, Neusoft had grown its European business five-fold.",
        "Neusoft's European business grew five-fold in the first year after the Sesca deal.",
        "In the 12 months following its Sesca purchase, Neusoft saw European sales rise fivefold.",
    ],
)
def test_a_change_over_a_span_after_an_event_is_not_established(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert "does not say how long" in claim.notes[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Neusoft's European business has grown five-fold since it bought part of Sesca.",
        "Neusoft's European business grew five-fold after the Sesca deal.",
    ],
)
def test_a_change_since_or_after_an_event_is_supported(text: str) -> None:
    assert [c.verdict for c in _check(text)] == ["supported"]
