"""A direction a level took, said beside one figure of it (issue #19): "declined from 2010
to 2013, ending at US$21.7 billion" claims a fall between the two years, "lower than the
year before" a fall in the figure's year. The figure is judged as a level; the direction
by the change the source gives (the two years' levels, as `judgement.changes.change`
establishes a change, or the year's growth): contradicted where the source's change goes
the other way, unsupported where it establishes none. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check


@pytest.mark.parametrize(
    "text",
    [
        "Dalian's outsourcing revenue declined from 2010 to 2013, ending at US$21.7 billion.",
        "The Dalian Software Park's sales reached US$4.5 billion in 2010, lower than the year "
        "before.",
        "Hefei had more than 840 AI companies in 2021, fewer than a year earlier.",
        # (every verb of a slide the reader knows: change_words.SLID_VERBS)
        "Dalian's outsourcing revenue plunged between 2010 and 2013, to US$21.7 billion.",
        "Outsourcing revenue in Dalian tumbled from 2010 to 2013, ending at US$21.7 billion.",
    ],
)
def test_a_direction_the_source_reverses_is_contradicted(text: str) -> None:
    (claim,) = _check(text)
    assert claim.verdict == "contradicted"
    assert "the claim says it" in claim.notes[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Dalian's outsourcing revenue climbed between 2010 and 2013, reaching US$21.7 billion.",
        "The Dalian Software Park's sales reached US$4.5 billion in 2010, higher than the year "
        "before.",
        "Hefei had more than 840 AI companies in 2021, up from a year earlier.",
        "Hefei had more than 840 AI companies in 2021, more than any other city in Anhui.",
        "Dalian's outsourcing revenue swelled between 2010 and 2013, to US$21.7 billion.",
    ],
)
def test_a_direction_the_source_bears_out_or_none_stays_supported(text: str) -> None:
    assert [c.verdict for c in _check(text)] == ["supported"]


def test_a_direction_no_change_establishes_is_unsupported() -> None:
    """Two-thirds (63.3-70.8 %) in 2019 and 70 % in 2022: no direction either way."""
    (claim,) = _check(
        "Chengdu's share of the world's iPads fell between 2019 and 2022, to 70 percent."
    )
    assert claim.verdict == "unsupported"


@pytest.mark.parametrize(
    "text",
    [
        "Hefei's AI sector had more than 840 companies in 2021, over 150 more than a year "
        "earlier.",  # the change itself, stated: judged as its own figure
        "Chengdu had 21.192 million people at the end of 2021, more than a year earlier.",
    ],
)
def test_a_change_stated_or_held_as_a_change_is_not_contradicted(text: str) -> None:
    assert "contradicted" not in [c.verdict for c in _check(text)]


def test_a_count_over_the_claims_years_has_no_direction_of_its_own() -> None:
    """ "more than 860 between 2020 and 2022": counted over the years, no level at each end."""
    claims = _check("Shenyang's new robotics firms climbed to more than 860 between 2020 and 2022.")
    assert [c.verdict for c in claims] == ["supported"]
