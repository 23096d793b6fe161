"""`check` on "most of the top 10" said with a verb before it or beside another figure
("Indian cities held most of the Tholons top 10 while Dalian was 14th"): the size of a
ranking's top names the group a share is of, never a rank of the place the sentence
names, whatever else the sentence states (issue #19). Sentences written for these tests,
none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_OF = "india-and-the-philippines · tholons-top-10-share"


@pytest.mark.parametrize(
    "text",
    [
        "Cities in India and the Philippines took most of the top ten places in the Tholons "
        "list, with Dalian at 14th.",
        "Most of the Tholons top 10 were Indian and Filipino cities in 2014, while Dalian "
        "ranked 14th.",
        "Indian and Filipino cities filled the majority of the Tholons top-10 in 2014.",
    ],
)
def test_most_of_a_top_is_a_share_of_it_beside_other_figures(text: str) -> None:
    read = _read(text)
    assert {verdict for verdict, _ in read} == {"supported"}
    assert any(f"more than 50 % · {_OF}" in said for _, said in read)
    assert not any("#10" in said for _, said in read)


@pytest.mark.parametrize(
    "text",
    [
        "Dalian was in the Tholons top 10 in 2014.",
        "Dalian climbed into the top 10 of the Tholons list in 2014.",
    ],
)
def test_a_place_in_a_top_is_still_its_rank(text: str) -> None:
    assert ("contradicted", "at most #10 · dalian · outsourcing-destination-rank · 2014") in (
        _read(text)
    )
