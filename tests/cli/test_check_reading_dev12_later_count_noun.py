"""`check` on a count whose noun is left out, a verb just after it ("300 of them had
opened branches in more than 50 countries", "In the park, 120 had set up offices in 30
countries"): the noun after the later number is that number's own, never a cue to which
count the first one is. Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_COUNTRIES = "more than 50 countries · zhongguancun · countries-with-branches"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "In Zhongguancun, 300 of them had opened branches in more than 50 countries.",
            ("supported", "300 companies · zhongguancun · companies-with-branches-abroad"),
        ),
        (
            "In Zhongguancun, 200 had opened branches in more than 50 countries.",
            ("contradicted", "200 companies · zhongguancun · companies-with-branches-abroad"),
        ),
    ],
)
def test_a_later_count_s_noun_is_its_own(text: str, first: tuple[str, str]) -> None:
    assert _read(text) == [first, ("supported", _COUNTRIES)]


def test_a_count_with_its_own_noun_keeps_it() -> None:
    # (near case: "countries" just after the count is its own)
    assert _read("Zhongguancun's firms had branches in 300 countries, not 50 countries.")[0] == (
        "unsupported",
        "300 countries · zhongguancun · countries-with-branches",
    )
