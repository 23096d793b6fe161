"""A count of companies of a kind ("840 software firms", "1,000 biotech companies") is
not a count of companies of another kind the place holds ("AI companies", "service
outsourcing enterprises"): where the word before the noun names something the dataset
measures and the metric found does not, no source holds the count (issue #19).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Hefei is home to more than 840 software firms.",
        "By the end of 2012 Dalian had well over 1,000 software enterprises.",
    ],
)
def test_a_count_of_another_kind_is_counted_by_no_source(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "unsupported"
    assert claim.metric_id is None


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "By the end of 2012 Dalian had nearly 1,000 service outsourcing enterprises.",
            "outsourcing-companies",
        ),
        ("Hefei had more than 840 AI firms in 2021.", "ai-companies"),
        # (a kind in several words names it as the metric's own words do)
        ("Sichuan had more than 1,500 internet-of-things firms in 2021.", "iot-companies"),
        ("Nearly 650 software firms are based in the Dalian Software Park.", "companies"),
    ],
)
def test_a_count_of_the_metrics_own_kind_is_read_as_before(text: str, metric: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.metric_id) == ("supported", metric)
