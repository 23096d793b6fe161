"""`check` on who said a figure (issue #19): the words of a closing clause that reports
it (", a Neusoft manager told reporters in 2014", ", according to a Neusoft vice
president") name who said it, never what it counts: "Neusoft" there is no basis
("directly employed by Neusoft"), where "go to work at Neusoft" before it is one.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read

_SHARE = "Neusoft Institute of Information (dalian) · graduate-employment-share"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Well over 90 per cent of the Neusoft institute's graduates end up in IT jobs, a "
            "Neusoft manager told reporters in 2014.",
            ("supported", f"more than 90 % · {_SHARE} · 2014"),
        ),
        (
            "Way over nine in ten of the Neusoft institute's graduates find IT-related work, "
            "according to a Neusoft vice president.",
            ("supported", f"more than 90 % · {_SHARE}"),
        ),
    ],
)
def test_who_said_it_is_no_word_of_what_it_counts(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_a_basis_said_before_who_said_it_is_kept() -> None:
    assert _read(
        "No more than a tenth of the institute's graduates go to work at Neusoft, Walter Fang said."
    ) == [("supported", f"at most 10 % · {_SHARE}")]
