"""The judgement of what may be put side by side, on its own: records in, answers out."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from hubquery.hedges import Interval, stored_interval
from hubquery.judgement.changes import Change, change
from hubquery.judgement.claims import contains, interval_verdict
from hubquery.judgement.figures import Judgement, comparable, period_label, precision, standing
from hubquery.judgement.orders import (
    DEFAULT_WINDOW_YEARS,
    bar_top,
    default_window,
    drawable,
    order,
    place,
    preferred,
    sense,
)
from hubquery.records import Fact, Source
from hubquery.vocabulary import QUALIFIERS

SOURCE = Source("s", "T", "P", None, "2022", False, None, None, None, None)
OTHER = SOURCE._replace(id="t")


def fact(
    ident: str = "f",
    value: float = 100,
    *,
    qualifier: str | None = None,
    period: str = "2020",
    **fields: Any,
) -> Fact:
    """A fact with the interval its hedge admits, as the store serves it."""
    from hubquery.hedges import interval

    i = interval(value, qualifier, "count")
    base: dict[str, Any] = {
        "id": ident,
        "hub_id": "h",
        "metric_id": "m",
        "subject": None,
        "value": value,
        "unit": "people",
        "qualifier": qualifier,
        "low": i.low,
        "high": i.high,
        "display": f"{value:g} people",
        "period": period,
        "period_inferred": False,
        "period_of": "figure",
        "status": "reported",
        "basis": None,
        "note": None,
        "quote": "q",
        "stated_as": None,
        "derived": False,
        "method": None,
        "inputs": (),
        "derivation": None,
        "source": SOURCE,
    }
    base.update(fields)
    made = Fact(**base, period_label="")
    return made._replace(period_label=period_label(made))


def test_a_precision_is_kept_for_its_own_record_only() -> None:
    # (kept by the figure's id for a check's many claims of it: another record of the
    # same id, another store's or a test's, is read afresh)
    first = fact("same", 100, qualifier="about")
    assert precision(first) is precision(first)
    other = fact("same", 100)
    assert precision(other).approximate is False
    assert precision(first).approximate is True
    assert precision(other) == precision(fact("same", 100))


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
    result = change(
        fact("a", 21_192_000, period="2021-12"),
        fact("b", 20_000_000, qualifier="more than", period="2022-05", status="threshold"),
    )
    assert isinstance(result, Judgement)
    assert result.kind == "threshold"


def test_a_better_rank_reads_as_up() -> None:
    result = change(
        fact("a", 15, unit="rank", period="2013"), fact("b", 14, unit="rank", period="2014"), "rank"
    )
    assert isinstance(result, Change)
    assert (result.display, result.direction) == ("up 1 place", "up")
    result = change(
        fact("a", 3, unit="rank", period="2013"),
        fact("b", 5, unit="rank", period="2014", source=OTHER),
        "rank",
    )
    assert isinstance(result, Change)
    assert (result.display, result.direction, result.across_sources) == (
        "down 2 places",
        "down",
        True,
    )


def test_years_and_overlapping_periods_make_no_change() -> None:
    founded = change(
        fact("a", 2000, unit="year", period="2000"),
        fact("b", 2002, unit="year", period="2002"),
        "year",
    )
    assert isinstance(founded, Judgement)
    assert founded.kind == "year"
    overlapping = change(fact("a", period="2020"), fact("b", period="2020-05"))
    assert isinstance(overlapping, Judgement)
    assert overlapping.kind == "same-period"


def test_a_hedged_change_that_admits_zero_is_no_change() -> None:
    result = change(fact("a", 100, period="2010"), fact("b", 105, qualifier="about", period="2012"))
    assert isinstance(result, Judgement)
    assert result.kind == "no-change"
    result = change(
        fact("a", 100, period="2010"), fact("b", 200, qualifier="more than", period="2012")
    )
    assert isinstance(result, Change)
    assert result.display.startswith("at least +100 people")
    assert result.direction == "up"


def test_fractions_in_words_are_approximate() -> None:
    two_thirds = fact("a", 200 / 3, unit="percent", stated_as="two-thirds")
    p = precision(two_thirds)
    assert p.words == "two-thirds"
    assert p.approximate
    assert p.interval.admits(67) and p.interval.admits(66)  # noqa: PT018
    assert p.interval.admits(70)  # a share a writer would round to two-thirds
    assert not p.interval.admits(72)  # nearer three-quarters
    assert not precision(fact("b", 70, unit="percent")).approximate


def test_exact_words_are_exact_and_only_fractions_and_vague_words_approximate() -> None:
    for words, value, unit in [
        ("four", 4, "companies"),
        ("the only one", 1, "cities"),
        ("only", 1, "cities"),
        ("22", 22, "companies"),
        ("six million", 6e6, "people"),
        ("third largest", 3, "rank"),
        ("eight years ago", 2006, "year"),
    ]:
        p = precision(fact(value=value, unit=unit, stated_as=words))
        assert (p.words, p.approximate) == (words, False), words
        assert p.interval == Interval(value, value), words
    for words, value in [
        ("two-thirds", 200 / 3),
        ("one in three", 100 / 3),
        ("one out of every 10", 10),
        ("half", 50),
        ("one quarter", 25),
        ("nearly all", 100),
        ("hundreds", 200),
    ]:
        assert precision(fact(value=value, unit="percent", stated_as=words)).approximate, words
    # "half" is a fraction like "two-thirds": 51 % is not ruled out by it
    assert precision(fact(value=50, unit="percent", stated_as="half")).interval.admits(51)


def test_period_labels_say_what_a_period_is() -> None:
    assert period_label(fact(period="2014", period_inferred=True)) == "c. 2014"
    assert period_label(fact(period="2014", period_of="report")) == "reported 2014"
    assert period_label(fact(period="2020", status="target")) == "target for 2020"
    assert period_label(fact(period="2019", period_inferred=True, status="aspiration")) == (
        "no date; reported c. 2019"
    )
    assert period_label(fact(period="2014", period_inferred=True, period_of="report")) == (
        "reported c. 2014"
    )


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
    facts = [
        fact("a", 21_192_000, period="2021-12"),
        fact("b", 20_000_000, qualifier="more than", period="2022-05", status="threshold"),
        fact("c", 300_000, qualifier="less than", period="1979"),
        fact("d", 6_000_000, period="2014", period_of="report"),
        fact("e", 8_500_000, period="2019"),
        fact("f", 9, subject="Neusoft", period="2020"),
    ]
    result = order(facts)
    assert [f.id for f in result.ranked] == ["a", "e"]
    assert {f.id: j.kind for f, j in result.left_out} == {
        "b": "threshold",
        "c": "outside-window",
        "d": "report-period",
        "f": "subject-differs",
    }
    assert result.window == (2016, 2021)  # the newest figure kept is of 2021
    assert [f.id for f in order(facts, since=1970).ranked] == ["a", "c", "e"]


bounds = st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False))


# Figures as datasets state them: whole numbers, or decimals of a few places (a subnormal
# float such as 1e-274 is no figure, and rounding at its scale is not the judgement's).
figures = st.one_of(
    st.integers(0, 10**9), st.floats(0.001, 1e9, allow_nan=False).map(lambda x: round(x, 3))
)


@given(
    value=figures,
    qualifier=st.sampled_from([None, *QUALIFIERS]),
    claimed_value=figures,
    claimed_qualifier=st.sampled_from([None, *QUALIFIERS]),
)
def test_verdicts_follow_the_intervals(
    value: float, qualifier: str | None, claimed_value: float, claimed_qualifier: str | None
) -> None:
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
    assert (
        interval_verdict(
            Interval(None, 1_500, high_open=True), stored_interval(1_500, None, "more than")
        )
        == "contradicted"
    )
    assert contains(Interval(0, 10), Interval(2, 3))


def test_totals_over_windows_of_different_lengths_do_not_change() -> None:
    four = fact("a", 170, period="2016-05/2020-05")
    two = fact("b", 860, qualifier="more than", period="2020-06/2022-05")
    result = change(four, two)
    assert isinstance(result, Judgement)
    assert result.kind == "windows-differ"
    assert drawable([four, two]).kind == "windows-differ"
    assert isinstance(
        change(fact("c", 5, period="2012-01/2012-10"), fact("d", 9, period="2013-01/2013-10")),
        Change,
    )


def test_a_reason_names_the_figure_without_repeating_its_status() -> None:
    threshold = fact(
        "a",
        20_000_000,
        qualifier="more than",
        status="threshold",
        display="more than 20 million people (threshold)",
    )
    assert standing(threshold).reason == (
        "more than 20 million people is a threshold the source sets for a group, not a "
        "count of this place"
    )


def test_order_judges_one_figure_of_each_kind_for_all_of_it() -> None:
    """``counts`` weigh each figure as the many of its kind it stands for: the basis most
    figures share is the reference even when fewer figures of it are given."""
    sold = fact("a", basis="sold")
    produced = fact("b", basis="produced")
    assert order([sold, produced]).reference == sold
    judged = order([sold, produced], counts=[1, 40])
    assert (judged.reference, [f.id for f in judged.ranked]) == (produced, ["b"])
    assert [(f.id, j.kind) for f, j in judged.left_out] == [("a", "basis-differs")]


def test_place_is_the_verdict_order_gives_one_figure() -> None:
    facts = [fact("a", period="2021"), fact("b", period="1979"), fact("c", status="target")]
    judged = order(facts)
    for f in facts:
        verdict = place(f, judged.reference, judged.window)
        assert verdict.ok == (f in judged.ranked)
        assert verdict.ok or (f, verdict) in judged.left_out


def test_an_order_says_what_comes_first() -> None:
    assert sense("count") == (False, "largest first")
    assert sense("count", True) == (True, "smallest first")
    assert sense("rank") == (True, "best place first")
    assert sense("year") == (True, "earliest first")
    assert sense("year", False) == (False, "latest first")
    assert sense("duration") == (True, "shortest first")
    assert default_window("year") is None
    assert default_window("count") == DEFAULT_WINDOW_YEARS


# --- a claim's figure against the figures held (check's verdict, written once) --------

from hubquery.judgement.answering import period_allows, stale, status_allows  # noqa: E402
from hubquery.judgement.claims import (  # noqa: E402
    Claimed,
    claim_interval,
    claim_verdict,
    figure_verdict,
    negated,
    says,
)


def test_a_claim_interval_is_its_hedge_its_rounding_or_a_fraction_in_words() -> None:
    assert claim_interval(2300, None) == Interval(2300, 2300)  # plain digits are exact
    assert claim_interval(6e6, None, rounding=5e5) == Interval(5.5e6, 6.5e6, True, True)
    assert claim_interval(20, "about", "share", approximate=True) == Interval(18, 22)
    assert claim_interval(20, None, "share", approximate=True) == Interval(18, 22)
    low, high = claim_interval(33.33, "about", "share", rounding=0.005)[:2]
    assert low is not None
    assert high is not None
    assert contains(
        Interval(low, high),
        precision(fact(value=100 / 3, unit="percent")).interval._replace(low=30.0, high=36.6666),
    )


def test_negation_leaves_the_other_side() -> None:
    assert negated(Interval(1500, None, low_open=True)) == Interval(None, 1500)
    assert negated(Interval(0, 20)) == Interval(20, None, low_open=True)
    assert negated(Interval(20, 20)) is None


def test_a_fraction_in_words_held_is_approximate_when_it_could_contradict() -> None:
    third = fact(value=100 / 3, unit="percent", stated_as="one in three")
    assert figure_verdict(claim_interval(33, None, "share", rounding=0.5), third) == "supported"
    assert figure_verdict(claim_interval(34, None, "share", rounding=0.5), third) == "unsupported"
    assert figure_verdict(claim_interval(50, None, "share", rounding=0.5), third) == "contradicted"


def test_an_exact_claim_on_an_open_bound_is_not_established_not_contradicted() -> None:
    held = fact(value=840, qualifier="more than")
    assert figure_verdict(Interval(840, 840), held) == "unsupported"
    assert figure_verdict(Interval(None, 840), held) == "contradicted"  # "no more than 840"


def test_time_a_report_period_figure_never_answers_a_stated_year() -> None:
    in_2014 = Claimed(Interval(6e6, 6e6), 2014, 2014)
    assert period_allows(in_2014, fact(period="2014", period_of="report")).kind == "report-period"
    assert period_allows(in_2014, fact(period="2014")).ok
    assert period_allows(in_2014, fact(period="2010")).kind == "period-differs"
    assert period_allows(Claimed(Interval(1, 1)), fact(period="2014", period_of="report")).ok
    window = Claimed(Interval(860, None), span_years=2)
    assert period_allows(window, fact(period="2020-05/2022-05")).ok
    assert not period_allows(window, fact(period="2016-05/2020-05")).ok


def test_status_a_target_answers_only_a_goal() -> None:
    target = fact(status="target", period="2020")
    assert status_allows(Claimed(Interval(1, 1)), target).kind == "target-as-achieved"
    assert status_allows(Claimed(Interval(1, 1), target=True), target).ok
    assert status_allows(Claimed(Interval(1, 1), target=True), fact()).kind == "status-differs"
    assert status_allows(Claimed(Interval(1, 1)), fact(status="threshold")).ok


def test_a_target_claimed_as_reached_is_contradicted() -> None:
    target = fact("goal", 1000, status="target", period="2020")
    held = fact("held", 480, period="2018")
    reached = claim_verdict(Claimed(Interval(1000, 1000), 2020, 2020), [held, target], "1,000")
    assert (reached.verdict, reached.kind) == ("contradicted", "target-as-achieved")
    goal = claim_verdict(
        Claimed(Interval(1000, 1000), 2020, 2020, target=True), [held, target], "1,000"
    )
    assert goal.verdict == "supported"


def test_superseded_a_newer_figure_makes_now_false() -> None:
    of_2014 = SOURCE._replace(published="2014")
    old = fact("old", 15, period="2013", source=of_2014)
    new = fact("new", 14, period="2014", source=of_2014)
    judged = claim_verdict(Claimed(Interval(15, 15), now=True), [old, new], "#15")
    assert (judged.verdict, judged.kind) == ("contradicted", "superseded")
    assert claim_verdict(Claimed(Interval(15, 15)), [old, new], "#15").verdict == "supported"
    assert (
        claim_verdict(Claimed(Interval(14, 14), now=True), [old, new], "#14").verdict == "supported"
    )


def test_a_figure_decades_before_its_source_does_not_answer_now() -> None:
    town = fact("town", 300_000, qualifier="less than", period="1979")
    assert stale(town)  # its source is of 2022
    judged = claim_verdict(
        Claimed(Interval(None, 300_000, high_open=True), now=True), [town], "less than 300,000"
    )
    assert (judged.verdict, judged.kind) == ("unsupported", "stale")


def test_derived_figures_are_flagged_and_never_what_the_source_says() -> None:
    derived = fact("d", 1.17, derived=True, inputs=("a", "b"), derivation="a to b")
    judged = claim_verdict(Claimed(Interval(1.15, 1.25)), [derived], "1.2 %")
    assert judged.derived
    assert "the source says" not in judged.reason
    assert (
        says([derived]) == "hubquery derives 1.17 people (2020) from a to b — no source prints it"
    )
    assert says([fact()]) == "the source says 100 people (2020)"


def test_overlap_only_is_unsupported_with_what_the_source_says() -> None:
    held = fact(value=840, qualifier="more than", display="more than 840 companies")
    judged = claim_verdict(Claimed(Interval(2000, 2000)), [held], "2,000 companies")
    assert (judged.verdict, judged.kind) == ("unsupported", "not-established")
    assert judged.reason == (
        "the source says only more than 840 companies (2020) — it does "
        "not establish 2,000 companies"
    )


def test_about_x_holds_nearly_x_to_the_last_bit() -> None:
    """Found by test_verdicts_follow_the_intervals: "nearly 0.016" began at
    0.0144 and "about 0.016" at 0.014400000000000001, so the claim did not admit the
    held figure's own lower end though the verdict (rightly) said supported."""
    from hubquery.hedges import interval

    for value in (0.016, 0.1, 0.3, 7.0, 120_000.0, 21.192e6):
        held, claimed = interval(value, "nearly"), interval(value, "about")
        assert held.low is not None
        assert claimed.admits(held.low), value
        assert interval_verdict(claimed, held) == "supported"
