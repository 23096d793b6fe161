"""Score `check` on a labelled claim set: right/total, false supported, false contradicted.

A set is a TSV file: a sentence, the verdict a careful fact-checker gives it from the
five source articles alone (supported, contradicted, unsupported; "none" for a sentence
that states no figure), and more columns the scorer does not read. The sentence's
verdict is the worst of its claims' (contradicted, then unsupported, then supported);
a sentence the reader finds no claim in is "none", wrong for any labelled figure.

    python -m tests.claimset tests/data/claims_news.tsv            # the tuning set
    python -m tests.claimset tests/data/claims_heldout2.tsv --quiet  # scored once, at the end
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from hubquery.cache import open_store
from hubquery.query.check import check
from hubquery.store import Store

SHIPPED = Path(__file__).resolve().parent.parent / "data" / "hubs.yaml"
_WORST = ("contradicted", "unsupported", "supported")


class Score(NamedTuple):
    right: int
    total: int
    false_supported: int
    false_contradicted: int
    wrong: tuple[tuple[str, str, str], ...]  # (sentence, expected, got)

    def line(self) -> str:
        return (
            f"{self.right}/{self.total} right ({self.right / self.total:.1%}), "
            f"{self.false_supported} false supported, "
            f"{self.false_contradicted} false contradicted"
        )


def labelled(path: Path) -> list[tuple[str, str]]:
    """The (sentence, verdict) rows of a claim set; comment lines start with '#'."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            sentence, verdict, *_ = line.split("\t")
            rows.append((sentence, verdict))
    return rows


def sentence_verdict(verdicts: Iterable[str]) -> str:
    """The worst of a sentence's verdicts; "none" when it states no figure read."""
    found = set(verdicts)
    return next((v for v in _WORST if v in found), "none")


def score(store: Store, rows: Sequence[tuple[str, str]]) -> Score:
    right = false_supported = false_contradicted = 0
    wrong = []
    for sentence, expected in rows:
        got = sentence_verdict(c.verdict for c in check(store, sentence))
        if got == expected:
            right += 1
            continue
        wrong.append((sentence, expected, got))
        false_supported += got == "supported"
        false_contradicted += got == "contradicted"
    return Score(right, len(rows), false_supported, false_contradicted, tuple(wrong))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument(
        "--quiet", action="store_true", help="print only the score, not the sentences judged wrong"
    )
    parser.add_argument(
        "--data", default=str(SHIPPED), help="the dataset to judge by (default: the shipped one)"
    )
    args = parser.parse_args(argv)
    store = open_store(args.data)
    for path in args.sets:
        result = score(store, labelled(path))
        print(f"{path.name}: {result.line()}")
        if not args.quiet:
            for sentence, expected, got in result.wrong:
                print(f"  expected {expected:<12} got {got:<12} {sentence}")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # ("| head -1": the reader has had enough)
        # (as Python's documentation on SIGPIPE advises: no flush to the closed pipe)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1) from None
