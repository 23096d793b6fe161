"""The compiled dataset: an SQLite database built once from a validated dataset.

Every query reads from here, whether the database is the on-disk cache or, with
``--no-cache``, built in memory for one run. Its modules: ``schema`` (the tables and
their columns, derived from ``records``), ``builder`` (filling them from the validated
models: the only place that touches pydantic, whose modules it imports only then, with
``compact``, the hubs as the cold build keeps them) and ``Store``, here, which reads it,
needs nothing but the standard library and returns ``records``: its parts in ``base``,
``places``, ``figures``, ``rankings`` and ``search``, whose results are in ``hits``
(one module fewer to load costs a lookup 0.3 M instructions less). Every name the rest
of hubquery uses is here, as it was when the store was one module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hubquery.store.figures import Figures
from hubquery.store.places import Places
from hubquery.store.rankings import Rankings
from hubquery.store.schema import SCHEMA_VERSION
from hubquery.store.search import SEARCH_COUNT_LIMIT, Search

if TYPE_CHECKING:
    from hubquery.store.builder import build, known_from
    from hubquery.store.hits import SearchRows


def __getattr__(name: str) -> Any:
    """``build`` and ``known_from``, from ``builder``, imported only when a cache is
    built: a warm run never loads it (the cold path's seam); ``SearchRows``, from
    ``hits``, only when a search runs."""
    if name in ("build", "known_from"):
        from hubquery.store import builder

        return getattr(builder, name)
    if name == "SearchRows":
        from hubquery.store import hits

        return hits.SearchRows
    raise AttributeError(f"module 'hubquery.store' has no attribute {name!r}")


class Store(Places, Figures, Rankings, Search):
    """Read access to a compiled dataset."""


__all__ = ["SCHEMA_VERSION", "SEARCH_COUNT_LIMIT", "SearchRows", "Store", "build", "known_from"]
