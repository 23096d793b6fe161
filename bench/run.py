"""Measure hubquery's speed goals, each as a ratio of two commands run side by side.

    .venv/bin/python bench/run.py                          # start-up, a large table, 1k facts
    .venv/bin/python bench/run.py --sizes 1k,200k,1m       # every goal (takes a while)
    .venv/bin/python bench/run.py --sizes 200k --only search,export
    .venv/bin/python bench/run.py --sizes 200k,1m --only cold --cold-repeat 1
    .venv/bin/python bench/run.py --sizes 1k --only shapes --shapes   # one hub of 100k facts
    .venv/bin/python bench/run.py --sizes 5m --five-million           # minutes, gigabytes

Every row times a hubquery command (A) against its natural yardstick (B) in
alternating pairs on the same machine in the same run (these machines are
noisy); the ratio reported is the median of the per-pair ratios, with their
[min–max] beside it. Goals state a limit on the ratio; rows without a limit are
measured and reported, not judged. Peak memory is the child's maximum resident
set size (ru_maxrss); the cold build's is also held to an absolute ceiling (it
streams: its peak must not grow with the dataset). The machine's load average is
printed before and after.

The yardsticks are honest floors: start-up against importing exactly what the
warm path needs (click, sqlite3, json; rich for tables); lookups against the
sqlite3 command-line shell running the same query on the same compiled cache;
search against a scan without the index; exports against jq re-serialising
the same facts. Datasets come from bench/make_dataset.py (into --work, default
bench/out/), once per size, and are reused. jq and sqlite3 must be on PATH.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
# facts = hubs × facts per hub
SIZES = {
    "1k": (50, 20),
    "40k": (2000, 20),
    "200k": (10000, 20),
    "1m": (50000, 20),
    "5m": (250000, 20),
}
COLD_BUILD_MAX_MB = 400.0  # the cold build streams: its peak must not grow with the dataset
CHECK_MAX_MB = 150.0  # check of a 10,000-word draft: the reader's cost grows with the draft
STREAM_YAML_BYTES = 1 << 30  # past 1 GiB of YAML the cold build's yardstick streams
SHAPE_MAX_MB = 100.0  # show --json of one hub of 100,000 facts is written as it is read
WARM_ROWS = (
    "show",
    "search",
    "where",
    "rank",
    "sort",
    "history",
    "compare",
    "check",
    "export",
    "size",
)


def _scan(term: str) -> str:
    """The same search as SQL that reads every row: the facts' subjects and quotes (in
    lower case) and the other things' folded texts (a name's, where none is kept, is the
    name in lower case: ``schema.SEARCH_TEXT``)."""
    return (
        "SELECT 'fact', count(*) FROM facts WHERE instr(lower(coalesce(subject, '') || ' ' "
        f"|| coalesce(quote, '')), '{term}') > 0 UNION ALL SELECT kind, count(*) "
        f"FROM search_items WHERE instr(coalesce(text, lower(name)), '{term}') > 0 GROUP BY kind"
    )


@dataclass
class Sample:
    seconds: float
    max_rss_kb: int


def run_once(
    argv: list[str], env: dict[str, str], stdout: Path | None = None, ok: tuple[int, ...] = (0,)
) -> Sample:
    """Run a command to completion; its wall time and peak memory. An exit status
    not in ``ok`` stops the benchmark."""
    out = stdout.open("wb") if stdout else subprocess.DEVNULL
    try:
        started = time.perf_counter()
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
    finally:
        if stdout:
            out.close()  # type: ignore[union-attr]
    code = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode() if process.stderr else ""
    if code not in ok:
        raise SystemExit(f"command failed ({code}): {' '.join(argv)}\n{error}")
    return Sample(elapsed, usage.ru_maxrss)


@dataclass
class Row:
    goal: str
    limit: float | None
    a: list[Sample]
    b: list[Sample]
    memory: bool = False
    absolute_mb: float | None = None  # a limit on A's peak memory itself, not a ratio
    # A growth row: A on ``growth``× B's data; the ratio shown is the exponent of that
    # growth (time ∝ size^exponent), log(A/B) / log(growth): 1 is linear.
    growth: float | None = None

    def ratios(self) -> list[float]:
        if self.memory:
            return [x.max_rss_kb / y.max_rss_kb for x, y in zip(self.a, self.b, strict=True)]
        ratios = [x.seconds / y.seconds for x, y in zip(self.a, self.b, strict=True)]
        if self.growth is not None:
            return [math.log(r) / math.log(self.growth) for r in ratios]
        return ratios

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios())

    def met(self) -> str:
        if self.absolute_mb is not None:
            return "yes" if self.peak_mb(self.a) <= self.absolute_mb else "NO"
        if self.limit is None:
            return "—"
        return "yes" if self.ratio <= self.limit else "NO"

    @staticmethod
    def peak_mb(samples: list[Sample]) -> float:
        return statistics.median(s.max_rss_kb for s in samples) / 1024

    def cells(self) -> list[str]:
        ratios = self.ratios()
        spread = f"[{min(ratios):.2f}–{max(ratios):.2f}]"
        if self.absolute_mb is not None:
            limit = f"≤ {self.absolute_mb:,.0f} MB"
        else:
            limit = "—" if self.limit is None else f"≤ {self.limit:.2f}"
        if self.memory or self.absolute_mb is not None:
            a, b = f"{self.peak_mb(self.a):,.0f} MB", f"{self.peak_mb(self.b):,.0f} MB"
        else:
            a = f"{statistics.median(s.seconds for s in self.a) * 1000:,.0f} ms"
            b = f"{statistics.median(s.seconds for s in self.b) * 1000:,.0f} ms"
        return [self.goal, f"{self.ratio:.2f}", spread, limit, self.met(), a, b, str(len(self.a))]


def pair(
    goal: str,
    limit: float | None,
    a: list[str],
    b: list[str],
    env: dict[str, str],
    repeat: int,
    prepare_a: Callable[[], None] | None = None,
    warm: bool = True,
    memory: bool = False,
    absolute_mb: float | None = None,
    ok: tuple[int, ...] = (0,),
    growth: float | None = None,
) -> Row:
    """Alternate A and B `repeat` times (after one warm-up each), in both orders."""
    if warm:
        if prepare_a:
            prepare_a()
        run_once(a, env, ok=ok)
        run_once(b, env, ok=ok)
    first: list[Sample] = []
    second: list[Sample] = []
    for i in range(repeat):
        if prepare_a:
            prepare_a()
        if i % 2:
            second.append(run_once(b, env, ok=ok))
            first.append(run_once(a, env, ok=ok))
        else:
            first.append(run_once(a, env, ok=ok))
            second.append(run_once(b, env, ok=ok))
    return Row(goal, limit, first, second, memory, absolute_mb, growth)


HEADER = ["goal (A / B)", "ratio", "[min–max]", "limit", "met", "A", "B", "pairs"]


def report(rows: list[Row], markdown: bool = False) -> None:
    table = [HEADER, *(row.cells() for row in rows)]
    if markdown:
        print("| " + " | ".join(HEADER) + " |")
        print("|---|---:|---:|---:|:---:|---:|---:|---:|")
        for cells in table[1:]:
            print("| " + " | ".join(cells) + " |")
    else:
        widths = [max(len(r[i]) for r in table) for i in range(len(HEADER))]
        for cells in table:
            print(
                "  ".join(
                    c.ljust(w) if i == 0 else c.rjust(w)
                    for i, (c, w) in enumerate(zip(cells, widths, strict=True))
                )
            )
    sys.stdout.flush()


def dataset(size: str, work: Path) -> tuple[Path, Path]:
    hubs, per_hub = SIZES[size]
    yaml_path, jsonl_path = work / f"hubs-{size}.yaml", work / f"hubs-{size}.jsonl"
    if not yaml_path.exists() or not jsonl_path.exists():
        print(f"  generating {size} facts …", file=sys.stderr)
        subprocess.run(
            [
                sys.executable,
                str(HERE / "make_dataset.py"),
                "--hubs",
                str(hubs),
                "--facts-per-hub",
                str(per_hub),
                "--out",
                str(yaml_path),
                "--jsonl",
                str(jsonl_path),
            ],
            check=True,
        )
    return yaml_path, jsonl_path


def work_row(python: str, fmt: str, floor: list[str], env: dict[str, str], repeat: int) -> Row:
    """`show dalian`'s own work in ``fmt`` timed inside its process (bench/work.py), in
    pairs with the floor's wall time: the share of the floor the work alone takes."""
    work = [python, str(HERE / "work.py"), "dalian", fmt]
    inside: list[Sample] = []
    walls: list[Sample] = []
    for _ in range(repeat):
        done = subprocess.run(work, env=env, capture_output=True, text=True, check=True)
        inside.append(Sample(float(done.stdout), 0))
        walls.append(run_once(floor, env))
    yardstick = "import click,sqlite3,json" + (",rich" if fmt == "table" else "")
    return Row(f"floor: show's own work ({fmt}), timed inside / {yardstick}", None, inside, walls)


def write_draft(work: Path, words: int = 10_000) -> Path:
    """A draft of about ``words`` words whose sentences state figures about hubs that
    every benchmark dataset has (hub-00000 … hub-00049), in the article's own words."""
    path = work / f"draft-{words // 1000}k.md"
    if not path.exists():
        sys.path.insert(0, str(HERE))
        from make_dataset import METRICS

        sentences, count, n = [], 0, 0
        while count < words:
            _, label, _, _, unit = METRICS[n % len(METRICS)]
            sentence = (
                f"In {2000 + n % 24}, the {label.lower()} of Hub {n % 50:05d} was "
                f"{1000 + 37 * n:,} {unit}, according to the city's own report."
            )
            sentences.append(sentence)
            count += len(sentence.split())
            n += 1
        paragraphs = [" ".join(sentences[i : i + 8]) for i in range(0, len(sentences), 8)]
        path.write_text("# A draft\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def newest_cache(cache: Path, stem: str = "") -> Path:
    files = sorted(cache.glob(f"{stem}*.sqlite"), key=lambda p: p.stat().st_mtime)
    if not files:
        raise SystemExit(f"no compiled cache in {cache}")
    return files[-1]


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


@dataclass
class Bench:
    hubquery: str
    python: str
    env: dict[str, str]
    cache: Path
    work: Path
    repeat: int
    only: list[str] = field(default_factory=list)
    cold_repeat: int = 3  # pairs for the cold build at 200k and 1m (minutes each at 1m)
    rows: list[Row] = field(default_factory=list)

    def wanted(self, name: str) -> bool:
        return not self.only or any(word in name for word in self.only)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        # Each row as it is measured (stderr): a run of many minutes that is stopped
        # still leaves what it measured.
        print(" | ".join(row.cells()), file=sys.stderr, flush=True)
        print("  ".join(row.cells()), flush=True)

    def cache_check(self) -> Row:
        """What the cache's trust checks cost a warm lookup (issue 24: at most 1 ms): the
        ownership, seal and digest check of the packaged dataset's cache, timed in a
        process of its own, against that 1 ms."""
        code = (
            "import sys, time; from hubquery import cache; "
            "from hubquery.load import locate_dataset; "
            "target = cache.cache_path(locate_dataset(None).path); "
            "assert cache.verified(target), target; started = time.perf_counter(); "
            "[cache.verified(target) for _ in range(200)]; "
            "print((time.perf_counter() - started) / 200)"
        )
        samples = []
        for _ in range(self.repeat):
            out = subprocess.run(
                [self.python, "-c", code], env=self.env, capture_output=True, text=True, check=True
            ).stdout
            samples.append(Sample(float(out), 0))
        return Row(
            "cache check per warm lookup / 1 ms", 1.0, samples, [Sample(0.001, 0)] * len(samples)
        )

    def check_prose(self) -> list[Row]:
        """`check`'s reading of prose (issue 24: at least 1 MB/s): a draft of about 1 MB
        made by repeating the seed articles (../shared/seeds; else this README, said on
        stderr), read and judged against the packaged dataset inside a process of its
        own, in seconds per MB against 1 s: of wall time, and of CPU time, the process's
        and its forked processes' (a draft this large is read by one process a core
        where there are two or more: query/parts.py). On a shared machine a process run
        under ``nice`` waits for the CPU whenever another wants it: at load 3-4 the same
        check took 1.34-2.27 s of wall time per MB and 1.28-1.46 s of CPU, read by one
        process; on an idle machine the two agreed."""
        from prose_instructions import draft as prose_draft  # (bench/, beside this file)

        draft = prose_draft(self.work)
        code = (
            "import os, sys, time; from pathlib import Path; from hubquery.load import "
            "locate_dataset; from hubquery.cache import open_store; from hubquery.query.check "
            "import check; store = open_store(str(locate_dataset(None).path)); "
            "text = Path(sys.argv[1]).read_text(encoding='utf-8'); check(store, 'Dalian.'); "
            "mb = len(text.encode()) / 1e6; cpu = lambda: sum(os.times()[:4]); "
            "started, used = time.perf_counter(), cpu(); check(store, text); "
            "print((time.perf_counter() - started) / mb, (cpu() - used) / mb)"
        )
        wall, cpu = [], []
        for _ in range(self.repeat):
            out = subprocess.run(
                [self.python, "-c", code, str(draft)],
                env=self.env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            wall.append(Sample(float(out[0]), 0))
            cpu.append(Sample(float(out[1]), 0))
        second = [Sample(1.0, 0)] * len(wall)
        return [
            Row("check: seconds per MB of prose / 1 s", 1.0, wall, second),
            Row("check: CPU seconds per MB of prose / 1 s", 1.0, cpu, second),
        ]

    def startup(self) -> None:
        if not self.wanted("startup"):
            return
        # Start-up runs take tens of milliseconds, within a few of their floor: three
        # times the pairs, so that one noisy pair moves the median less.
        hq, py, env, n = self.hubquery, self.python, self.env, 3 * self.repeat
        json_floor = [py, "-c", "import click, sqlite3, json"]
        table_floor = [py, "-c", "import click, sqlite3, json, rich.console, rich.text"]
        self.add(
            pair(
                "startup: show dalian --json / import click,sqlite3,json",
                1.15,
                [hq, "show", "dalian", "--json"],
                json_floor,
                env,
                n,
            )
        )
        self.add(
            pair(
                "startup: show dalian / import click,sqlite3,json,rich",
                1.15,
                [hq, "show", "dalian"],
                table_floor,
                env,
                n,
            )
        )
        self.add(
            pair(
                "startup: --help / import click",
                1.10,
                [hq, "--help"],
                [py, "-c", "import click"],
                env,
                n,
            )
        )
        self.add(self.cache_check())
        # What no program on this stack avoids, measured the same way: printing the
        # same document with json.dumps alone (the warm path's last step), and the
        # --help of a click group of one command.
        document = self.work / "show-dalian.json"
        run_once([hq, "show", "dalian", "--json"], env, stdout=document)
        self.add(
            pair(
                "floor: json.dumps of that document / import click,sqlite3,json",
                None,
                [
                    py,
                    "-c",
                    "import click, sqlite3, json, sys; sys.stdout.write(json.dumps("
                    "json.load(open(sys.argv[1])), ensure_ascii=False, indent=2))",
                    str(document),
                ],
                json_floor,
                env,
                n,
            )
        )
        self.add(work_row(py, "json", json_floor, env, n))
        self.add(work_row(py, "table", table_floor, env, n))
        self.add(
            pair(
                "floor: a one-command click group's --help / import click",
                None,
                [py, str(HERE / "click_help.py"), "--help"],
                [py, "-c", "import click"],
                env,
                n,
            )
        )

    def charts(self) -> None:
        """What a chart costs against the same comparison as JSON (issue 23): the
        Vega-Lite spec, and the spec drawn as SVG by vl-convert (the charts extra)."""
        if not self.wanted("chart"):
            return
        hq, env, n = self.hubquery, self.env, self.repeat
        question = ["compare", "chengdu", "chongqing", "xian", "dalian", "-m", "population"]
        json_run = [hq, *question, "--json"]
        self.add(
            pair(
                "chart: compare --format vega-lite / compare --json",
                None,
                [hq, *question, "--format", "vega-lite"],
                json_run,
                env,
                n,
            )
        )
        self.add(
            pair(
                "chart: compare --format svg / compare --json",
                None,
                [hq, *question, "--format", "svg"],
                json_run,
                env,
                n,
            )
        )

    def size(self, size: str) -> None:
        hq, py, env = self.hubquery, self.python, self.env
        yaml_path, jsonl_path = dataset(size, self.work)
        data = ["--data", str(yaml_path)]
        hubs, _ = SIZES[size]
        hub = f"hub-{hubs // 2:05d}"
        big = size in ("200k", "1m", "5m")
        n = self.repeat
        slow_n = max(3, self.repeat // 2) if big else self.repeat
        compiled = ""
        if self.wanted("cold"):
            # First: its last build is the warm rows' cache (a 5m build takes minutes).
            self.cold(
                size, yaml_path, hub, self.cold_repeat if big else slow_n, 0.3 if big else None
            )
        if any(self.wanted(word) for word in WARM_ROWS):
            run_once([hq, "show", hub, *data, "--json"], env)  # compile the cache once
            compiled = str(newest_cache(self.cache, yaml_path.stem + "-"))
        sqlite = shutil.which("sqlite3")
        show = [hq, "show", hub, *data, "--json"]
        if self.wanted("show") and sqlite:
            self.add(
                pair(
                    f"{size}: warm show --json / sqlite3 same lookup",
                    None,
                    show,
                    [
                        sqlite,
                        "-json",
                        compiled,
                        f"SELECT * FROM facts f JOIN sources s ON s.id = f.source_id "
                        f"WHERE f.hub_id = '{hub}'",
                    ],
                    env,
                    n,
                )
            )
        if self.wanted("search") and sqlite:
            self.add(
                pair(
                    f"{size}: search / sqlite3 scan without the index",
                    0.1 if big else None,
                    [hq, "search", "harbour silver", *data, "--json"],
                    # the same answer without the index: every row read, as
                    # counting the matches ("50 of 1,234") needs
                    [
                        sqlite,
                        compiled,
                        _scan("harbour silver"),
                    ],
                    env,
                    n,
                )
            )
            if big:
                # The least any Python program on this stack takes, against the same scan:
                # the goal is below it where this ratio is above the goal's limit.
                self.add(
                    pair(
                        f"{size}: floor: import click,sqlite3,json / the same scan",
                        None,
                        [py, "-c", "import click, sqlite3, json"],
                        [
                            sqlite,
                            compiled,
                            _scan("harbour silver"),
                        ],
                        env,
                        n,
                    )
                )
        if self.wanted("search") and sqlite:
            # A term in every quote: the search stops at its limit and counts no further
            # than 10,000, where the scan reads every row.
            self.add(
                pair(
                    f"{size}: search a common term / sqlite3 scan without the index",
                    1.0 if big else None,
                    [hq, "search", "the report said", *data, "--json"],
                    [
                        sqlite,
                        compiled,
                        _scan("the report said"),
                    ],
                    env,
                    n,
                )
            )
        if self.wanted("size") and compiled:
            # Bytes on disk, not memory: the compiled cache against the YAML it is built from.
            self.add(
                Row(
                    f"{size}: cache size / YAML size",
                    3.0 if big else None,
                    [Sample(0, Path(compiled).stat().st_size // 1024)],
                    [Sample(0, yaml_path.stat().st_size // 1024)],
                    memory=True,
                )
            )
        if self.wanted("where"):
            self.add(
                pair(
                    f"{size}: list --where (selective) / warm show",
                    2.0 if big else None,
                    [hq, "list", *data, "--where", "population > 4990000", "--json"],
                    show,
                    env,
                    slow_n,
                )
            )
        if self.wanted("rank"):
            self.add(
                pair(
                    f"{size}: rank --limit 10 / warm show",
                    2.0 if big else None,
                    [hq, "rank", "-m", "population", "--limit", "10", *data, "--json"],
                    show,
                    env,
                    slow_n,
                )
            )
        if self.wanted("sort"):
            self.add(
                pair(
                    f"{size}: list --sort / list ({hubs:,} hubs)",
                    1.5 if big else None,
                    # the same columns printed, so the ratio is what sorting costs
                    [
                        hq,
                        "list",
                        *data,
                        "--sort",
                        "population",
                        "--format",
                        "tsv",
                        "--fields",
                        "hub.id,hub.name",
                    ],
                    [hq, "list", *data, "--format", "tsv", "--fields", "hub.id,hub.name"],
                    env,
                    slow_n,
                )
            )
        if self.wanted("history"):
            # One hub's figures grouped by metric, against the same hub's profile.
            self.add(
                pair(
                    f"{size}: history --json / warm show (same hub)",
                    None,
                    [hq, "history", hub, *data, "--json"],
                    show,
                    env,
                    n,
                )
            )
        if self.wanted("compare"):
            # Two hubs side by side on every metric they share (the judgement of bars,
            # the see-also regions), against the first hub's profile.
            other = f"hub-{hubs // 2 + 1:05d}"
            self.add(
                pair(
                    f"{size}: compare two hubs --json / warm show",
                    None,
                    [hq, "compare", hub, other, *data, "--json"],
                    show,
                    env,
                    n,
                )
            )
        if self.wanted("check"):
            # The same draft checked against this dataset and against the smallest: what
            # a check costs for the dataset's size. (Exit 1: a claim is contradicted.)
            small, _ = dataset("1k", self.work)
            draft = write_draft(self.work)
            check = [hq, "check", "--file", str(draft), "--json"]
            run_once([*check, "--data", str(small)], env, ok=(0, 1))  # compile the small one
            row = pair(
                f"{size}: check (10,000-word draft) / the same check on 1k facts",
                2.0 if big else None,
                [*check, *data],
                [*check, "--data", str(small)],
                env,
                slow_n,
                ok=(0, 1),
            )
            self.add(row)
            # Its peak memory (issue 22: at most 150 MB at 5M facts; the reader looks up
            # only the names the draft uses), against the same check on 1k facts.
            self.add(
                Row(
                    f"{size}: check (10,000-word draft) peak memory",
                    None,
                    row.a,
                    row.b,
                    memory=True,
                    absolute_mb=CHECK_MAX_MB if big else None,
                )
            )
        if self.wanted("export") and shutil.which("jq"):
            exported = self.work / f"export-{size}.jsonl"
            run_once([hq, "export", *data], env, stdout=exported)
            self.add(
                pair(
                    f"{size}: export --format jsonl / jq -c . (same facts)",
                    1.0 if big else None,
                    [hq, "export", *data],
                    ["jq", "-c", ".", str(exported)],
                    env,
                    slow_n,
                )
            )
            # The SQLite file (keys, indexes, full-text search) against the plainest
            # export of the same facts, both from the warm cache.
            database = self.work / f"export-{size}.db"
            self.add(
                pair(
                    f"{size}: export --format sqlite / export --format jsonl",
                    2.0 if big else None,
                    [hq, "export", *data, "--format", "sqlite", "-o", str(database), "--force"],
                    [hq, "export", *data],
                    env,
                    slow_n,
                )
            )
            if sqlite:
                # The same file against copying the compiled cache as SQL text: a database
                # of about the same size, written by SQLite in C.
                self.add(
                    pair(
                        f"{size}: export --format sqlite / sqlite3 .dump of the cache",
                        None,
                        [hq, "export", *data, "--format", "sqlite", "-o", str(database), "--force"],
                        [sqlite, compiled, ".dump"],
                        env,
                        slow_n,
                    )
                )
                self.add(
                    pair(
                        f"{size}: export --format csv / sqlite3 -csv facts",
                        None,
                        [hq, "export", "--format", "csv", *data],
                        [
                            sqlite,
                            "-csv",
                            "-header",
                            compiled,
                            "SELECT * FROM facts f JOIN sources s ON s.id = f.source_id",
                        ],
                        env,
                        slow_n,
                    )
                )
        del jsonl_path

    def cold(self, label: str, yaml_path: Path, hub: str, repeat: int, limit: float | None) -> None:
        """The first run on a dataset (parse, validate, compile) against parsing it with
        libyaml alone, its peak memory (held to COLD_BUILD_MAX_MB), and the size of the
        cache it writes against the YAML's."""
        hq, py, env = self.hubquery, self.python, self.env
        # yaml.load holds the whole document as Python objects: about 16 times the file,
        # more than this machine's 23 GB at 5M facts (killed). Past STREAM_YAML_BYTES the
        # yardstick is libyaml's events read one by one (the build walks the same events),
        # a lower floor than yaml.load, so the row has no limit.
        opened = "open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader"
        if yaml_path.stat().st_size > STREAM_YAML_BYTES:
            code = f"import sys, yaml\nfor _ in yaml.parse({opened}): pass"
            yardstick, limit = "yaml.parse events (CSafeLoader, streamed)", None
        else:
            code = f"import sys, yaml; yaml.load({opened})"
            yardstick = "yaml.load(CSafeLoader)"
        parse = [py, "-c", code, str(yaml_path)]
        row = pair(
            f"{label}: cold build / {yardstick}",
            limit,
            [hq, "show", hub, "--data", str(yaml_path), "--json"],
            parse,
            env,
            repeat,
            warm=False,
            prepare_a=lambda: _clear(self.cache),
        )
        self.add(row)
        self.add(
            Row(
                f"{label}: cold build peak memory",
                None,
                row.a,
                row.b,
                memory=True,
                absolute_mb=COLD_BUILD_MAX_MB,
            )
        )

    def cold_shapes(self) -> None:
        """The shapes whose cold build held more than their facts' share: 100,000 hubs of
        one fact each (every hub a record), and 100,000 facts whose quotes are 2,000
        characters long."""
        if not self.wanted("cold") and not self.wanted("shapes"):
            return
        for label, path in (
            ("100k hubs of one fact", generated(self.work, "hubs-100k-one-fact", 100_000, 1)),
            (
                "100k facts of 2,000-character quotes",
                generated(self.work, "quotes-100k-2000", 5_000, 20, quote_chars=2000),
            ),
        ):
            self.cold(label, path, "hub-00001", self.cold_repeat, None)
            self.add(
                Row(
                    f"{label}: cache size / YAML size",
                    3.0,
                    [Sample(0, newest_cache(self.cache).stat().st_size // 1024)],
                    [Sample(0, path.stat().st_size // 1024)],
                    memory=True,
                )
            )

    def shapes(self) -> None:
        """The shapes that grew faster than their data: one hub with 25,000 to 100,000
        figures (20 metrics, 24 years, 500 sources: thousands of figures in each period
        of a metric, many disagreeing), its profile and history as JSON against exporting
        the same figures, their peak memory, and how their time grows with the figures."""
        hq, env = self.hubquery, self.env
        slow_n = max(3, self.repeat // 2)
        paths = {n: one_hub(self.work, n) for n in (25_000, 100_000)}

        def command(name: str, n: int) -> list[str]:
            if name == "export":
                return [hq, "export", "--hub", "hub-00000", "--data", str(paths[n])]
            return [hq, name, "hub-00000", "--data", str(paths[n]), "--json"]

        for n in paths:
            run_once(command("show", n), env)  # compile each cache once
        for name in ("show", "history"):
            if not self.wanted(name) and not self.wanted("shapes"):
                continue
            limit = 2.0 if name == "show" else None
            row = pair(
                f"one hub of 100k facts: {name} --json / export --hub (same facts)",
                limit,
                command(name, 100_000),
                command("export", 100_000),
                env,
                slow_n,
            )
            self.add(row)
            self.add(
                Row(
                    f"one hub of 100k facts: {name} --json peak memory",
                    None,
                    row.a,
                    row.b,
                    memory=True,
                    absolute_mb=SHAPE_MAX_MB if name == "show" else None,
                )
            )
            self.add(
                pair(
                    f"one hub: {name} --json, 100k facts / 25k (growth exponent)",
                    1.1 if name == "show" else None,
                    command(name, 100_000),
                    command(name, 25_000),
                    env,
                    slow_n,
                    growth=4.0,
                )
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1k", help="comma-separated: 1k,40k,200k,1m")
    parser.add_argument("--repeat", type=int, default=11, help="pairs per row (≥ 11)")
    parser.add_argument("--work", type=Path, default=HERE / "out")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated words: rows to run "
        "(startup, prose, chart, table, show, search, where, rank, sort, history, compare, "
        "check, export, cold)",
    )
    parser.add_argument("--markdown", action="store_true", help="the summary as Markdown")
    parser.add_argument(
        "--table-hubs",
        type=int,
        default=50_000,
        help="hubs (one fact each) in the large-table dataset",
    )
    parser.add_argument(
        "--hubquery",
        help="the hubquery command to measure (another build, "
        "to compare before and after); default: this environment's",
    )
    parser.add_argument(
        "--cold-repeat",
        type=int,
        default=3,
        help="pairs for the cold build at 200k and 1m (minutes each at 1m)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        help="keep the compiled caches here and reuse "
        "them (warm rows only: the cold rows clear it)",
    )
    parser.add_argument(
        "--shapes",
        action="store_true",
        help="also the pathological shapes (one hub of 100k facts; cold builds of 100k "
        "hubs of one fact and of 100k 2,000-character quotes)",
    )
    parser.add_argument(
        "--five-million",
        action="store_true",
        help="allow the 5m size (its dataset, cache and cold builds take "
        "many minutes and gigabytes of disk)",
    )
    args = parser.parse_args()
    sizes = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    if "5m" in sizes and not args.five_million:
        parser.error("the 5m size takes many minutes: add --five-million")

    bindir = Path(sys.executable).parent
    args.work.mkdir(parents=True, exist_ok=True)
    cache = args.cache or Path(tempfile.mkdtemp(prefix="hubquery-bench-cache-"))
    cache.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "HUBQUERY_CACHE_DIR": str(cache), "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("HUBQUERY_DATA", None)
    # Installed packages run from compiled bytecode; so must hubquery in an editable
    # install, or every run would pay to compile its modules from source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    bench = Bench(
        args.hubquery or str(bindir / "hubquery"),
        sys.executable,
        env,
        cache,
        args.work,
        args.repeat,
        [w.strip() for w in args.only.split(",") if w.strip()],
        max(1, args.cold_repeat),
    )
    print(load())
    try:
        bench.startup()
        if bench.wanted("prose"):
            for row in bench.check_prose():
                bench.add(row)
        bench.charts()
        if bench.wanted("table"):
            bench.add(
                large_table(
                    bench.hubquery, args.work, args.table_hubs, env, max(3, args.repeat // 2)
                )
            )
        for size in sizes:
            bench.size(size)
        if args.shapes:
            bench.shapes()
            bench.cold_shapes()
    finally:
        if args.cache is None:
            shutil.rmtree(cache, ignore_errors=True)
    print()
    print(load())
    report(bench.rows, markdown=args.markdown)


def large_table(hubquery: str, work: Path, hubs: int, env: dict[str, str], repeat: int) -> Row:
    """`list` of every hub as a table at 80 columns (names wrap) against the same rows as
    TSV: what laying out the table costs on top of reading the rows."""
    path = work / f"hubs-{hubs}-list.yaml"
    if not path.exists():
        print(f"  generating {hubs:,} hubs …", file=sys.stderr)
        subprocess.run(
            [
                sys.executable,
                str(HERE / "make_dataset.py"),
                "--hubs",
                str(hubs),
                "--facts-per-hub",
                "1",
                "--out",
                str(path),
            ],
            check=True,
        )
    command = [hubquery, "list", "--data", str(path)]
    return pair(
        f"list of {hubs // 1000}k hubs: table at 80 columns / --format tsv",
        3.0,
        command,
        [*command, "--format", "tsv"],
        {**env, "COLUMNS": "80"},
        repeat,
    )


def one_hub(work: Path, facts: int) -> Path:
    return generated(work, f"one-hub-{facts // 1000}k", 1, facts)


def generated(work: Path, name: str, hubs: int, per_hub: int, quote_chars: int = 0) -> Path:
    """A synthetic dataset (bench/make_dataset.py) in ``work``, made once."""
    path = work / f"{name}.yaml"
    if not path.exists():
        print(f"  generating {name} …", file=sys.stderr)
        subprocess.run(
            [
                sys.executable,
                str(HERE / "make_dataset.py"),
                "--hubs",
                str(hubs),
                "--facts-per-hub",
                str(per_hub),
                "--quote-chars",
                str(quote_chars),
                "--out",
                str(path),
            ],
            check=True,
        )
    return path


def _clear(cache: Path) -> None:
    for path in cache.glob("*"):
        path.unlink()


if __name__ == "__main__":
    main()
