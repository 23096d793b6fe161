"""A large draft read by one process a core: its passages cut into parts of about equal
work, each part but the first read by a forked process while this one reads the first,
the parts' results given back in order.

The reader carries nothing from one passage to the next but a question (``asks``: "…
Dalian? Its …"), so a part may begin at any passage that does not follow one: each part
is read as the whole draft's reading would read it (tests/cli/test_check_parts.py reads
drafts cut at every such passage). A forked process starts with what this one has made
ready: the imports, the compiled patterns, the reader with the dataset's names (a
process started afresh spent most of its part's time getting there), and it reads the
dataset's cache, which is opened immutable, through the connection it inherits.

Only where a process can fork (Linux); elsewhere, and for a draft of fewer than
``PART_CHARACTERS`` characters a core, one process reads it all. A part that does not come
back (its process killed, or failing) is read again here, in its turn: an error is the
one, and at the place, that one reading gives. A forked process dies with this one
(Ctrl-C, a kill), never outliving it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from hubquery.query.draft import Passage
from hubquery.query.reader.antecedents import asks

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

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
    each by a forked process, at once; a part that does not come back read here."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    starts = cuts(found, _parts(found))
    bounds = list(zip(starts, [*starts[1:], len(found)], strict=True))
    forked: list[tuple[Any, Connection]] = []
    try:
        for begin, end in bounds[1:]:
            receiver, sender = context.Pipe(duplex=False)
            process = context.Process(
                target=_read_part,
                args=(os.getpid(), reader, found[begin:end], read, sender),
                daemon=True,
            )
            process.start()
            sender.close()
            forked.append((process, receiver))
        begin, end = bounds[0]
        results = [read(reader, found[begin:end])]
        for (process, receiver), (begin, end) in zip(forked, bounds[1:], strict=True):
            result = _received(receiver)
            process.join()
            # (a part lost is read here, after those before it: as one reading reads it)
            results.append(read(reader, found[begin:end]) if result is None else result[0])
        return results
    finally:
        for process, receiver in forked:
            receiver.close()
            if process.is_alive():  # (an error here, or Ctrl-C: nothing outlives it)
                process.kill()
            process.join()


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
    PART_CHARACTERS, at most MOST_PARTS; one where no process can fork."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return 1
    characters = sum(len(passage.text) for passage in found)
    return min(cores(), characters // PART_CHARACTERS, MOST_PARTS)


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0))


def _read_part(
    parent: int,
    reader: Reader,
    part: Sequence[Passage],
    read: Callable[[Reader, Sequence[Passage]], Result],
    sender: Connection,
) -> None:
    """In a forked process: ``read`` of the part, sent back. Anything that goes wrong is
    left unsaid: the part is read again by the process that forked this one, which says
    it as one reading would."""
    try:
        _die_with(parent)
        sender.send((read(reader, part),))
    except BaseException:  # (said by the parent, which reads the part again)
        pass
    finally:
        sender.close()


def _received(receiver: Connection) -> tuple[Any] | None:
    """What a forked process sent back, or None when it sent nothing (killed, failed)."""
    try:
        return receiver.recv()  # type: ignore[no-any-return]
    except (EOFError, OSError):
        return None


def _die_with(parent: int) -> None:
    """Linux's PR_SET_PDEATHSIG: this process is killed when its parent ends, however it
    ends (Ctrl-C leaves at once, os._exit: no clean-up of its own runs); and it ends at
    once where its parent has ended already."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, _SIGKILL)
    if os.getppid() != parent:
        os._exit(0)
