"""A count said to include named members ("400 VR companies, including Apple and
Google", "… Intel and Samsung among them") claims those members too: where the source
names none of them with the place (in its figures' quotes or its organisations), the
sentence is not supported by the count alone (issue #19). A list that names one the
source names stays as the count judges it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Jiangxi's VR sector has drawn more than 400 companies, including Samsung and Sony.",
        "More than 400 VR firms, Intel and Nvidia among them, have come to Jiangxi.",
        "Jiangxi counts over 400 VR companies such as Meta and HTC.",
    ],
)
def test_members_the_source_never_names(text: str) -> None:
    [claim] = _check(text)
    assert (claim.verdict, claim.metric_id) == ("unsupported", "vr-companies")
    assert "names none of" in claim.notes[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Jiangxi's VR sector has drawn more than 400 companies, including Microsoft and Sony.",
        "More than 400 VR firms, Qualcomm among them, have come to Jiangxi.",
        "Jiangxi has attracted more than 400 VR companies, including some of the biggest.",
    ],
)
def test_a_member_the_source_names_or_none(text: str) -> None:
    [claim] = _check(text)
    assert claim.verdict == "supported"
