"""A source's date in every reference format, at each precision it may be published
with: a year, a month, a day, and a range (the shipped sources have only years and
days, so the CLI tests do not reach the other two)."""

from __future__ import annotations

import pytest

from hubquery.query.cite import Citation, Reference
from hubquery.records import Source
from hubquery.render import cite


def _source(published: str) -> Source:
    return Source(
        "s1", "A title.", "NPR", "Marilyn Geewax", published, False, None, None, None, None
    )


def _citation(source: Source) -> Citation:
    return Citation("s1", "source", (), (Reference("k", None, source, None, None, None),))


@pytest.mark.parametrize(
    ("published", "ends"),
    [
        ("2010", [cite.Date(2010)]),
        ("2014-11", [cite.Date(2014, 11)]),
        ("2022-05-27", [cite.Date(2022, 5, 27)]),
        ("2012-01/2012-10", [cite.Date(2012, 1), cite.Date(2012, 10)]),
    ],
)
def test_a_date_is_read_as_precise_as_it_is_published(
    published: str, ends: list[cite.Date]
) -> None:
    assert cite.dates(published) == ends
    assert [end.parts for end in ends] == [
        [int(part) for part in end.split("-")] for end in published.split("/")
    ]


@pytest.mark.parametrize(
    ("published", "apa", "chicago", "mla", "harvard"),
    [
        ("2010", "(2010)", "NPR, 2010.", "NPR, 2010.", "(2010) ‘A title’, NPR."),
        (
            "2014-11",
            "(2014, November)",
            "NPR, November 2014.",
            "NPR, November 2014.",
            "(2014) ‘A title’, NPR, November.",
        ),
        (
            "2022-05-27",
            "(2022, May 27)",
            "NPR, May 27, 2022.",
            "NPR, 27 May 2022.",
            "(2022) ‘A title’, NPR, 27 May.",
        ),
        (
            "2012-01/2012-10",
            "(2012, January – 2012, October)",
            "NPR, January 2012 – October 2012.",
            "NPR, January 2012 – October 2012.",
            "(2012) ‘A title’, NPR, January.",
        ),
    ],
)
def test_each_style_writes_the_date_at_its_precision(
    published: str, apa: str, chicago: str, mla: str, harvard: str
) -> None:
    source = _source(published)
    assert apa in cite.reference_line(source, "apa")
    assert cite.reference_line(source, "chicago").endswith(chicago)
    assert cite.reference_line(source, "mla").endswith(mla)
    assert cite.harvard_line(source) == f"Geewax, M. {harvard}"


@pytest.mark.parametrize(
    ("published", "parts", "bibtex", "ris"),
    [
        ("2010", [[2010]], ["year = {2010}"], "DA  - 2010///"),
        ("2014-11", [[2014, 11]], ["year = {2014}", "month = nov"], "DA  - 2014/11//"),
        ("2022-05-27", [[2022, 5, 27]], ["year = {2022}", "month = may"], "DA  - 2022/05/27/"),
        (
            "2012-01/2012-10",
            [[2012, 1], [2012, 10]],
            ["year = {2012}", "month = jan"],
            "DA  - 2012/01//",
        ),
    ],
)
def test_csl_bibtex_and_ris_dates(
    published: str, parts: list[list[int]], bibtex: list[str], ris: str
) -> None:
    citation = _citation(_source(published))
    assert cite.csl_json(citation)[0]["issued"] == {"date-parts": parts}
    written = [line.strip().rstrip(",") for line in cite.bibtex(citation).splitlines()]
    assert [line for line in written if line.startswith(("year", "month"))] == bibtex
    lines = cite.ris(citation).splitlines()
    assert f"PY  - {published[:4]}" in lines
    assert ris in lines
