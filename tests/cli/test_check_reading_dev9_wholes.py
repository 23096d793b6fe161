"""`check` on what a figure of a whole says around it (issue #19): "650 companies with
some 80,000 employees" states the whole's people, no part of its companies; "600-odd"
is some 600 (test_check_reading_dev12_odd.py); "up 38.6 percent from a year earlier" is
a change of the year named, not of the year before it (the time compared with is no
figure's), and so is "38.6 percent more than a year earlier", a growth. Sentences
written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_PARK = "dalian-software-park"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Dalian Software Park today hosts nearly 650 software firms with about 80,000 "
            "staff.",
            [
                ("supported", f"nearly 650 companies · {_PARK} · companies · now"),
                ("supported", f"about 80,000 people · {_PARK} · employees · now"),
            ],
        ),
        (
            "The Dalian Software Park's 600-odd firms employ 80,000 people between them.",
            [
                ("supported", f"about 600 companies · {_PARK} · companies"),
                ("unsupported", f"80,000 people · {_PARK} · employees"),
            ],
        ),
        # (a turnover is what the part counted has: still a part)
        (
            "Zhongguancun's more than 300 companies with a turnover above 1 billion yuan grew "
            "in 2012.",
            [
                (
                    "supported",
                    "more than 300 companies · zhongguancun · "
                    "companies-with-billion-yuan-turnover · 2012",
                )
            ],
        ),
    ],
)
def test_the_whole_s_own_figures(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


def test_a_change_from_a_year_earlier_is_of_the_year_named() -> None:
    # (+38.6 % held for 2010: the park's sales, year on year)
    assert _read(
        "The Dalian Software Park's sales reached US$4.5 billion in 2010, up 38.6 per cent "
        "from a year earlier."
    ) == [
        ("supported", f"US$4.5 billion · {_PARK} · revenue · 2010"),
        ("supported", f"38.6 % · {_PARK} · revenue-growth"),
    ]


def test_a_percent_more_than_a_year_earlier_is_a_growth() -> None:
    assert _read(
        "In 2010 the Dalian Software Park's sales hit US$4.5 billion, 38.6 percent more than "
        "a year earlier."
    ) == [
        ("supported", f"US$4.5 billion · {_PARK} · revenue · 2010"),
        ("supported", f"38.6 % · {_PARK} · revenue-growth · 2010"),
    ]
