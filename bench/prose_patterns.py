"""Where `check`'s regular expressions spend their time on prose: each pattern's calls,
characters searched and seconds, with the line that compiled it.

    .venv/bin/python bench/prose_patterns.py                   # this checkout's src/
    .venv/bin/python bench/prose_patterns.py --src OTHER/src   # another checkout's
    .venv/bin/python bench/prose_patterns.py --top 60 --profile out.prof

The draft is bench/run.py's prose row's (bench/prose_instructions.py makes it), checked
once after the row's warm-up in ONE process (query/parts.py's MOST_PARTS set to 1, so a
pattern's calls are all counted here). Before hubquery is imported, ``re``'s compiler is
wrapped: each pattern compiled (``re.compile`` or a module-level ``re.search``) is a
proxy that counts its calls and the characters it is handed, and times the engine's
call itself. Calls and characters are the same on every run: a pattern tried on many
characters with few matches is the one to gate (reader/gates.py) or cut. The seconds
(the thread's CPU time, less the clock's own cost) move a little with the machine's
load and the caches: compare their shares, and count instructions
(bench/prose_instructions.py) before and after any change. ``--profile FILE``
also writes cProfile's statistics of the same check (proxies included: their calls
cost a little, evenly) for ``python -m pstats FILE``.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
METHODS = ("search", "match", "fullmatch", "sub", "subn", "findall", "finditer", "split")


class Tally:
    """One pattern's calls, characters handed to it, and nanoseconds in the engine."""

    __slots__ = ("calls", "chars", "found", "nanoseconds")

    def __init__(self) -> None:
        self.calls = self.chars = self.nanoseconds = self.found = 0


def instrument() -> dict[str, Tally]:
    """``re``'s compiler wrapped so that every pattern hubquery compiles is counted
    (keyed by where it was compiled and how it begins)."""
    import re

    compile_pattern = re._compile  # type: ignore[attr-defined]
    tallies: dict[str, Tally] = collections.defaultdict(Tally)
    # (the thread's CPU clock, not the wall's: a busy machine's waits are no pattern's;
    # the clock's own cost, measured here, taken off each call)
    clock = time.thread_time_ns
    gaps = [-clock() + clock() for _ in range(2_000)]
    cost = sorted(gaps)[len(gaps) // 2]

    class Counted:
        __slots__ = ("_pattern", "_tally")

        def __init__(self, pattern: re.Pattern[str], tally: Tally) -> None:
            self._pattern, self._tally = pattern, tally

        def __getattr__(self, name: str) -> Any:
            return getattr(self._pattern, name)

    def counted(name: str) -> Any:
        def call(self: Counted, text: str, *args: Any, **kwargs: Any) -> Any:
            tally = self._tally
            started = clock()
            result = getattr(self._pattern, name)(text, *args, **kwargs)
            if name == "finditer":
                result = list(result)  # (the engine runs as it is iterated)
            tally.nanoseconds += clock() - started - cost
            tally.calls += 1
            tally.chars += len(text) if isinstance(text, str) else 0
            tally.found += result is not None and result != [] and result != text
            return iter(result) if name == "finditer" else result

        # (sub and subn: the text is the second argument)
        def sub(self: Counted, replacement: Any, text: str, *args: Any, **kwargs: Any) -> Any:
            tally = self._tally
            started = clock()
            result = getattr(self._pattern, name)(replacement, text, *args, **kwargs)
            tally.nanoseconds += clock() - started - cost
            tally.calls += 1
            tally.chars += len(text)
            tally.found += (result if name == "sub" else result[0]) != text
            return result

        return sub if name in ("sub", "subn") else call

    for method in METHODS:
        setattr(Counted, method, counted(method))

    def compile_counted(pattern: Any, flags: Any = 0) -> Any:
        compiled = compile_pattern(pattern, flags)
        if not isinstance(pattern, str):
            return compiled
        frame = sys._getframe(2)  # (whoever called re.compile, re.search …)
        where = frame.f_code.co_filename.replace(os.sep, "/").rsplit("/hubquery/", 1)[-1]
        shown = " ".join(pattern.split())[:50]
        return Counted(compiled, tallies[f"{where}:{frame.f_lineno} {shown}"])

    re._compile = compile_counted  # type: ignore[attr-defined]
    return tallies


def report(path: Path, top: int, profile: Path | None) -> None:
    tallies = instrument()
    import cProfile

    from hubquery.cache import open_store
    from hubquery.load import locate_dataset
    from hubquery.query import parts
    from hubquery.query.check import check

    parts.MOST_PARTS = 1  # (one process: every pattern's calls counted here)
    store = open_store(str(locate_dataset(None).path))
    text = path.read_text(encoding="utf-8")
    check(store, "Dalian.")
    for tally in tallies.values():
        tally.__init__()  # type: ignore[misc]
    profiler = cProfile.Profile() if profile else None
    started = time.process_time()
    if profiler:
        profiler.enable()
    check(store, text)
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))
    seconds = time.process_time() - started
    engine = sum(t.nanoseconds for t in tallies.values()) / 1e9
    used = [(key, t) for key, t in tallies.items() if t.calls]
    print(
        f"check: {seconds:.2f} s of CPU, {engine:.2f} s ({engine / seconds:.0%}) in the "
        f"engine of {len(used)} patterns ({sum(t.calls for _, t in used):,} calls)"
    )
    print(f"{'ms':>7} {'share':>6} {'calls':>7} {'found':>6} {'M chars':>7}  compiled at, pattern")
    for key, tally in sorted(used, key=lambda kt: -kt[1].nanoseconds)[:top]:
        ms = tally.nanoseconds / 1e6
        print(
            f"{ms:7.1f} {ms / 1e3 / seconds:6.1%} {tally.calls:7,} {tally.found:6,} "
            f"{tally.chars / 1e6:7.2f}  {key}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, help="a checkout's src/ (default this checkout's)")
    parser.add_argument("--top", type=int, default=40, help="patterns shown (default 40)")
    parser.add_argument("--profile", type=Path, help="also write cProfile's stats here")
    parser.add_argument("--draft", type=Path, help=argparse.SUPPRESS)  # (the child's)
    args = parser.parse_args()
    if args.draft is not None:
        report(args.draft, args.top, args.profile)
        return
    sys.path.insert(0, str(HERE))
    from prose_instructions import in_child

    profile = ["--profile", str(args.profile.resolve())] if args.profile else []
    in_child(__file__, args.src, "--top", str(args.top), *profile)


if __name__ == "__main__":
    main()
