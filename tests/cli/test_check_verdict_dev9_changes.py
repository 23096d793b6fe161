"""One rule for a change from a figure stated in words, asked by every view (issue #19's
design debt): ``judgement.changes.change`` takes a fraction in words ("two-thirds") for
every share the words stand for (``hedges.fraction_in_words``: 63.3–70.8 %), never the
point a comparison's tolerance allows about it, and establishes a direction only where
that interval excludes zero. `history` and `check` both ask it and say the same thing.
Sentences written for these tests."""

from __future__ import annotations

import json

import pytest

from hubquery.hedges import fraction_in_words
from hubquery.judgement.changes import Change, change
from hubquery.judgement.figures import Judgement
from hubquery.records import Fact
from hubquery.vocabulary import StatedAs
from tests.cli.test_check_reading import _check
from tests.conftest import Run
from tests.unit.test_judgement import fact


def _share(ident: str, value: float, period: str, words: StatedAs | None = None) -> Fact:
    shown = f"{words} (≈{value:.0f} %)" if words else f"{value:g} %"
    return fact(ident, value, period=period, unit="percent", stated_as=words, display=shown)


def test_a_fraction_in_words_stands_for_every_share_nearer_it() -> None:
    words = fraction_in_words(200 / 3)
    assert words is not None
    assert (round(words.low or 0, 1), round(words.high or 0, 1)) == (63.3, 70.8)


@pytest.mark.parametrize(("later", "established"), [(70.0, False), (69.0, False), (75.0, True)])
def test_a_change_from_a_fraction_in_words(later: float, established: bool) -> None:
    """70 % and 69 % lie among the shares "two-thirds" stands for: no direction; 75 % is
    above all of them: a rise, shown as the interval those shares leave."""
    found = change(_share("a", 200 / 3, "2019", "two-thirds"), _share("b", later, "2022"))
    if not established:
        assert isinstance(found, Judgement)
        assert found.kind == "no-change"
        assert found.reason == (
            "“two-thirds” stands for any share from 63.33 % to 70.83 %: it admits a rise, "
            "a fall or no change at all"
        )
        return
    assert isinstance(found, Change)
    assert found.direction == "up"
    assert found.display == "+4.17 pp to +11.67 pp"


def test_a_change_to_a_fraction_in_words_is_judged_alike() -> None:
    found = change(_share("a", 50.0, "2015"), _share("b", 200 / 3, "2019", "two-thirds"))
    assert isinstance(found, Change)
    assert (found.direction, found.low is not None and found.low > 0) == ("up", True)


def test_history_shows_no_change_from_two_thirds_to_70_percent(run: Run) -> None:
    document = json.loads(
        run("history", "chengdu", "--metric", "ipad-share", "--format", "json").stdout
    )
    [metric] = document["metrics"]
    assert [c for s in metric["series"] for c in s["changes"]] == []
    [unjoined] = metric["unjoined"]
    assert (unjoined["fact_id"], unjoined["kind"]) == ("chengdu-ipad-share-2022", "no-change")
    assert "“two-thirds” stands for any share from 63.33 % to 70.83 %" in unjoined["reason"]


@pytest.mark.parametrize("verb", ["rose", "fell", "climbed"])
def test_check_says_what_history_says(verb: str) -> None:
    """Both levels are supported; the change between them is not established, for the
    reason history gives."""
    claims = _check(
        f"Chengdu's share of the world's iPads {verb} from two-thirds at the end of the "
        "2010s to 70 percent in 2022."
    )
    levels, claimed = claims[:-1], claims[-1]
    assert [c.verdict for c in levels] == ["supported", "supported"]
    assert (claimed.verdict, claimed.derived) == ("unsupported", True)
    assert "“two-thirds” stands for any share from 63.33 % to 70.83 %" in claimed.notes[0].message
