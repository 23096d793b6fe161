"""The README's console examples, run for real: `$ hubquery …` lines and the output under
them, as a new user sees it in an 80-column terminal without colour.

    python -m tests.readme_examples           # list the examples that differ
    python -m tests.readme_examples --write   # rewrite the README with real output
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
WIDTH = 80
_BLOCK = re.compile(r"```console\n(.*?)```", re.S)
# A broken dataset for the error example: one share out of range, two more problems.
BROKEN = (ROOT / "tests" / "data" / "broken.yaml")


@dataclass(frozen=True)
class Example:
    command: str
    expected: str


def examples(text: str) -> list[Example]:
    found = []
    for block in _BLOCK.findall(text):
        lines = block.splitlines(keepends=True)
        current: str | None = None
        output: list[str] = []
        for line in lines:
            if line.startswith("$ "):
                if current is not None:
                    found.append(Example(current, "".join(output)))
                current, output = line[2:].rstrip("\n"), []
            else:
                output.append(line)
        if current is not None:
            found.append(Example(current, "".join(output)))
    return found


def run(command: str) -> str:
    """The command's stdout and stderr as a terminal shows them, from a scratch folder
    holding broken.yaml, with the hubquery of this interpreter first on PATH."""
    with tempfile.TemporaryDirectory() as scratch:
        (Path(scratch) / "broken.yaml").write_bytes(BROKEN.read_bytes())
        env = {key: value for key, value in os.environ.items()
               if not key.startswith("HUBQUERY_") and key not in ("FORCE_COLOR", "LESS")}
        env.update(COLUMNS=str(WIDTH), NO_COLOR="1", HUBQUERY_CACHE_DIR=str(Path(scratch) / "c"),
                   PATH=str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", ""))
        result = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=scratch, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                timeout=60, check=False)
        return result.stdout


def rewrite(text: str) -> str:
    def block(match: re.Match[str]) -> str:
        out = []
        for example in examples(match.group(0)):
            out.append(f"$ {example.command}\n{run(example.command)}")
        return "```console\n" + "".join(out) + "```"

    return _BLOCK.sub(block, text)


if __name__ == "__main__":
    text = README.read_text(encoding="utf-8")
    if "--write" in sys.argv:
        README.write_text(rewrite(text), encoding="utf-8")
    else:
        for example in examples(text):
            if run(example.command) != example.expected:
                print("differs:", example.command)
