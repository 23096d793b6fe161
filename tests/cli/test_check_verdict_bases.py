"""A figure the source gives only on two bases (Dalian's offshore outsourcing in 2012:
US$1.79 billion of contracts signed, US$1.53 billion of services conducted), claimed with
no basis named (issue #19): a claim between them may measure it another way, so it is
not contradicted; one beyond both is. Sentences written for these tests."""

from __future__ import annotations

from tests.cli.test_check_reading import _check


def test_a_figure_between_two_bases_is_not_excluded() -> None:
    (claim,) = _check("Dalian's offshore outsourcing was worth US$1.7 billion in 2012.")
    assert claim.verdict == "unsupported"
    assert claim.notes[0].kind == "basis-differs"
    assert claim.notes[0].message.endswith(
        "a figure on each basis; the claim names none, and US$1.7 billion lies between them "
        "— it does not establish it or exclude it"
    )


def test_a_figure_beyond_every_basis_is_contradicted() -> None:
    (claim,) = _check("Dalian's offshore outsourcing was worth US$2.5 billion in 2012.")
    assert claim.verdict == "contradicted"


def test_a_figure_of_a_named_basis_is_judged_on_it() -> None:
    (claim,) = _check("Dalian signed offshore outsourcing contracts worth US$1.7 billion in 2012.")
    assert claim.verdict == "contradicted"
