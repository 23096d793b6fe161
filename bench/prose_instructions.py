"""Instructions `check` executes per MB of prose: a yardstick that holds on a busy machine.

    .venv/bin/python bench/prose_instructions.py                  # this checkout's src/
    .venv/bin/python bench/prose_instructions.py --src OTHER/src --src src  # side by side

The draft is bench/run.py's prose row's: about 1 MB made by repeating the seed articles
(../shared/seeds; else this README, said on stderr). Each checkout's check of it is run under
valgrind's callgrind twice, once with only the warm-up (the imports, the packaged
dataset's cache opened, a check of one word) and once with the warm-up and the check of
the draft: the difference, per MB of the draft, is what the check itself costs. The
count holds however loaded the machine is (98bec81 counted 7,075 M per MB twice, at load
6), where its seconds (bench/run.py --only prose) vary by ten percent and more. valgrind
must be on PATH; each checkout takes a minute or two.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
# The warm-up, then (with "check" as the argument) the check of the draft.
PROGRAM = (
    "import sys; from pathlib import Path; from hubquery.load import locate_dataset; "
    "from hubquery.cache import open_store; from hubquery.query.check import check; "
    "store = open_store(str(locate_dataset(None).path)); "
    "text = Path(sys.argv[1]).read_text(encoding='utf-8'); check(store, 'Dalian.'); "
    "check(store, text) if sys.argv[2] == 'check' else None"
)


SEEDS = HERE.parent.parent / "shared" / "seeds"


def draft(work: Path, seeds: Path = SEEDS) -> Path:
    """The prose row's draft (this file's and bench/run.py's ``check_prose``): about 1 MB
    of the seed articles repeated; of this README where they are not beside the
    checkout, said on stderr, as its figures are not the seeds'."""
    texts = sorted(seeds.glob("0*.txt"))
    if not texts:
        print(
            f"bench: no seed articles in {seeds}: the prose draft is README.md's, and its "
            "figures per MB are not comparable with the seeds'",
            file=sys.stderr,
        )
        texts = [HERE.parent / "README.md"]
    prose = "\n\n".join(path.read_text(encoding="utf-8") for path in texts)
    text = (prose * (1_000_000 // len(prose) + 1))[:1_000_000]
    path = work / "prose-1mb.md"
    path.write_text(text[: text.rfind("\n")], encoding="utf-8")
    return path


def in_child(script: str, src: Path | None, *options: str) -> None:
    """``script`` run again as a child with ``--draft`` the prose draft (made in a
    temporary folder, with the dataset's cache there) and ``options``, importing
    hubquery from ``src`` (default this checkout's): bench/prose_profile.py's and
    bench/prose_patterns.py's way to run one checkout's check."""
    src = (src or HERE.parent / "src").resolve()
    with tempfile.TemporaryDirectory(prefix="hubquery-prose-") as tmp:
        path = draft(Path(tmp))
        env = {**os.environ, "PYTHONPATH": str(src), "HUBQUERY_CACHE_DIR": tmp}
        print(f"{src}:", flush=True)
        command = [sys.executable, script, "--draft", str(path), *options]
        subprocess.run(command, env=env, check=True)


class Count(NamedTuple):
    """Instructions counted: by every process, and along the longest path (the count
    before the last fork and the largest of each process's after it): what the wall
    time follows where each process has a core."""

    total: int
    longest: int


def instructions(src: Path, path: Path, mode: str, cache: Path) -> Count:
    env = {
        **os.environ,
        "PYTHONPATH": str(src),
        "PYTHONHASHSEED": "0",
        "HUBQUERY_CACHE_DIR": str(cache),
    }
    command = [sys.executable, "-c", PROGRAM, str(path), mode]
    subprocess.run(command, env=env, check=True)  # (bytecode and the cache made first)
    # A draft this large is read by one process a core (query/parts.py), and a forked
    # process's count begins with its parent's: each process's counts are dumped before
    # each fork (and set to zero), so that the files' counts hold each instruction once.
    result = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--dump-before=fork",
            f"--callgrind-out-file={cache / f'callgrind.{mode}.%p.out'}",
            *command,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    before, after = 0, []  # (the dumps made at forks; each process's count at its end)
    for dumped in cache.glob(f"callgrind.{mode}.*.out*"):
        lines = dumped.read_text(encoding="utf-8", errors="replace").splitlines()
        count = sum(int(line.split()[1]) for line in lines if line.startswith("summary:"))
        if dumped.name.endswith(".out"):
            after.append(count)
        else:
            before += count
    if not after:
        raise SystemExit(f"valgrind wrote no count:\n{result.stderr}")
    return Count(before + sum(after), before + max(after))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--src",
        action="append",
        type=Path,
        help="a checkout's src/ directory (repeat to compare; default this checkout's)",
    )
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not on PATH")
    sources = [s.resolve() for s in args.src or [HERE.parent / "src"]]
    with tempfile.TemporaryDirectory(prefix="hubquery-instructions-") as tmp:
        work = Path(tmp)
        path = draft(work)
        megabytes = path.stat().st_size / 1e6
        for number, src in enumerate(sources):
            cache = work / f"cache{number}"
            cache.mkdir()
            warm = instructions(src, path, "warm-up", cache).total
            both = instructions(src, path, "check", cache)
            per_mb = (both.total - warm) / megabytes / 1e6
            longest = (both.longest - warm) / megabytes / 1e6
            print(
                f"{src}: check {per_mb:,.0f} M instructions per MB of prose"
                + (f" ({longest:,.0f} M along the longest process)" if longest < per_mb else ""),
                flush=True,
            )


if __name__ == "__main__":
    main()
