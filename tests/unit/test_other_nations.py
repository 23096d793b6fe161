"""The note of a share said of other countries than the held metric counts is written and
read back in one module (reader/groups.py), so the verdict on parts of one whole
(query/other_parts.py) never parses another note's words as countries."""

from __future__ import annotations

from hubquery.query.reader.groups import of_other_nations, other_nations


def test_the_countries_written_are_read_back() -> None:
    message = of_other_nations({"korea", "india"}, {"japan"})
    assert message == "is of india, korea: the source counts japan only"
    assert other_nations(message) == (["india", "korea"], ["japan"])


def test_another_note_names_no_countries() -> None:
    # the note of a whole said where the source counts one kind of it: no countries
    whole = "is of all revenue, not only the ito revenue the source counts"
    assert other_nations(whole) is None
    assert other_nations("states a price paid: no source holds one") is None
