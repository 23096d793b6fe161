"""`check` on a revenue's change said by its direction only (issue #19): "the park's
export revenue fell in 2010" claims a growth below zero of its export revenue that year,
"revenue rose" one above zero, as "the population shrank" does of a population.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_DLSP = "dalian-software-park"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2010 the Dalian Software Park's export revenue declined.",
            ("contradicted", f"less than 0 % · {_DLSP} · export-revenue-growth · 2010"),
        ),
        (
            "The Dalian Software Park's revenues rose in 2010.",
            ("supported", f"more than 0 % · {_DLSP} · revenue-growth · 2010"),
        ),
    ],
)
def test_a_revenue_s_direction_is_a_growth_bound_at_zero(
    text: str, expected: tuple[str, str]
) -> None:
    assert _read(text) == [expected]
