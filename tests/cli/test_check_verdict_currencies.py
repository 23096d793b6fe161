"""A sum in one currency for a year the source gives in the other only (issue #19).
hubquery converts no currency at a rate of its own: such a claim is unsupported, with the
figure the source does give. But where the claimed sum is the source's own figure of
another year (CN¥135 billion, of 2013), which the source pairs with a sum in the other
currency (US$21.7 billion) more than 1.5 times the claim's year's (US$8.65 billion in
2010), no rate of those years makes it that year's: contradicted, flagged derived.
Sentences written for these tests."""

from __future__ import annotations

from tests.cli.test_check_reading import _check


def test_another_years_sum_in_the_other_currency_is_contradicted() -> None:
    (claim,) = _check("Dalian's outsourcing industry earned 135 billion yuan back in 2010.")
    assert (claim.verdict, claim.derived) == ("contradicted", True)
    assert claim.notes[0].message == (
        "the source says US$8.65 billion (2010); CN¥135 billion is the source's figure of "
        "c. 2013, which it gives as US$21.7 billion: hubquery derives a ratio of 2.51 between "
        "the two, more than any change of rate (no source prints it)"
    )


def test_a_sum_no_figure_of_the_source_pairs_is_unsupported() -> None:
    (claim,) = _check("Dalian's outsourcing industry earned about 60 billion yuan in 2010.")
    assert (claim.verdict, claim.derived) == ("unsupported", False)
    assert claim.notes[0].kind == "unit-differs"
    assert claim.notes[0].message == (
        "the source says only US$8.65 billion (2010) in USD — hubquery converts no "
        "currency, so it does not establish about CN¥60 billion"
    )


def test_the_sum_of_its_own_year_is_supported() -> None:
    (claim,) = _check("Dalian's outsourcing revenue reached 135 billion yuan in 2013.")
    assert claim.verdict == "supported"
