"""`check` on a part written with its whole ("US$1.08 billion out of US$4.5 billion"):
the whole is not a figure of the part's metric (it was read as the park's export
revenue and contradicted by the US$1.08 billion) but of the one other metric of its
unit the sentence names that the place holds (its sales). Sentences written for these
tests, none a claim set's own."""

from __future__ import annotations

from tests.cli.test_check_reading import _read

_PARK = "dalian-software-park"


def test_the_whole_after_out_of_is_the_other_metric_named() -> None:
    assert _read(
        "The Dalian Software Park's sales in 2010 included exports of US$1.08 billion out "
        "of US$4.5 billion."
    ) == [
        ("supported", f"US$1.08 billion · {_PARK} · export-revenue · 2010"),
        ("supported", f"US$4.5 billion · {_PARK} · revenue · 2010"),
    ]


def test_a_whole_of_the_same_metric_stays_it() -> None:
    # (no other metric named: the reading is left as it was)
    assert _read(
        "The Dalian Software Park's exports were US$1.08 billion out of US$4.5 billion."
    ) == [
        ("supported", f"US$1.08 billion · {_PARK} · export-revenue"),
        ("contradicted", f"US$4.5 billion · {_PARK} · export-revenue"),
    ]
