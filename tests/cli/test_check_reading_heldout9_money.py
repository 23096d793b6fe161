"""`check` on money whose currency is left out (issue #19): a count of millions,
billions or trillions with no unit of its own, after a sum of money in the same sentence
("480 billion yuan, … a trillion by 2020", "from US$8.65 billion … to 21.7 billion"), is
money in that sum's currency; a count with a noun of its own is not.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chengdu's IT industry earned 480 billion yuan, and the city expects a trillion"
            " by 2020.",
            ("supported", "CN¥1 trillion · chengdu · it-industry-revenue · 2020 · as a goal"),
        ),
        (
            "Dalian's outsourcing revenue rose from US$8.65 billion in 2010 to 21.7 billion"
            " in 2013.",
            ("supported", "US$21.7 billion · dalian · outsourcing-revenue · 2013"),
        ),
        (
            "The Dalian Software Park made US$4.5 billion in sales in 2010, 1.08 billion of"
            " it from exports.",
            ("supported", "US$1.08 billion · dalian-software-park · export-revenue"),
        ),
    ],
)
def test_a_scaled_count_after_money_is_money(text: str, expected: tuple[str, str]) -> None:
    assert any(verdict == expected[0] and r.startswith(expected[1]) for verdict, r in _read(text))


def test_a_count_with_its_own_noun_stays_a_count() -> None:
    read = _read("Shenzhen's economy was worth 3 trillion yuan in 2022, with 17 million residents.")
    assert not any("17 million" in r and ("CN¥" in r or "US$" in r) for _, r in read)
