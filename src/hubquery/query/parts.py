"""A large draft read by one process a core: its lines cut into parts of about equal
length at blank lines, each part split into passages and read by a process of its own
(this one reads the first), the parts' results given back in order; a draft given as
several texts, or with no blank line to cut at, is split here and its passages cut into
parts of about equal work.

The splitter begins afresh at a blank line outside fenced code (``draft.fresh_lines``),
and the reader carries nothing from one passage to the next but a question (``asks``: "…
Dalian? Its …"), so a part may begin at any such line that does not follow a question:
each part is read as the whole draft's reading would read it
(tests/cli/test_check_parts.py and tests/unit/test_draft_fresh_lines.py read drafts cut
everywhere they may be). A part is cut after a line with no question mark; a process
that finds its part ends with a question all the same says so, and the draft is then
read here alone. Each process says how many numbers its part states before this one
reads any (TooManyNumbers). A forked process starts with what this one has made ready: the
imports, the compiled patterns, the reader with the dataset's names (a process started
afresh spent most of its part's time getting there), and it reads the dataset's cache,
which is opened immutable, through the connection it inherits. Forked by ``os.fork``, not
``multiprocessing``, whose imports, before the fork, cost 47 M instructions (a tenth as
much as the split of the 1 MB draft: bench/HISTORY.md).

Only where a process can fork (Linux) and no other thread runs; elsewhere, and for a
draft of fewer than ``PART_CHARACTERS`` characters a core, one process reads it all. A
part that does not come back (its process killed, or failing) is read again here, in its
turn: an error is the one, and at the place, that one reading gives. A forked process
dies with this one (Ctrl-C, a kill), never outliving it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from typing import BinaryIO, TypeVar

from hubquery.query.draft import Passage, draft_lines, fresh_lines, passages_of_lines
from hubquery.query.reader.antecedents import asks

# A part is at least this many characters of prose (a quarter of a MiB, about 0.4 s of
# reading): a draft of two such parts is read by two processes, on two cores. Forking
# costs about 10 ms, and each process finds again the names, stems and facts the other
# has found (what a reading remembers): a part much smaller would gain less than that.
PART_CHARACTERS = 256 * 1024
# At most this many processes, each the size of this one and its part's claims: a draft
# of the most check takes (1 MiB) is four parts.
MOST_PARTS = 4
# (PR_SET_PDEATHSIG: the forked process is killed when this one ends, however it ends)
_PR_SET_PDEATHSIG = 1
_SIGKILL = 9

Reader = TypeVar("Reader")
Result = TypeVar("Result")


def in_parts(found: Sequence[Passage]) -> bool:
    """Whether the passages are many enough to be read by more than one process here."""
    return _parts(found) >= 2


def read_in_parts(
    reader: Reader,
    found: Sequence[Passage],
    read: Callable[[Reader, Sequence[Passage]], Result],
) -> list[Result]:
    """``read`` of each part of the passages, in order: the first read here, the others
    each by a forked process, at once; a part that does not come back (or whose process
    could not be forked) read here, in its turn."""
    starts = cuts(found, _parts(found))
    bounds = list(zip(starts, [*starts[1:], len(found)], strict=True))
    forked: list[_Forked | None] = []
    try:
        for begin, end in bounds[1:]:
            forked.append(_Forked.doing(partial(_read, reader, found[begin:end], read)))
        first = read(reader, found[: bounds[0][1]])
        return _gathered(first, forked, bounds, lambda b, e: read(reader, found[b:e]))
    finally:
        _ended(forked)


def draft_in_parts(draft: str) -> bool:
    """Whether the draft is long enough to be split and read by more than one process."""
    return _processes(len(draft)) >= 2


def read_draft_in_parts(
    reader: Reader,
    draft: str,
    read: Callable[[Reader, Sequence[Passage]], Result],
    counted: Callable[[int], None],
) -> list[Result]:
    """``read`` of each part of the draft's passages, in order, each part's lines split
    into passages by the process that reads them (at ``draft.fresh_lines``: the split is
    a tenth of the check); ``counted`` is told how many numbers the draft states before
    any part is read here, and raises where they are too many (the forked processes,
    which read at once, are then ended). Where a part would begin after a question, or
    a process tells nothing, the draft is split and read here alone; where it has no
    blank line to cut at, it is split here and its passages read in parts."""
    lines = draft_lines(draft)
    starts = line_cuts(lines, _processes(len(draft)))
    if len(starts) == 1:  # (no blank line to cut at: split here, then read in parts)
        found = passages_of_lines(lines)
        counted(sum(passage.numbers for passage in found))
        return read_in_parts(reader, found, read) if in_parts(found) else [read(reader, found)]
    bounds = list(zip(starts, [*starts[1:], len(lines)], strict=True))
    forked: list[_Forked | None] = []
    try:
        for begin, end in bounds[1:]:
            task = partial(_split_and_read, reader, lines, begin, end, read)
            forked.append(_Forked.doing(task))
        own = passages_of_lines(lines, *bounds[0])
        numbers = sum(passage.numbers for passage in own)
        asked = bool(own) and asks(own[-1].text)
        for process in forked:
            told = process.message() if process is not None else None
            if told is None or (asked and told[8] != _NO_PASSAGE):
                found = passages_of_lines(lines)  # (rarely: read here alone)
                counted(sum(passage.numbers for passage in found))
                return [read(reader, found)]
            numbers += int.from_bytes(told[:8], "little")
            asked = told[8] == _ASKS or (asked and told[8] == _NO_PASSAGE)
        counted(numbers)
        first = read(reader, own)
        return _gathered(
            first, forked, bounds, lambda b, e: read(reader, passages_of_lines(lines, b, e))
        )
    finally:
        _ended(forked)


def _gathered(
    first: Result,
    forked: Sequence[_Forked | None],
    bounds: Sequence[tuple[int, int]],
    again: Callable[[int, int], Result],
) -> list[Result]:
    """The parts' results in order: the first, read here, then each forked process's; a
    part lost (its process failed, or was never forked) read here ``again``, in its turn,
    after those before it, as one reading reads it."""
    import pickle  # (each part's result comes back pickled, through a pipe of its own)

    results = [first]
    for process, (begin, end) in zip(forked, bounds[1:], strict=True):
        sent = process.received() if process is not None else None
        results.append(pickle.loads(sent)[0] if sent else again(begin, end))
    return results


def _ended(forked: Sequence[_Forked | None]) -> None:
    """Every forked process ended, however the reading ended (an error, Ctrl-C)."""
    for process in forked:
        if process is not None:
            process.end()


def _read(
    reader: Reader,
    part: Sequence[Passage],
    read: Callable[[Reader, Sequence[Passage]], Result],
    say: Callable[[bytes], None],
) -> Result:
    """In a forked process: the part read."""
    return read(reader, part)


# What a process that splits a part tells of the part's last passage (after the count of
# its numbers): there is none, it does not ask, it asks.
_NO_PASSAGE, _TELLS, _ASKS = 0, 1, 2


def _split_and_read(
    reader: Reader,
    lines: list[str],
    begin: int,
    end: int,
    read: Callable[[Reader, Sequence[Passage]], Result],
    say: Callable[[bytes], None],
) -> Result:
    """In a forked process: the part's lines split, how many numbers they state and
    whether the last passage asks said at once, then the part read."""
    found = passages_of_lines(lines, begin, end)
    last = _NO_PASSAGE if not found else _ASKS if asks(found[-1].text) else _TELLS
    say(sum(passage.numbers for passage in found).to_bytes(8, "little") + bytes([last]))
    return read(reader, found)


def line_cuts(lines: list[str], parts: int) -> list[int]:
    """Where each of at most ``parts`` parts of about equal length begins (the first at
    0): at a fresh line (``draft.fresh_lines``) after one with no question mark, so that
    a part seldom begins after a question, whose place the passage after it may take up."""
    total = sum(map(len, lines))
    starts, done, at = [0], 0, 0
    for index in fresh_lines(lines):
        done += sum(map(len, lines[at:index]))
        at = index
        if done * parts >= total * len(starts) and index and "?" not in lines[index - 1]:
            starts.append(index)
            if len(starts) == parts:
                break
    return starts


def cuts(found: Sequence[Passage], parts: int) -> list[int]:
    """Where each of at most ``parts`` parts of about equal work begins (the first at 0):
    never after a question, whose place the passage after it may take up. A passage's
    work is about a millisecond and one more a number it states, and next to none where
    it states none (``plain``: most of prose)."""
    work = [0 if passage.plain else passage.numbers + 1 for passage in found]
    total = sum(work)
    starts = [0]
    done = 0
    for index in range(len(found) - 1):
        done += work[index]
        if done * parts >= total * len(starts) and not asks(found[index].text):
            starts.append(index + 1)
            if len(starts) == parts:
                break
    return starts


def may_cut(found: Sequence[Passage], index: int) -> bool:
    """Whether a part may begin at the passage ``index``: the reading of it and of those
    after takes nothing from the passages before."""
    return index == 0 or not asks(found[index - 1].text)


def _parts(found: Sequence[Passage]) -> int:
    """How many processes read the passages (``_processes``)."""
    return _processes(sum(len(passage.text) for passage in found))


def _processes(characters: int) -> int:
    """How many processes read a draft of so many characters: one a core, each part at
    least PART_CHARACTERS, at most MOST_PARTS; one where no process can fork, or where
    other threads run."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork") or _threaded():
        return 1
    return min(cores(), characters // PART_CHARACTERS, MOST_PARTS)


def _threaded() -> bool:
    """Whether another thread runs here (check called by a threaded program): a fork
    copies only the thread that forks, and a lock another holds (SQLite's, say) would
    stay held in the forked process for ever."""
    threading = sys.modules.get("threading")
    return threading is not None and threading.active_count() > 1


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0))


class _Forked:
    """A process forked to do a task, and the pipe it writes to: what the task says
    (``say``) as it goes, then its result, pickled, each after its length (8 bytes): a
    message cut short is none."""

    def __init__(self, pid: int, pipe: BinaryIO) -> None:
        self.pid = pid
        self.pipe: BinaryIO | None = pipe

    @classmethod
    def doing(cls, task: Callable[[Callable[[bytes], None]], object]) -> _Forked | None:
        """A process forked to do the task; None where none can be. It writes nothing
        more when anything goes wrong: the task is done again by this process, which
        says what went wrong as one process would. It leaves by ``os._exit``: nothing of
        this process's (its buffered output, its exit handlers) is done twice."""
        import pickle

        parent = os.getpid()
        try:
            readable, writable = os.pipe()
        except OSError:
            return None
        try:
            pid = os.fork()
        except OSError:  # (too many processes, too little memory: done here)
            os.close(readable)
            os.close(writable)
            return None
        if pid:
            os.close(writable)
            return cls(pid, open(readable, "rb"))
        try:  # (the forked process)
            os.close(readable)
            _die_with(parent)
            with open(writable, "wb") as pipe:

                def say(message: bytes) -> None:
                    pipe.write(len(message).to_bytes(8, "little"))
                    pipe.write(message)
                    pipe.flush()

                say(pickle.dumps((task(say),), pickle.HIGHEST_PROTOCOL))
        finally:
            os._exit(0)

    def message(self) -> bytes | None:
        """The next message the process wrote, whole, or None."""
        if self.pipe is None:
            return None
        head = self.pipe.read(8)
        if len(head) < 8:
            return None
        length = int.from_bytes(head, "little")
        told = self.pipe.read(length)
        return told if len(told) == length else None

    def received(self) -> bytes | None:
        """The task's result, pickled, or None; the process waited for (as it leaves, once
        it has sent its result: killed where it has not)."""
        sent = self.message()
        if sent is not None and self.pid:
            os.waitpid(self.pid, 0)
            self.pid = 0
        self.end()
        return sent

    def end(self) -> None:
        """The pipe closed, and the process killed where it still runs, and waited for."""
        if self.pipe is not None:
            self.pipe.close()
            self.pipe = None
        if self.pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, _SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = 0


def _die_with(parent: int) -> None:
    """Linux's PR_SET_PDEATHSIG: this process is killed when its parent ends, however it
    ends (Ctrl-C leaves at once, os._exit: no clean-up of its own runs); and it ends at
    once where its parent has ended already."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, _SIGKILL)
    if os.getppid() != parent:
        os._exit(0)
