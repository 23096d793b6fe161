"""`check` on two bases in one clause (issue #19): "the signed value … at US$1.79 billion,
against US$1.53 billion actually delivered": a figure compared with the one before it
reaches back to its words, but where its own words after it name a basis, that basis
is its own, not the first figure's ("signed contracts"). Sentences written for these
tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

# (2012: US$1.79 billion of contracts signed, US$1.53 billion of services conducted)
_SIGNED = ("supported", "US$1.79 billion · dalian · offshore-outsourcing-value · 2012")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Auditors put Dalian's signed offshore outsourcing contracts at US$1.79 billion in "
            "2012, against US$1.53 billion actually delivered.",
            [_SIGNED, ("supported", "US$1.53 billion · dalian · offshore-outsourcing-value")],
        ),
        (
            "In 2012 Dalian signed offshore outsourcing contracts worth US$1.79 billion, against "
            "US$1.35 billion actually carried out.",
            [
                _SIGNED,
                ("contradicted", "US$1.35 billion · dalian · offshore-outsourcing-value · 2012"),
            ],
        ),
    ],
)
def test_a_figure_s_own_basis_is_its_own(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected
