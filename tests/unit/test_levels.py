"""A level's change worked out from the level and its growth (judgement/levels.py): from
figures that stand only, never from a target, a threshold or a report-period figure, as
no change is ever joined from those (the judgement module's rule for every view)."""

from __future__ import annotations

from hubquery.hedges import Interval
from hubquery.judgement.claims import Claimed
from hubquery.judgement.levels import change_of_level, year_before
from tests.unit.test_judgement import fact

LEVEL = fact("level", 1000, period="2021", unit="companies")
GROWTH = fact("growth", 25, period="2021", unit="percent", metric_id="g")
RISE = Claimed(Interval(150, 250), 2021, 2021)


def test_a_change_is_worked_out_from_a_level_and_its_growth() -> None:
    judged = change_of_level(RISE, [LEVEL], [GROWTH], "about 200 companies")
    assert (judged.verdict, judged.derived) == ("supported", True)
    assert judged.reason.startswith("hubquery derives a change of 200 companies")


def test_never_from_a_target_a_threshold_or_a_report_period_figure() -> None:
    for level in (
        LEVEL._replace(status="target"),
        LEVEL._replace(status="threshold"),
        LEVEL._replace(period_of="report"),
    ):
        judged = change_of_level(RISE, [level], [GROWTH], "about 200 companies")
        assert (judged.verdict, judged.derived) == ("unsupported", False), level


def test_the_year_before_is_worked_out_from_figures_that_stand_only() -> None:
    before = Claimed(Interval(700, 900), 2020, 2020)
    judged = year_before(before, [LEVEL], [GROWTH], "about 800 companies")
    assert judged is not None
    assert judged.verdict == "supported"
    assert year_before(before, [LEVEL._replace(status="target")], [GROWTH], "x") is None
