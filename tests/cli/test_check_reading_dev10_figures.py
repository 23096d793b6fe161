"""`check` on what a figure is, read from the words around it (issue #19): a sum "per
trainee", "a student" is a sum of each one, no total; "the first three zones" is the
size of a group's leading part, no count of the group; "its trillion-yuan mark" is one
trillion, as "the trillion-yuan mark" is; "the aim of putting 5 percent …" states a
goal; a year set off by a comma ("By 2013, Zhongguancun companies …") is a time, never
a count of the noun after the comma; a count followed by a verb ("300 have set up
branches") is no count of the verb's object.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read


def test_a_sum_per_one_is_no_total() -> None:
    assert _read("Dalian's training subsidies came to about US$600 per trainee.") == [
        ("unsupported", "about US$600 · dalian · no metric")
    ]


def test_a_sum_per_year_is_a_total() -> None:
    assert _read("Dalian pays more than US$40 million per year in subsidies.") == [
        ("supported", "more than US$40 million · dalian · annual-subsidies")
    ]


def test_a_sum_after_per_and_a_name_is_a_total() -> None:
    assert _read("Per KPMG, Dalian signed offshore contracts worth US$1.79 billion in 2012.") == [
        ("supported", "US$1.79 billion · dalian · offshore-outsourcing-value · 2012")
    ]


def test_the_first_few_are_no_count_of_the_group() -> None:
    assert _read("Xi'an's zone ranks among the first three hi-tech zones China set up.") == [
        ("unsupported", "3 zones · china · no metric")
    ]


def test_its_trillion_yuan_mark_is_one_trillion() -> None:
    assert _read("Chengdu's IT industry passed its trillion-yuan mark in 2020.") == [
        ("contradicted", "CN¥1 trillion · chengdu · it-industry-revenue · 2020")
    ]


def test_the_aim_of_doing_is_a_goal() -> None:
    assert _read(
        "Shenzhen's plan included the aim of putting 5 percent of its annual GDP into"
        " automation by 2020."
    ) == [("supported", "5 % · shenzhen · automation-spending-share-of-gdp · 2020 · as a goal")]


def test_a_year_before_a_comma_is_no_count() -> None:
    assert _read("By 2013, Zhongguancun companies held 1,700 international patents.") == [
        ("supported", "1,700 patents · zhongguancun · international-patents · 2013")
    ]


def test_a_count_before_a_verb_is_no_count_of_its_object() -> None:
    assert ("supported", "about 300 companies · zhongguancun · companies-with-branches-abroad") in (
        _read(
            "Zhongguancun companies hold 1,700 international patents, and about 300 have set up"
            " branches abroad."
        )
    )


def test_a_count_with_have_of_possession_keeps_its_noun() -> None:
    assert ("unsupported", "300 branches · zhongguancun · no metric") in _read(
        "Zhongguancun firms hold 1,700 international patents, and 300 have branches in more"
        " than 50 countries."
    )
