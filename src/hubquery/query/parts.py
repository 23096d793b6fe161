"""A large draft read by one process a core: its passages cut into parts of about equal
work, each part but the first read by a forked process while this one reads the first,
the parts' results given back in order.

The reader carries nothing from one passage to the next but a question (``asks``: "…
Dalian? Its …"), so a part may begin at any passage that does not follow one: each part
is read as the whole draft's reading would read it (tests/cli/test_check_parts.py reads
drafts cut at every such passage). A forked process starts with what this one has made
ready: the imports, the compiled patterns, the reader with the dataset's names (a
process started afresh spent most of its part's time getting there), and it reads the
dataset's cache, which is opened immutable, through the connection it inherits. Forked
by ``os.fork``, not ``multiprocessing``, whose imports, before the fork, cost 47 M
instructions (a tenth as much as the split of the 1 MB draft: bench/HISTORY.md).

Only where a process can fork (Linux) and no other thread runs; elsewhere, and for a
draft of fewer than ``PART_CHARACTERS`` characters a core, one process reads it all. A
part that does not come back (its process killed, or failing) is read again here, in its
turn: an error is the one, and at the place, that one reading gives. A forked process
dies with this one (Ctrl-C, a kill), never outliving it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

from hubquery.query.draft import Passage
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
    import pickle  # (each part's result comes back pickled, through a pipe of its own)

    starts = cuts(found, _parts(found))
    bounds = list(zip(starts, [*starts[1:], len(found)], strict=True))
    forked: list[_Forked | None] = []
    try:
        for begin, end in bounds[1:]:
            forked.append(_Forked.reading(reader, found[begin:end], read))
        begin, end = bounds[0]
        results = [read(reader, found[begin:end])]
        for process, (begin, end) in zip(forked, bounds[1:], strict=True):
            sent = process.received() if process is not None else None
            # (a part lost is read here, after those before it: as one reading reads it)
            results.append(pickle.loads(sent)[0] if sent else read(reader, found[begin:end]))
        return results
    finally:
        for process in forked:  # (an error here, or Ctrl-C: nothing outlives it)
            if process is not None:
                process.end()


class _Forked:
    """A process forked to read a part, and the pipe it writes the part's result to,
    pickled, after its length (8 bytes): a result cut short is none."""

    def __init__(self, pid: int, pipe: int) -> None:
        self.pid = pid
        self.pipe = pipe

    @classmethod
    def reading(
        cls,
        reader: Reader,
        part: Sequence[Passage],
        read: Callable[[Reader, Sequence[Passage]], Result],
    ) -> _Forked | None:
        """A process forked to read the part; None where none can be. It writes nothing
        when anything goes wrong: the part is read again by this process, which says
        what went wrong as one reading would. It leaves by ``os._exit``: nothing of this
        process's (its buffered output, its exit handlers) is done twice."""
        import pickle

        parent = os.getpid()
        try:
            readable, writable = os.pipe()
        except OSError:
            return None
        try:
            pid = os.fork()
        except OSError:  # (too many processes, too little memory: read here)
            os.close(readable)
            os.close(writable)
            return None
        if pid:
            os.close(writable)
            return cls(pid, readable)
        try:  # (the forked process)
            os.close(readable)
            _die_with(parent)
            sent = pickle.dumps((read(reader, part),), pickle.HIGHEST_PROTOCOL)
            with open(writable, "wb") as pipe:
                pipe.write(len(sent).to_bytes(8, "little"))
                pipe.write(sent)
        finally:
            os._exit(0)

    def received(self) -> bytes | None:
        """What the process wrote, whole, or None; the process waited for."""
        pipe, self.pipe = self.pipe, -1
        with open(pipe, "rb") as written:
            length = int.from_bytes(written.read(8), "little")
            sent = written.read()
        os.waitpid(self.pid, 0)
        self.pid = 0
        return sent if sent and len(sent) == length else None

    def end(self) -> None:
        """The pipe closed and the process killed, where they are still open."""
        if self.pipe != -1:
            os.close(self.pipe)
            self.pipe = -1
        if self.pid:
            os.kill(self.pid, _SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = 0


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
    """How many processes read the passages: one a core, each part at least
    PART_CHARACTERS, at most MOST_PARTS; one where no process can fork, or where other
    threads run."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork") or _threaded():
        return 1
    characters = sum(len(passage.text) for passage in found)
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


def _die_with(parent: int) -> None:
    """Linux's PR_SET_PDEATHSIG: this process is killed when its parent ends, however it
    ends (Ctrl-C leaves at once, os._exit: no clean-up of its own runs); and it ends at
    once where its parent has ended already."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, _SIGKILL)
    if os.getppid() != parent:
        os._exit(0)
