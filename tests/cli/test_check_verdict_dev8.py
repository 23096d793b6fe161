"""Verdict rules of issue #19 added on the dev8 sets, each tested on sentences written
for these tests, never copied from a claim set.

A share of another place's figure ("about 40 percent of Chengdu's", "less than half of
Shenzhen's") is the ratio of the two places' figures of one metric, never a share the
first place holds of its own things: judged on the pair, flagged derived, or
unsupported where either figure is not held."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    ("text", "verdict", "read_as"),
    [
        (
            "Xi'an's population is about 40 percent of Chengdu's.",
            "supported",
            "about 0.4× · xian · population",
        ),
        (
            "Xi'an is home to about 40 per cent of Chengdu's residents.",
            "supported",
            "about 0.4× · xian · population",
        ),
        (
            "Xi'an's population is about 40 percent of that of Chengdu.",
            "supported",
            "about 0.4× · xian · population",
        ),
        # 21.192 million over 8.5 million is 2.49, no half
        (
            "Chengdu's population is less than half of Xi'an's.",
            "contradicted",
            "less than 0.5× · chengdu · population",
        ),
    ],
)
def test_a_share_of_another_places_figure_is_their_ratio(
    text: str, verdict: str, read_as: str
) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.read_as, claim.derived) == (verdict, read_as, True)
    assert "hubquery derives a ratio of " in claim.notes[0].message


@pytest.mark.parametrize(
    ("text", "read_as", "says"),
    [
        # Shenzhen's outsourcing revenue is not held: never judged by a share Dalian
        # holds of its own exports
        (
            "Dalian's software revenue is under a third of Shenzhen's.",
            "less than 0.333× · dalian · outsourcing-revenue",
            "no two figures to derive a ratio from",
        ),
        (
            "Hefei's stock of AI firms is barely a quarter of Beijing's.",
            "about 0.25× · hefei · ai-companies",
            "no two figures to derive a ratio from",
        ),
        # no count, sum, area or span named: no metric of the ratio
        (
            "Dalian's GDP growth was half of Chengdu's.",
            "about 0.5× · dalian · no metric",
            "compares it with chengdu's figure",
        ),
    ],
)
def test_a_share_of_another_place_not_held_is_unsupported(
    text: str, read_as: str, says: str
) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.read_as) == ("unsupported", read_as)
    assert claim.notes[0].message.startswith(says)


def test_a_share_of_the_place_above_stays_a_share() -> None:
    """Beijing holds Zhongguancun: "70 per cent of Beijing's industrial land" is the
    share Zhongguancun holds, not a ratio of two places."""
    (claim,) = _check("Zhongguancun takes up about 70 per cent of Beijing's industrial land.")
    assert (claim.verdict, claim.read_as) == (
        "supported",
        "about 70 % · zhongguancun · industrial-land-share",
    )


@pytest.mark.parametrize(
    ("text", "verdict", "read_as"),
    [
        (
            "Exports brought in about a quarter of the Dalian Software Park's 2010 revenue.",
            "supported",
            "about 0.25× · dalian-software-park · export-revenue · 2010",
        ),
        # US$1.08 billion over US$4.5 billion is 0.24
        (
            "Export revenue at the Dalian Software Park was under a tenth of its total sales "
            "in 2010.",
            "contradicted",
            "less than 0.1× · dalian-software-park · export-revenue · 2010",
        ),
        (
            "In 2010 exports earned the Dalian Software Park more than half of its revenue.",
            "contradicted",
            "more than 0.5× · dalian-software-park · export-revenue · 2010",
        ),
    ],
)
def test_a_share_of_another_of_the_places_figures_is_their_ratio(
    text: str, verdict: str, read_as: str
) -> None:
    """A share of one held figure in another of the same place (exports of sales) is the
    ratio of the two, never a share the place holds of something else (Japan's share of
    Dalian's exports)."""
    (claim,) = _check(text)
    assert (claim.verdict, claim.read_as, claim.derived) == (verdict, read_as, True)
    assert claim.notes[0].message.startswith("hubquery derives a ratio of 0.24 from US$1.08")


@pytest.mark.parametrize(
    ("text", "verdict", "read_as"),
    [
        # "jobs at Neusoft" fits "employed directly by Neusoft" (at most 10 %) and "in
        # IT-related jobs" (more than 90 %) alike: which one, the words do not say
        (
            "Over a fifth of graduates from the Neusoft Institute land jobs at Neusoft.",
            "unsupported",
            "more than 20 % · Neusoft Institute of Information (dalian) · "
            "graduate-employment-share",
        ),
        (
            "Over 90 per cent of the Neusoft Institute's graduates end up in IT-related jobs.",
            "supported",
            "more than 90 % · Neusoft Institute of Information (dalian) · "
            "graduate-employment-share",
        ),
        (
            "At most a tenth of the Neusoft Institute's graduates are employed directly by "
            "Neusoft.",
            "supported",
            "at most 10 % · Neusoft Institute of Information (dalian) · graduate-employment-share",
        ),
    ],
)
def test_words_that_fit_two_bases_alike_are_of_neither(
    text: str, verdict: str, read_as: str
) -> None:
    (claim,) = _check(text)
    assert (claim.verdict, claim.read_as) == (verdict, read_as)
    if verdict == "unsupported":
        assert claim.notes[0].kind == "basis-differs"
        assert claim.notes[0].message.startswith(
            "the claim's words fit employed directly by Neusoft and in IT-related jobs alike"
        )


@pytest.mark.parametrize(
    ("text", "verdict", "read_as"),
    [
        (
            "Zhongguancun set itself a 2020 deadline to become a legendary innovation hub, and "
            "it met that deadline.",
            "unsupported",
            "2020 · zhongguancun · target-year · as a goal",
        ),
        (
            "Chengdu's IT industry set a goal of 1 trillion yuan in revenue by 2020, and it hit "
            "that target.",
            "unsupported",
            "CN¥1 trillion · chengdu · it-industry-revenue · 2020 · as a goal",
        ),
        (
            "Zhongguancun set itself a 2020 deadline to become a legendary innovation hub.",
            "supported",
            "2020 · zhongguancun · target-year · as a goal",
        ),
    ],
)
def test_a_goal_said_to_be_met_is_not_established_by_the_goal(
    text: str, verdict: str, read_as: str
) -> None:
    """The source gives the goal; whether it was met, it does not say."""
    (claim,) = _check(text)
    assert (claim.verdict, claim.read_as) == (verdict, read_as)
    if verdict == "unsupported":
        assert claim.notes[0].kind == "status-differs"
        assert claim.notes[0].message.startswith("the claim says the goal was met")


@pytest.mark.parametrize(
    ("text", "read_as", "says"),
    [
        (
            "The Dalian Software Park houses three times as many people as Zhongguancun.",
            "3× · dalian-software-park · no metric",
            "a ratio of people: the dataset holds no figure of people of dalian-software-park",
        ),
        (
            "Hefei has twice as many engineers as Xi'an.",
            "2× · hefei · no metric",
            "a ratio of engineers: the dataset holds no figure of engineers of hefei",
        ),
    ],
)
def test_a_ratio_of_what_the_place_holds_no_figure_of(text: str, read_as: str, says: str) -> None:
    """ "Twice as many people as" counts people: never judged on the companies the
    sentence names beside them."""
    (claim,) = _check(text)
    assert (claim.verdict, claim.read_as) == ("unsupported", read_as)
    assert claim.notes[0].message == says


@pytest.mark.parametrize(
    ("text", "verdict", "read_as", "derives"),
    [
        (
            "Less than a quarter of the invention patent applications Dalian filed from "
            "January to October 2012 were granted.",
            "supported",
            "less than 0.25× · dalian · patents-granted · 2012",
            "hubquery derives a ratio of 0.23 from 1,205 patents",
        ),
        (
            "More than half of the invention patent applications filed in Dalian in the first "
            "ten months of 2012 were granted.",
            "contradicted",
            "more than 0.5× · dalian · patents-granted",
            "hubquery derives a ratio of 0.23 from 1,205 patents",
        ),
        (
            "Roughly a quarter of the Dalian Software Park's sales in 2010 came from exports.",
            "supported",
            "about 0.25× · dalian-software-park · export-revenue · 2010",
            "hubquery derives a ratio of 0.24 from US$1.08 billion",
        ),
    ],
)
def test_a_share_whose_part_is_named_after_its_whole(
    text: str, verdict: str, read_as: str, derives: str
) -> None:
    """ "A quarter of the applications were granted": the part (granted) named after the
    whole's verb, over the whole (applications)."""
    (claim,) = _check(text)
    assert (claim.verdict, claim.read_as, claim.derived) == (verdict, read_as, True)
    assert claim.notes[0].message.startswith(derives)


@pytest.mark.parametrize(
    ("text", "verdict", "read_as"),
    [
        (
            "The value of offshore outsourcing services Dalian actually conducted in 2012 was "
            "about 85 percent of the value it signed.",
            "supported",
            "about 0.85× · dalian · offshore-outsourcing-value · 2012",
        ),
        # US$1.53 billion over US$1.79 billion is 0.85
        (
            "The offshore outsourcing work Dalian carried out in 2012 was worth barely 60 "
            "percent of the value signed.",
            "contradicted",
            "0.6× · dalian · offshore-outsourcing-value · 2012",
        ),
    ],
)
def test_a_share_of_one_figure_in_another_basis_of_it(
    text: str, verdict: str, read_as: str
) -> None:
    """The services conducted as a share of the contracts signed: the figure of the basis
    named before the share over the one named after it, of one period."""
    (claim,) = _check(text)
    assert (claim.verdict, claim.read_as, claim.derived) == (verdict, read_as, True)
    assert claim.notes[0].message.startswith(
        "hubquery derives a ratio of 0.85 from US$1.53 billion (2012) and US$1.79 billion"
    )


@pytest.mark.parametrize(
    ("text", "verdict", "read_as"),
    [
        (
            "Reaching its 2020 target would require Chengdu's IT industry to roughly double its "
            "revenue.",
            "supported",
            "about 2× · chengdu · it-industry-revenue · 2020 · as a goal",
        ),
        (
            "To reach its 2020 goal, Chengdu's IT industry would need about four times its "
            "revenue.",
            "contradicted",
            "about 4× · chengdu · it-industry-revenue · 2020 · as a goal",
        ),
    ],
)
def test_a_multiple_to_reach_a_goal_is_the_goal_over_the_level(
    text: str, verdict: str, read_as: str
) -> None:
    """The goal (CN¥1 trillion for 2020) over the level that stood before it (CN¥480
    billion): the multiple the revenue must grow by, derived."""
    (claim,) = _check(text)
    assert (claim.verdict, claim.read_as, claim.derived) == (verdict, read_as, True)
    assert claim.notes[0].message.startswith(
        "hubquery derives a ratio of 2.08 from CN¥1 trillion (2020) and CN¥480 billion"
    )
