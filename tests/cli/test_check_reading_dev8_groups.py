"""`check` on a figure beside a group a threshold defines (issue #19): in "Shanghai,
whose population tops 24 million, is one of China's four cities of more than 20
million" the 24 million, of the threshold's own size, is a member's measure (the
population its clause names), not a count of the group (it was read as 24 million
cities and contradicted by the four). The group's count stays the group's. A member
the dataset does not know ("Wuhan is one of China's cities of …") is no figure of the
country whose cities they are (it was judged as China's and supported by Beijing's).
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read


def test_a_clause_that_names_its_metric_keeps_it_beside_a_group() -> None:
    assert _read(
        "Shanghai, whose population tops 24 million, is one of China's four cities of "
        "more than 20 million."
    ) == [
        ("unsupported", "more than 24 million people · shanghai · population"),
        ("supported", "4 cities · china · cities-over-20-million"),
    ]


def test_the_groups_count_stays_the_groups() -> None:
    assert _read(
        "Chengdu and Chongqing are two of the four Chinese cities of over 20 million."
    ) == [("supported", "4 cities · china · cities-over-20-million")]


def test_a_member_the_dataset_does_not_know_is_not_its_country() -> None:
    # (China's cities include Beijing, of more than 20 million: no figure of Wuhan's)
    assert _read("Wuhan is one of China's cities with over 20 million residents.") == [
        ("unsupported", "more than 20 million people · no place · population")
    ]


def test_a_member_the_dataset_knows_is_judged_as_itself() -> None:
    assert _read("Dalian is one of China's cities with over 20 million residents.") == [
        ("contradicted", "more than 20 million people · dalian · population")
    ]
