"""A share a writer states of a figure that is not a share the place holds: "40 percent
as many people as Chengdu", "less than half of Shenzhen's", "exports made up about a
quarter of the park's 2010 sales". Each is the ratio of two held figures, read in times
and judged by ``query.ratios``' pairs, never against a share of something else."""

from __future__ import annotations

import dataclasses
import re

from hubquery.judgement.claims import Claimed, claim_interval
from hubquery.query import lexicon as lx
from hubquery.query.ratios import FRONTED_WHOLE, named_metric, of_two_bases, two_metrics
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.reader.rewrites import as_read
from hubquery.records import Metric, Note

# "roughly 40 percent as many people as Chengdu": a ratio of 0.4, written as a share.
_PERCENT_AS = re.compile(r"\s*(?:%|percent\b|per cent\b)\s*as (?:many|much|large|big|high|long)\b")


def percent_as_ratio(reader: ClaimReader, reading: Reading) -> Reading | None:
    """A share written of a ratio ("Xi'an has roughly 40 percent as many people as
    Chengdu") read as the ratio it is (0.4 times), of the metric the clause names; None
    where the figure is no such share."""
    figure = reading.figure
    if figure is None or reading.hub_id is None:
        return None
    text = as_read(reading.text)
    if not _PERCENT_AS.match(text, figure.number.end):
        return None
    times = _as_times(reading, text)
    metric = named_metric(reader, times, reading.hub_id, text)
    return None if metric is None else times._replace(metric=metric, note=None)


# "about 40 percent of Chengdu's", "a quarter of the park's sales", "a third of that of
# Xi'an": a share of a figure named after its "of".
# ("half the value of the contracts": a fraction's "of" may be left out before "the")
_PERCENT_OF = re.compile(
    r"\s*(?:%|percent\b|per cent\b)?\s*(?:of\s+(th(?:at|ose) of\s+)?(?:the\s+)?|the\s+)"
)
# (looked for in the sentence as written first: a share's "of"; most figures have none)
_SHARE_OF = re.compile(
    r"(?:%|cent|half|thirds?|quarters?|ths?) of |(?:half|thirds?|quarters?) the "
    r"|\b(?:in|out of)(?: every)? \w+ of "  # ("one in four of its applications")
)
# Words that say a figure changed: a growth the clause names ("grew by half"), where a
# fraction with none ("worth barely half the value of") is a share, read as no growth
_CHANGED = re.compile(
    r"\b(?:grew|grow\w*|rose|ris\w+|increas\w*|expand\w*|jump\w*|surg\w*|climb\w*|soar\w*|"
    r"up|gain\w*|add\w*|fell|fall\w*|drop\w*|declin\w*|shr[iu]nk\w*|doubl\w*|more|less)\b"
)
_SHARE = frozenset(("share",))


def share_as_ratio(reader: ClaimReader, reading: Reading) -> Reading | None:
    """A share of a figure that is no share the place holds, read as the ratio of two
    held figures (in times), never as a share the place holds of something else: of
    another place's figure ("Xi'an's population is about 40 percent of Chengdu's", "less
    than half of Shenzhen's"), the two places' figures of the metric the clause names;
    of another of the place's own figures ("exports made up about a quarter of the park's
    2010 sales"), the figure the words before the share name over the one its "of" names;
    of one figure's two bases ("the work carried out was about 85 percent of the value
    signed"), the one named before over the one named after.
    Where another place's metric is not named, a reading of no metric (unsupported).
    None where the figure is no such share: a share of a place above ("10 percent of
    China's") or of what a held share's words all name ("25 percent of Dalian's GDP")."""
    figure, hub_id, metric = reading.figure, reading.hub_id, reading.metric
    if (
        figure is None
        or hub_id is None
        or figure.unit != "percent"
        or (metric is not None and _named_share(reader, reading, metric))
        or not (_SHARE_OF.search(reading.text.lower()) or FRONTED_WHOLE.match(reading.text))
    ):
        return None
    text = as_read(reading.text)
    found = _PERCENT_OF.match(text, figure.number.end)
    if found is None and not FRONTED_WHOLE.match(text):
        return None
    named = (
        None
        if found is None
        else next((m for m in reader.names.mentions(text) if m.start == found.end()), None)
    )
    if found is not None and named is not None and named.subject is None and named.hub_id != hub_id:
        if named.hub_id in reader.names.ancestors(hub_id):
            return None  # (a share of a whole the place is part of)
        if hub_id in reader.names.ancestors(named.hub_id):
            hub_id = named.hub_id  # ("a quarter of the park's sales": the park's own)
        elif found.group(1) or text.startswith("'s", named.end):
            return _of_another(reader, reading, text, named.hub_id, text[named.start : named.end])
        else:
            return None
    times = _as_times(reading, text)
    # (the place read first, then the places below it the sentence names: "the park's
    # exports … a tenth of its total sales" where the reader read the park's city)
    for place in (hub_id, *_below(reader, text, hub_id)):
        if two := two_metrics(reader, times._replace(hub_id=place), place):
            return times._replace(hub_id=place, metric=two[0], note=None)
    # (of one metric's two bases: "the work carried out was 85 percent of the value signed")
    metric = named_metric(reader, times, hub_id, text)
    if metric is not None and of_two_bases(
        times, list(reader.facts_of(hub_id, metric.id, reading.subject)), text
    ):
        return times._replace(metric=metric, note=None)
    return None


def _below(reader: ClaimReader, text: str, hub_id: str) -> list[str]:
    """The places below a hub the text names, in order."""
    return [
        m.hub_id
        for m in reader.names.mentions(text)
        if m.subject is None and hub_id in reader.names.ancestors(m.hub_id)
    ]


def _named_share(reader: ClaimReader, reading: Reading, metric: Metric) -> bool:
    """Whether the reading is of a growth, or of a share the place holds that its clause
    names: at least half of the share's own words ("the city's GDP" of "high-tech industry, share of
    GDP"), not one of six ("sales" of "Japan's share of ITO export revenue")."""
    if metric.unit_kind != "share":
        # (the reader reads "a half of" as no growth; "worth half the value of" it may:
        # a fraction in words with no word of change beside it)
        return metric.unit_kind == "growth" and (
            reading.figure is None or reading.figure.number.kind != "fraction" or _changed(reading)
        )
    own = reader.metric_words(metric) - _SHARE
    return 2 * len(own & reading.words) >= len(own)


def _changed(reading: Reading) -> bool:
    """Whether the words next to the figure say it is a change ("grew by half")."""
    figure = reading.figure
    assert figure is not None
    text = as_read(reading.text).lower()
    near = text[max(0, figure.number.start - 50) : figure.number.end + 15]
    return _CHANGED.search(near) is not None


def _of_another(reader: ClaimReader, reading: Reading, text: str, other: str, name: str) -> Reading:
    """A share of another place's figure as the ratio of the two places' figures of the
    metric the clause names; of no metric where it names none."""
    assert reading.hub_id is not None
    times = _as_times(reading, text)
    metric = named_metric(reader, times, reading.hub_id, text)
    if metric is None:
        said = f"compares it with {name}'s figure of a metric hubquery cannot tell"
        return times._replace(metric=None, note=Note("missing", said, (reading.hub_id, other)))
    return times._replace(metric=metric, note=None)


def _as_times(reading: Reading, text: str) -> Reading:
    """A reading of a share (a percent) as the ratio it states, in times."""
    figure = reading.figure
    assert figure is not None
    # (a reading with no metric has no claim read: the figure's own, undated)
    claimed = reading.claimed or Claimed(claim_interval(figure.value, figure.qualifier))
    low, high = claimed.interval.low, claimed.interval.high
    return reading._replace(
        words=reading.words or frozenset(lx.stems(text)),  # (none where no metric was read)
        figure=dataclasses.replace(figure, unit="times", value=figure.value / 100),
        claimed=claimed._replace(
            interval=claimed.interval._replace(
                low=None if low is None else low / 100, high=None if high is None else high / 100
            )
        ),
    )
