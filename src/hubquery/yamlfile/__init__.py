"""Read a YAML dataset into plain Python, strictly and fast.

PyYAML's loaders build a node graph and then objects, and resolve every scalar
through a Python regex chain: most of a large load is spent there. We walk
libyaml's event stream once instead, which is several times faster, and on the
way refuse what a hand-written dataset must never silently do:

* a key given twice in one mapping (PyYAML keeps the last: that is lost data);
* tags other than YAML's core ones (``!!python/object`` …);
* merge keys, complex keys, recursive aliases, several documents;
* aliases that expand far beyond the document's own size (alias bombs).

Timestamps stay the text they were written as: the dataset's dates are ISO
strings, and ``published: 2022-05-27`` should mean what it says.

Positions are not recorded while reading (that would slow every load); when a
problem must be shown, ``locate`` walks the events again for just those paths.

``Stream`` reads the same way but hands over the items of chosen top-level lists
(a dataset's facts) one at a time instead of keeping them, so a large file is
read in bounded memory.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterable, Iterator
from typing import Any

from hubquery.errors import DatasetError, Location, dotted
from hubquery.problems import Problem
from hubquery.yamlfile.text import Source, decode, syntax_message, whole_text
from hubquery.yamlfile.walker import (
    ALIAS_EXPANSION_FLOOR,
    EVERY_SECTION,
    Item,
    Position,
    Walker,
)

__all__ = [
    "ALIAS_EXPANSION_FLOOR",
    "Item",
    "Position",
    "Source",
    "Stream",
    "decode",
    "locate",
    "read",
    "syntax_message",
    "whole_text",
]


def read(text: str, filename: str) -> Any:
    """The single YAML document in ``text`` as dicts, lists and scalars."""
    walker = Walker(text, filename)
    value = walker.run()
    _refuse_duplicates(walker)
    return value


class Stream:
    """The single YAML document in ``text``, read once, handing over the items of the
    top-level lists named in ``sections`` one at a time, in file order.

    Iterating yields ``(section, index, item)``; those items are not kept. Afterwards
    ``root`` is the document with each streamed list's items replaced by ``None``.
    A list reached through an alias, or carrying an anchor, is built whole and its
    items are handed over when it is complete. ``position`` is how far into the
    text (in characters) the last item handed over ends.
    """

    def __init__(self, text: Source, filename: str, sections: Collection[str]) -> None:
        self._walker = Walker(text, filename, sections=frozenset(sections))
        self.root: Any = None

    @property
    def position(self) -> int:
        return self._walker.position

    def closed(self, sections: Iterable[str]) -> bool:
        """True once each of these top-level keys has been read in full."""
        root = self._walker.root
        return isinstance(root, dict) and all(section in root for section in sections)

    def __iter__(self) -> Iterator[Item]:
        walker = self._walker
        yield from walker.items()
        _refuse_duplicates(walker)
        self.root = walker.result


def _refuse_duplicates(walker: Walker) -> None:
    if not walker.duplicates:
        return
    first = locate(walker.text, [path for path, _ in walker.duplicates])
    problems = []
    for path, mark in walker.duplicates:
        earlier = first.get(path)
        where = f" (first given at line {earlier.line})" if earlier else ""
        message = f"duplicate key {path[-1]!r}{where}: YAML would silently keep only the last"
        line, column = mark.line + 1, mark.column + 1
        problems.append(Problem(walker.filename, line, column, dotted(path), message))
    raise DatasetError(problems)


def locate(text: Source, paths: Iterable[Location]) -> dict[Location, Position]:
    """Where each path (or, when it is missing, its nearest ancestor) begins.

    A mapping entry is placed at its key, a list item at the item. Only the
    first occurrence of a path counts, so a duplicated key points at the first.
    ``text`` may be a binary file, read again from its start.
    """
    if not isinstance(text, (str, bytes)):
        text.seek(0)
    wanted: set[Location] = set()
    for path in paths:
        wanted.update(path[:depth] for depth in range(len(path) + 1))
    # Nothing read is kept: the top-level lists are streamed and their items dropped.
    walker = Walker(text, "", wanted=wanted, sections=EVERY_SECTION)
    with contextlib.suppress(DatasetError):
        walker.run()
    found = walker.marks
    result: dict[Location, Position] = {}
    for path in paths:
        for depth in range(len(path), -1, -1):
            if path[:depth] in found:
                result[path] = found[path[:depth]]
                break
    return result
