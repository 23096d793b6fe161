"""The model's rules, checked through the loader so each problem carries its position."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubquery.errors import DatasetError
from hubquery.load import parse
from tests.conftest import MINIMAL


def problems(text: str) -> list[str]:
    try:
        parse(text.encode(), "d.yaml")
    except DatasetError as error:
        return [str(p) for p in error.problems]
    return []


def with_fact(**changes: object) -> str:
    """MINIMAL with fields of its one fact replaced (None drops the field)."""
    lines = MINIMAL.splitlines()
    start = lines.index("- id: f1")
    fact: dict[str, str] = {}
    for line in lines[start:]:
        key, _, text = line.lstrip("- ").partition(": ")
        fact[key] = text
    for key, value in changes.items():
        if value is None:
            fact.pop(key, None)
        else:
            fact[key] = str(value)
    body = ["- " + "\n  ".join(f"{k}: {v}" for k, v in fact.items())]
    return "\n".join(lines[:start] + body) + "\n"


def test_minimal_dataset_is_valid() -> None:
    assert problems(MINIMAL) == []


def test_unknown_field_is_rejected_with_position() -> None:
    assert problems(
        MINIMAL.replace("  title: An article\n", "  title: An article\n  titel: x\n")
    ) == ["d.yaml:5:3: sources[0].titel: unknown field"]


def test_missing_field_points_at_the_record() -> None:
    assert problems(with_fact(unit=None)) == [
        "d.yaml:20:3: facts[0].unit: required field is missing"
    ]


def test_duplicate_ids_name_the_first_use() -> None:
    text = MINIMAL + MINIMAL[MINIMAL.index("- id: f1") :]
    assert problems(text) == [
        "d.yaml:28:3: facts[1].id: duplicate id 'f1' (first used by facts[0])"
    ]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"hub": "nowhere"}, "facts[0].hub: unknown hub 'nowhere'"),
        ({"metric": "nothing"}, "facts[0].metric: unknown metric 'nothing'"),
        ({"source": "s9"}, "facts[0].source: unknown source 's9'"),
        ({"value": -3}, "facts[0].value: a count figure cannot be negative (-3)"),
        ({"value": "'12'"}, "facts[0].value: expected a number, not string '12'"),
        ({"value": "true"}, "facts[0].value: expected a number, not boolean True"),
        ({"value": ".nan"}, "facts[0].value: a figure must be a finite number"),
        (
            {"unit": "Companies"},
            "facts[0].unit: a count is of a lowercase plural noun (people, companies), not 'Companies'",
        ),
        (
            {"period": "'2012-13'"},
            "facts[0].period: '2012-13' is not a real date (bad month number 13; must be 1-12)",
        ),
        ({"period": "'last year'"}, "facts[0].period: 'last year' is not an ISO 8601 period"),
        (
            {"period": "'2014/2012'"},
            "facts[0].period: the interval '2014/2012' ends before it starts",
        ),
        ({"qualifier": "roughly"}, "facts[0].qualifier: 'roughly' is not allowed"),
        ({"quote": None}, "facts[0].quote: required field is missing"),
        ({"quote": "null"}, "facts[0]: a figure needs the quote that states it"),
        ({"id": "F 1"}, "facts[0].id: 'F 1' is not a valid id"),
    ],
)
def test_fact_rules(changes: dict[str, object], expected: str) -> None:
    found = problems(with_fact(**changes))
    assert len(found) == 1, found
    assert expected in found[0]
    assert found[0].startswith("d.yaml:2")


def test_share_must_be_a_percentage() -> None:
    text = with_fact(metric="share", unit="percent", value=140)
    assert problems(text) == [
        "d.yaml:23:3: facts[0].value: a share is a percentage from 0 to 100, not 140"
    ]


def test_share_in_wrong_unit() -> None:
    text = with_fact(metric="share", unit="companies", value=40)
    assert problems(text) == [
        "d.yaml:24:3: facts[0].unit: a share metric is measured in 'percent', not 'companies'"
    ]


def test_parent_cycles_are_reported_once() -> None:
    text = MINIMAL.replace(
        "- id: here\n  name: Here\n  kind: city\n",
        "- id: here\n  name: Here\n  kind: city\n  parent: there\n"
        "- id: there\n  name: There\n  kind: city\n  parent: here\n",
    )
    assert problems(text) == [
        "d.yaml:19:3: hubs[0].parent: parent chain loops: here → there → here"
    ]


def test_dangling_parent() -> None:
    text = MINIMAL.replace("  kind: city\n", "  kind: city\n  parent: atlantis\n")
    assert problems(text) == ["d.yaml:19:3: hubs[0].parent: unknown hub 'atlantis'"]


def test_inferred_date_needs_a_note() -> None:
    text = MINIMAL.replace("  published: '2020'\n", "  published: '2020'\n  date_inferred: true\n")
    assert problems(text) == [
        "d.yaml:3:3: sources[0]: an inferred publication date needs a date_note saying how"
    ]


def test_derived_fact_is_checked_against_its_inputs() -> None:
    derived = (
        "- id: f2\n  hub: here\n  metric: companies\n  value: 12\n  unit: companies\n"
        "  period: '2021'\n  source: s1\n  quote: there are 12 companies here\n"
        "- id: f3\n  hub: here\n  metric: companies\n  value: 23\n  unit: companies\n"
        "  period: '2021'\n  source: s1\n  quote: null\n  derived: true\n  method: sum\n"
        "  inputs: [f1, f2]\n"
    )
    assert problems(MINIMAL + derived) == [
        "d.yaml:39:3: facts[2].value: sum of f1, f2 is 24.0, not 23"
    ]
    assert problems(MINIMAL + derived.replace("value: 23", "value: 24")) == []


def test_derived_fact_without_inputs_is_rejected() -> None:
    text = with_fact(derived="true", method="sum", quote="null")
    assert problems(text) == [
        "d.yaml:20:3: facts[0]: a derived figure names its method and at least two inputs"
    ]


def test_metric_aliases_must_not_collide() -> None:
    text = MINIMAL.replace("  unit_kind: share\n", "  unit_kind: share\n  aliases: [companies]\n")
    assert problems(text) == [
        "d.yaml:15:13: metrics[1].aliases[0]: alias 'companies' is already a name of metric 'companies'"
    ]


def test_hub_names_must_not_collide() -> None:
    text = MINIMAL.replace(
        "  kind: city\n", "  kind: city\n- id: there\n  name: HERE\n  kind: city\n"
    )
    assert problems(text) == ["d.yaml:20:3: hubs[1].name: 'HERE' also names hub 'here'"]


@pytest.mark.parametrize(
    "periods",
    [
        ["2012", "2012-01", "2012-12-31", "2011-06/2012-02", "2013", "2012-02-29", "2012-12"],
        ["2020-05/2022-05", "2016-05/2020-05", "2021", "2022-05", "2021-12"],
    ],
)
def test_sort_bounds_order_periods_as_their_dates(periods: list[str]) -> None:
    from hubquery.periods import parse_period, sort_end, sort_start

    by_dates = sorted(periods, key=lambda p: (parse_period(p).end, parse_period(p).start))
    by_keys = sorted(periods, key=lambda p: (sort_end(p), sort_start(p)))
    assert by_keys == by_dates


# The last day is far enough from 9999-12-31 that first + span is still a date.
@given(
    first=st.dates(min_value=date(1900, 1, 1), max_value=date(9000, 12, 31)),
    precision=st.sampled_from([4, 7, 10]),
    span=st.integers(min_value=0, max_value=4000),
    interval=st.booleans(),
)
def test_sort_bounds_match_parsed_bounds(
    first: date, precision: int, span: int, interval: bool
) -> None:
    from hubquery.periods import parse_period, sort_bounds, sort_end, sort_start

    text = first.isoformat()[:precision]
    if interval:
        text += "/" + (first + timedelta(days=span)).isoformat()[:precision]
    parsed = parse_period(text)
    assert sort_bounds(text) == (parsed.start, parsed.end)
    assert (sort_start(text), sort_end(text)) == (parsed.start, parsed.end)


def test_runaway_text_is_refused() -> None:
    assert problems(with_fact(quote="x" * 5000)) == [
        "d.yaml:27:3: facts[0].quote: text of 5,000 characters is longer than the 2,000 allowed"
    ]
    assert problems(MINIMAL.replace("name: Here", "name: " + "H" * 300)) == [
        "d.yaml:17:3: hubs[0].name: text of 300 characters is longer than the 200 allowed"
    ]


INFERRED_SOURCE = MINIMAL.replace(
    "  published: '2020'\n",
    "  published: '2020'\n  date_inferred: true\n  date_note: From the copyright line.\n",
)


def test_a_period_is_inferred_only_from_an_inferred_date() -> None:
    """Issue 10: "last year" in a dated article is printed, not inferred."""
    assert problems(with_fact(period_inferred="true")) == [
        "d.yaml:28:3: facts[0].period_inferred: a period cannot be inferred from source 's1': "
        "its date '2020' is printed (date_inferred is false)"
    ]
    assert (
        problems(
            INFERRED_SOURCE.replace(
                "  period: '2020'\n", "  period: '2020'\n  period_inferred: true\n"
            )
        )
        == []
    )


def test_period_inferred_is_a_boolean() -> None:
    assert problems(with_fact(period_inferred="'yes'")) == [
        "d.yaml:28:3: facts[0].period_inferred: expected true or false, not string 'yes'"
    ]


def test_a_date_range_bounds_an_inferred_date() -> None:
    """Audit S4: a text that bounds its date to 2018–2019 without settling it."""
    ranged = INFERRED_SOURCE.replace(
        "  date_inferred: true\n", "  date_inferred: true\n  date_range: 2019/2020\n"
    )
    assert problems(ranged) == []
    assert problems(ranged.replace("2019/2020", "2018/2019")) == [
        "d.yaml:3:3: sources[0]: the date_range '2018/2019' does not contain the date '2020'"
    ]
    assert problems(ranged.replace("2019/2020", "'2020'")) == [
        "d.yaml:7:3: sources[0].date_range: a date range is an interval such as '2018/2019'"
    ]
    printed = MINIMAL.replace(
        "  published: '2020'\n", "  published: '2020'\n  date_range: 2019/2020\n"
    )
    assert problems(printed) == [
        "d.yaml:3:3: sources[0]: only an inferred publication date has a date_range"
    ]


def test_a_period_of_report_is_the_source_date() -> None:
    """Audit E1/E2/E8: a figure reported in a year, not said to hold in it."""
    assert problems(with_fact(period_of="report")) == []
    assert problems(with_fact(period_of="report", period="'2019'")) == [
        "d.yaml:25:3: facts[0].period: a period of report is its source's date '2020', not '2019'"
    ]
    assert problems(
        INFERRED_SOURCE.replace("  period: '2020'\n", "  period: '2020'\n  period_of: report\n")
    ) == [
        "d.yaml:22:3: facts[0].period_inferred: a period of report is inferred when its "
        "source's date is (source 's1' has date_inferred: true)"
    ]
    assert (
        problems(
            INFERRED_SOURCE.replace(
                "  period: '2020'\n",
                "  period: '2020'\n  period_of: report\n  period_inferred: true\n",
            )
        )
        == []
    )
    assert "facts[0].period_of: 'held' is not allowed" in problems(with_fact(period_of="held"))[0]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"stated_as": "only", "value": 2},
            "a figure stated as 'only' has value 1 and no qualifier",
        ),
        (
            {"stated_as": "hundreds", "value": 200},
            "a figure stated as 'hundreds' has value 200 and qualifier 'at least'",
        ),
        (
            {"stated_as": "all", "value": 100, "qualifier": "about"},
            "a figure stated as 'all' has value 100 and no qualifier or qualifier 'nearly'",
        ),
        ({"stated_as": "many"}, "facts[0].stated_as: 'many' is not allowed"),
    ],
)
def test_a_figure_stated_in_words_has_the_value_of_the_word(
    changes: dict[str, object], expected: str
) -> None:
    found = problems(with_fact(**changes))
    assert len(found) == 1, found
    assert expected in found[0]


def test_figures_stated_in_words() -> None:
    assert problems(with_fact(stated_as="hundreds", value=200, qualifier="'at least'")) == []
    assert problems(with_fact(stated_as="all", value=100, qualifier="nearly")) == []
    assert problems(with_fact(stated_as="first", value=1)) == []


def test_hubs_and_citations_take_notes_and_a_quoted_spelling() -> None:
    text = MINIMAL.replace(
        "  kind: city\n",
        "  kind: city\n  note: Why it is here.\n  organisations:\n"
        "  - name: Merck Serono\n    quoted_as: Merck Cerono\n    note: Planned.\n"
        "    source: s1\n    quote: Merck Cerono, one of the leading pharmaceutical firm\n",
    )
    assert problems(text) == []


def test_the_words_a_figure_may_be_stated_as_are_one_table() -> None:
    """The allowed words and their values live in vocabulary.STATED_WORDS; the
    ``stated_as`` type, the exporters' enum and the table agree."""
    from typing import get_args

    from hubquery.vocabulary import STATED_AS, STATED_WORDS, StatedAs

    assert set(get_args(StatedAs)) == set(STATED_WORDS) == set(STATED_AS)
    for word, stated in STATED_WORDS.items():
        if stated.reads == "fraction":
            assert 0 < stated.value <= 100, word
        if stated.implied is not None:
            assert stated.qualifiers == (stated.implied,), word


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"stated_as": "two-thirds", "value": 66.67},
            "a figure stated as 'two-thirds' has value 66.66666666666667 and no qualifier or "
            "qualifier 'about'",
        ),
        ({"stated_as": "largest", "value": 2}, "a figure stated as 'largest' has value 1"),
        (
            {"stated_as": "a nickel", "value": 5, "qualifier": "nearly"},
            "a figure stated as 'a nickel' has value 5 and no qualifier or qualifier 'less than'",
        ),
    ],
)
def test_a_fraction_or_a_place_in_words_has_their_value(
    changes: dict[str, object], expected: str
) -> None:
    found = problems(with_fact(**changes))
    assert len(found) == 1, found
    assert expected in found[0]


def test_years_ago_are_counted_from_the_source_s_year() -> None:
    """ "eight years ago" in a source of 2020 is 2012, nothing else."""
    assert problems(with_fact(stated_as="'eight years ago'", value=2012)) == []
    assert problems(with_fact(stated_as="'eight years ago'", value=2006)) == [
        "d.yaml:23:3: facts[0].value: a year stated as 'eight years ago' is 2012, 8 years "
        "before its source's 2020, not 2006"
    ]


def test_a_date_range_of_null_is_no_date_range() -> None:
    """The fuzz run (seed 2026, dataset #487): `date_range: null` reached the range check
    as None and exited 70 ("argument of type 'NoneType' is not iterable"). An explicit
    null is the field left out, as for every optional field."""
    assert (
        problems(
            MINIMAL.replace("  published: '2020'\n", "  published: '2020'\n  date_range: null\n")
        )
        == []
    )
