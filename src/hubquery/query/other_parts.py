"""Parts of one whole: where the source gives one country's part of a place's whole ("80
per cent of Dalian's revenue from exported ITO services was based on Japanese business"),
another country's part of it is at most what is left, so a claim of more is contradicted
(issue #19: the intervals cannot both be true). The reader notes such a claim as of
another country than the one the source counts ("is of korea: the source counts japan
only")."""

from __future__ import annotations

from hubquery.judgement.claims import claim_interval
from hubquery.judgement.figures import period_label, standing
from hubquery.query import lexicon as lx
from hubquery.query.reader import ClaimReader, Reading
from hubquery.query.reader.groups import other_nations
from hubquery.query.workings import Judged
from hubquery.records import Note

_PART_STEMS = lx.stems("share part business company")


def more_than_is_left(reader: ClaimReader, reading: Reading) -> Judged | None:
    """The claim of another country's part contradicted where it exceeds what the held
    country's part of the same whole leaves; None otherwise."""
    note, figure, hub_id = reading.note, reading.figure, reading.hub_id
    if (
        note is None
        or (nations := other_nations(note.message)) is None
        or figure is None
        or figure.unit != "percent"
        or hub_id is None
    ):
        return None  # (most readings: no note of another country's part)
    named, counted = nations
    if set(named) & set(counted):
        return None  # ("Japanese and Korean clients together": no other country's alone)
    held = [
        f
        for f in reader.hub_facts(hub_id)
        if f.unit == "percent"
        and standing(f).ok
        and f.subject is None
        and any(country in f.metric_id.split("-") for country in counted)
        and reading.period == f.period  # (parts of one whole at one time)
        and _same_whole(reader, reading, f.metric_id, counted)
    ]
    claimed = claim_interval(
        figure.value,
        figure.qualifier,
        "share",
        rounding=figure.rounding,
        approximate=figure.approximate,
    )
    for fact in held:
        if (taken := fact.interval().low) is None or claimed.low is None:
            continue
        if claimed.low <= (left := 100 - taken):
            continue
        said = (
            f"the source gives {fact.display} of the same whole to {', '.join(counted)} "
            f"({period_label(fact)}); another part of it is at most {left:g} %"
        )
        contradicted = Note("contradicted", said, (hub_id,), (fact.id,))
        return Judged("contradicted", (fact,), (contradicted,), False)
    return None


def _same_whole(reader: ClaimReader, reading: Reading, metric_id: str, counted: list[str]) -> bool:
    """Whether the claim's words name the whole the metric's part is of, by two of its
    words at least ("ITO export revenue", "revenue from exported IT services" of the
    Japanese share of exported ITO revenue; not "outsourcing revenue")."""
    metric = reader.store.metric(metric_id)
    if metric is None:
        return False
    whole = {
        word
        for word in reader.metric_words(metric) - _PART_STEMS
        if not any(word.startswith(country[:5]) for country in counted)
    }
    return len(whole & reading.words) >= min(2, len(whole))
