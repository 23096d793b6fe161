"""`check` on a count of things of both origins (issue #19): "650 domestic and foreign
software companies", "overseas and Chinese firms" name all of them, no part that is
foreign; "650 foreign software companies" alone still names that part. Sentences
written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_ALL = ("supported", "nearly 650 companies · dalian-software-park · companies · 2014")


@pytest.mark.parametrize(
    "text",
    [
        "In 2014 Dalian Software Park housed nearly 650 domestic and foreign software companies.",
        "In 2014 Dalian Software Park housed nearly 650 overseas and Chinese software companies.",
    ],
)
def test_both_origins_name_all_of_them(text: str) -> None:
    assert _read(text) == [_ALL]


def test_one_origin_names_its_part() -> None:
    read = _read("In 2014 Dalian Software Park housed nearly 650 foreign software companies.")
    assert read != [_ALL]
