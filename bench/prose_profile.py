"""Where `check`'s seconds go on prose: the prose row's check, sampled by stage.

    .venv/bin/python bench/prose_profile.py                  # this checkout's src/
    .venv/bin/python bench/prose_profile.py --src OTHER/src  # another checkout's

The draft is bench/run.py's prose row's (bench/prose_instructions.py makes it). The
check of it is run ``--repeat`` times in one process, after the row's warm-up, while
the process's CPU clock (ITIMER_PROF) interrupts it about every 4 ms and the Python
stack is noted: each stage's share of the samples is its share of the check's CPU time
(a process waiting for the CPU is not sampled, so a busy machine moves the seconds, not
the shares). A stage holds what it calls: splitting the draft into sentences, reading
them (within it the names, the figures, each figure's hub, metric and claim) and judging
the figures read. Then the functions that spend the most of it themselves.
"""

from __future__ import annotations

import argparse
import collections
import os
import signal
import sys
import time
from pathlib import Path
from types import FrameType

HERE = Path(__file__).resolve().parent
# (file, function) of each stage, with its depth in the tree printed
STAGES = (
    (0, "query/check.py", "check", "check"),
    (1, "query/draft.py", "passages", "splitting the draft into sentences"),
    (1, "query/reader/__init__.py", "read", "reading the sentences"),
    (2, "query/reader/rewrites.py", "rewrite", "rewriting words as figures"),
    (2, "query/reader/mentions.py", "mentions", "the places and organisations named"),
    (2, "query/reader/times.py", "times", "the years and spans"),
    (2, "query/reader/clauses.py", "cut", "the figures, each with its clause"),
    (3, "query/reader/figures.py", "read_figures", "the figures"),
    (4, "numbers.py", "read_numbers", "the numbers"),
    (2, "query/reader/__init__.py", "_reading", "each figure's hub, metric and claim"),
    (3, "query/reader/metrics.py", "metric", "its metric"),
    (3, "query/reader/holders.py", "holder", "its hub"),
    (3, "query/reader/claimed.py", "claim_of", "its claim"),
    (1, "query/verdict.py", "judge", "judging each figure"),
)


def _name(frame: FrameType) -> tuple[str, str]:
    path = frame.f_code.co_filename.replace(os.sep, "/")
    return path.rsplit("/hubquery/", 1)[-1] if "/hubquery/" in path else path, frame.f_code.co_name


def profile(path: Path, repeat: int) -> None:
    """The check of the draft ``repeat`` times, sampled; the table printed."""
    from hubquery.cache import open_store
    from hubquery.load import locate_dataset
    from hubquery.query.check import check

    store = open_store(str(locate_dataset(None).path))
    text = path.read_text(encoding="utf-8")
    check(store, "Dalian.")
    inclusive: collections.Counter[tuple[str, str]] = collections.Counter()
    own: collections.Counter[tuple[str, str]] = collections.Counter()
    samples = 0

    def sample(signum: int, frame: FrameType | None) -> None:
        nonlocal samples
        samples += 1
        if frame is not None:
            own[_name(frame)] += 1
        seen = set()
        while frame is not None:
            seen.add(_name(frame))
            frame = frame.f_back
        inclusive.update(seen)

    signal.signal(signal.SIGPROF, sample)
    started = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    for _ in range(repeat):
        check(store, text)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    megabytes = len(text.encode()) / 1e6 * repeat
    per_mb = (time.process_time() - started) / megabytes
    print(f"check: {per_mb:.3f} s of CPU per MB ({samples:,} samples of {repeat} checks)")
    share = {key: count / max(samples, 1) for key, count in inclusive.items()}
    for depth, file, function, label in STAGES:
        part = share.get((file, function), 0.0)
        print(f"{'  ' * depth}{label:<{44 - 2 * depth}} {part * per_mb:6.3f} s/MB {part:6.1%}")
    rest = share.get(("query/check.py", "check"), 0.0) - sum(
        share.get((file, function), 0.0) for depth, file, function, _ in STAGES if depth == 1
    )
    print(f"  {'the rest (shown, claims made, moves)':<42} {rest * per_mb:6.3f} s/MB {rest:6.1%}")
    print("most time spent in the function itself:")
    for (file, function), count in own.most_common(15):
        part = count / max(samples, 1)
        # (a NamedTuple's __new__ is a function of no file: "<string>")
        said = "a NamedTuple made" if file == "<string>" else f"{file}:{function}"
        print(f"  {said:<42} {part * per_mb:6.3f} s/MB {part:6.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, help="a checkout's src/ (default this checkout's)")
    parser.add_argument("--repeat", type=int, default=5, help="checks of the draft (default 5)")
    parser.add_argument("--draft", type=Path, help=argparse.SUPPRESS)  # (the child's)
    args = parser.parse_args()
    if args.draft is not None:
        profile(args.draft, args.repeat)
        return
    sys.path.insert(0, str(HERE))
    from prose_instructions import in_child

    in_child(__file__, args.src, "--repeat", str(args.repeat))


if __name__ == "__main__":
    main()
