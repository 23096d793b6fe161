"""`check` on a sum a business "turned over" (issue #19): "turned over more than US$1
billion", "turns over upwards of 1 billion yuan" state a turnover (its hedge any a sum may
have), what it earned; "turned over" of anything but money is no sum. Sentences written for these
tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Neusoft turned over more than US$1 billion in 2012.",
            ("supported", "more than US$1 billion · Neusoft (shenyang) · revenue · 2012"),
        ),
        (
            "In 2012, upwards of 300 Zhongguancun companies each turned over more than "
            "1 billion yuan.",
            (
                "supported",
                "more than 300 companies · zhongguancun · companies-with-billion-yuan-turnover "
                "· 2012",
            ),
        ),
    ],
)
def test_a_sum_turned_over_is_earned(text: str, expected: tuple[str, str]) -> None:
    assert expected in _read(text)


def test_what_is_turned_over_but_money_is_no_sum() -> None:
    read = _read("Neusoft turned over 2 floors of its Dalian campus to students in 2012.")
    assert not any("revenue" in s for _, s in read)
