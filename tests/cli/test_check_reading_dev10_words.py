"""`check` on more words of figures and times (issue #19): "has watched its European
business double" is a multiple that happened, as "doubled" is (never read where the
verb is no multiple's: "a triple helix"); "the two years to mid-2022" is the window
2020–2022, as "the two years to May 2022" is; a centre "planted" in a year was set up
then (never trees planted); "a 2018–19 review found" dates the review, not the figure,
as "a 2019 review" does; "the most recent two-year period" is the past two years, a
window, no count of years; "in 2020, a year before its total topped 840" dates the 840 to
2021 ("before" a clause of its own), "three years before." counts back; "five times what
it registered in the four years before" a ratio of the two counts, as "five times as
many … as" is.
Sentences written for these tests, none a claim set's own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read


def test_seen_it_double_is_a_multiple() -> None:
    assert _read("Neusoft has watched its European business double since the Sesca deal.") == [
        ("contradicted", "2× · Neusoft (shenyang) · business-growth-multiple")
    ]


def test_a_triple_helix_is_no_multiple() -> None:
    assert _read("Dalian is home to a triple helix of industry.") == []


def test_the_years_to_the_middle_of_a_year() -> None:
    assert _read(
        "Shenyang logged more than 860 new robotics companies in the two years to mid-2022."
    ) == [("supported", "more than 860 companies · shenyang · new-robotics-companies · 2020–2022")]


def test_planted_a_centre_is_its_founding() -> None:
    assert _read("Accenture planted its first Chinese delivery centre in Dalian in 2004.") == [
        ("contradicted", "2004 · Accenture (dalian) · year-established")
    ]


def test_planted_trees_are_no_founding() -> None:
    assert _read("Dalian planted 2,000 trees in 2012.") == [
        ("unsupported", "2,000 · dalian · no metric · 2012")
    ]


def test_a_reports_two_years_are_no_figures_period() -> None:
    assert _read(
        "Microsoft's lab in Beijing employed more than 5,000 people, a 2018–19 review found."
    ) == [("supported", "more than 5,000 people · Microsoft (beijing) · employees")]


def test_two_years_of_the_figure_are_its_period() -> None:
    assert _read("Microsoft's lab in Beijing employed more than 5,000 people in 2018–19.") == [
        ("unsupported", "more than 5,000 people · Microsoft (beijing) · employees · 2018–2019")
    ]


def test_the_latest_two_year_period_is_a_window() -> None:
    assert _read(
        "Robotics registrations in Shenyang over the most recent two-year period were more"
        " than five times the total of the preceding four years."
    ) == [("supported", "more than 5× · shenyang · new-robotics-companies · the past 2 years")]


def test_a_year_before_a_clause_dates_the_clause_a_year_later() -> None:
    assert _read(
        "Hefei counted more than 680 AI companies in 2020, a year before its total topped 840."
    ) == [
        ("supported", "more than 680 companies · hefei · ai-companies · 2020"),
        ("supported", "more than 840 companies · hefei · ai-companies · 2021"),
    ]


def test_years_before_at_a_clauses_end_count_back() -> None:
    assert ("supported", "US$8.65 billion · dalian · outsourcing-revenue · 2010") in _read(
        "Dalian's software revenue was US$21.7 billion in 2013, against US$8.65 billion three"
        " years before."
    )


def test_times_what_is_a_ratio_of_two_counts() -> None:
    assert _read(
        "Shenyang's new robotics firms over the past two years came to more than five times"
        " what it registered in the four years before."
    ) == [("supported", "more than 5× · shenyang · new-robotics-companies · the past 2 years")]
