"""A clause whose subject is left out after an appositive ("NIIT, with centres in 66 Chinese
cities, had been training people in Dalian for six years by 2014") is of the name the
sentence begins with, as the clause of the appositive is (issue #19). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    "text",
    [
        "NIIT, with centres in 66 Chinese cities, had been training people in Dalian for "
        "six years by 2014.",
        "NIIT, a trainer active in 66 cities across China, had been teaching software in "
        "Dalian for about six years by 2014.",
    ],
)
def test_a_clause_after_an_appositive_is_of_the_name_before_it(text: str) -> None:
    read = _read(text)
    assert {verdict for verdict, _ in read} == {"supported"}
    assert any("NIIT (dalian) · year-established" in said for _, said in read)


def test_a_clause_with_a_subject_of_its_own_keeps_it() -> None:
    read = _read("NIIT, present in 66 Chinese cities, says Dalian had 22 universities in 2014.")
    assert ("supported", "22 universities · dalian · universities · 2014") in read
