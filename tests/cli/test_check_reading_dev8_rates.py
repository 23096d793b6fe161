"""`check` on rates of several periods in one clause (issue #19): "two start-ups every
two days, or about one a day" states each figure in the period written after it; the
first period the clause names was taken for all of them, and "one a day" was read as
one every two days (a false contradiction of Zhongguancun's two every two days).
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read

_OF = "zhongguancun · returnee-startups-every-two-days"


def test_each_figure_is_a_rate_in_the_period_written_after_it() -> None:
    assert _read(
        "The estimate of two Zhongguancun start-ups every two days means about one new firm a day."
    ) == [("supported", f"2 companies · {_OF}"), ("supported", f"about 2 companies · {_OF}")]


def test_a_period_written_before_the_figure_still_counts() -> None:
    assert _read("Every day, returnees found about one start-up in Zhongguancun.") == [
        ("supported", f"about 2 companies · {_OF}")
    ]
