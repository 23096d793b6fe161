"""`check` on two years of one place in a sentence, the second with what it dated
written after it (issue #19): "set up in 1991, …, and in 2014 the state made it a
national IP demonstration zone" dates the designation 2014 and the zone's founding 1991
(the 1991 was read as the designation's and contradicted by 2014); "among the best of
China's 114" is one of the top, no claim of first place. Sentences written for these
tests, none a claim set's own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read

_ZONE = "xian-hi-tech-zone"


def test_a_later_year_dates_what_is_named_after_it() -> None:
    assert _read(
        "Xi'an's hi-tech zone, set up in 1991, is among the best of China's 114 national "
        "high-tech zones, and in 2014 the state made it a national IP demonstration zone."
    ) == [
        ("supported", f"1991 · {_ZONE} · year-established"),
        ("supported", "114 zones · china · national-high-tech-zones"),
        (
            "supported",
            f"2014 · national intellectual property demonstration zone ({_ZONE}) · year-designated",
        ),
    ]


def test_the_same_year_names_another_event_not_the_years_own() -> None:
    # (Accenture's centre opened in 2002: the year was read as NIIT's, 2008, and supported)
    assert _read(
        "Accenture set up its first Dalian delivery centre in 2008, the same year NIIT "
        "opened a training centre there."
    ) == [("contradicted", "2008 · Accenture (dalian) · year-established")]
    assert _read(
        "NIIT opened its Dalian training centre in 2008, the same year Accenture set up a "
        "delivery centre there."
    ) == [("supported", "2008 · NIIT (dalian) · year-established")]
