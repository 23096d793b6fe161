"""The README's promises stay true: its first commands, the CI's use of its test
command, and the size of the dataset it describes."""

from __future__ import annotations

import re

from hubquery.load import check_file
from tests.conftest import ROOT, SHIPPED

README = (ROOT / "README.md").read_text(encoding="utf-8")
MAIN = "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/hubquery show dalian"
TESTS = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"


def test_readme_opens_with_the_two_setup_commands() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert blocks[:2] == [MAIN, TESTS]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    assert TESTS in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_readme_describes_the_dataset_as_it_is() -> None:
    summary = check_file(str(SHIPPED))
    figures, places = re.search(r"(\d+)\s+figures about (\d+) places", README).groups()  # type: ignore[union-attr]
    assert (int(figures), int(places)) == (summary["facts"], summary["hubs"])


def test_readme_documents_every_command() -> None:
    from hubquery.cli import cli

    for command in cli.commands:
        assert f"`{command}" in README, command


# Every `$ hubquery …` example in a console block is real: its output is what the
# command prints at 80 columns. Regenerate with:
#   .venv/bin/python -c "from tests.test_readme import regenerate; regenerate()"
CONSOLE = re.compile(r"(```console\n)(.*?)(```)", re.S)
EXAMPLE_ENV = {"COLUMNS": "80", "NO_COLOR": "1"}


def _examples(readme: str) -> list[tuple[str, str]]:
    examples = []
    for block in CONSOLE.finditer(readme):
        for part in re.split(r"^\$ ", block.group(2), flags=re.M)[1:]:
            command, _, output = part.partition("\n")
            examples.append((command, output))
    return examples


def _run_example(command: str) -> str | None:
    """What a README command prints, or None where it needs a file the README only imagines
    or writes to a file."""
    import shlex
    import shutil
    import subprocess

    from click.testing import CliRunner

    from hubquery.cli import cli

    first, _, rest = command.partition(" | ")
    if "broken.yaml" in command or ">" in shlex.split(first):
        return None
    head = re.fullmatch(r"head -(\d+)", rest)
    result = CliRunner().invoke(cli, shlex.split(first)[1:], catch_exceptions=False)
    out = result.stdout + result.stderr
    if head:
        return "".join(out.splitlines(keepends=True)[:int(head.group(1))])
    if rest:
        if not rest.startswith("jq ") or not shutil.which("jq"):
            return None
        return subprocess.run(shlex.split(rest), input=out, capture_output=True, text=True,
                              check=True).stdout
    return out


def regenerate() -> None:
    import os

    os.environ.update(EXAMPLE_ENV)

    def block(match: re.Match[str]) -> str:
        parts = re.split(r"^\$ ", match.group(2), flags=re.M)
        body = parts[0]
        for part in parts[1:]:
            command, _, output = part.partition("\n")
            fresh = _run_example(command)
            if fresh is not None:  # keep the blank line that separates two examples
                fresh += "\n" * (output.endswith("\n\n") and not fresh.endswith("\n\n"))
            body += f"$ {command}\n" + (output if fresh is None else fresh)
        return match.group(1) + body + match.group(3)

    path = ROOT / "README.md"
    path.write_text(CONSOLE.sub(block, path.read_text(encoding="utf-8")), encoding="utf-8")


def test_readme_examples_print_what_the_readme_shows(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for name, value in EXAMPLE_ENV.items():
        monkeypatch.setenv(name, value)
    checked = 0
    for command, output in _examples(README):
        fresh = _run_example(command)
        if fresh is not None:
            assert fresh.rstrip("\n") == output.rstrip("\n"), command
            checked += 1
    assert checked >= 8
