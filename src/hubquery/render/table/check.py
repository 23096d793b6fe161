"""check: a draft's sentences, each with its verdict and the figures behind it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from hubquery.display import quoted
from hubquery.records import Source
from hubquery.render.layout import Block, Canvas, Column, Row, Styled
from hubquery.render.table.parts import (
    Citations,
    grid,
    render,
    text,
)
from hubquery.render.values import safe

if TYPE_CHECKING:
    from hubquery.query.check import Claim


_VERDICT_MARKS = {
    "supported": ("✓", "green"),
    "contradicted": ("✗", "red"),
    "unsupported": ("?", "yellow"),
}


def claims(items: Sequence[Claim], canvas: Canvas, hidden: int = 0) -> str:
    """The draft's sentences in order, one block each: the sentence's verdict (the worst
    of its figures') and line, the sentence, then each figure with its own verdict, what
    it was read as, the figures it rests on with their quotes and numbered sources, and
    the notes a writer acts on."""
    if not items:
        message = (
            "No claims: no sentence states a figure."
            if not hidden
            else (f"Nothing to list: {hidden} claim{'s' * (hidden != 1)} left out by --only.")
        )
        return render(canvas, [Styled(message, style="dim")])
    from hubquery.judgement.figures import period_label

    citations = Citations(_claim_sources(items))
    blocks: list[Block] = []
    sentences = _by_sentence(items)
    for group in sentences:
        first = group[0]
        mark, style = _VERDICT_MARKS[first.sentence_verdict]
        head = Styled(f"{mark} {first.sentence_verdict}", style=f"bold {style}")
        head.append(f"  line {first.line}", style="dim")
        blocks += [
            head,
            grid(canvas, [[Styled(""), text(first.text)]], Column(), Column(wrap=True)),
        ]
        rows: list[Row] = []
        for claim in group:
            mark, style = _VERDICT_MARKS[claim.verdict]
            figure = Styled(f"{claim.verdict:<12}", style=style)
            figure.append(safe(f" read as: {claim.read_as}"))
            rows.append([Styled("  "), Styled(mark, style=style), figure])
            for fact in claim.facts:
                about = f"{fact.subject}, {fact.hub_id}" if fact.subject else fact.hub_id
                held = text(f"{fact.display} ({period_label(fact)}) ", "bold")
                held.append(safe(f"{about} · {fact.metric_id} "))
                held.append(citations.cite(fact), style="cyan")
                rows.append([Styled(""), Styled(""), held])
                if fact.quote and not fact.derived:
                    rows.append([Styled(""), Styled(""), text(quoted(fact.quote), "italic")])
            rows += [
                [Styled(""), Styled("!", style="yellow"), text(note.message, "yellow")]
                for note in claim.notes
            ]
        blocks.append(grid(canvas, rows, Column(), Column(), Column(wrap=True)))
        blocks.append(Styled(""))
    blocks += [
        *(Styled(line, style="bold") for line in _claims_summary(sentences, items, hidden)),
        *citations.blocks(canvas),
    ]
    return render(canvas, blocks)


def _by_sentence(items: Sequence[Claim]) -> list[list[Claim]]:
    groups: dict[int, list[Claim]] = {}
    for claim in items:
        groups.setdefault(claim.sentence, []).append(claim)
    return list(groups.values())


def _claims_summary(sentences: list[list[Claim]], items: Sequence[Claim], hidden: int) -> list[str]:
    def counts(verdicts: list[str]) -> str:
        return ", ".join(f"{verdicts.count(v)} {v}" for v in _VERDICT_MARKS)

    n = len(sentences)
    lines = [
        f"{n} sentence{'s' * (n != 1)}: {counts([g[0].sentence_verdict for g in sentences])}",
        f"{len(items)} claim{'s' * (len(items) != 1)}: {counts([c.verdict for c in items])}",
    ]
    if hidden:
        lines.append(f"({hidden} more claim{'s' * (hidden != 1)} left out by --only)")
    return lines


def _claim_sources(items: Sequence[Claim]) -> list[Source]:
    seen: dict[str, Source] = {}
    for claim in items:
        for fact in claim.facts:
            seen.setdefault(fact.source.id, fact.source)
    return list(seen.values())
