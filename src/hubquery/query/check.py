"""A writer's claims judged against the dataset (`check`).

A claim is a figure stated in a sentence (or a clause of one): a number with its
hedge and unit, about a hub (or an organisation in one) and a metric, perhaps for a
period. ``reader`` reads each figure as a person would (English only), ``verdict``
matches it with the figures held, and ``judgement.claim_verdict`` gives the verdict,
with exact meaning:

    supported     a held figure of the same hub, subject, metric, basis and status, of a
                  period the claim allows (and not superseded when the claim says "now"),
                  lies inside the claim's interval
    contradicted  they cannot both be true (disjoint intervals, a negation that excludes
                  the held figure, a target claimed as reached, a newer figure that makes
                  "now" false)
    unsupported   anything else, with a note saying what the source does say

A sentence's verdict is the worst of its figures' (contradicted, then unsupported).
Notes have stable kinds: ``not-established``, ``contradicted``, ``newer-figure``,
``period-differs``, ``report-period``, ``target-as-achieved``, ``status-differs``,
``stale``, ``unit-differs``, ``basis-differs``, ``converted``, ``derived``,
``threshold``, ``missing``, ``unreadable``, ``not-read`` (a sentence's numbers after its
50th, which are not read: a claim of their own, unsupported).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from hubquery.query.directions import (
    claimed_direction,
    may_claim_direction,
    percent_of_change,
)
from hubquery.query.draft import (
    MOST_NUMBERS_A_DRAFT,
    MOST_NUMBERS_A_SENTENCE,
    Passage,
    passages,
)
from hubquery.query.moves import may_move, rank_move
from hubquery.query.parts import draft_in_parts, in_parts, read_draft_in_parts, read_in_parts
from hubquery.query.reader import ClaimReader
from hubquery.query.rereads import reread
from hubquery.query.shown import read_as, shown_figure
from hubquery.query.trends import level_trend, may_trend
from hubquery.query.verdict import judge
from hubquery.records import Fact, Note
from hubquery.store import Store
from hubquery.vocabulary import Verdict

# Worst first: a sentence takes the first of its figures' verdicts in this order.
WORST_FIRST: tuple[Verdict, ...] = ("contradicted", "unsupported", "supported")
_RANK = {verdict: rank for rank, verdict in enumerate(WORST_FIRST)}


class Claim(NamedTuple):
    """One figure a draft states, and how the dataset judges it.

    ``sentence`` numbers the sentences of the draft that state figures, and
    ``sentence_verdict`` is the worst verdict of that sentence's figures; ``read_as`` is
    what the reader read ("2,000 companies · hefei · ai-companies · 2021"). ``facts``
    are the figures the verdict rests on, each with its source and quote; ``derived`` is
    true when one of them is derived (no source prints it)."""

    text: str
    line: int
    sentence: int
    sentence_verdict: Verdict
    verdict: Verdict
    read_as: str
    hub_id: str | None
    subject: str | None
    metric_id: str | None
    value: int | float | None
    unit: str | None
    qualifier: str | None
    period: str | None
    derived: bool
    fact_ids: tuple[str, ...]
    notes: tuple[Note, ...]
    facts: tuple[Fact, ...]


class Unread(NamedTuple):
    """A sentence whose numbers after its MOST_NUMBERS_A_SENTENCE-th were not read: the
    line where its reading stopped, and how many numbers it states."""

    line: int
    numbers: int


class Checked(list[Claim]):
    """The claims of a draft, in order, and the sentences read only in part."""

    unread: list[Unread]


class TooManyNumbers(ValueError):
    """A draft states more numbers than check reads at once (MOST_NUMBERS_A_DRAFT)."""

    def __init__(self, numbers: int) -> None:
        super().__init__(
            f"states {numbers:,} numbers, more than the {MOST_NUMBERS_A_DRAFT:,} check reads "
            "at once: check it in parts"
        )
        self.numbers = numbers


def check(store: Store, draft: str | Sequence[str]) -> Checked:
    """Every claim in the draft, in order, judged. A draft given as several texts (the
    command's arguments) numbers its passages by text instead of by line. A draft of more
    than MOST_NUMBERS_A_DRAFT numbers raises TooManyNumbers before any is read."""
    if isinstance(draft, str) and draft_in_parts(draft):  # (split and read by processes)
        return _joined(read_draft_in_parts(ClaimReader(store), draft, read_passages, _counted))
    found = (
        passages(draft)
        if isinstance(draft, str)
        else [
            passage._replace(line=number)
            for number, text in enumerate(draft, 1)
            for passage in passages(text)
        ]
    )
    _counted(sum(passage.numbers for passage in found))
    # ("the city" of a draft of one sentence is the one city holding its metric; after
    # another sentence, the city that one named, which the reader does not carry over)
    reader = ClaimReader(store, alone=len(found) == 1)
    if in_parts(found):  # (a large draft, where processes may share it)
        return _joined(read_in_parts(reader, found, read_passages))
    return read_passages(reader, found)


def read_passages(reader: ClaimReader, found: Sequence[Passage]) -> Checked:
    """The claims of the passages, in order, each sentence that states one numbered from
    1 (``check`` of a draft's passages, or of a part of them: ``query.parts``)."""
    claims = Checked()
    claims.unread = []
    sentence = 0
    for passage in found:
        readings = reader.read(passage)
        # (a move in a ranking, "climbed one place": worked out from two held ranks)
        move = rank_move(reader, passage.text, passage.line) if may_move(passage.text) else None
        if not readings and move is None and not passage.plain and may_trend(passage.text):
            move = level_trend(reader, passage.text, passage.line)  # ("exports fell in 2010")
        if move is not None:  # ("two places" is no count of places)
            readings = [r for r in readings if r.metric is not None]
        if not readings and not passage.unread and move is None:
            continue  # (most sentences of prose: no figure)
        # The readings are judged first and each claim built once, with its sentence's
        # worst verdict (a second Claim per claim, by _replace, cost 0.7 % of a check).
        # (the figure as printed is made once, for the verdict's notes and ``read_as``)
        judged = [
            (reading, read_as(reading, shown), result)
            for reading in (reread(reader, r) for r in readings)
            if (result := judge(reader, reading, shown := shown_figure(reading))) is not None
        ]
        if move is not None:
            judged.append(move)
        # (a change claimed between two levels, "rose from X to Y": only as changes has it)
        if len(judged) >= 2 and may_claim_direction(passage.text):
            judged = percent_of_change(passage.text, judged)  # (", a rise of 150 per cent")
            if (moved := claimed_direction(passage.text, judged)) is not None:
                judged.append(moved)
        unread = (
            Unread(passage.line, MOST_NUMBERS_A_SENTENCE + passage.unread)
            if passage.unread
            else None
        )
        if not judged and unread is None:
            continue
        sentence += 1
        # (by a loop, not a set and a generator made per sentence)
        worst: Verdict = "supported" if unread is None else "unsupported"
        for _, _, result in judged:
            if _RANK[result.verdict] < _RANK[worst]:
                worst = result.verdict
        for reading, said, result in judged:
            figure = reading.figure
            claims.append(
                Claim(
                    passage.text,
                    passage.line,
                    sentence,
                    worst,
                    result.verdict,
                    said,
                    reading.hub_id,
                    reading.subject,
                    reading.metric.id if reading.metric else None,
                    _plain(figure.value) if figure else None,
                    figure.unit if figure else None,
                    figure.qualifier if figure else None,
                    reading.period,
                    result.derived,
                    tuple(f.id for f in result.facts),
                    result.notes,
                    result.facts,
                )
            )
        if unread is not None:
            claims.unread.append(unread)
            claims.append(_not_read(passage, sentence, worst, unread))
    return claims


def _counted(numbers: int) -> None:
    """TooManyNumbers where a draft states more than MOST_NUMBERS_A_DRAFT numbers."""
    if numbers > MOST_NUMBERS_A_DRAFT:
        raise TooManyNumbers(numbers)


def _joined(parts: list[Checked]) -> Checked:
    """The claims of a draft's parts, each read apart, as one reading of the draft gives
    them: in order, its sentences numbered on from the part's before."""
    claims = parts[0]
    for part in parts[1:]:
        after = claims[-1].sentence if claims else 0
        claims.extend(claim._replace(sentence=claim.sentence + after) for claim in part)
        claims.unread.extend(part.unread)
    return claims


def not_read_message(unread: Unread) -> str:
    """What a writer is told of a sentence whose numbers were not all read."""
    return (
        f"a sentence states {unread.numbers:,} numbers; the first {MOST_NUMBERS_A_SENTENCE} "
        f"were read, {unread.numbers - MOST_NUMBERS_A_SENTENCE:,} were not (check reads at "
        f"most {MOST_NUMBERS_A_SENTENCE} numbers of a sentence)"
    )


def _not_read(passage: Passage, sentence: int, worst: Verdict, unread: Unread) -> Claim:
    """The numbers of a sentence after its MOST_NUMBERS_A_SENTENCE-th, as a claim of their
    own: unsupported (nothing was judged), with a ``not-read`` note, so that every format
    says so (a table, JSON, CSV), not only stderr."""
    count = unread.numbers - MOST_NUMBERS_A_SENTENCE
    return Claim(
        passage.text,
        passage.line,
        sentence,
        worst,
        "unsupported",
        f"{count:,} numbers not read",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        False,
        (),
        (Note("not-read", not_read_message(unread)),),
        (),
    )


def _plain(value: float) -> int | float:
    """6000000.0 as 6000000: a whole number prints as one in JSON and CSV."""
    return int(value) if float(value).is_integer() else round(value, 6)
