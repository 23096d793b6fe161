"""`check` on a place said to join a group ("joined China's ten cross-border e-commerce
pilot cities in 2016", "joined the ranks of …"): becoming one of them, so the year is
when it did, as after "became one of" (issue #19); a person joining a company ("joined
Neusoft") is no such group. Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_PILOT = "cross-border e-commerce pilot city (hangzhou) · year-designated"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hangzhou joined the ranks of China's 10 cross-border e-commerce pilot cities in 2017.",
            ("contradicted", f"2017 · {_PILOT}"),
        ),
        (
            "In April 2016 Hangzhou joined China's ten cross-border e-commerce pilot cities.",
            ("supported", f"2016 · {_PILOT}"),
        ),
    ],
)
def test_the_year_a_place_joined_a_group(text: str, expected: tuple[str, str]) -> None:
    assert expected in _read(text)


def test_joining_a_company_dates_nothing_founded() -> None:
    read = _read("In 2014 no more than one in ten of the institute's graduates joined Neusoft.")
    assert read == [
        (
            "supported",
            "at most 10 % · Neusoft Institute of Information (dalian) · "
            "graduate-employment-share · 2014",
        )
    ]
