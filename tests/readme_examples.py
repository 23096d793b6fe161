"""The README's console examples, run for real: `$ hubquery …` lines and the output under
them, as a new user sees it in an 80-column terminal without colour.

    python -m tests.readme_examples           # list the examples that differ
    python -m tests.readme_examples --write   # rewrite the README with real output
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
WIDTH = 80
_BLOCK = re.compile(r"```console\n(.*?)```", re.S)
# A broken dataset for the error example: one share out of range, two more problems.
BROKEN = ROOT / "tests" / "data" / "broken.yaml"


@dataclass(frozen=True)
class Example:
    command: str
    expected: str


def blocks(text: str) -> list[list[Example]]:
    """The console blocks, each a list of its examples in order."""
    found = []
    for block in _BLOCK.findall(text):
        examples: list[Example] = []
        current: str | None = None
        output: list[str] = []
        for line in block.splitlines(keepends=True):
            if line.startswith("$ "):
                if current is not None:
                    examples.append(Example(current, "".join(output)))
                current, output = line[2:].rstrip("\n"), []
            else:
                output.append(line)
        if current is not None:
            examples.append(Example(current, "".join(output)))
        found.append(examples)
    return found


def examples(text: str) -> list[Example]:
    return [example for block in blocks(text) for example in block]


def run_block(
    commands: list[str], cache: Iterable[Path] = (), in_process: bool = False
) -> list[str]:
    """Each command's stdout and stderr as a terminal shows them (trailing spaces aside),
    run in order in one scratch folder holding broken.yaml, so that a block can make a
    file and the next command read it, with the hubquery of this interpreter (and the
    tools installed beside it) first on PATH. The scratch cache folder starts with a
    copy of the ``cache`` files (a warm cache), else empty.

    ``in_process``: a plain ``hubquery …`` command (no pipe, redirection or expansion)
    runs as ``process.main`` runs it, in this process (``tests.conftest``'s
    ``hubquery_in_process``), when it writes nothing to stderr: its output is then its
    stdout alone, as bash would show it. Otherwise, as every command without it, it runs
    in bash: how a process's two streams interleave is what only a process shows."""
    outputs = []
    with tempfile.TemporaryDirectory() as scratch:
        (Path(scratch) / "broken.yaml").write_bytes(BROKEN.read_bytes())
        (Path(scratch) / "c").mkdir(mode=0o700)
        for built in cache:
            shutil.copy2(built, Path(scratch) / "c" / built.name)
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("HUBQUERY_") and key not in ("FORCE_COLOR", "LESS")
        }
        env.update(
            COLUMNS=str(WIDTH),
            NO_COLOR="1",
            HUBQUERY_CACHE_DIR=str(Path(scratch) / "c"),
            PATH=str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", ""),
        )
        for command in commands:
            if in_process:
                plain = _in_process(command, scratch, env)
                if plain is not None:
                    outputs.append(plain)
                    continue
            result = subprocess.run(
                ["bash", "-o", "pipefail", "-c", command],
                cwd=scratch,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=120,
                check=False,
            )
            outputs.append("".join(line.rstrip() + "\n" for line in result.stdout.splitlines()))
    return outputs


def _in_process(command: str, folder: str, env: dict[str, str]) -> str | None:
    """A plain ``hubquery …`` command's stdout run in this process in ``folder`` with
    ``env``, as ``run_block`` shows it; None for any other command, or one that wrote
    to stderr."""
    if not command.startswith("hubquery ") or any(c in command for c in "|&;<>()$`\\*?~{["):
        return None
    from tests.conftest import hubquery_in_process

    here = os.getcwd()
    unset: dict[str, str | None] = {key: None for key in os.environ if key not in env}
    os.chdir(folder)
    try:
        ran = hubquery_in_process(*shlex.split(command)[1:], env={**unset, **env})
    finally:
        os.chdir(here)
    if ran.stderr:
        return None
    text = ran.stdout.decode("utf-8")
    return "".join(line.rstrip() + "\n" for line in text.splitlines())


def rewrite(text: str) -> str:
    def block(match: re.Match[str]) -> str:
        [examples] = blocks(match.group(0))
        outputs = run_block([e.command for e in examples])
        return (
            "```console\n"
            + "".join(f"$ {e.command}\n{out}" for e, out in zip(examples, outputs, strict=True))
            + "```"
        )

    return _BLOCK.sub(block, text)


if __name__ == "__main__":
    text = README.read_text(encoding="utf-8")
    if "--write" in sys.argv:
        README.write_text(rewrite(text), encoding="utf-8")
    else:
        for block in blocks(text):
            outputs = run_block([e.command for e in block])
            for example, output in zip(block, outputs, strict=True):
                if output != example.expected:
                    print("differs:", example.command)
