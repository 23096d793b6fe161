"""`check` on times that are no figure's period (issue #19): "a 2018-19 survey" is one
time, two years, never a count of 19; a year set off by commas as when what is named
began (", dating from 1991,", ", founded in 1999,") dates no count or sum of the
sentence; "for four decades, since 1979" is a duration up to now, not one of 1979.
A deadline's year read with no metric ("has until 2025 to become …") is shown as a year.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


def test_a_range_of_two_years_is_one_time() -> None:
    # (one time, and before a report's noun the report's, as "a 2019 study" is: no period
    # of the figure; tests/cli/test_check_reading_dev10_words.py)
    assert _read("A 2018-19 study found that half of all laptop chips are made in Chengdu.") == [
        ("supported", "about 50 % · chengdu · laptop-chip-share")
    ]
    assert _read("Half of all laptop chips were made in Chengdu in 2018-19.") == [
        ("supported", "about 50 % · chengdu · laptop-chip-share · 2018–2019")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (China's 114 national high-tech zones, c. 2019: no figure of 1991)
        (
            "Xi'an's zone, founded in 1991, is one of China's 114 national high-tech zones.",
            [
                ("supported", "1991 · xian-hi-tech-zone · year-established"),
                ("supported", "114 zones · china · national-high-tech-zones"),
            ],
        ),
        # (not set off: the sentence's own claim of the year, which dates the sum)
        (
            "Microsoft's Beijing lab, which cost US$280 million, opened in 2005.",
            [("unsupported", "US$280 million · Microsoft (beijing) · investment · 2005")],
        ),
    ],
)
def test_a_year_something_began_set_off_dates_no_figure(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _read(text) == expected


def test_a_duration_since_a_year_is_up_to_now() -> None:
    assert _read("Shenzhen has been a special economic zone for about 40 years, since 1979.") == [
        ("supported", "about 40 years · shenzhen · years-as-special-economic-zone")
    ]


def test_a_deadline_s_year_with_no_metric_reads_as_a_year() -> None:
    # (no goal of Chengdu's held: unsupported, but a year, never the count 2,025)
    assert _read("Chengdu has until 2025 to become a national AI hub.") == [
        ("unsupported", "2025 · chengdu · no metric")
    ]
