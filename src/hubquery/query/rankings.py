"""A rank claimed in another ranking than the one its figures are of: another scope
("the world's largest" against a rank in China): unsupported, never judged by them
(issue #19)."""

from __future__ import annotations

from hubquery.query import lexicon as lx
from hubquery.query.facts import newest_first
from hubquery.query.reader import Reading
from hubquery.query.workings import Judged
from hubquery.records import Fact, Metric, Note


def of_another_ranking(
    reading: Reading, metric: Metric, same_unit: list[Fact], hub_id: str
) -> Judged | None:
    """The rank claimed judged unsupported where the claim ranks it in another ranking
    than its figures (``same_unit``: the metric's figures in the claim's unit); None
    otherwise (and for any figure that is no rank)."""
    said = lx.scope(reading.text.lower())
    kept = lx.scope(metric.label.lower()) if said else None
    if said and kept and said != kept:
        return Judged(
            "unsupported",
            tuple(newest_first(same_unit)),
            (
                Note(
                    "basis-differs",
                    f"the claim ranks it {said}; the figures rank it {kept}",
                    (hub_id,),
                    tuple(f.id for f in same_unit),
                ),
            ),
            False,
        )
    return None
