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
