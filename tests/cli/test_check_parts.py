"""`check` of a large draft in parts, one process a core (query/parts.py): the claims,
the output and the exit status of one reading, whatever the cuts; a part whose process
fails read again, its error the one reading's; no process outliving the run."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from hubquery.cache import open_store
from hubquery.query import parts
from hubquery.query.check import TooManyNumbers, _joined, check, read_passages
from hubquery.query.draft import MOST_NUMBERS_A_DRAFT, Passage, passages
from hubquery.query.reader import ClaimReader
from tests.conftest import HUBQUERY, SEEDS, SHIPPED, TESTS, Run

# Every claim set's sentences, one a line, and the seed articles where they are beside
# the project: some 2,500 sentences of claims and the prose they came from.
SENTENCES = "\n".join(
    line.split("\t", 1)[0]
    for path in sorted((TESTS / "data").glob("claims*.tsv"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
)
ARTICLES = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt")))
DRAFT = f"{SENTENCES}\n\n{ARTICLES}"
QUESTION = (
    "Remember when nobody had heard of Dalian? Its software sector pulled in US$3 billion in 2015."
)
# A fifth of them, with questions, for the tests that read a draft twice or more.
SAMPLE = "\n\n".join([*SENTENCES.splitlines()[::5], QUESTION, ARTICLES[:20_000], QUESTION])


def _in_parts(found: Sequence[Passage], starts: Sequence[int]) -> list[Sequence[Passage]]:
    return [found[b:e] for b, e in itertools.pairwise([*starts, len(found)])]


@pytest.mark.slow
def test_a_draft_cut_at_every_passage_that_follows_no_question_reads_as_one() -> None:
    """Each part read by a reader of its own, as a forked process reads it: were the
    reader to carry anything from one passage to the next but a question, some claim
    here would differ (its hub, metric, period, verdict or sentence number)."""
    store = open_store(str(SHIPPED))
    found = passages(DRAFT)
    starts = [index for index in range(len(found)) if parts.may_cut(found, index)]
    assert len(found) > 2_000
    assert len(starts) > 0.9 * len(found)
    one = read_passages(ClaimReader(store), found)
    cut = _joined([read_passages(ClaimReader(store), part) for part in _in_parts(found, starts)])
    assert len(one) > 2_000
    assert cut == one
    assert cut.unread == one.unread


def test_a_question_carries_its_place_to_the_next_passage_so_no_part_begins_after_one() -> None:
    store = open_store(str(SHIPPED))
    found = passages(f"Dalian has about 6 million residents.\n\n{QUESTION}")
    assert [parts.may_cut(found, index) for index in range(len(found))] == [True, True, False]
    one = read_passages(ClaimReader(store), found)
    assert one[-1].hub_id == "dalian"
    # (cut there, the pronoun would name no place: the reason for the rule)
    cut = _joined([read_passages(ClaimReader(store), p) for p in _in_parts(found, [0, 2])])
    assert cut != one
    for count in range(1, 6):
        assert not {2, 5, 8} & set(parts.cuts(found * 3, count))


def test_cuts_share_the_work_out_evenly() -> None:
    found = passages(DRAFT)
    for count in (2, 3, 4):
        starts = parts.cuts(found, count)
        assert starts == sorted({0, *starts})
        assert len(starts) == count
        work = [sum(0 if p.plain else p.numbers + 1 for p in b) for b in _in_parts(found, starts)]
        assert max(work) < 1.1 * sum(work) / count


@pytest.fixture(autouse=True)
def threads_of_this_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """Threads another test left idle in this process (an in-process Datasette's executor
    and writer, in a worker that ran test_export.py first) are not this test's: `parts` is
    asked whether a thread started since this test began runs, as a caller's would."""
    before = set(threading.enumerate())
    monkeypatch.setattr(parts, "_threaded", lambda: bool(set(threading.enumerate()) - before))


@pytest.fixture
def cores(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """Parts of 1,000 characters on as many cores as the test says."""

    def set_cores(count: int) -> None:
        monkeypatch.setattr(parts, "PART_CHARACTERS", 1_000)
        monkeypatch.setattr(parts, "cores", lambda: count)

    return set_cores


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")
@pytest.mark.parametrize("count", [2, 4])
def test_forked_processes_find_the_claims_one_reading_finds(
    cores: Callable[[int], None], count: int
) -> None:
    store = open_store(str(SHIPPED))
    one = check(store, SAMPLE)
    cores(count)
    assert parts.in_parts(passages(SAMPLE))
    forked = check(store, SAMPLE)
    assert forked == one
    assert forked.unread == one.unread


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")
def test_texts_given_apart_are_read_in_parts_as_by_one_process(
    cores: Callable[[int], None],
) -> None:
    store = open_store(str(SHIPPED))
    texts = SAMPLE.split("\n\n")
    one = check(store, texts)
    cores(3)
    forked = check(store, texts)
    assert forked == one
    assert len({claim.line for claim in one}) > 100


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")
@pytest.mark.parametrize("hidden", ["", "\n`code`"])
def test_a_draft_whose_parts_would_begin_after_a_question_is_read_as_by_one_process(
    cores: Callable[[int], None], hidden: str
) -> None:
    """(a question whose mark no line before a cut shows, its line's code left out:
    the process that split the part before says so, and the draft is read here alone)"""
    store = open_store(str(SHIPPED))
    paragraphs = QUESTION.replace("? ", "?" + hidden + "\n\n")
    draft = f"{paragraphs}\n\n" * 40
    one = check(store, draft)
    assert {claim.hub_id for claim in one} == {"dalian"}
    cores(2)
    assert check(store, draft) == one


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")
def test_a_draft_of_too_many_numbers_is_refused_in_parts_as_by_one_process(
    cores: Callable[[int], None],
) -> None:
    store = open_store(str(SHIPPED))
    draft = "Dalian has 1, 2, 3, 4, 5, 6, 7, 8, 9 and 10 parks.\n\n" * 2_100
    with pytest.raises(TooManyNumbers) as one:
        check(store, draft)
    cores(4)
    with pytest.raises(TooManyNumbers) as forked:
        check(store, draft)
    assert str(forked.value) == str(one.value)
    assert not _children(os.getpid())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")
def test_a_draft_is_split_and_read_here_where_no_process_can_be_forked(
    cores: Callable[[int], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(str(SHIPPED))
    one = check(store, SAMPLE)

    def cannot_fork() -> int:
        raise BlockingIOError("Resource temporarily unavailable")

    cores(4)
    monkeypatch.setattr(os, "fork", cannot_fork)
    assert check(store, SAMPLE) == one


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")
def test_a_part_of_the_lines_whose_process_fails_is_split_and_read_again_here(
    cores: Callable[[int], None],
) -> None:
    cores(4)
    here = os.getpid()

    def read(reader: None, part: Sequence[Passage]) -> list[str]:
        if os.getpid() != here and part[0].line % 2:
            os._exit(3)  # (killed: it sends nothing)
        return [passage.text for passage in part]

    draft = SENTENCES.replace("\n", "\n\n")
    found = parts.read_draft_in_parts(None, draft, read, lambda numbers: None)
    assert len(found) == 4
    assert list(itertools.chain(*found)) == [passage.text for passage in passages(draft)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")
@pytest.mark.parametrize("options", [["--json"], ["--only", "contradicted,unsupported"]])
def test_check_says_the_same_bytes_and_exits_the_same_in_parts(
    run: Run, cores: Callable[[int], None], tmp_path: Path, options: list[str]
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(SAMPLE, encoding="utf-8")
    one = run("check", "--file", str(draft), *options)
    cores(2)
    forked = run("check", "--file", str(draft), *options)
    assert (forked.exit_code, forked.output) == (one.exit_code, one.output)
    assert one.exit_code == 1
    assert "dalian" in one.output


def test_a_draft_is_read_by_one_process_while_another_thread_runs(
    cores: Callable[[int], None],
) -> None:
    """(a fork copies only the thread that forks: a lock another holds would stay held)"""
    cores(2)
    found = passages(SAMPLE)
    release = threading.Event()
    waiting = threading.Thread(target=release.wait)
    waiting.start()
    try:
        assert not parts.in_parts(found)
    finally:
        release.set()
        waiting.join()
    assert parts.in_parts(found) == sys.platform.startswith("linux")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")
def test_a_part_whose_process_fails_is_read_again_here(cores: Callable[[int], None]) -> None:
    cores(4)
    found = passages(SENTENCES)
    here = os.getpid()

    def read(reader: None, part: Sequence[Passage]) -> list[str]:
        if os.getpid() != here and part[0].line % 2:
            os._exit(3)  # (killed: it sends nothing)
        if os.getpid() != here:
            raise RuntimeError("lost")
        return [passage.text for passage in part]

    assert list(itertools.chain(*parts.read_in_parts(None, found, read))) == [
        passage.text for passage in found
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")
@pytest.mark.parametrize("failing", [(1,), (2,), (2, 3), (3,)])
def test_an_error_in_a_part_is_the_first_one_reading_meets(
    cores: Callable[[int], None], failing: tuple[int, ...]
) -> None:
    """Each part's reading fails on a passage of its own: the error is raised, as one
    reading raises it, for the first such passage of the draft."""
    cores(4)
    found = passages(SENTENCES)
    starts = parts.cuts(found, 4)
    # (a passage by its line and text: the claim sets share some sentences, and a text
    # met again in an earlier part would fail that part first)
    bad = {_where(found[starts[part - 1] + 1]): part for part in failing}

    def read(reader: None, part: Sequence[Passage]) -> int:
        for passage in part:
            if _where(passage) in bad:
                raise ValueError(f"cannot read part {bad[_where(passage)]}")
        return len(part)

    with pytest.raises(ValueError, match=f"^cannot read part {failing[0]}$"):
        parts.read_in_parts(None, found, read)


def _where(passage: Passage) -> tuple[int, str]:
    return passage.line, passage.text


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or parts.cores() < 2, reason="forks on 2 cores or more"
)
@pytest.mark.parametrize("how", ["ctrl-c", "kill"])
def test_no_forked_process_outlives_a_run_interrupted_or_killed(tmp_path: Path, how: str) -> None:
    # (the claims' sentences, each after one of none: read long enough to be caught in
    # parts, and fewer numbers than check reads a draft)
    lines, text = itertools.cycle(SENTENCES.splitlines()), ""
    while len(text) < 2.2 * parts.PART_CHARACTERS:
        text += f"{next(lines)}\nThe streets of the old town are lined with plane trees.\n"
    found = passages(text)
    assert parts.in_parts(found)
    assert sum(passage.numbers for passage in found) < MOST_NUMBERS_A_DRAFT
    draft = tmp_path / "draft.md"
    draft.write_text(text, encoding="utf-8")
    run = subprocess.Popen(
        [*HUBQUERY, "check", "--file", str(draft), "--json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # (its own group, as a terminal's foreground job is)
    )
    try:
        deadline = time.monotonic() + 60
        while not (forked := _children(run.pid)) and run.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        assert forked, f"the run ended before it forked: {run.communicate()[1]!r}"
        if how == "ctrl-c":
            os.killpg(run.pid, signal.SIGINT)  # (the whole group, as Ctrl-C does)
            assert run.wait(30) == 130
            assert run.stderr is not None
            assert run.stderr.read() == b""
        else:
            run.kill()  # (this process alone)
            run.wait(30)
        deadline = time.monotonic() + 30
        while any(map(_alive, forked)):
            assert time.monotonic() < deadline, "a forked process outlived the run"
            time.sleep(0.01)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
