"""`check` on words that name a basis as another word does (issue #19): graduates who go
"straight" to jobs at Neusoft are those "employed directly by Neusoft" (at most 10 % of
the Neusoft Institute's), not those in IT-related jobs (more than 90 %): "more than 15
per cent … straight in jobs at Neusoft" was supported by the 90 %. Sentences written
for these tests, none a claim set's own."""

from __future__ import annotations

import pytest

from tests.cli.test_check_reading import _check, _read

_OF = "Neusoft Institute of Information (dalian) · graduate-employment-share"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over 15 per cent of the Neusoft Institute's graduates land straight in jobs at "
            "Neusoft.",
            ("contradicted", f"more than 15 % · {_OF}"),
        ),
        (
            "Fewer than one in ten Neusoft Institute graduates go straight to Neusoft.",
            ("unsupported", f"less than 10 % · {_OF}"),
        ),
    ],
)
def test_straight_is_directly(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_jobs_of_a_kind_stay_that_basis() -> None:
    assert _read("More than 80 per cent of Neusoft Institute graduates find IT-related jobs.") == [
        ("supported", f"more than 80 % · {_OF}")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dalian's outsourcing revenue grew two-and-a-half-fold from 2010 to 2013.",
            ("supported", "about 150 % · dalian · outsourcing-revenue · 2010–2013"),
        ),
        (
            "From 2010 to 2013 Dalian's outsourcing revenue rose three and a half fold.",
            ("contradicted", "about 250 % · dalian · outsourcing-revenue · 2010–2013"),
        ),
    ],
)
def test_n_and_a_half_fold_is_a_multiple_of_n_and_a_half(
    text: str, expected: tuple[str, str]
) -> None:
    # (was read as "about 2 companies" and "about 50 %", a false contradiction)
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Some 80,000 people are on the payrolls of the Dalian Software Park's firms.",
        "The Dalian Software Park has a headcount of about 80,000 across its 650 firms.",
    ],
)
def test_a_payroll_and_a_headcount_count_employees(text: str) -> None:
    # (read as the park's population, or as a count of its companies)
    assert ("supported", "about 80,000 people · dalian-software-park · employees") in _read(text)


def test_hectares_are_read_as_square_kilometres() -> None:
    # (a count of hectares no source holds, before: 300 hectares are 3 km²)
    checked = _check("The Dalian Software Park opened in 1999 on 300 hectares.")
    assert [(c.verdict, c.read_as) for c in checked] == [
        ("supported", "1999 · dalian-software-park · year-established"),
        ("supported", "3 km² · dalian-software-park · area"),
    ]
    assert "hectares read as km² (1 hectare = 0.01 km²)" in checked[1].notes[-1].message
    assert _read("The Dalian Software Park opened in 1999 on 500 hectares.")[1] == (
        "contradicted",
        "5 km² · dalian-software-park · area",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # (+38.6 % in 2010; "a good third" was read as a rank, third)
            "Dalian Software Park's sales rose by a good third in 2010.",
            (
                "supported",
                "at least one in three (≈33 %) · dalian-software-park · revenue-growth · 2010",
            ),
        ),
        (
            # (+25.6 %)
            "The Dalian Software Park's export revenue grew by a solid half in 2010.",
            ("contradicted", "at least 50 % · dalian-software-park · export-revenue-growth · 2010"),
        ),
    ],
)
def test_a_good_third_is_at_least_a_third(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chongqing makes one laptop in every three sold worldwide.",
            ("supported", "one in three (≈33 %) · chongqing · laptop-share"),
        ),
        (
            "One smartphone in five sold on the planet is made in Chongqing.",
            ("contradicted", "about 20 % · chongqing · smartphone-share"),
        ),
    ],
)
def test_one_thing_in_ten_is_one_in_ten(text: str, expected: tuple[str, str]) -> None:
    assert _read(text) == [expected]


def test_one_thing_in_a_count_of_places_is_no_share() -> None:
    # (a count of cities, as before: the count is followed by a noun)
    assert _read("Neusoft opened one office in 10 Chinese cities.") == [
        ("unsupported", "10 cities · Neusoft (shenyang) · cities-with-designation")
    ]
