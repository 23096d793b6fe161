"""`check` on the year an organisation "has been based" somewhere "since" (issue #19):
"has been based in Shenzhen since 1998", "headquartered in the city since 2001" state
when it came there, a year the claim rests on (no source holds it: unsupported, never
passed over); a year with no such words before it is read as before. Sentences written
for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Huawei has been based in Shenzhen since 1987.",
        "The messaging firm Tencent has been headquartered in Shenzhen since 2001.",
    ],
)
def test_a_year_based_since_is_read(text: str) -> None:
    checked = _check(text)
    assert checked
    assert {c.sentence_verdict for c in checked} == {"unsupported"}


def test_a_sentence_with_no_figure_is_not_checked() -> None:
    assert _check("Huawei has long been based in Shenzhen.") == []
