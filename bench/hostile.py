"""Time and memory hubquery takes to refuse each kind of bad dataset; with --fuzz, the
fuzz run of issue 24 (see the end of this file).

    .venv/bin/python bench/hostile.py
    .venv/bin/python bench/hostile.py --fuzz

The contract (issue 5): every bad dataset is rejected with exit status 1 within
2 seconds and 200 MB. Each case runs in a fresh process; the table shows wall
time and peak resident memory (ru_maxrss) of the slowest of three runs.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
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


# The fuzz run (issue 24): mutated datasets, --where conditions, check texts and --output
# paths, each run through the real entry point in a process of its own (forked from one
# that has imported hubquery already, so that a case costs its own work, not start-up).
# No case may exit 70, print a traceback, take 10 s or a GiB.
#
#     .venv/bin/python bench/hostile.py --fuzz [--seed N] [--scale 1.0]

FUZZ_COUNTS = {"dataset": 2000, "where": 2000, "check": 500, "output": 500}
CASE_SECONDS = 10
CASE_BYTES = 1 << 30

HOSTILE_TOKENS = [
    "9" * 5000,
    "-" + "9" * 400,
    "1" + "0" * 20,
    "1.0e400",
    "0x" + "f" * 50,
    ".nan",
    ".inf",
    "&a x",
    "*a",
    "*nosuch",
    "!!python/object/apply:os.system ['true']",
    "!!binary AAAA",
    "<<: *a",
    "'\x1b]0;owned\x07'",
    '"\\e[2J\\u2028\\u200b\\U000e0041"',
    "/etc/passwd",
    "../../etc/shadow",
    "/dev/zero",
    "..",
    "''",
    "~",
    "null",
    "[",
    "{",
    "]",
    "}",
    "- ",
    "? ",
    ": ",
    "|",
    ">",
    "%YAML 1.1",
    "---",
    "...",
    "#",
    "\t",
    "\ufeff",
    "\x00",
    "\xff",
    "x" * 5000,
    "2020-13-45",
    "'2020/2010'",
    "true",
    "[1, [2, [3]]]",
    "{a: 1}",
]


def _mutated_dataset(text: str, rng: random.Random) -> bytes:
    lines = text.splitlines(keepends=True)
    for _ in range(rng.randint(1, 4)):
        how = rng.randrange(6)
        at = rng.randrange(len(lines))
        if how == 0:  # a value replaced by a hostile token
            key = lines[at].split(":", 1)[0]
            lines[at] = f"{key}: {rng.choice(HOSTILE_TOKENS)}\n"
        elif how == 1:
            del lines[at]
        elif how == 2:
            lines.insert(at, lines[rng.randrange(len(lines))])
        elif how == 3:
            lines[at] = rng.choice(HOSTILE_TOKENS) + lines[at]
        elif how == 4:  # a key replaced by a hostile one
            parts = lines[at].split(":", 1)
            if len(parts) == 2:
                indent = parts[0][: len(parts[0]) - len(parts[0].lstrip(" -"))]
                lines[at] = f'{indent}"{rng.choice(HOSTILE_TOKENS)[:50]}":{parts[1]}'
        else:
            lines[at] = lines[at] * rng.randint(2, 50)
        if not lines:
            lines = ["x\n"]
    data = "".join(lines).encode("utf-8", "surrogateescape")
    if rng.random() < 0.2:  # raw byte flips
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        data = bytes(flipped)
    return data


WHERE_PIECES = [
    " ",
    "\t",
    "population",
    "companies",
    "area",
    ">",
    ">=",
    "<",
    "=",
    "!=",
    "==",
    "!",
    "5",
    "1,000",
    "2.5",
    "-3",
    "1e999",
    "9" * 400,
    "e",
    "m",
    "bn",
    "million",
    "$",
    "US$",
    "¥",
    "km²",
    "km2",
    "%",
    "people",
    "x",
    ".",
    ",",
    "_",
    "\x1b",
    "\u2028",
    "é",
    "大连",
    "'",
    '"',
    "(",
    ")",
]
CHECK_PIECES = [
    "Dalian",
    "Chengdu",
    " has ",
    " about ",
    "6 million",
    "1,1,1,",
    "[",
    "](",
    "**",
    "_",
    "`",
    "<!--",
    "-->",
    "# ",
    "> ",
    "- ",
    "| a | 1 |\n|---|---|\n",
    "---\n",
    "```\n",
    "    ",
    ".",
    ". ",
    "\n",
    "\n\n",
    "1.",
    "2010",
    "%",
    "$",
    "one",
    "two-thirds",
    "residents",
    "companies",
    "\x1b[2J",
    "\u2028",
    "大连",
]


def _runs(pieces: list[str], rng: random.Random, longest: int) -> str:
    parts = [
        rng.choice(pieces) * rng.choice((1, 1, 1, 2, 10, 100, 2000))
        for _ in range(rng.randint(1, 12))
    ]
    return "".join(parts)[:longest]


def _output_path(folder: Path, rng: random.Random) -> tuple[list[str | bytes], list[str]]:
    """An --output path (and the options that go with it) of every awkward kind."""
    kind = rng.randrange(12)
    name = rng.choice(
        [
            "x.csv",
            "x.db",
            "x.json",
            "pkg",
            ".x",
            "x" * 300,
            "\x1b[2J.csv",
            "caf\udce9.csv",
            "a b.csv",
            "-",
            "x\u2028.csv",
        ]
    )
    if kind == 0:
        path: str = ""
    elif kind == 1:
        path = f"/nonexistent/{name}"
    elif kind == 2:
        path = f"{folder}/{name}/"
    elif kind == 3:
        path = str(folder)
    elif kind == 4:
        fifo = folder / f"fifo{rng.randrange(10**9)}"
        os.mkfifo(fifo)
        path = str(fifo)
    elif kind == 5:
        path = rng.choice(["/dev/null", "/dev/stdout", "/dev/full", "/proc/self/fd/1"])
    elif kind == 6:
        path = f"/sys/{name}"
    elif kind == 7:  # an existing file
        existing = folder / f"old{rng.randrange(10**9)}.csv"
        existing.write_text("old")
        path = str(existing)
    else:
        path = str(folder / name)
    fmt = rng.choice(["jsonl", "csv", "tsv", "yaml", "json", "markdown", "sqlite", "datapackage"])
    options = ["--format", fmt, *(["--force"] if rng.random() < 0.5 else [])]
    if fmt == "sqlite" and rng.random() < 0.5:
        options += ["--metadata", rng.choice([path, f"{folder}/m.json", "/no/dir/m.json"])]
    argv: list[str | bytes] = ["export", "-o", os.fsencode(path), *options]
    return argv, options


def _run_case(
    argv: list[str | bytes], cache: Path, stdin: bytes = b"", cwd: Path | None = None
) -> tuple[int, float, int, str]:
    """(status, seconds, peak RSS in bytes, stderr) of one case in a forked child."""
    import resource

    with tempfile.TemporaryFile() as err_file, tempfile.TemporaryFile() as in_file:
        in_file.write(stdin)
        in_file.seek(0)
        started = time.perf_counter()
        pid = os.fork()
        if pid == 0:  # the child: the CLI as a user runs it, then nothing else
            try:
                os.environ["HUBQUERY_CACHE_DIR"] = str(cache)
                if cwd is not None:
                    os.chdir(cwd)
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 1)
                os.dup2(err_file.fileno(), 2)
                os.dup2(in_file.fileno(), 0)
                resource.setrlimit(resource.RLIMIT_AS, (CASE_BYTES, CASE_BYTES))
                signal.alarm(CASE_SECONDS)
                sys.argv = ["hubquery", *(os.fsdecode(a) for a in argv)]
                from hubquery.process import main

                main()
            except SystemExit as end:
                os._exit(end.code if isinstance(end.code, int) else 1)
            except BaseException:
                os._exit(99)
            os._exit(0)
        _, status, usage = os.wait4(pid, 0)
        seconds = time.perf_counter() - started
        err_file.seek(0)
        stderr = err_file.read().decode("utf-8", "replace")
    return os.waitstatus_to_exitcode(status), seconds, usage.ru_maxrss * 1024, stderr


def fuzz(
    counts: dict[str, int], seed: int = 24, report: Callable[[str], None] = print
) -> dict[str, dict[str, float]]:
    """Run the fuzz cases; returns, for each kind, its count and worst time and memory.
    A failing case is reported and raises AssertionError at the end."""
    import hubquery.cli
    import hubquery.compile
    import hubquery.models  # noqa: F401

    rng = random.Random(seed)
    mini = (Path(__file__).parent.parent / "tests" / "data" / "mini.yaml").read_text("utf-8")
    failures: list[str] = []
    summary: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        dataset_path = root / "mini.yaml"
        dataset_path.write_text(mini, encoding="utf-8")
        for kind, count in counts.items():
            worst_seconds = worst_bytes = 0.0
            statuses: dict[int, int] = {}
            for index in range(count):
                case = root / f"{kind}-{index}"
                case.mkdir()
                cache = case / "cache"
                if kind == "dataset":
                    data = case / "hubs.yaml"
                    data.write_bytes(_mutated_dataset(mini, rng))
                    command = rng.choice(
                        [
                            ["show", "dalian", "--json"],
                            ["validate"],
                            ["export", "--format", "csv"],
                            ["list"],
                        ]
                    )
                    argv: list[str | bytes] = [*command, "--data", str(data)]
                    if command == ["validate"]:
                        argv = ["validate", str(data), "--articles", str(case)]
                    shown = data.read_bytes()[:200]
                elif kind == "where":
                    condition = _runs(WHERE_PIECES, rng, 20_000)
                    argv = ["list", "--data", str(dataset_path), "--where", condition]
                    shown = condition[:200].encode("utf-8", "surrogatepass")
                elif kind == "check":
                    text = _runs(CHECK_PIECES, rng, 200_000)
                    draft = case / "draft.md"
                    draft.write_text(text, encoding="utf-8")
                    argv = ["check", "--data", str(dataset_path), "--file", str(draft)]
                    shown = text[:200].encode("utf-8", "surrogatepass")
                else:
                    argv, _ = _output_path(case, rng)
                    argv += ["--data", str(dataset_path)]
                    shown = repr(argv).encode("utf-8", "surrogatepass")
                status, seconds, peak, stderr = _run_case(argv, cache, cwd=case)
                statuses[status] = statuses.get(status, 0) + 1
                worst_seconds = max(worst_seconds, seconds)
                worst_bytes = max(worst_bytes, peak)
                bad = (
                    status in (70, 99)
                    or status < 0
                    or "Traceback" in stderr
                    or seconds >= CASE_SECONDS
                    or peak >= CASE_BYTES
                )
                if bad:
                    failures.append(
                        f"{kind} #{index}: status {status}, {seconds:.1f} s, "
                        f"{peak >> 20} MB: {stderr.strip()[:300]!r} for {shown!r}"
                    )
                    report(failures[-1])
                shutil.rmtree(case, ignore_errors=True)
            summary[kind] = {
                "cases": count,
                "worst seconds": worst_seconds,
                "worst MB": worst_bytes / (1 << 20),
            }
            report(
                f"{kind:<8} {count:>5} cases  worst {worst_seconds:5.2f} s  "
                f"{worst_bytes / (1 << 20):6.0f} MB  exit statuses "
                + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items()))
            )
    assert not failures, f"{len(failures)} fuzz cases failed"
    return summary


def _fuzz_main(arguments: list[str]) -> None:
    seed = int(arguments[arguments.index("--seed") + 1]) if "--seed" in arguments else 24
    scale = float(arguments[arguments.index("--scale") + 1]) if "--scale" in arguments else 1
    counts = {kind: max(1, round(count * scale)) for kind, count in FUZZ_COUNTS.items()}
    started = time.perf_counter()
    fuzz(counts, seed)
    print(
        f"all cases passed in {time.perf_counter() - started:.0f} s (seed {seed}): no exit 70, "
        f"no traceback, each under {CASE_SECONDS} s and {CASE_BYTES >> 30} GiB"
    )


if __name__ == "__main__":
    if "--fuzz" in sys.argv:
        _fuzz_main(sys.argv[1:])
    else:
        main()
