"""Read access to a compiled dataset (``Store``): every query reads through it, and it
needs nothing but the standard library and ``records``. Its parts, one module each:
``places`` (hubs, metrics, sources, citations), ``figures`` (facts), ``rankings``
(each metric's latest figures) and ``search``, on what they share (``base``)."""

from __future__ import annotations

from hubquery.store.figures import Figures
from hubquery.store.places import Places
from hubquery.store.rankings import Rankings
from hubquery.store.search import SEARCH_COUNT_LIMIT, Search

__all__ = ["SEARCH_COUNT_LIMIT", "Store"]


class Store(Places, Figures, Rankings, Search):
    """Read access to a compiled dataset."""
