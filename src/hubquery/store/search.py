"""Search in the compiled dataset: every kind of thing limited in SQL, figures found
through their trigram index and confirmed against their text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hubquery.names import fold
from hubquery.store.base import StoreBase
from hubquery.store.schema import _SEARCH_OTHERS, SEARCH_TEXT, fact_search_text

if TYPE_CHECKING:
    from hubquery.store.hits import SearchRows

# Matching figures past those shown are counted up to this many, then said as "more than".
SEARCH_COUNT_LIMIT = 10_000


class Search(StoreBase):
    """Search over names, tags, organisations, metrics, sources and figures."""

    def search(
        self, needle: str, key: str, limit: int, count_limit: int | None = None
    ) -> SearchRows:
        """What contains ``needle`` (folded text; ``key``: the same as a name key), each
        kind limited in SQL: the best ``limit`` hits of names, tags, organisations,
        metrics and sources (scored, one per thing, ordered as ``query.search`` shows
        them) with how many there are, and the first ``limit`` figures' ids with how many
        there are, counted up to ``count_limit`` (``facts_exact`` false: more than that).

        Three characters or more use the trigram indexes; shorter needles (``成都``) scan.
        The figures are read in dataset order, as the index gives them, so they stop at
        the limit, and are counted past it only up to ``count_limit``."""
        from hubquery.store.hits import OtherHit, SearchRows

        # Each figure proposed is confirmed against its folded text (``fact_index``
        # keeps neither the text nor where each trigram is), in Python: only those read.
        confirmed = "instr(hubquery_fact_text(f.subject, f.quote), ?) > 0"
        if len(needle) >= 3:
            # In the index's own rowid order, which it gives as it finds them (ordered by
            # the items' rowid, SQLite would sort every match first).
            # Both indexes keep which rows have each trigram, not where: a row with every
            # trigram of the needle is confirmed to hold it (in C for the other things).
            source = (
                "search_index x JOIN search_items i ON i.rowid = x.rowid "
                f"WHERE search_index MATCH ? AND instr({SEARCH_TEXT}, ?) > 0"
            )
            # The things and the facts that have every trigram of the needle.
            trigrams = dict.fromkeys(needle[i : i + 3] for i in range(len(needle) - 2))
            parameters: tuple[str, ...] = (
                " AND ".join('"' + t.replace('"', '""') + '"' for t in trigrams),
                needle,
            )
            figures = (
                "fact_index t JOIN facts f ON f.ord = t.rowid WHERE fact_index MATCH ? "
                f"AND {confirmed}"
            )
            proposing: tuple[str, ...] = parameters[:1]
            order = "t.rowid"
        else:
            source = f"search_items i WHERE instr({SEARCH_TEXT}, ?) > 0"
            parameters = (needle,)
            # A short needle is letters and digits: ASCII text folds to hold it exactly
            # where its lower case holds it (a scan in C); other text may fold into it
            # (ｄａ, ﬁ, 成都), so only that is confirmed in Python.
            # (A text is not ASCII where it has fewer characters than bytes.)
            proposed = " OR ".join(
                f"instr(lower(f.{c}), ?) OR length(CAST(f.{c} AS BLOB)) > length(f.{c})"
                for c in ("subject", "quote")
            )
            figures = f"facts f WHERE ({proposed}) AND {confirmed}"
            proposing, order = (needle, needle), "f.ord"
        if self.as_of is not None:  # names and metrics are always known
            source += " AND (i.known_from IS NULL OR i.known_from <= ?)"
            figures += " AND f.known_from <= ?"
        dated = self._dated().parameters
        self.connection.create_function("hubquery_fold", 1, fold, deterministic=True)
        self.connection.create_function(
            "hubquery_fact_text", 2, fact_search_text, deterministic=True
        )
        # Each row: the hit's seven columns, then how many hits there are in all.
        rows = self.connection.execute(
            _SEARCH_OTHERS.format(source=source, text=SEARCH_TEXT),
            (*parameters, *dated, key, key, key, needle, limit),
        ).fetchall()
        others = [OtherHit(*hit) for *hit, _ in rows]
        other_count = next((int(total) for *_, total in rows), 0)
        facts = [
            ident
            for (ident,) in self.connection.execute(
                f"SELECT f.id FROM {figures} ORDER BY {order} LIMIT ?",
                (*proposing, needle, *dated, limit + 1),
            )
        ]
        if len(facts) <= limit:
            count, exact = len(facts), True
        else:
            facts.pop()
            cap = max(SEARCH_COUNT_LIMIT if count_limit is None else count_limit, limit)
            ((total,),) = self.connection.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {figures} LIMIT ?)",
                (*proposing, needle, *dated, cap + 1),
            )
            count, exact = min(int(total), cap), int(total) <= cap
        return SearchRows(others, other_count, facts, count, exact)
