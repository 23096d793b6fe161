"""Time and memory hubquery takes to refuse each kind of bad dataset; with --fuzz, the
fuzz run of issue 24 (bench/fuzz.py).

    .venv/bin/python bench/hostile.py
    .venv/bin/python bench/hostile.py --fuzz

The contract (issue 5): every bad dataset is rejected with exit status 1 within
2 seconds and 200 MB. Each case runs in a fresh process; the table shows wall
time and peak resident memory (ru_maxrss) of the slowest of three runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

VALID_FACT = (
    "- id: f{i}\n  hub: here\n  metric: companies\n  value: {i}\n  unit: companies\n"
    "  period: '2020'\n  source: s1\n  quote: there are {i} companies here\n"
)
HEADER = (
    "format: 1\nsources:\n- id: s1\n  title: An article\n  published: '2020'\n"
    "metrics:\n- id: companies\n  label: Companies\n  description: Companies.\n"
    "  unit_kind: count\nhubs:\n- id: here\n  name: Here\n  kind: city\nfacts:\n"
)


def alias_bomb(levels: int = 12) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n"


# Built one at a time (lambdas): a child process forked from a parent holding them
# all would count the parent's memory in its own peak.
CASES: dict[str, Callable[[], bytes]] = {
    "empty file": lambda: b"",
    "not a mapping": lambda: b"- 1\n- 2\n",
    "YAML syntax error": lambda: b"format: 1\nsources: [\n",
    "not UTF-8": lambda: b"format: 1\nsources:\n- id: caf\xe9\n",
    "python tag": lambda: b"format: !!python/object/apply:os.system ['true']\n",
    "alias bomb (10^12 nodes)": lambda: alias_bomb().encode(),
    "deep nesting": lambda: ("[" * 100_000 + "]" * 100_000).encode(),
    "duplicate keys": lambda: (HEADER + VALID_FACT.format(i=1) + "  value: 2\n").encode(),
    "1k facts, one bad at the end": lambda: (
        HEADER + "".join(VALID_FACT.format(i=i) for i in range(1_000)) + VALID_FACT.format(i=-1)
    ).encode(),
    "1k duplicate ids": lambda: (HEADER + VALID_FACT.format(i=1) * 1_000).encode(),
    "parent cycle of 10k hubs": lambda: (
        HEADER.replace(
            "- id: here\n  name: Here\n  kind: city\n",
            "".join(
                f"- id: h{i}\n  name: H{i}\n  kind: city\n  parent: h{(i + 1) % 10000}\n"
                for i in range(10_000)
            ),
        )
        + VALID_FACT.format(i=1).replace("hub: here", "hub: h0")
    ).encode(),
    "10 MB string": lambda: (
        HEADER
        + VALID_FACT.format(i=1).replace(
            "quote: there are 1 companies here", "quote: " + "x" * 10_000_000
        )
    ).encode(),
}

# Not hostile, only large: reading 100k facts takes seconds even when they are
# valid, so these are shown beside a valid file of the same size, with no limit.
LARGE: dict[str, Callable[[], bytes]] = {
    "100k facts, valid (for comparison)": lambda: (
        HEADER + "".join(VALID_FACT.format(i=i) for i in range(100_000))
    ).encode(),
    "100k facts, one bad at the end": lambda: (
        HEADER + "".join(VALID_FACT.format(i=i) for i in range(100_000)) + VALID_FACT.format(i=-1)
    ).encode(),
    "100k duplicate ids": lambda: (HEADER + VALID_FACT.format(i=1) * 100_000).encode(),
}


def measure(path: Path, cache: Path) -> tuple[int, float, int]:
    env = {**os.environ, "HUBQUERY_CACHE_DIR": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    argv = [
        str(Path(sys.executable).parent / "hubquery"),
        "show",
        "here",
        "--json",
        "--data",
        str(path),
    ]
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    return os.waitstatus_to_exitcode(status), time.perf_counter() - started, usage.ru_maxrss


def main() -> None:
    print(f"{'case':<36} {'status':>6} {'seconds':>8} {'peak MB':>8}  ok")
    worst_time = worst_memory = 0.0
    with tempfile.TemporaryDirectory() as scratch:
        for name, make in [*CASES.items(), *LARGE.items()]:
            path = Path(scratch) / "bad.yaml"
            path.write_bytes(make())
            runs = [measure(path, Path(scratch) / f"cache-{i}") for i in range(3)]
            status = runs[0][0]
            seconds = max(r[1] for r in runs)
            megabytes = max(r[2] for r in runs) / 1024
            if name in LARGE:
                verdict = "(size)"
            else:
                ok = status == 1 and seconds <= 2 and megabytes <= 200
                worst_time, worst_memory = max(worst_time, seconds), max(worst_memory, megabytes)
                verdict = "yes" if ok else "NO"
            print(f"{name:<36} {status:>6} {seconds:>8.2f} {megabytes:>8.0f}  {verdict}")
    print(f"worst hostile case: {worst_time:.2f} s, {worst_memory:.0f} MB (limits: 2 s, 200 MB)")


if __name__ == "__main__":
    if "--fuzz" in sys.argv:  # the fuzz run of issue 24: bench/fuzz.py
        import fuzz

        fuzz.main(sys.argv[1:])
    else:
        main()
