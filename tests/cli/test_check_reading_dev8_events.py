"""`check` on years counted from another place's part of the same kind (issue #19):
"three years after Chengdu's" after "Xi'an's hi-tech zone was founded" counts from
Chengdu's hi-tech zone (1988), the kind the sentence's subject names; "three years older
than Xi'an's" is founded three years before Xi'an's zone (1991). These were read as no
figure, or as a count of years of no metric. Sentences written for these tests, none a
claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xi'an's hi-tech zone was founded three years after Chengdu's.",
            ("supported", "1991 · xian-hi-tech-zone · year-established"),
        ),
        (
            "Chengdu's high-tech zone was set up a decade after Xi'an's.",
            ("contradicted", "2001 · chengdu-hi-tech-zone · year-established"),
        ),
        (
            "Chengdu's high-tech zone is three years older than Xi'an's.",
            ("supported", "1988 · chengdu-hi-tech-zone · year-established"),
        ),
        (
            "Xi'an's hi-tech zone is five years younger than Chengdu's.",
            ("contradicted", "1993 · xian-hi-tech-zone · year-established"),
        ),
    ],
)
def test_years_counted_from_another_places_part_of_the_same_kind(
    text: str, expected: tuple[str, str]
) -> None:
    assert _read(text) == [expected]
