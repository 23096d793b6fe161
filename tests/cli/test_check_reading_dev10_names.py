"""`check` on names that do not name what they seem to (issue #19): a place's name
followed by a newspaper's word ("China Daily wrote …") names the newspaper, not the
place; a part of a count described by what it did before its number ("have set up more
than 600 of the firms in Zhongguancun") is of the metric those words name, where a part
named only by its own noun ("Korean firms make up a tenth of …") stays of none; "its
1-trillion-yuan revenue goal" is a sum of one trillion yuan, not one company.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read


def test_a_newspaper_named_after_a_place_is_no_place() -> None:
    assert _read(
        "China Daily wrote in 2022 that 70 per cent of the world's iPads and about 20 per cent"
        " of its laptops came from Chengdu."
    ) == [
        ("supported", "70 % · chengdu · ipad-share · 2022"),
        ("supported", "about 20 % · chengdu · laptop-share · 2022"),
    ]


def test_the_place_itself_is_still_the_place() -> None:
    assert _read("China produces 70 percent of the world's iPads.") == [
        ("unsupported", "70 % · china · ipad-share")
    ]


def test_a_part_described_by_what_it_did_before_its_number() -> None:
    assert _read("Returning students have set up more than 600 of the firms in Zhongguancun.") == [
        ("supported", "more than 600 companies · zhongguancun · returnee-founded-companies")
    ]


def test_a_part_named_by_its_own_noun_is_of_no_metric() -> None:
    assert _read(
        "Korean firms make up about a tenth of the foreign companies in the Dalian Software Park."
    ) == [("unsupported", "about 10 % · dalian-software-park · no metric")]


def test_a_sum_written_with_hyphens_is_the_sum() -> None:
    assert _read(
        "Chengdu's IT industry hopes to reach its 1-trillion-yuan revenue goal by 2020."
    ) == [("supported", "CN¥1 trillion · chengdu · it-industry-revenue · 2020 · as a goal")]
