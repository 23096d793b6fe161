"""`check` on the words a person reads as a multiple, a rate, a rank's bound or a goal
(issue #19), each read by a general rule and tested here on sentences written for these
tests: "two and a half times" is 2.5 times, "a quarter as many … as" 0.25 times, the
year in "times its 2010 level" or "as much as in 2010" the one compared with (not the
claim's), "every single day" a rate per day, "half a dozen" six, "outside the top ten"
a rank below tenth, and "aspires to" a goal."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a multiple of n and a half
        (
            "Chengdu has two and a half times as many residents as Xi'an.",
            ("supported", "2.5× · chengdu · population"),
        ),
        (
            "Xi'an has one and a half times as many people as Chengdu.",
            ("contradicted", "1.5× · xian · population"),
        ),
        # a fraction as many: a multiple below one
        (
            "Between January and October 2012 Dalian granted about a quarter as many "
            "invention patents as were applied for.",
            ("supported", "about 0.25× · dalian · patents-granted · 2012"),
        ),
        (
            "Xi'an has half as many people as Chengdu.",
            ("contradicted", "0.5× · xian · population"),
        ),
        # the year of what the multiple is compared with is not the claim's
        (
            "Dalian's outsourcing revenue in 2013 was about 2.5 times its 2010 level.",
            ("supported", "about 2.5× · dalian · outsourcing-revenue · 2013"),
        ),
        (
            "Dalian's outsourcing revenue in 2013 was about three times as much as in 2010.",
            ("contradicted", "about 3× · dalian · outsourcing-revenue · 2013"),
        ),
        # "every single day", "each and every week": the period's rate (two every two days)
        (
            "Each and every day, returnees open a new company in Zhongguancun.",
            ("supported", "2 companies · zhongguancun · returnee-startups-every-two-days"),
        ),
        (
            "Returnees open two new companies in Zhongguancun every single week.",
            ("contradicted", "0.571 companies · zhongguancun · returnee-startups-every-two-days"),
        ),
        # half a dozen is six
        (
            "Half a dozen universities train Dalian's software students.",
            ("contradicted", "6 universities · dalian · universities"),
        ),
        (
            "Dalian trains software students at a half-dozen universities.",
            ("contradicted", "6 universities · dalian · universities"),
        ),
        # outside the top ten: a rank below tenth
        (
            "In 2014 Dalian sat outside the top ten outsourcing destinations in the world.",
            ("supported", "more than #10 · dalian · outsourcing-destination-rank · 2014"),
        ),
        (
            "Dalian ranked outside the top 20 outsourcing destinations in 2014.",
            ("contradicted", "more than #20 · dalian · outsourcing-destination-rank · 2014"),
        ),
        # "aspires to": a goal
        (
            "Chengdu aspires to a 1 trillion yuan IT industry.",
            ("supported", "CN¥1 trillion · chengdu · it-industry-revenue · as a goal"),
        ),
        (
            "Xi'an aspires to become the fourth pole of production in China.",
            ("supported", "#4 · xian · production-pole-rank · as a goal"),
        ),
    ],
)
def test_multiples_rates_bounds_and_goals_in_words(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]
