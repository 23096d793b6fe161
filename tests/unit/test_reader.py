"""The claim reader's pure parts, each on its own: figures, times, the rewriting of
words into figures (query/reader/figures.py, times.py)."""

from __future__ import annotations

import pytest

from hubquery.numbers import normalise
from hubquery.query.reader.figures import read_figures, unread_digits
from hubquery.query.reader.rewrites import rewrite
from hubquery.query.reader.times import bind_times, times


def _figures(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(f.value, f.unit, f.qualifier) for f in read_figures(normalise(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("employing nearly 120,000 people", [(120_000, "people", "nearly")]),
        ("US$21.7 billion", [(21.7e9, "USD", None)]),
        ("no more than 1,500 IoT companies", [(1500, "companies", "at most")]),
        ("two-thirds of all iPads", [(200 / 3, "percent", None)]),
        ("only one in ten graduates", [(10, "percent", "at most")]),
        ("the world's 14th largest", [(14, "rank", None)]),
        ("some 600 square miles", [(600 * 2.589988110336, "km2", "about")]),
        ("a five-year visa", [(5, "years", None)]),
        ("not fewer than 800 in 2021", [(800, None, "at least"), (2021, None, None)]),
        ("a million people", [(1e6, "people", None)]),
        ("650 or so companies", [(650, "companies", "about")]),
        ("passed the US$100 billion mark", [(100e9, "USD", "more than")]),
        ("reached the 1,000 mark", [(1000, None, "at least")]),
        # a half after "and", British "and" after a hundred, a fraction of a scale
        ("nine and a half million people", [(9.5e6, "people", None)]),
        ("some two and a half thousand firms", [(2500, "companies", "about")]),
        ("nearly a hundred and twenty thousand people", [(120_000, "people", "nearly")]),
        ("three hundred and fifty companies", [(350, "companies", None)]),
        ("about a quarter of a million residents", [(250_000, "people", "about")]),
        ("half a million residents", [(500_000, "people", None)]),
        ("three quarters of a billion dollars", [(750e6, "USD", None)]),
        # "a year later" is when, never the unit of the number before it
        ("to 8.5 million a year later", [(8.5e6, None, None)]),
        ("to 900 two years on", [(900, None, None)]),
        # a fraction of any ordinal, "one of every two", a verb ending in "rank"
        ("a twentieth of its output", [(5, "percent", None)]),
        ("one of every two laptops", [(50, "percent", None)]),
        ("shrank 23.2% in 2021", [(23.2, "percent", None), (2021, None, None)]),
        # a dot for thousands in a count, never in a scaled figure
        ("2.300 companies", [(2300, "companies", None)]),
        ("20.947 million residents", [(20.947e6, "people", None)]),
    ],
)
def test_figures_with_their_hedge_and_unit(
    text: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    got = _figures(text)
    assert [(u, q) for _, u, q in got] == [(u, q) for _, u, q in expected]
    assert [v for v, _, _ in got] == pytest.approx([v for v, _, _ in expected])


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("a port city of six million people", "a port city of six million residents"),
        ("a city of 6 million", "a city of 6 million residents"),
        ("roughly four decades", "roughly 40 years"),
        ("a new start-up every two days", "1 new start-up every two days"),
        ("a new start-up", "a new start-up"),  # the article is one only in a rate
    ],
)
def test_words_are_rewritten_into_figures(text: str, rewritten: str) -> None:
    assert rewrite(text) == rewritten


def test_decades_and_spans_are_times() -> None:
    assert [(t.first, t.last) for t in times("in the late 1970s")] == [(1976, 1979)]
    assert [(t.first, t.last) for t in times("between 2016 and 2020")] == [(2016, 2020)]
    assert [(t.first, t.last) for t in times("the four years before 2020")] == [(2016, 2020)]


def test_each_year_is_bound_to_the_figure_before_it() -> None:
    text = normalise("from US$8.65 billion in 2010 to US$21.7 billion in 2013")
    figures = [f for f in read_figures(text) if not f.year_like]  # the years are times
    bound = bind_times(figures, text, times(text))
    assert [bound[id(f)].label for f in figures] == ["2010", "2013"]


def test_digits_inside_words_are_unread() -> None:
    assert unread_digits("成都有2000万人口")
    assert not unread_digits("2,000 companies")


def test_years_up_to_a_month_are_a_span() -> None:
    """ "the two years to May 2022" is a time, never a figure of two years."""
    assert [(t.first, t.last) for t in times("over the two years to may 2022")] == [(2020, 2022)]


def test_years_after_a_time_are_a_span() -> None:
    """ "the two years after" counts from the end of the time named before it."""
    spans = times("170 in the four years to 2020 and 860 in the two years after")
    assert [(t.first, t.last) for t in spans] == [(2016, 2020), (2020, 2022)]
    assert [(t.first, t.last) for t in times("in the three years following 2015")] == [(2015, 2018)]


def test_candidates_are_kept_for_the_names_last_asked_of_as_a_new_list_each_time() -> None:
    # (a sentence's figures most often ask of the same names: the answer is kept, and
    # each caller gets a list of its own to add to)
    from hubquery.cache import open_store
    from hubquery.query.reader.mentions import Candidate, NameReader
    from tests.conftest import SHIPPED

    store = open_store(str(SHIPPED))
    reader = NameReader(store)
    mentions = reader.mentions(normalise("Dalian and Shenyang are both in Liaoning."))
    assert len(mentions) >= 2
    first = reader.candidates(mentions)
    first.append(Candidate("beijing", None))
    again = reader.candidates(mentions)
    assert again == NameReader(store).candidates(mentions) == first[:-1]
    assert reader.candidates(mentions[:1]) == NameReader(store).candidates(mentions[:1])
    assert reader.candidates([]) == []
