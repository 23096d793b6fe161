"""`check` on a negation or a bound over a change (issue #19): "did not grow by more
than 20 percent" is at most 20 %, never the "more than 20 %" its words contain, and a
decline's bound is the other side of its negative value ("fell by more than 20 %" is a
change below -20 %). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hefei's tally of AI firms did not grow by more than 15 percent in 2021.",
            ("contradicted", "at most 15 % · hefei · ai-companies-growth · 2021"),
        ),
        (
            "Hefei's count of AI companies didn't rise by more than 30 percent in 2021.",
            ("supported", "at most 30 % · hefei · ai-companies-growth · 2021"),
        ),
        (
            "The DLSP's sales did not grow more than 30 percent in 2010.",
            ("contradicted", "at most 30 % · dalian-software-park · revenue-growth · 2010"),
        ),
        (
            "Chengdu's GDP never grew by over 10 percent.",
            ("supported", "at most 10 % · chengdu · gdp-growth"),
        ),
        # a bound with no negation is read as ever
        (
            "Hefei's AI companies grew by more than 20 percent in 2021.",
            ("supported", "more than 20 % · hefei · ai-companies-growth · 2021"),
        ),
        # "not only … more than": no negated bound
        (
            "Hefei is not only home to more than 800 AI companies; it keeps adding them.",
            ("supported", "more than 800 companies · hefei · ai-companies"),
        ),
        # a change said not to reach a figure ("did not grow 30 percent") is below it
        (
            "The DLSP's export revenue did not grow 30 percent in 2010.",
            ("supported", "less than 30 % · dalian-software-park · export-revenue-growth · 2010"),
        ),
        (
            "Hefei's number of AI firms didn't increase by 20 percent in 2021.",
            ("contradicted", "less than 20 % · hefei · ai-companies-growth · 2021"),
        ),
        # a decline's bound is the other side of its negative value
        # the source says +23.2 %: any fall is contradicted, whatever its bound
        (
            "Hefei's AI companies fell by more than 10 percent in 2021.",
            ("contradicted", "less than -10 % · hefei · ai-companies-growth · 2021"),
        ),
        (
            "Hefei's AI company count dropped more than 5 percent in 2021.",
            ("contradicted", "less than -5 % · hefei · ai-companies-growth · 2021"),
        ),
        (
            "Hefei's AI company count declined by less than 40 percent in 2021.",
            ("contradicted", "more than -40 % · hefei · ai-companies-growth · 2021"),
        ),
        (
            "Hefei's AI companies fell by at most 40 percent in 2021.",
            ("contradicted", "at least -40 % · hefei · ai-companies-growth · 2021"),
        ),
        # a fall negated is no fall: "did not fall by more than 40 %" holds of a growth
        (
            "Hefei's AI companies did not fall by more than 40 percent in 2021.",
            ("supported", "at least -40 % · hefei · ai-companies-growth · 2021"),
        ),
        # a loss is a change below zero (it was read as the level: "more than 200,000
        # people" was supported by Chengdu's 21 million)
        (
            "Chengdu's population shrank by over 200,000 in 2021.",
            ("contradicted", "less than -200,000 people · chengdu · population-change · 2021"),
        ),
        (
            "Chengdu lost 200,000 people in 2021.",
            ("contradicted", "-200,000 people · chengdu · population-change · 2021"),
        ),
        (
            "Chengdu added more than 200,000 residents in 2021.",
            ("supported", "more than 200,000 people · chengdu · population-change · 2021"),
        ),
        # "not much above 8 million" is a little above it, no bound negated
        (
            "Xi'an's population is not much above 8 million.",
            ("supported", "more than 8 million people · xian · population"),
        ),
    ],
)
def test_a_negation_or_a_bound_over_a_change(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]
