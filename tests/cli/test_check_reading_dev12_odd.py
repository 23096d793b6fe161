"""`check` on a count written "650-odd" (issue #19): some 650, as a fact-checker takes it,
not a bound above it ("more than 650"): a source's "nearly 650" supports it, one far off
contradicts it. Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read


def test_odd_is_about() -> None:
    assert _read("The Dalian Software Park housed 650-odd software companies in 2014.") == [
        ("supported", "about 650 companies · dalian-software-park · companies · 2014")
    ]


def test_odd_far_off_is_contradicted() -> None:
    assert _read("Hefei had 500-odd AI companies in 2021.") == [
        ("contradicted", "about 500 companies · hefei · ai-companies · 2021")
    ]


def test_plus_is_still_a_bound() -> None:
    assert _read(
        "Shenyang registered 860-plus new robotics firms in the two years to May 2022."
    ) == [("supported", "more than 860 companies · shenyang · new-robotics-companies · 2020–2022")]
