"""The reading a verdict judges, where it is not the one the reader read: a count
named as the whole of a part before it, a ratio ("five times as many … as"), a share
written of a ratio ("40 percent as many people as Chengdu"), a count added over a year
read as a count of new ones the place does not hold ("added 150 AI companies": the AI
count's change)."""

from __future__ import annotations

import dataclasses

from hubquery.query import lexicon as lx
from hubquery.query.levels import added_count, level_added
from hubquery.query.ratios import ratio_of, unheld_ratio
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.shares import percent_as_ratio, share_as_ratio
from hubquery.query.subjects import whole_named


def reread(reader: ClaimReader, reading: Reading) -> Reading:
    """The reading judged: a count named as the whole of a part before it ("300 of its
    2,300 companies have opened branches abroad") is of the metric its own words name; a
    ratio ("five times as many … as") is of the two figures of the metric it names."""
    figure, metric = reading.figure, reading.metric
    if (
        figure is not None
        and figure.unit == "percent"
        and ("t as " in reading.text or "% as " in reading.text)  # ("per cent as", "% as")
        and (reading.note is None or reading.note.kind == "unreadable")
        and (as_ratio := percent_as_ratio(reader, reading))
    ):
        return as_ratio  # ("40 percent as many people as Chengdu": 0.4 times)
    if (
        figure is not None
        and figure.unit == "percent"
        and (" of " in reading.text or reading.text[:3].lower() == "of ")  # ("Of the …, a third")
        and (of_another := share_as_ratio(reader, reading))
    ):
        return of_another  # ("less than half of Shenzhen's": a ratio of two figures)
    if not reading.hub_id or figure is None or metric is None:
        return reading
    # (cheap tests first: most readings are neither, and are read as they are)
    if (
        metric.unit_kind == "count"
        and " of " in reading.text
        and (whole := whole_named(reader, reading, reading.hub_id))
    ):
        return reading._replace(metric=whole)
    if (
        figure.unit == "times"
        and " as " in reading.text
        and (unheld := unheld_ratio(reader, reading, reading.hub_id))
    ):
        return reading._replace(metric=None, note=unheld)  # ("as many people as": none held)
    if (
        metric.unit_kind == "count"
        and lx.FLOW_METRIC.search(metric.id)
        and added_count(reading)  # (cheap: "added", "gained" … before the figure)
        and (level := level_added(reader, reading, reading.hub_id, metric))
    ):
        return reading._replace(metric=level)  # ("added 150 AI companies": the AI count's)
    if (figure.unit == "times" or " to one" in reading.text) and (
        ratio := ratio_of(reader, reading, reading.hub_id)
    ):
        # ("more than five to one" is no count of five: a ratio, in times)
        return reading._replace(metric=ratio, figure=dataclasses.replace(figure, unit="times"))
    return reading
