"""`check` on a span counted back from another (issue #19): in "more than five times
those of the preceding four" the four years are the span the multiple compares with,
no figure of how long anything lasted (read as "4 years" of no metric, the sentence was
left unsupported). "The past ten years" stays what it says. Sentences written for these
tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "Shenyang's new robotics firms over the last two years numbered more than five "
        "times those of the previous four.",
        "In two years Shenyang registered over five times as many robotics companies as in "
        "the preceding four years.",
    ],
)
def test_the_years_before_a_span_are_no_figure(text: str) -> None:
    assert [verdict for verdict, _ in _read(text)] == ["supported"]
    assert _read(text)[0][1].startswith("more than 5× · shenyang · new-robotics-companies")


def test_the_past_years_stay_a_figure() -> None:
    assert _read(
        "Dalian has focused on building its outsourcing industry for the past 15 years."
    ) == [("contradicted", "15 years · dalian · years-focused-on-outsourcing")]
