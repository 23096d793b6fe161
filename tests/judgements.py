"""Issue 18's table: for every pair of figures in the shipped dataset that a view puts
side by side, what the judgement (``hubquery.judgement``) says of it, and why. Written
to tests/data/judgements.md, a document for a reviewer; test_judgements.py holds it to
the dataset.

    python -m tests.judgements           # say whether the document is current
    python -m tests.judgements --write   # write it again from the dataset
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from itertools import combinations
from pathlib import Path

from hubquery.judgement.changes import Change, change
from hubquery.judgement.figures import joinable
from hubquery.judgement.orders import DEFAULT_WINDOW_YEARS, drawable
from hubquery.periods import sort_bounds
from hubquery.records import Fact

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "tests" / "data" / "judgements.md"

HEAD = """\
# What may be put side by side: every pair in the shipped dataset

Generated from `data/hubs.yaml` by `python -m tests.judgements --write`, and held to it by
`tests/contract/test_judgements.py`: do not edit by hand. For each metric with two or more
figures, each pair of figures that a view puts side by side, with what
`hubquery.judgement` says of it:

- **history** (one hub's figures of a metric over time, the earlier first):
  `judgement.change` — `yes` and the change it states, or `no` with the reason (a
  report-period figure, a target or a threshold is never joined into a change; nor
  figures of other subjects, bases or statuses; nor overlapping periods; nor hedges
  that admit no change).
- **rank** (figures of two different hubs, or of two organisations):
  `judgement.joinable` — whether the two may be ordered against each other. An order
  also keeps only the figures inside its window of years (`judgement.order`); that
  depends on the whole order, not on a pair.
- **compare** (two hubs' own figures, in two columns of one row): always shown side
  by side, with the row's notes; `judgement.drawable`, within an order's window of
  years — whether they may be drawn as bars side by side (amounts, not ranks or years;
  joinable; totals over windows of one length; neither derived from the other).
"""


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def _name(fact: Fact) -> str:
    return f"`{fact.id}`"


def rows(
    facts: list[Fact], kinds: Mapping[str, str]
) -> Iterator[tuple[str, str, str, str, str, str]]:
    """(view, first, second, ok, kind, reason) for every pair of one metric's figures."""
    for a, b in combinations(facts, 2):
        if a.hub_id == b.hub_id and a.subject == b.subject:
            before, after = sorted((a, b), key=lambda f: (sort_bounds(f.period), f.id))
            found = change(before, after, kinds.get(after.metric_id))
            if isinstance(found, Change):
                yield ("history", _name(before), _name(after), "yes", "change", found.display)
            else:
                yield (
                    "history",
                    _name(before),
                    _name(after),
                    "no",
                    found.kind or "",
                    found.reason or "",
                )
        else:
            judged = joinable(a, b)
            yield (
                "rank",
                _name(a),
                _name(b),
                "yes" if judged.ok else "no",
                judged.kind or "",
                judged.reason or "",
            )
            if a.hub_id != b.hub_id and a.subject is None and b.subject is None:
                bars = drawable([a, b], window_years=DEFAULT_WINDOW_YEARS)
                yield (
                    "compare",
                    _name(a),
                    _name(b),
                    "bars" if bars.ok else "no bars",
                    bars.kind or "",
                    bars.reason or "",
                )


def document() -> str:
    from hubquery.cache import open_store

    store = open_store(str(ROOT / "data" / "hubs.yaml"), use_cache=False)
    kinds = {m.id: m.unit_kind for m in store.metrics()}
    by_metric: dict[str, list[Fact]] = {}
    for fact in store.iter_facts():
        by_metric.setdefault(fact.metric_id, []).append(fact)
    lines = [HEAD]
    for metric in store.metrics():
        facts = by_metric.get(metric.id, [])
        if len(facts) < 2:
            continue
        lines += [
            "",
            f"## {metric.id} ({metric.label}, {metric.unit_kind})",
            "",
            "| view | figure | against | ok | kind | reason |",
            "|---|---|---|---|---|---|",
        ]
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows(facts, kinds)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    text = document()
    if sys.argv[1:] == ["--write"]:
        DOCUMENT.write_text(text, encoding="utf-8")
    elif sys.argv[1:]:
        sys.exit("usage: python -m tests.judgements [--write]")
    else:
        current = DOCUMENT.exists() and DOCUMENT.read_text(encoding="utf-8") == text
        print("current" if current else "differs: python -m tests.judgements --write")
