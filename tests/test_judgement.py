"""The judgement of what may be put side by side, on its own: records in, answers out."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from hubquery.hedges import Interval, stored_interval
from hubquery.judgement import (
    Change,
    Judgement,
    bar_top,
    change,
    comparable,
    contains,
    drawable,
    interval_verdict,
    order,
    period_label,
    precision,
    preferred,
    standing,
)
from hubquery.records import Fact, Source
from hubquery.vocabulary import QUALIFIERS

SOURCE = Source("s", "T", "P", None, "2022", False, None, None, None, None)
OTHER = SOURCE._replace(id="t")


def fact(ident: str = "f", value: float = 100, *, qualifier: str | None = None,
         period: str = "2020", **fields: Any) -> Fact:
    """A fact with the interval its hedge admits, as the store serves it."""
    from hubquery.hedges import interval

    i = interval(value, qualifier, "count")
    base: dict[str, Any] = {
        "id": ident, "hub_id": "h", "metric_id": "m", "subject": None, "value": value, "unit": "people",
        "qualifier": qualifier, "low": i.low, "high": i.high, "display": f"{value:g} people",
        "period": period, "period_inferred": False, "period_of": "figure", "status": "reported",
        "basis": None, "note": None, "quote": "q", "stated_as": None, "derived": False, "method": None,
        "inputs": (), "derivation": None, "source": SOURCE}
    base.update(fields)
    made = Fact(**base, period_label="")
    return made._replace(period_label=period_label(made))


def test_report_period_targets_and_thresholds_do_not_stand() -> None:
    assert standing(fact()).ok
    assert standing(fact(period_of="report")).kind == "report-period"
    assert standing(fact(status="target")).kind == "target"
    assert standing(fact(status="aspiration")).kind == "aspiration"
    assert standing(fact(status="threshold")).kind == "threshold"


def test_comparable_names_what_differs() -> None:
    a = fact("a")
    assert comparable(a, fact("b")).ok
    assert comparable(a, fact("b", subject="Neusoft")).kind == "subject-differs"
    assert comparable(a, fact("b", basis="sold")).kind == "basis-differs"
    assert comparable(a, fact("b", unit="students")).kind == "unit-differs"
    assert comparable(fact("a", unit="USD"), fact("b", unit="CNY")).kind == "currency-differs"
    assert comparable(a, fact("b", metric_id="n")).kind == "metric-differs"
    assert comparable(a, fact("b", derived=True, inputs=("a", "z"))).kind == "derived-from"
    # A threshold is comparable as an interval, but never joined into a change.
    assert comparable(fact("a", status="threshold"), fact("b", status="threshold")).ok


def test_no_change_to_a_report_period_figure_or_a_threshold() -> None:
    before = fact("a", 6_000_000, period="2010")
    result = change(before, fact("b", 6_000_000, period="2014", period_of="report"))
    assert isinstance(result, Judgement)
    assert result.kind == "report-period"
    result = change(fact("a", 21_192_000, period="2021-12"),
                    fact("b", 20_000_000, qualifier="more than", period="2022-05",
                         status="threshold"))
    assert isinstance(result, Judgement)
    assert result.kind == "threshold"


def test_a_better_rank_reads_as_up() -> None:
    result = change(fact("a", 15, unit="rank", period="2013"),
                    fact("b", 14, unit="rank", period="2014"), "rank")
    assert isinstance(result, Change)
    assert (result.display, result.direction) == ("up 1 place", "up")
    result = change(fact("a", 3, unit="rank", period="2013"),
                    fact("b", 5, unit="rank", period="2014", source=OTHER), "rank")
    assert isinstance(result, Change)
    assert (result.display, result.direction, result.across_sources) \
        == ("down 2 places", "down", True)


def test_years_and_overlapping_periods_make_no_change() -> None:
    founded = change(fact("a", 2000, unit="year", period="2000"),
                     fact("b", 2002, unit="year", period="2002"), "year")
    assert isinstance(founded, Judgement)
    assert founded.kind == "year"
    overlapping = change(fact("a", period="2020"), fact("b", period="2020-05"))
    assert isinstance(overlapping, Judgement)
    assert overlapping.kind == "same-period"


def test_a_hedged_change_that_admits_zero_is_no_change() -> None:
    result = change(fact("a", 100, period="2010"), fact("b", 105, qualifier="about",
                                                        period="2012"))
    assert isinstance(result, Judgement)
    assert result.kind == "no-change"
    result = change(fact("a", 100, period="2010"), fact("b", 200, qualifier="more than",
                                                        period="2012"))
    assert isinstance(result, Change)
    assert result.display.startswith("at least +100 people")
    assert result.direction == "up"


def test_fractions_in_words_are_approximate() -> None:
    two_thirds = fact("a", 200 / 3, unit="percent", stated_as="two-thirds")
    p = precision(two_thirds)
    assert p.words == "two-thirds"
    assert p.approximate
    assert p.interval.admits(67) and p.interval.admits(66)  # noqa: PT018
    assert not p.interval.admits(70)
    assert not precision(fact("b", 70, unit="percent")).approximate


def test_period_labels_say_what_a_period_is() -> None:
    assert period_label(fact(period="2014", period_inferred=True)) == "c. 2014"
    assert period_label(fact(period="2014", period_of="report")) == "reported 2014"
    assert period_label(fact(period="2020", status="target")) == "target for 2020"
    assert period_label(fact(period="2019", period_inferred=True, status="aspiration")) == (
        "no date; reported c. 2019")
    assert period_label(fact(period="2014", period_inferred=True, period_of="report")) == (
        "reported c. 2014")


def test_bars_only_for_joinable_amounts() -> None:
    a, b = fact("a", 650), fact("b", 3000, period="2021")
    assert drawable([a, b]).ok
    assert drawable([a, fact("b", 3000, basis="registered")]).kind == "basis-differs"
    assert drawable([a, fact("b", 6e6, period_of="report")]).kind == "report-period"
    assert drawable([fact("a", 15, unit="rank"), fact("b", 14, unit="rank")]).kind == "rank"
    assert drawable([fact("a", 1998, unit="year"), fact("b", 2000, unit="year")]).kind == "year"
    assert drawable([a, fact("c", 10, inputs=("a", "x"), derived=True)]).kind == "derived-from"


def test_a_share_is_drawn_on_a_scale_of_a_hundred() -> None:
    shares = [fact("a", 10, unit="percent"), fact("b", 5, unit="percent")]
    assert bar_top(shares) == 100
    assert bar_top([fact("a", 650), fact("b", 3000)]) == 3000


def test_latest_never_prefers_a_report_period_figure() -> None:
    dated = fact("a", period="2010")
    reported = fact("b", period="2014", period_of="report")
    target = fact("c", period="2025", status="target")
    assert preferred([reported, dated, target]) == dated
    assert preferred([reported, target]) == reported


def test_order_leaves_out_what_may_not_be_ranked_with_the_reason() -> None:
    facts = [fact("a", 21_192_000, period="2021-12"),
             fact("b", 20_000_000, qualifier="more than", period="2022-05",
                  status="threshold"),
             fact("c", 300_000, qualifier="less than", period="1979"),
             fact("d", 6_000_000, period="2014", period_of="report"),
             fact("e", 8_500_000, period="2019"),
             fact("f", 9, subject="Neusoft", period="2020")]
    result = order(facts)
    assert [f.id for f in result.ranked] == ["a", "e"]
    assert {f.id: j.kind for f, j in result.left_out} == {
        "b": "threshold", "c": "outside-window", "d": "report-period",
        "f": "subject-differs"}
    assert result.window == (2016, 2021)  # the newest figure kept is of 2021
    assert [f.id for f in order(facts, since=1970).ranked] == ["a", "c", "e"]


bounds = st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False))


@given(value=st.floats(0, 1e9, allow_nan=False), qualifier=st.sampled_from([None, *QUALIFIERS]),
       claimed_value=st.floats(0, 1e9, allow_nan=False),
       claimed_qualifier=st.sampled_from([None, *QUALIFIERS]))
def test_verdicts_follow_the_intervals(value: float, qualifier: str | None, claimed_value: float,
                                       claimed_qualifier: str | None) -> None:
    from hubquery.hedges import interval, overlap

    held = interval(value, qualifier)
    claimed = interval(claimed_value, claimed_qualifier)
    verdict = interval_verdict(claimed, held)
    assert (verdict == "contradicted") == (not overlap(claimed, held))
    if verdict == "supported":
        # Every value the source admits is one the claim admits.
        for x in (held.low, held.high, value):
            if x is not None and held.admits(x):
                assert claimed.admits(x)


def test_overlap_is_not_support() -> None:
    source = stored_interval(20_000_000, None, "more than")
    assert interval_verdict(Interval(90_000_000, None, low_open=True), source) == "unsupported"
    assert interval_verdict(Interval(10_000_000, None, low_open=True), source) == "supported"
    assert interval_verdict(Interval(None, 1_500, high_open=True),
                            stored_interval(1_500, None, "more than")) == "contradicted"
    assert contains(Interval(0, 10), Interval(2, 3))


def test_totals_over_windows_of_different_lengths_do_not_change() -> None:
    four = fact("a", 170, period="2016-05/2020-05")
    two = fact("b", 860, qualifier="more than", period="2020-06/2022-05")
    result = change(four, two)
    assert isinstance(result, Judgement)
    assert result.kind == "windows-differ"
    assert drawable([four, two]).kind == "windows-differ"
    assert isinstance(change(fact("c", 5, period="2012-01/2012-10"),
                             fact("d", 9, period="2013-01/2013-10")), Change)


def test_a_reason_names_the_figure_without_repeating_its_status() -> None:
    threshold = fact("a", 20_000_000, qualifier="more than", status="threshold",
                     display="more than 20 million people (threshold)")
    assert standing(threshold).reason == (
        "more than 20 million people is a threshold the source sets for a group, not a "
        "count of this place")
