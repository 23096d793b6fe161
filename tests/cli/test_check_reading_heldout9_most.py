"""`check` on "most of the top 10 …" (issue #19): the size of a ranking's top ("the top
10", "the top ten") names the group a share is of, no count the sentence claims; "most
of" it is more than half, as where the sentence has no number at all.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_OF = "india-and-the-philippines · tholons-top-10-share"


@pytest.mark.parametrize(
    "text",
    [
        "Most of the top ten positions in the Tholons list are Indian and Filipino cities.",
        "The majority of the top 10 spots on the Tholons list were taken by Indian and"
        " Filipino cities.",
    ],
)
def test_most_of_a_top_is_more_than_half(text: str) -> None:
    assert _read(text) == [("supported", f"more than 50 % · {_OF}")]
