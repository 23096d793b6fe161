"""`check` on a count written as the whole a part is taken from ("almost half of the
nearly 650 software firms … were foreign-owned"): what the verb after the whole says
("were foreign-owned") is the part's, no word of the whole ("foreign companies"), and the
part's own words run on past a year written after the whole's place ("… at Dalian
Software Park in 2014 were foreign-owned") (issue #19). Sentences written for these
tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_PARK = "dalian-software-park"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Almost half of the Dalian Software Park's nearly 650 software firms were foreign-owned.",
            "",
        ),
        (
            "Almost half of the nearly 650 software firms at Dalian Software Park in 2014 were "
            "foreign-owned.",
            " · 2014",
        ),
    ],
)
def test_the_parts_verb_is_no_word_of_the_whole(text: str, period: str) -> None:
    assert _read(text) == [
        ("supported", f"nearly 50 % · {_PARK} · foreign-owned-share{period}"),
        ("supported", f"nearly 650 companies · {_PARK} · companies{period}"),
    ]


def test_a_whole_said_before_its_part_is_read_as_before() -> None:
    assert _read(
        "The Dalian Software Park had nearly 650 software companies in 2014, and nearly half "
        "were foreign-owned."
    ) == [
        ("supported", f"nearly 650 companies · {_PARK} · companies · 2014"),
        ("supported", f"nearly 50 % · {_PARK} · foreign-owned-share"),
    ]
