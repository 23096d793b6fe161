"""`check` on quantities a person reads from words around or instead of a number (issue
#19), each read by a general rule and tested here on sentences written for these tests:
"between 600 and 700" is one range, "a couple of hundred" about 200, "most of" more than
half, "one … for every four" a ratio of a quarter, "1,000 a year" a rate of what the
clause counts, "paid … for" a price and no revenue, "30 science parks" a count of parks
and of no metric that counts other things, "as in the previous four" four years, and
"the trillion-yuan mark" one trillion."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "between X and Y": one range, the top included (and of the second's scale)
        (
            "Dalian trains software students at between 20 and 25 universities.",
            ("supported", "at least 20 universities · dalian · universities"),
        ),
        (
            "Hefei was home to between 500 and 800 AI firms in 2021.",
            ("contradicted", "at least 500 companies · hefei · ai-companies · 2021"),
        ),
        (
            "Chengdu had between 20 and 22 million residents at the end of 2021.",
            ("supported", "at least 20 million people · chengdu · population · 2021"),
        ),
        # "a couple of hundred" is about two hundred
        (
            "A couple of hundred AI firms called Hefei home in 2021.",
            ("contradicted", "about 200 companies · hefei · ai-companies · 2021"),
        ),
        (
            "Shenyang added a couple of thousand robotics companies in the two years to "
            "spring 2022.",
            (
                "unsupported",
                "about 2,000 companies · shenyang · new-robotics-companies · 2020–2022",
            ),
        ),
        # "one … for every N": a ratio of one to N
        (
            "Dalian granted about one invention patent for every four applications between "
            "January and October 2012.",
            ("supported", "about 0.25× · dalian · patents-granted · 2012"),
        ),
        (
            "Between January and October 2012 Dalian granted one invention patent for every "
            "two applications.",
            ("contradicted", "0.5× · dalian · patents-granted · 2012"),
        ),
        # "most of", "the majority of": more than half (the source says nearly half)
        (
            "The majority of the Dalian Software Park's firms are foreign-owned.",
            ("contradicted", "more than 50 % · dalian-software-park · foreign-owned-share"),
        ),
        (
            "Most of the companies in the Dalian Software Park are foreign-owned.",
            ("contradicted", "more than 50 % · dalian-software-park · foreign-owned-share"),
        ),
        # "1,000 a year": a rate of what the clause counts, never 1,000 years
        (
            "NIIT's Dalian centre enrols about 1,000 a year.",
            ("supported", "about 1,000 students · NIIT (dalian) · annual-intake"),
        ),
        # "paid … for": a price, no figure of what the buyer earns
        (
            "Neusoft paid more than US$1 billion for a Finnish software firm.",
            ("unsupported", "more than US$1 billion · Neusoft (shenyang) · no metric"),
        ),
        # a count of what its own noun names
        (
            "Hefei hosts 30 science parks.",
            ("unsupported", "30 · hefei · no metric"),
        ),
        # "as in the previous four": four years, no count
        (
            "Shenyang registered twice as many new robotics companies in the two years to "
            "May 2022 as in the preceding four.",
            ("contradicted", "2× · shenyang · new-robotics-companies · 2020–2022"),
        ),
        # "the trillion-yuan mark" is one trillion; "a 2019 overview" dates the writing;
        # an IT "sector" is its IT industry
        (
            "Dalian's outsourcing revenue passed the billion-dollar mark in 2010.",
            ("supported", "more than US$1 billion · dalian · outsourcing-revenue · 2010"),
        ),
        (
            "Chengdu's IT sector had already reached the trillion-yuan mark, a 2019 overview "
            "of China's tech hubs said.",
            ("contradicted", "at least CN¥1 trillion · chengdu · it-industry-revenue · now"),
        ),
        (
            "Chengdu's IT sector aims to reach the trillion-yuan mark by 2020.",
            ("supported", "CN¥1 trillion · chengdu · it-industry-revenue · 2020 · as a goal"),
        ),
        # "85 percent of the contracts signed", "half of Chengdu's population": a part of a
        # whole, never a growth (they were read as +41 %'s and Chengdu's growth rate)
        (
            # (since shares.share_as_ratio: conducted over signed, 0.85)
            "In 2012 the offshore outsourcing work Dalian actually carried out was worth about "
            "85 percent of the contracts signed.",
            ("supported", "about 0.85× · dalian · offshore-outsourcing-value · 2012"),
        ),
        (
            # (since shares.share_as_ratio, the ratio of the two places' populations: 0.4)
            "Xi'an's residents number less than half of Chengdu's population.",
            ("supported", "less than 0.5× · xian · population"),
        ),
        (
            "Hefei's AI companies grew 23 percent in 2021.",
            ("supported", "23 % · hefei · ai-companies-growth · 2021"),
        ),
    ],
)
def test_quantities_in_words_around_a_number(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_most_of_beside_a_number_is_no_second_figure() -> None:
    """ "Most of Dalian's 22 universities": the count is the figure; a share no source may
    hold is not read beside it (the sentence would be unsupported by it)."""
    assert _read("Most of Dalian's 22 universities train software students.") == [
        ("supported", "22 universities · dalian · universities")
    ]
