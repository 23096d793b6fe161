"""The dataset's records as the warm path serves them: plain frozen dataclasses.

These are what queries return and what ``--json`` prints, field for field; the
JSON Schema of every command is generated from them. They import nothing heavy,
so a lookup never pays for pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Source:
    """An article the figures are quoted from."""

    id: str
    title: str
    publisher: str | None
    author: str | None
    published: str
    date_inferred: bool
    date_note: str | None
    url: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class Metric:
    """What a figure measures."""

    id: str
    label: str
    description: str
    unit_kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Hub:
    """A place: a country, province, city, district, science park or region."""

    id: str
    name: str
    name_zh: str | None
    kind: str
    parent: str | None
    aliases: tuple[str, ...]
    region: str | None
    country: str | None
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Citation:
    """A cited statement about a hub that is not a figure: a tag or an organisation."""

    name: str
    source: str
    quote: str


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure, with where it comes from and the words that state it."""

    id: str
    hub: str
    metric: str
    subject: str | None
    value: int | float
    unit: str
    qualifier: str | None
    period: str
    status: str
    basis: str | None
    note: str | None
    quote: str | None
    derived: bool
    method: str | None
    inputs: tuple[str, ...]
    source: Source
