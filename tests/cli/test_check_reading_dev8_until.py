"""`check` on a negated start before a year (issue #19): "did not … until 2019", "it was
not until 2019 that …" claim that the figure did not hold in any year before 2019. The
period read is "before 2019"; a count is read as not yet reached (fewer than it), a rank
as not yet held. A figure held for a year before it that meets the figure contradicts
the claim; one held only for that year or later leaves it unsupported. Sentences
written for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # (#1 held c. 2010, before 2016)
            "It was not until 2016 that China ranked as the world's top exporter.",
            ("contradicted", "more than #1 · china · world-export-rank · before 2016"),
        ),
        (
            # (#14 held c. 2014, before 2019)
            "Dalian did not climb to 14th among the world's outsourcing destinations until 2019.",
            ("contradicted", "not #14 · dalian · outsourcing-destination-rank · before 2019"),
        ),
        (
            # (more than 840 held for 2021, before 2023: it had 800 by then)
            "Hefei didn't have 800 AI firms until 2023.",
            ("contradicted", "less than 800 companies · hefei · ai-companies · before 2023"),
        ),
    ],
)
def test_a_figure_held_before_the_year_contradicts(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_a_figure_held_only_from_the_year_on_leaves_it_unsupported() -> None:
    # (22 universities c. 2014: of no year before 2014, so it neither shows nor denies
    # that Dalian had fewer before)
    assert _read("Dalian did not have 22 universities until 2014.") == [
        ("unsupported", "less than 22 universities · dalian · universities · before 2014")
    ]


def test_a_year_that_is_the_figure_stays_the_figure() -> None:
    # (the year of a designation: "not until 1985" says it was designated in 1985)
    assert _read("Shenzhen did not become a Special Economic Zone until 1985.") == [
        ("contradicted", "1985 · Special Economic Zone (shenzhen) · year-designated")
    ]


def test_until_without_a_negation_is_the_year_named() -> None:
    assert _read("Hefei had more than 800 AI companies until 2021.") == [
        ("supported", "more than 800 companies · hefei · ai-companies · 2021")
    ]
