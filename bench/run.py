"""Measure hubquery's speed goals, each as a ratio of two commands run side by side.

    .venv/bin/python bench/run.py                  # startup + 1k and 40k facts
    .venv/bin/python bench/run.py --sizes 1k,40k,200k,1m --repeat 15
    .venv/bin/python bench/run.py --sizes 200k --skip-startup --only export

Every goal compares two commands measured in alternating pairs on the same
machine in the same run (these machines are noisy); the ratio reported is the
median of the per-pair ratios. Absolute medians are printed beside it. Peak
memory is the child's maximum resident set size (ru_maxrss).

Datasets are generated with bench/make_dataset.py into --work (default
bench/out/), once per size, and reused. jq must be on PATH for the jq goal.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = {"1k": (50, 20), "40k": (2000, 20), "200k": (10000, 20), "1m": (50000, 20)}


@dataclass
class Sample:
    seconds: float
    max_rss_kb: int


def run_once(argv: list[str], env: dict[str, str]) -> Sample:
    """Run a command to completion; its wall time and peak memory."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"command failed ({process.returncode}): {' '.join(argv)}\n{error}")
    return Sample(elapsed, usage.ru_maxrss)


@dataclass
class Pair:
    goal: str
    limit: float
    a: list[Sample]
    b: list[Sample]

    @property
    def ratio(self) -> float:
        return statistics.median(x.seconds / y.seconds for x, y in zip(self.a, self.b, strict=True))

    @property
    def memory_ratio(self) -> float:
        pairs = zip(self.a, self.b, strict=True)
        return statistics.median(x.max_rss_kb / y.max_rss_kb for x, y in pairs)


def pair(goal: str, limit: float, a: list[str], b: list[str], env: dict[str, str],
         repeat: int, prepare_a: object = None) -> Pair:
    """Alternate A and B `repeat` times (after one warm-up each), in both orders."""
    run_once(a, env)
    run_once(b, env)
    first, second = [], []
    for i in range(repeat):
        if callable(prepare_a):
            prepare_a()
        if i % 2:
            second.append(run_once(b, env))
            first.append(run_once(a, env))
        else:
            first.append(run_once(a, env))
            second.append(run_once(b, env))
    return Pair(goal, limit, first, second)


def median_ms(samples: list[Sample]) -> str:
    return f"{statistics.median(s.seconds for s in samples) * 1000:,.0f} ms"


def report(rows: list[Pair]) -> None:
    width = max(len(r.goal) for r in rows)
    print(f"{'goal':<{width}}  {'ratio':>6}  {'limit':>6}  {'ok':<3}  {'A':>10}  {'B':>10}")
    for r in rows:
        is_memory = r.goal.startswith("peak memory")
        ratio = r.memory_ratio if is_memory else r.ratio
        a = f"{statistics.median(s.max_rss_kb for s in r.a) / 1024:,.0f} MB" if is_memory \
            else median_ms(r.a)
        b = f"{statistics.median(s.max_rss_kb for s in r.b) / 1024:,.0f} MB" if is_memory \
            else median_ms(r.b)
        ok = "yes" if ratio <= r.limit else "NO"
        print(f"{r.goal:<{width}}  {ratio:>6.2f}  {r.limit:>6.2f}  {ok:<3}  {a:>10}  {b:>10}")
    sys.stdout.flush()


def dataset(size: str, work: Path) -> tuple[Path, Path]:
    hubs, per_hub = SIZES[size]
    yaml_path, jsonl_path = work / f"hubs-{size}.yaml", work / f"hubs-{size}.jsonl"
    if not yaml_path.exists() or not jsonl_path.exists():
        print(f"  generating {size} facts …", file=sys.stderr)
        subprocess.run([sys.executable, str(HERE / "make_dataset.py"), "--hubs", str(hubs),
                        "--facts-per-hub", str(per_hub), "--out", str(yaml_path),
                        "--jsonl", str(jsonl_path)], check=True)
    return yaml_path, jsonl_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1k,40k", help="comma-separated: 1k,40k,200k,1m")
    parser.add_argument("--repeat", type=int, default=11, help="pairs per goal (startup goals)")
    parser.add_argument("--work", type=Path, default=HERE / "out")
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--only", metavar="TEXT", default="",
                        help="only the goals whose name contains TEXT (e.g. export)")
    args = parser.parse_args()

    bindir = Path(sys.executable).parent
    hubquery = str(bindir / "hubquery")
    python = sys.executable
    args.work.mkdir(parents=True, exist_ok=True)
    cache = Path(tempfile.mkdtemp(prefix="hubquery-bench-cache-"))
    env = {**os.environ, "HUBQUERY_CACHE_DIR": str(cache), "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("HUBQUERY_DATA", None)
    # Installed packages run from compiled bytecode; so must hubquery in an editable
    # install, or every run would pay to compile its modules from source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    rows: list[Pair] = []

    def want(goal: str) -> bool:
        return args.only in goal

    try:
        if not args.skip_startup and want("startup"):
            imports = [python, "-c", "import click, yaml, pydantic, rich.console, rich.table"]
            rows.append(pair("show dalian (table) / import click,yaml,pydantic,rich", 1.0,
                             [hubquery, "show", "dalian"], imports, env, args.repeat))
            rows.append(pair("show dalian --json / import click,yaml,pydantic,rich", 0.7,
                             [hubquery, "show", "dalian", "--json"], imports, env, args.repeat))
            rows.append(pair("hubquery --help / import click", 1.3,
                             [hubquery, "--help"], [python, "-c", "import click"], env,
                             args.repeat))
            report(rows)
        for size in [s.strip().lower() for s in args.sizes.split(",") if s.strip()]:
            yaml_path, jsonl_path = dataset(size, args.work)
            hub = f"hub-{SIZES[size][0] // 2:05d}"
            repeat = args.repeat if size in ("1k", "40k") else max(3, args.repeat // 3)
            cold_repeat = max(3, min(repeat, 5)) if size in ("1k", "40k") else 3
            show = [hubquery, "show", hub, "--data", str(yaml_path)]
            before = len(rows)
            if want("warm show"):
                rows.append(pair(f"{size}: warm show / show dalian (shipped)", 1.5,
                                 show, [hubquery, "show", "dalian"], env, repeat))
            if shutil.which("jq") and want("jq"):
                rows.append(pair(f"{size}: warm show --json / jq select over JSON Lines", 0.5,
                                 [*show, "--json"],
                                 ["jq", "-c", f'select(.hub=="{hub}")', str(jsonl_path)],
                                 env, repeat))
            parse = [python, "-c", "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), "
                     "Loader=yaml.CSafeLoader)", str(yaml_path)]
            if want("cold show"):
                rows.append(pair(f"{size}: cold show --json / yaml.load(CSafeLoader)", 1.3,
                                 [*show, "--json"], parse, env, cold_repeat,
                                 prepare_a=lambda: _clear(cache)))
            if want("peak memory"):
                rows.append(pair(f"peak memory {size}: warm show / show dalian (shipped)", 1.5,
                                 show, [hubquery, "show", "dalian"], env, repeat))
            if want("export"):
                # The SQLite file (keys, indexes, full-text search) against the plainest
                # export of the same facts, both from the warm cache.
                export = [hubquery, "export", "--data", str(yaml_path)]
                database = args.work / f"export-{size}.db"
                rows.append(pair(f"{size}: export --format sqlite / export --format jsonl", 2.0,
                                 [*export, "--format", "sqlite", "-o", str(database), "--force"],
                                 [*export, "--format", "jsonl"], env,
                                 max(3, repeat // 2) if size not in ("1k", "40k") else repeat))
            print(file=sys.stderr)
            report(rows[before:])
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    print()
    report(rows)


def _clear(cache: Path) -> None:
    for path in cache.glob("*"):
        path.unlink()


if __name__ == "__main__":
    main()
