"""`check` on an organisation said by its owner's possessive and its head noun (issue
#19): "Neusoft's Dalian institute", "Neusoft's own institute" is the Neusoft Institute of
Information, the dataset's one institute named after Neusoft, as "the Neusoft institute"
is; the owner's name is then no word of what its figure counts ("directly employed by
Neusoft"). Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_SHARE = "Neusoft Institute of Information (dalian) · graduate-employment-share"


@pytest.mark.parametrize(
    "text",
    [
        "Way over 90 per cent of graduates from Neusoft's Dalian institute land IT-related work.",
        "Way over 90 per cent of graduates from Neusoft's own institute land IT-related work.",
    ],
)
def test_the_owners_institute_is_the_one_named_after_it(text: str) -> None:
    assert _read(text) == [("supported", f"more than 90 % · {_SHARE}")]


def test_the_owner_named_after_the_institute_still_names_a_basis() -> None:
    assert _read(
        "At most a tenth of graduates from Neusoft's Dalian institute go to work at Neusoft."
    ) == [("supported", f"at most 10 % · {_SHARE}")]


def test_an_institute_of_another_owner_is_not_it() -> None:
    # (no institute the dataset holds is named after Dalian: the possessive is the city's)
    read = _read("Way over 90 per cent of graduates from Dalian's institute land IT-related work.")
    assert not any("Neusoft Institute" in said for _, said in read)
