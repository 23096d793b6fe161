"""Hostile input and failure: every bad dataset, argument, environment and stream gets a
clear error, and nothing is lost or half-written."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hubquery import cache, load
from hubquery.errors import HubqueryError
from tests.conftest import (
    HUBQUERY,
    MINI,
    MINIMAL,
    TESTS,
    Ran,
    Run,
    hubquery,
    hubquery_in_process,
)

HOSTILE = TESTS / "data" / "hostile.yaml"
ESCAPE = "\x1b"


# Datasets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ":1:1: the dataset is empty"),
        ("just a string\n", ":1:1: the dataset must be a mapping, not a string"),
        ("- a\n- b\n", ":1:1: the dataset must be a mapping, not a list"),
        ("format: 1\nsources: [\n", ":3:1: YAML syntax error"),
        ("format: 1\nformat: 1\n", ":2:1: format: duplicate key 'format' (first given at line 1)"),
        (
            "format: !!python/object/apply:os.system ['echo hi']\n",
            ":1:9: unsupported tag !!python/object/apply:os.system",
        ),
        ("format: 2\n", ":1:1: format: 2 is not allowed"),
        (
            MINIMAL.replace("value: 12", "value: twelve"),
            ":23:3: facts[0].value: expected a number, not string 'twelve'",
        ),
        (
            MINIMAL.replace("  quote: there are 12 companies here\n", ""),
            ":20:3: facts[0].quote: required field is missing",
        ),
        (
            MINIMAL.replace("  source: s1\n  quote:", "  quote:"),
            ":20:3: facts[0].source: required field is missing",
        ),
        (
            MINIMAL.replace("period: '2020'", "period: soon"),
            ":25:3: facts[0].period: 'soon' is not an ISO 8601 period",
        ),
        (
            MINIMAL.replace("value: 12", "value: -12"),
            ":23:3: facts[0].value: a count figure cannot be negative (-12)",
        ),
        (
            MINIMAL.replace(
                "metric: companies\n  value: 12\n  unit: companies",
                "metric: share\n  value: 140\n  unit: percent",
            ),
            ":23:3: facts[0].value: a share is a percentage from 0 to 100, not 140",
        ),
    ],
)
def test_bad_datasets_get_one_located_line(
    tmp_path: Path, text: str, expected: str, run: Run
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    result = run("show", "here", "--data", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {path}{expected}"), line


def test_several_problems_are_one_line_naming_the_file_to_validate(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    text = MINIMAL.replace("kind: city", "kind: town").replace("value: 12", "value: twelve")
    path.write_text(text, encoding="utf-8")
    result = hubquery_in_process("show", "here", "--data", str(path))
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"Error: {path}:18:3: hubs[0].kind: 'town' is not allowed: input should be 'country', "
        "'region', 'state', 'province', 'city', 'district' or 'science-park' (and 1 more "
        f"problem); run 'hubquery validate {path}' to see them all\n"
    )


def test_non_utf8_dataset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"format: 1\nsources:\n- id: s\n  title: Caf\xe9\n")
    result = hubquery_in_process("show", "x", "--data", str(path))
    assert (result.returncode, result.stdout) == (1, b"")
    assert result.stderr.decode() == (
        f"Error: {path}:4:13: not UTF-8 text: byte 0xe9 cannot be decoded\n"
    )


@pytest.mark.parametrize("make", ["directory", "missing", "fifo-empty"])
def test_unusable_dataset_paths(tmp_path: Path, make: str) -> None:
    target = tmp_path / "target"
    if make == "directory":
        target.mkdir()
    elif make == "fifo-empty":
        os.mkfifo(target)
        # A writer that closes at once: reading the FIFO gives an empty dataset.
        opener = subprocess.Popen(["sh", "-c", f"exec 3>'{target}'; exec 3>&-"])
    # a FIFO's reader waits for a writer: in a process of its own, with a timeout
    runner = hubquery if make == "fifo-empty" else hubquery_in_process
    result = runner("show", "x", "--data", str(target))
    if make == "fifo-empty":
        opener.wait()
    assert result.returncode == 1
    assert result.stdout == b""
    message = result.stderr.decode()
    expected = {
        "directory": "is a directory, not a dataset file",
        "missing": "no such file",
        "fifo-empty": "the dataset is empty",
    }[make]
    assert expected in message
    assert len(message.splitlines()) == 1


def test_alias_bomb_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"{chr(97 + i)}: &{chr(97 + i)} [" + ",".join([f"*{chr(96 + i)}"] * 9) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    limit = 200 * 1024 * 1024
    code = (
        f"import resource, sys; resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}));"
        f"from hubquery.process import main; sys.argv = ['hubquery', 'show', 'x', '--data', "
        f"{str(path)!r}]; main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "aliases expand the document beyond 100,000 nodes" in result.stderr


@pytest.mark.slow
def test_the_dataset_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "hubs.yaml"
    shutil.copy(MINI, path)
    before = path.read_bytes(), path.stat().st_mtime_ns
    for args in (["show", "dalian"], ["validate", str(path)], ["export"], ["list"]):
        if args[0] != "validate":
            args = [*args, "--data", str(path)]
        hubquery_in_process(*args)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


# Arguments


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["show", "dalain"], 1, "Error: no hub 'dalain'. Did you mean: dalian?"),
        (["show", ""], 2, "Error: Invalid value for 'HUB': the name is empty"),
        (["show", "   "], 2, "Error: Invalid value for 'HUB': the name is empty"),
        (["rank", "--metric", ""], 2, "the name is empty"),
        (
            ["list", "--limit", "0"],
            2,
            "Error: Invalid value for '--limit': 0 is not in the range x>=1.",
        ),
        (["search", "dalian", "--limit", "0"], 2, "Error: Invalid value for '--limit'"),
        (["show", "dalian", "-q"], 2, "Error: No such option '-q'."),
        (["show", "dalian", "--bogus"], 2, "Error: No such option '--bogus'."),
        (["show"], 2, "Error: Missing argument 'HUB'."),
        (["list", "--limit", "-1"], 2, "Error: Invalid value for '--limit'"),
        (["list", "--kind", "planet"], 2, "Error: Invalid value for '--kind'"),
        (["frobnicate"], 2, "Error: No such command 'frobnicate'."),
    ],
)
def test_bad_arguments(args: list[str], status: int, message: str) -> None:
    result = hubquery_in_process(*args, *(["--data", str(MINI)] if args != ["frobnicate"] else []))
    assert result.returncode == status
    assert result.stdout == b""
    assert message in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_huge_name_gets_a_short_message() -> None:
    result = hubquery_in_process("show", "a" * 100_000, "--data", str(MINI))
    assert result.returncode == 1
    message = result.stderr.decode()
    assert message.startswith("Error: no hub 'aaaa")
    assert len(message) < 200


def test_name_that_is_not_utf8() -> None:
    result = hubquery(b"show", b"\xff\xfedalian", b"--data", os.fsencode(MINI))
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode().endswith(
        "Error: Invalid value for 'HUB': b'\\xff\\xfedalian' is not valid UTF-8 text\n"
    )


def test_stdin_that_is_not_a_terminal_is_ignored() -> None:
    result = hubquery_in_process(
        "show", "dalian", "--json", "--data", str(MINI), stdin=b"garbage\x00\xff"
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["hub"]["id"] == "dalian"


# Environment


def test_data_environment_pointing_nowhere() -> None:
    result = hubquery_in_process("show", "dalian", env={"HUBQUERY_DATA": "/nowhere/hubs.yaml"})
    assert (result.returncode, result.stdout) == (1, b"")
    assert result.stderr.decode() == (
        "Error: /nowhere/hubs.yaml: cannot read the dataset: no such file\n"
    )


def test_empty_data_environment() -> None:
    result = hubquery_in_process("show", "dalian", env={"HUBQUERY_DATA": ""})
    assert result.returncode == 1
    assert result.stderr.decode() == "Error: HUBQUERY_DATA: the dataset path is empty\n"


@pytest.mark.slow
def test_corrupt_and_unwritable_caches_still_answer(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {"HUBQUERY_CACHE_DIR": str(cache), "HUBQUERY_DATA": str(MINI)}
    run = hubquery_in_process
    assert run("show", "dalian", env=env).returncode == 0
    for file in cache.iterdir():
        file.write_bytes(b"\x00garbage" * 1000)
    assert json.loads(run("show", "dalian", "--json", env=env).stdout)["hub"]["id"] == "dalian"
    blocked = {**env, "HUBQUERY_CACHE_DIR": "/dev/null/cache"}
    assert json.loads(run("show", "dalian", "--json", env=blocked).stdout)["hub"]["id"] == "dalian"


@pytest.mark.slow
def test_many_runs_starting_at_once_on_a_new_dataset_agree(tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    shutil.copy(MINI, path)
    env = {**os.environ, "HUBQUERY_CACHE_DIR": str(tmp_path / "cache")}
    argv = [*HUBQUERY, "export", "--data", str(path)]
    processes = [
        subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        for _ in range(8)
    ]
    outputs = [p.communicate() for p in processes]
    assert {p.returncode for p in processes} == {0}
    assert {err for _, err in outputs} == {b""}
    assert len({out for out, _ in outputs}) == 1
    assert len(outputs[0][0].splitlines()) == 11
    assert [p.name for p in (tmp_path / "cache").iterdir() if p.name.endswith(".tmp")] == []


def test_concurrent_loads_in_threads_agree(tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    shutil.copy(MINI, path)

    def count() -> int:
        return cache.open_store(str(path)).count("facts")

    with ThreadPoolExecutor(8) as pool:
        assert set(pool.map(lambda _: count(), range(16))) == {11}


# Streams


def test_full_disk(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        result = hubquery("show", "dalian", "--data", str(MINI), stdout=full)
    assert result.returncode == 1
    assert result.stderr.decode() == "Error: cannot write output: No space left on device\n"


# Terminal safety


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "tsv", "yaml", "markdown"])
@pytest.mark.parametrize(
    "command",
    [
        ["show", "bad"],
        ["source", "evil"],
        ["search", "bad"],
        ["list", "--tag", "ai"],
        ["metrics"],
        ["sources"],
    ],
)
def test_dataset_text_never_steers_the_terminal(run: Run, command: list[str], fmt: str) -> None:
    out = run(*command, "--data", str(HOSTILE), "--format", fmt).stdout
    assert ESCAPE not in out
    assert "\b" not in out
    assert "\a" not in out
    assert not any("\x80" <= ch <= "\x9f" or ch in "\u202a\u202b\u202c\u202d\u202e" for ch in out)


def test_markup_is_shown_as_text(run: Run) -> None:
    out = run("show", "bad", "--data", str(HOSTILE), "--quotes").stdout
    assert "[bold]Bad[/bold] \\x1b[31mHub\\x1b[0m :smile:" in out
    assert "[blink]Metric[/blink]" in out
    assert "\\x1b]8;;http://evil.example" in run("sources", "--data", str(HOSTILE)).stdout


def test_export_keeps_hostile_text_exact(run: Run) -> None:
    fact = json.loads(run("export", "--data", str(HOSTILE)).stdout)
    assert fact["quote"] == "there are 7 things \x1b[31m[bold]here[/bold] | a\tb\nc"


def test_forced_colour_does_not_let_data_in(tmp_path: Path) -> None:
    """The run reads the dataset from a warm cache, built here in this process: what it
    prints is of the colours, not of the build (a cold build in the run's own process,
    which imports yaml and pydantic, was most of its CPU)."""
    cache.open_store(str(HOSTILE)).connection.close()
    out = hubquery(
        "show", "bad", "--data", str(HOSTILE), env={"FORCE_COLOR": "1", "NO_COLOR": ""}
    ).stdout.decode()
    assert "\x1b[" in out  # our own styling
    for injected in ("\x1b[31m", "\x1b]8", "\x1b[2J"):
        assert injected not in out


# Bugs


def test_a_bug_is_one_line_unless_debugging(monkeypatch: pytest.MonkeyPatch) -> None:
    import hubquery.query.profile as p

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(p, "profile", broken)
    argv = ["show", "dalian", "--data", str(MINI)]
    quiet = hubquery_in_process(*argv)
    assert quiet.returncode == 70
    assert quiet.stderr.decode() == (
        "Error: internal error (RuntimeError: boom). This is a bug in "
        "hubquery; set HUBQUERY_DEBUG=1 to see the traceback.\n"
    )
    loud = hubquery_in_process(*argv, env={"HUBQUERY_DEBUG": "1"})
    assert loud.returncode == 70
    assert "Traceback (most recent call last)" in loud.stderr.decode()
    assert "RuntimeError: boom" in loud.stderr.decode()


# Property tests


def result_or_our_error(call: Callable[[], object]) -> None:
    """The call returns, or raises the package's own error with a one-line message;
    anything else (a KeyError, a RecursionError …) fails the test."""
    try:
        call()
        return
    except HubqueryError as error:
        message = str(error)
    assert message.strip()
    assert "\n" not in message


yaml_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20)
)
yaml_values = st.recursive(
    yaml_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(document=yaml_values)
def test_any_yaml_document_gives_a_dataset_or_our_error(document: object) -> None:
    import yaml

    text = yaml.safe_dump(document, allow_unicode=True)
    result_or_our_error(lambda: load.parse(text.encode("utf-8"), "doc.yaml"))


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=300))
def test_any_bytes_give_a_dataset_or_our_error(data: bytes) -> None:
    result_or_our_error(lambda: load.parse(data, "doc.yaml"))


@settings(max_examples=80, deadline=None)
@given(
    fact=st.fixed_dictionaries(
        {
            "id": st.text(max_size=10),
            "hub": st.sampled_from(["here", "there", ""]),
            "metric": st.sampled_from(["companies", "share", "nope"]),
            "value": st.one_of(st.integers(), st.floats(), st.text(max_size=5), st.none()),
            "unit": st.text(max_size=10),
            "period": st.text(max_size=12),
            "source": st.sampled_from(["s1", "s2"]),
            "quote": st.one_of(st.none(), st.text(max_size=30)),
        }
    )
)
def test_any_fact_gives_a_dataset_or_our_error(fact: dict[str, object]) -> None:
    import yaml

    document = yaml.safe_load(MINIMAL)
    document["facts"] = [fact]
    text = yaml.safe_dump(document, allow_unicode=True).encode()
    result_or_our_error(lambda: load.parse(text, "doc.yaml"))


@settings(max_examples=200, deadline=None)
@given(name=st.text(max_size=60))
def test_any_hub_name_gives_a_hub_or_our_error(name: str) -> None:
    from hubquery.query.resolve import resolve_hub, resolve_metric, resolve_source
    from hubquery.store import Store

    store = cache.open_store(str(MINI))
    resolvers: list[Callable[[Store, str], object]] = [resolve_hub, resolve_metric, resolve_source]
    for resolve in resolvers:
        result_or_our_error(functools.partial(resolve, store, name))


# Issue 24: the red team's reproductions (each exited 70, hung, or let data reach the
# terminal on 0a04967)


def _limited(limit_bytes: int, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a process whose address space is capped: a run that would need more
    fails with MemoryError (exit 70) instead of passing slowly."""
    code = (
        f"import resource, sys; resource.setrlimit(resource.RLIMIT_AS, ({limit_bytes}, "
        f"{limit_bytes})); from hubquery.process import main; sys.argv = ['hubquery', "
        f"*{list(args)!r}]; main()"
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )


def test_an_alias_bomb_of_bytes_is_cut_before_it_is_shown(tmp_path: Path) -> None:
    """A 1 MB string aliased 1,000 times: errors.shown ran repr() on the whole list
    (1 GB) to show sixty characters of it."""
    big = "x" * 1_000_000
    text = MINIMAL.replace(
        "  quote: there are 12 companies here\n", f"  quote: &big there are 12 {big}\n"
    )
    text += (
        "- id: f2\n  hub: here\n  metric: companies\n  value: ["
        + ", ".join(["*big"] * 1000)
        + "]\n  unit: companies\n  period: '2020'\n  source: s1\n  quote: q\n"
    )
    path = tmp_path / "bomb.yaml"
    path.write_text(text, encoding="utf-8")
    result = _limited(400 << 20, "validate", str(path))
    assert result.returncode == 1, result.stderr
    assert "facts[1].value: expected a number, not list ['there are 12 xxxx" in result.stderr
    assert max(map(len, result.stderr.splitlines())) < 300


@pytest.mark.parametrize(
    ("where", "key"),
    [
        ("  quote: there are 12 companies here\n", "\\e]0;owned\\a\\e[2J"),
        ("  kind: city\n", "\\e[31mred\\u2028\\u200b"),
    ],
)
def test_a_key_never_steers_the_terminal(tmp_path: Path, where: str, key: str) -> None:
    """Escape codes in a YAML key reached stderr through the field path of a message."""
    path = tmp_path / "keys.yaml"
    path.write_text(MINIMAL.replace(where, f'{where}  "{key}": 1\n', 1), encoding="utf-8")
    for args in (["show", "here", "--data", str(path), "--no-cache"], ["validate", str(path)]):
        result = hubquery_in_process(*args)
        assert result.returncode == 1
        shown = (result.stdout + result.stderr).decode()
        assert "unknown field" in shown
        assert "\\x1b" in shown
        assert not any(ch in shown for ch in "\x1b\x07\u2028\u200b")


def test_a_dataset_path_is_escaped_in_messages(tmp_path: Path) -> None:
    path = tmp_path / "\x1b[2Jevil.yaml"
    path.write_text("format: 1\nformat: 1\n", encoding="utf-8")
    result = hubquery_in_process("show", "x", "--data", str(path))
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"Error: {tmp_path}/\\x1b[2Jevil.yaml:2:1: format: duplicate key 'format' "
        "(first given at line 1): YAML would silently keep only the last\n"
    )


@pytest.mark.parametrize("no_cache", [False, True])
def test_a_dataset_path_that_is_not_utf8_works(tmp_path: Path, no_cache: bool) -> None:
    path = os.fsencode(tmp_path) + b"/caf\xe9.yaml"
    shutil.copy(os.fsencode(MINI), path)
    result = hubquery(
        "show", "dalian", "--json", "--data", path, *(["--no-cache"] if no_cache else [])
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["hub"]["id"] == "dalian"
    missing = hubquery("show", "dalian", "--data", os.fsencode(tmp_path) + b"/no\xe9.yaml")
    assert missing.returncode == 1
    assert missing.stderr.decode() == (
        f"Error: {tmp_path}/no\\xe9.yaml: cannot read the dataset: no such file\n"
    )


def test_an_output_path_that_is_not_utf8_works(tmp_path: Path) -> None:
    target = os.fsencode(tmp_path) + b"/out\xe9.csv"
    assert hubquery("export", "--data", str(MINI), "-o", target).returncode == 0
    assert os.path.getsize(target) > 0
    again = hubquery("export", "--data", str(MINI), "-o", target)
    assert again.returncode == 1
    assert again.stderr.decode() == (
        f"Error: {tmp_path}/out\\xe9.csv exists: add --force to overwrite it\n"
    )


def test_metadata_for_a_database_name_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    """The fuzz run (seed 1206, output #155) exited 70: Datasette's metadata names the
    database by its file name, which JSON text cannot hold when it is not UTF-8. Refused
    with one line, before anything is written."""
    target = os.fsencode(tmp_path) + b"/caf\xe9.db"
    metadata = tmp_path / "m.json"
    result = hubquery(
        "export",
        "--data",
        str(MINI),
        "--format",
        "sqlite",
        "-o",
        target,
        "--metadata",
        str(metadata),
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.decode() == (
        f"Error: {tmp_path}/caf\\xe9.db: Datasette's metadata names the database by its "
        "file name, and this one is not UTF-8 text: give --output a UTF-8 name\n"
    )
    assert sorted(os.listdir(tmp_path)) == []


def test_with_stderr_closed_nothing_goes_to_stdout() -> None:
    argv = [*HUBQUERY, "show", "nosuch", "--data", str(MINI)]
    result = subprocess.run(
        argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        check=False,
        preexec_fn=lambda: os.close(2),
    )
    assert (result.returncode, result.stdout) == (1, b"")
    usage = subprocess.run(
        [*HUBQUERY, "show"], stdout=subprocess.PIPE, check=False, preexec_fn=lambda: os.close(2)
    )
    assert (usage.returncode, usage.stdout) == (2, b"")


@pytest.mark.parametrize(
    "name", ["/etc/passwd", "../mini.yaml", "..", "sub/npr.txt", "/dev/zero", "..\\npr.txt"]
)
def test_article_file_is_a_plain_name_in_the_folder(tmp_path: Path, name: str, run: Run) -> None:
    """validate --articles read /etc/shadow, or /dev/zero until it was killed (23.7 GB)."""
    text = MINI.read_text(encoding="utf-8").replace(
        "article_file: npr.txt", f"article_file: '{name}'"
    )
    path = tmp_path / "hubs.yaml"
    path.write_text(text, encoding="utf-8")
    result = run("validate", str(path), "--articles", str(tmp_path))
    assert result.exit_code == 1
    assert (
        f"{path}:10:3: sources[0].article_file: {name!r} is not a plain file name in "
        "the articles folder (no folders, no '..')"
    ) in result.stderr


@pytest.mark.parametrize("kind", ["fifo", "device", "huge", "latin1", "folder"])
def test_an_article_is_read_only_if_it_is_a_small_text_file(tmp_path: Path, kind: str) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("chinadaily.txt", "allen.txt"):
        (articles / name).write_text("nothing quoted here")
    article = articles / "npr.txt"
    if kind == "fifo":
        os.mkfifo(article)
    elif kind == "device":
        article.symlink_to("/dev/zero")
    elif kind == "huge":
        article.write_bytes(b"x" * ((4 << 20) + 1))
    elif kind == "latin1":
        article.write_bytes(b"caf\xe9")
    else:
        article.mkdir()
    args = ("validate", str(MINI), "--articles", str(articles))
    # a FIFO or a device could block or never end: in a process of its own, with a timeout
    result: subprocess.CompletedProcess[bytes] | Ran
    if kind in ("fifo", "device"):
        result = hubquery(*args, timeout=30)
    else:
        result = hubquery_in_process(*args)
    assert result.returncode == 1
    cause = {
        "fifo": "not a regular file",
        "device": "not a regular file",
        "huge": "larger than 4 MiB",
        "latin1": "not UTF-8 text (byte 3)",
        "folder": "Is a directory",
    }[kind]
    assert f"sources[0].article_file: cannot read {article}: {cause}" in result.stderr.decode()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1" + "0" * 20, "facts[0].value: a whole number beyond 64 bits cannot be kept exactly"),
        ("9" * 400, "facts[0].value: a whole number beyond 64 bits cannot be kept exactly"),
        ("0x" + "f" * 400, "facts[0].value: a whole number beyond 64 bits cannot be kept exactly"),
        (
            "9" * 5000,
            ":23:10: a number of 5,000 characters is beyond what can be read (at most "
            "4,300 digits)",
        ),
        ("-" + "9" * 5000, ":23:10: a number of 5,001 characters is beyond what can be read"),
        ("9" * 400 + ".5", "facts[0].value: a figure must be a finite number"),
    ],
)
@pytest.mark.parametrize("kind", ["count", "rank"])
def test_numbers_beyond_a_float_or_the_digit_limit_are_problems_at_their_line(
    tmp_path: Path, value: str, message: str, kind: str, run: Run
) -> None:
    text = MINIMAL.replace("value: 12", f"value: {value}")
    if kind == "rank":
        text = text.replace("unit_kind: count", "unit_kind: rank", 1).replace(
            "unit: companies", "unit: rank"
        )
    path = tmp_path / "numbers.yaml"
    path.write_text(text, encoding="utf-8")
    for args in (["show", "here", "--data", str(path)], ["validate", str(path)]):
        result = run(*args)  # in-process: an exception that escapes fails the test
        assert result.exit_code == 1
        assert message in result.stderr


@pytest.mark.parametrize(
    "command",
    [["export"], ["list"], ["search", "dalian"], ["rank", "--metric", "population"], ["sources"]],
)
def test_a_limit_beyond_64_bits_is_a_usage_error(command: list[str]) -> None:
    result = hubquery_in_process(*command, "--data", str(MINI), "--limit", "99999999999999999999")
    assert result.returncode == 2
    assert result.stderr.decode().endswith(
        "Error: Invalid value for '--limit': 99999999999999999999 is beyond 64 bits\n"
    )


INVISIBLE = "\u2028\u2029\u200b\u200d\u2060\ufeff\U000e0041"


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "markdown"])
@pytest.mark.parametrize("command", [["show", "here"], ["list"], ["export"]])
def test_invisible_characters_are_escaped_in_tables_csv_tsv_markdown(
    tmp_path: Path, fmt: str, command: list[str], run: Run
) -> None:
    """U+2028/2029, zero-width and tag characters passed raw into tables, CSV and Markdown."""
    if command == ["export"] and fmt == "table":
        fmt = "csv"
    text = MINIMAL.replace("name: Here", f'name: "Here{INVISIBLE}there"').replace(
        "quote: there are 12 companies here", f'quote: "there are 12{INVISIBLE} companies here"'
    )
    path = tmp_path / "invisible.yaml"
    path.write_text(text, encoding="utf-8")
    result = run(*command, "--data", str(path), "--format", fmt)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert not any(ch in out for ch in INVISIBLE)
    shown = "\\u2028\\u2029\\u200b\\u200d\\u2060\\ufeff\\U000e0041"
    # Markdown escapes the backslash of the escape, so that it renders as written.
    assert (shown.replace("\\", "\\\\") if fmt == "markdown" else shown) in out


def test_invisible_characters_are_kept_exact_in_json(tmp_path: Path) -> None:
    text = MINIMAL.replace("name: Here", f'name: "Here{INVISIBLE}there"')
    path = tmp_path / "invisible.yaml"
    path.write_text(text, encoding="utf-8")
    result = hubquery_in_process("show", "here", "--data", str(path), "--json")
    assert json.loads(result.stdout)["hub"]["name"] == f"Here{INVISIBLE}there"


@pytest.mark.parametrize(
    ("kind", "scale", "cases"),
    [("dataset", "0.005", 10), ("where", "0.01", 20), ("check", "0.006", 3), ("output", "0.01", 5)],
)
def test_a_sample_of_the_fuzz_run(kind: str, scale: str, cases: int) -> None:
    """bench/hostile.py --fuzz runs thousands of cases (the README gives the figures); a
    small sample of each kind here, one test per kind so that they run side by side (a
    mutated dataset is a cold build, a check draft a whole reading: those samples are
    the smallest)."""
    bench = TESTS.parent / "bench" / "hostile.py"
    result = subprocess.run(
        [sys.executable, str(bench), "--fuzz", "--scale", scale, "--seed", "7", "--only", kind],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == [kind, str(cases)]
    assert lines[-1].startswith("all cases passed")


def test_every_error_message_is_escaped_where_it_is_printed(tmp_path: Path) -> None:
    """A message that quotes a path raw (check --file of a folder) reaches stderr as text."""
    folder = tmp_path / "\x1b[2Jdir"
    folder.mkdir()
    result = hubquery_in_process("check", "--file", str(folder))
    assert result.returncode == 1
    assert result.stderr.decode() == f"Error: cannot read {tmp_path}/\\x1b[2Jdir: Is a directory\n"


def test_metric_aliases_are_escaped_in_the_metrics_table(tmp_path: Path) -> None:
    """The fuzz run (seed 24, dataset #691): an alias holding a carriage return reached
    the terminal raw through `metrics`' label column, and could overwrite the line."""
    path = tmp_path / "aliases.yaml"
    alias = '"cos\\t\\n\\r\\e[2J"'
    path.write_text(
        MINIMAL.replace("  unit_kind: count\n", f"  unit_kind: count\n  aliases: [{alias}]\n", 1),
        encoding="utf-8",
    )
    result = hubquery_in_process("metrics", "--data", str(path))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "\r" not in out
    assert ESCAPE not in out
    assert "(cos" in out
    assert "\\x0d\\x1b[2J)" in out
