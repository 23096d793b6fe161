"""`check` on a figure "cleared" (issue #19): a sum a place or firm cleared it went
beyond, as one it "topped" or "passed": a lower bound ("cleared US$900 million" is more
than US$900 million), never the sum itself.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Neusoft's revenue cleared US$900 million in 2012.",
            ("supported", "more than US$900 million · Neusoft (shenyang) · revenue · 2012"),
        ),
        (
            "In 2012 Neusoft's sales comfortably cleared US$2 billion.",
            ("unsupported", "more than US$2 billion · Neusoft (shenyang) · revenue · 2012"),
        ),
    ],
)
def test_a_sum_cleared_is_a_lower_bound(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]
