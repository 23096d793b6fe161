"""A count added over a year ("Hefei added more than 150 AI companies in 2021") where the
source holds the year's level and its growth ("more than 840 …, up 23.2 percent") is the
level less the level a year before, derived (issue #19, on heldout8's miss; sentences
written for these tests, never copied from a claim set): more than 840 × 0.232 / 1.232,
more than 158.2. The reader read "added … AI companies" as new robotics companies (a
count of new ones); the verdict reads it as the change of the level its words name, and
never of one they do not ("robotics companies")."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check

_DERIVED = (
    "hubquery derives a change of more than 158.2 companies (2021) from more than 840 "
    "companies and +23.2 % — no source prints it"
)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Hefei gained more than 150 AI firms in 2021.", "supported"),
        ("In 2021 Hefei added at least 120 AI companies.", "supported"),
        ("In 2021 Hefei added roughly 100 AI companies.", "contradicted"),
        ("Hefei added some 60 AI firms in 2021.", "contradicted"),
    ],
)
def test_a_count_added_is_the_change_of_the_level(text: str, verdict: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.derived, claim.metric_id) == (verdict, True, "ai-companies")
    assert claim.notes[0].message.startswith(_DERIVED)


def test_a_count_added_above_the_change_is_not_established() -> None:
    (claim,) = _check("Hefei added 300 AI companies in 2021.")
    assert (claim.verdict, claim.metric_id) == ("unsupported", "ai-companies")
    assert claim.notes[0].message.endswith("it does not establish 300 companies")


@pytest.mark.parametrize(
    "text",
    [
        "Hefei added more than 150 robotics companies in 2021.",  # (not the AI count)
        "Hefei added more than 150 companies in 2021.",  # (no count named)
    ],
)
def test_a_count_its_words_do_not_name_is_not_judged(text: str) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.metric_id) == ("unsupported", "new-robotics-companies")
