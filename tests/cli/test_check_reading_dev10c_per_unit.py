"""`check` on a sum per one of something (issue #19): money said "per" or "for each"
of any one thing a writer counts ("per trainee", "per engineer", "for every firm") is a
sum per unit, never the total a metric of money holds; "per year", "each month" are
the period of a total and leave it one.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        (
            "Dalian's subsidies came to some US$300 per trainee.",
            "about US$300 · dalian · no metric",
        ),
        (
            "Neusoft's revenue came to about US$20,000 per engineer in 2012.",
            "about US$20,000 · Neusoft (shenyang) · no metric · 2012",
        ),
        (
            "Neusoft's revenue worked out at US$9,000 for every customer in 2012.",
            "US$9,000 · Neusoft (shenyang) · no metric · 2012",
        ),
    ],
)
def test_a_sum_per_one_thing_is_no_total(text: str, read_as: str) -> None:
    assert _read(text) == [("unsupported", read_as)]


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        (
            "Neusoft's revenue came to about US$1 billion per year in 2012.",
            "about US$1 billion · Neusoft (shenyang) · revenue · 2012",
        ),
        (  # ("per" of a source is no sum per one thing)
            "Per Neusoft's own accounts, its revenue came to about US$1 billion in 2012.",
            "about US$1 billion · Neusoft (shenyang) · revenue · 2012",
        ),
        (
            "Dalian spends more than US$40 million each year on subsidies for trainees.",
            "more than US$40 million · dalian · annual-subsidies",
        ),
    ],
)
def test_a_sum_per_year_is_still_a_total(text: str, read_as: str) -> None:
    assert [r for _, r in _read(text)] == [read_as]
