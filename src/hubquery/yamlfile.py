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
import sys
from collections.abc import Collection, Generator, Iterable, Iterator
from typing import Any, BinaryIO

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from hubquery.errors import DatasetError, Location, Problem, dotted, shown

Position = tuple[int, int]  # 1-based line and column

# What a parser's context names, as the character a writer typed to open it.
_OPENED = {
    "while parsing a flow sequence": "the [",
    "while parsing a flow mapping": "the {",
    "while scanning a quoted scalar": "the quote",
    "while scanning a double-quoted scalar": "the quote",
    "while scanning a single-quoted scalar": "the quote",
}


def syntax_message(error: yaml.MarkedYAMLError) -> str:
    """A YAML syntax error that names where the construct it is in opened, as well as
    where reading failed: "the [ opened at 3:11 is never closed; found end of file at
    4:1" (the parser's problem mark alone points past the place to fix)."""
    problem = " ".join((error.problem or "cannot parse").split())
    problem = problem.replace("end of stream", "end of file")
    context, opened, failed = error.context, error.context_mark, error.problem_mark
    if not context or opened is None:
        return problem
    where = f"{opened.line + 1}:{opened.column + 1}"
    at = f" at {failed.line + 1}:{failed.column + 1}" if failed is not None else ""
    construct = _OPENED.get(context)
    if construct is None:
        return f"{context} that began at {where}: {problem}{at}"
    return f"{construct} opened at {where} is never closed; {problem}{at}"


_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR = "tag:yaml.org,2002:str"
_CORE_TAGS = {
    _STR,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
    "!",
}
_IMPLICIT: dict[str | None, list[tuple[str, Any]]] = Resolver.yaml_implicit_resolvers
_constructor = SafeConstructor()
_CONVERT = {
    "tag:yaml.org,2002:int": _constructor.construct_yaml_int,
    "tag:yaml.org,2002:float": _constructor.construct_yaml_float,
    "tag:yaml.org,2002:bool": _constructor.construct_yaml_bool,
    "tag:yaml.org,2002:null": _constructor.construct_yaml_null,
}

# Aliases may add this many nodes beyond the document's own events, or as many
# nodes again as the document has, whichever is larger.
ALIAS_EXPANSION_FLOOR = 100_000

_NO_KEY = object()


class _Refusal(Exception):
    """A problem found while walking events; carries where it is."""

    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


def decode(data: bytes, filename: str) -> str:
    """UTF-8 text of a dataset file (a BOM is allowed), or a located error."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise DatasetError.single(
            filename,
            f"not UTF-8 text: byte 0x{data[error.start]:02x} cannot be decoded",
            line,
            column,
        ) from None


def read(text: str, filename: str) -> Any:
    """The single YAML document in ``text`` as dicts, lists and scalars."""
    walker = _Walker(text, filename)
    value = walker.run()
    _refuse_duplicates(walker)
    return value


Item = tuple[str, int, Any]  # (top-level key, index in its list, the item)
# What a Stream reads: text, UTF-8 bytes, or a binary file read a little at a time.
Source = str | bytes | BinaryIO


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
        self._walker = _Walker(text, filename, sections=frozenset(sections))
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


def whole_text(source: Source, filename: str) -> str:
    """All the text of ``source``: to locate problems once there are some."""
    if isinstance(source, str):
        return source
    if not isinstance(source, bytes):
        source.seek(0)
        source = source.read()
    return decode(source, filename)


def _refuse_duplicates(walker: _Walker) -> None:
    if not walker.duplicates:
        return
    first = locate(walker.text, [path for path, _ in walker.duplicates])
    problems = []
    for path, mark in walker.duplicates:
        earlier = first.get(path)
        where = f" (first given at line {earlier[0]})" if earlier else ""
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
    walker = _Walker(text, "", wanted=wanted, sections=_EVERY_SECTION)
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


class _EverySection(frozenset[str]):
    """Every top-level key: for reading a document without keeping its lists."""

    def __contains__(self, key: object) -> bool:
        return True

    def __bool__(self) -> bool:
        return True


_EVERY_SECTION = _EverySection()


def _too_long(value: str) -> str:
    return (
        f"a number of {len(value):,} characters is beyond what can be read "
        f"(at most {sys.get_int_max_str_digits():,} digits)"
    )


def _resolve_plain(value: str, mark: Any) -> Any:
    """A plain scalar's value under YAML 1.1's implicit types, as PyYAML resolves them."""
    for resolved, pattern in _IMPLICIT.get(value[:1], ()):
        if pattern.match(value):
            if resolved in _CONVERT:
                try:
                    return _CONVERT[resolved](ScalarNode(resolved, value))
                except ValueError:  # an int beyond Python's digit limit
                    raise _Refusal(_too_long(value), mark) from None
            if resolved.endswith(":merge"):
                raise _Refusal("merge keys (<<) are not supported", mark)
            if resolved.endswith(":value"):
                raise _Refusal("the '=' value key is not supported", mark)
            return value  # a timestamp stays the text it was written as
    return value


class _Frame:
    """An open container of the walk (a mapping or a list being built)."""

    __slots__ = ("anchor", "container", "key", "mapping", "name", "path", "size", "streamed")

    def __init__(
        self,
        container: Any,
        mapping: bool,
        anchor: str | None,
        name: Any,
        path: Location | None,
        streamed: bool,
    ) -> None:
        self.container = container
        self.mapping = mapping  # a mapping (its next scalar is a key or a value), or a list
        self.key: Any = _NO_KEY  # a mapping's key waiting for its value, else _NO_KEY
        self.size = 1  # nodes in it so far, itself included (what an alias to it expands to)
        self.anchor = anchor
        self.name = name  # its key or index in its parent
        # its document path when locating and the path leads to a wanted one, else None
        self.path = path
        self.streamed = streamed  # a top-level list whose items are handed over one by one


class _Anchored:
    """A node with an anchor: its value, and its size (None while it is still open)."""

    __slots__ = ("size", "value")

    def __init__(self, value: Any, size: int | None) -> None:
        self.value = value
        self.size = size


def _path(stack: list[_Frame]) -> Location:
    """The document path of the innermost open container."""
    return tuple(frame.name for frame in stack[1:])


class _Walker:
    """One pass over the event stream, building values with an explicit stack."""

    def __init__(
        self,
        text: Source,
        filename: str,
        wanted: set[Location] | None = None,
        sections: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.filename = filename
        self.wanted = wanted
        self.sections = sections
        self.marks: dict[Location, Position] = {}
        self.duplicates: list[tuple[Location, Any]] = []
        self.root: Any = None  # the top-level container, as soon as it is open
        self.result: Any = None
        self.position = 0

    def run(self) -> Any:
        for _ in self.items():
            pass
        return self.result

    def items(self) -> Iterator[Item]:
        loader = _Loader(self.text)
        try:
            self.result = yield from self._walk(loader)
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            raise DatasetError.single(
                self.filename,
                f"YAML syntax error: {syntax_message(error)}",
                mark.line + 1 if mark else None,
                mark.column + 1 if mark else None,
            ) from None
        except yaml.reader.ReaderError as error:
            text = whole_text(self.text, self.filename)
            before = text[: error.position]
            line = before.count("\n") + 1
            column = error.position - (before.rfind("\n") + 1) + 1
            raise DatasetError.single(
                self.filename,
                f"character U+{error.character:04X} is not allowed in YAML",
                line,
                column,
            ) from None
        except yaml.YAMLError as error:
            message = " ".join(str(error).split())
            raise DatasetError.single(self.filename, f"YAML error: {message}") from None
        except _Refusal as refusal:
            mark = refusal.mark
            raise DatasetError.single(
                self.filename, refusal.message, mark.line + 1, mark.column + 1
            ) from None
        finally:
            loader.dispose()

    def _walk(self, loader: Any) -> Generator[Item, None, Any]:
        get = loader.get_event
        get()  # StreamStartEvent
        event = get()
        if isinstance(event, yaml.StreamEndEvent):
            return None
        scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
        seq_start, map_start = yaml.SequenceStartEvent, yaml.MappingStartEvent
        seq_end, map_end = yaml.SequenceEndEvent, yaml.MappingEndEvent
        implicit = _IMPLICIT
        track = self.wanted is not None
        fast = not track
        wanted: set[Location] = self.wanted or set()
        # Datasets repeat the same keys, units, ids and periods thousands of times:
        # share one string object per distinct short text. When streaming, only the
        # most recent ones: every fact's id is distinct, and would otherwise be kept.
        shared: dict[str, str] = {}
        share_limit = 20_000
        sections = self.sections
        anchors: dict[str, _Anchored] = {}
        stack: list[_Frame] = []
        events = 0
        expanded = 0
        result: Any = None
        value: Any
        container: Any
        key: Any

        while True:
            if fast and stack and stack[-1].mapping:
                # Inside a mapping, the plain untagged scalars (most of a dataset: every
                # key, nearly every value) are placed here in a tight loop; anything else
                # ends the loop and is handled below, as every event is when locating.
                frame = stack[-1]
                container, key, count = frame.container, frame.key, frame.size
                while True:
                    event = get()
                    events += 1
                    if event.__class__ is not scalar_event or event.anchor is not None:
                        break
                    value = event.value
                    tag = event.tag
                    if tag is not None and tag != "!":
                        break
                    if event.implicit[0] and value[:1] in implicit:
                        if value.isdigit() and value.isascii() and value[0] != "0":
                            try:
                                value = int(value)
                            except ValueError:  # beyond Python's digit limit
                                raise _Refusal(_too_long(value), event.start_mark) from None
                        else:
                            value = _resolve_plain(value, event.start_mark)
                    if type(value) is str and len(value) <= 64:
                        value = shared.setdefault(value, value)
                    count += 1
                    if key is _NO_KEY:
                        if value in container:
                            self.duplicates.append(((*_path(stack), value), event.start_mark))
                        key = value
                    else:
                        container[key] = value
                        key = _NO_KEY
                frame.key, frame.size = key, count
            else:
                event = get()
                events += 1
            kind = event.__class__
            size = 1
            if kind is scalar_event:
                value = event.value
                tag = event.tag
                if tag is not None and tag != "!":
                    value = self._explicit(tag, value, event)
                elif event.implicit[0] and value[:1] in implicit:
                    if value.isdigit() and value.isascii() and value[0] != "0":
                        try:
                            value = int(value)  # what YAML 1.1 makes of it, sooner
                        except ValueError:  # beyond Python's digit limit
                            raise _Refusal(_too_long(value), event.start_mark) from None
                    else:
                        value = _resolve_plain(value, event.start_mark)
                if type(value) is str and len(value) <= 64:
                    value = shared.setdefault(value, value)
                if event.anchor is not None:
                    anchors[event.anchor] = _Anchored(value, 1)
            elif kind is alias_event:
                anchored = anchors.get(event.anchor)
                if anchored is None:
                    raise _Refusal(f"unknown alias *{event.anchor}", event.start_mark)
                if anchored.size is None:
                    raise _Refusal(
                        f"alias *{event.anchor} refers to a node that contains it", event.start_mark
                    )
                value, size = anchored.value, anchored.size
                expanded += size
                bound = max(ALIAS_EXPANSION_FLOOR, events)
                if expanded > bound:
                    raise _Refusal(
                        f"aliases expand the document beyond {bound:,} nodes (an alias bomb?)",
                        event.start_mark,
                    )
            elif kind is map_start or kind is seq_start:
                if event.tag not in (None, "!") and event.tag not in _CORE_TAGS:
                    raise _Refusal(f"unsupported tag {_short_tag(event.tag)}", event.start_mark)
                container = {} if kind is map_start else []
                key = None
                path: Location | None = () if track else None
                if stack:
                    parent = stack[-1]
                    if parent.mapping:
                        if parent.key is _NO_KEY:
                            raise _Refusal("mapping keys must be plain scalars", event.start_mark)
                        key = parent.key
                    else:
                        key = len(parent.container)
                    path = None if parent.path is None else (*parent.path, key)
                    if path is not None and path not in wanted:
                        path = None  # nothing wanted below here: stop tracking
                    elif path is not None and not parent.mapping:
                        self._note(path, event.start_mark)
                elif track:
                    self._note((), event.start_mark)
                if not stack:
                    self.root = container
                streamed = (
                    kind is seq_start
                    and len(stack) == 1
                    and stack[0].mapping
                    and key in sections
                    and event.anchor is None
                )
                if event.anchor is not None:
                    anchors[event.anchor] = _Anchored(container, None)
                stack.append(
                    _Frame(container, kind is map_start, event.anchor, key, path, streamed)
                )
                continue
            elif kind is map_end or kind is seq_end:
                frame = stack.pop()
                value, size = frame.container, frame.size
                if (
                    sections
                    and len(stack) == 1
                    and not frame.streamed
                    and stack[0].mapping
                    and stack[0].key in sections
                    and type(value) is list
                ):
                    yield from self._hand_over(stack[0].key, value, event)
                if frame.mapping and frame.key is not _NO_KEY:
                    raise _Refusal("a key without a value", event.start_mark)
                if frame.anchor is not None:
                    anchors[frame.anchor].size = size
                if track and len(self.marks) == len(wanted):
                    return None  # every wanted position is known
            elif kind is yaml.DocumentEndEvent:
                following = get()
                if not isinstance(following, yaml.StreamEndEvent):
                    raise _Refusal(
                        "a dataset is one YAML document; found another", following.start_mark
                    )
                return result
            else:  # pragma: no cover - libyaml emits nothing else inside a document
                raise _Refusal(f"unexpected YAML event {kind.__name__}", event.start_mark)

            # Place the finished value in its parent.
            if not stack:
                result = value
                continue
            frame = stack[-1]
            frame.size += size
            container = frame.container
            if frame.mapping:
                if frame.key is _NO_KEY:
                    if kind is not scalar_event and isinstance(value, (dict, list)):
                        raise _Refusal("mapping keys must be plain scalars", event.start_mark)
                    if frame.path is not None:
                        self._note((*frame.path, value), event.start_mark)
                    if value in container:
                        self.duplicates.append(((*_path(stack), value), event.start_mark))
                    frame.key = value
                else:
                    if (
                        kind is alias_event
                        and sections
                        and len(stack) == 1
                        and frame.key in sections
                        and type(value) is list
                    ):
                        yield from self._hand_over(frame.key, value, event)
                    container[frame.key] = value
                    frame.key = _NO_KEY
            elif frame.streamed:
                if frame.path is not None and kind is not map_end and kind is not seq_end:
                    self._note((*frame.path, len(container)), event.start_mark)
                self.position = event.end_mark.index
                yield frame.name, len(container), value
                container.append(None)
                if len(shared) > share_limit:
                    shared.clear()
            else:
                if frame.path is not None and kind is not map_end and kind is not seq_end:
                    self._note((*frame.path, len(container)), event.start_mark)
                container.append(value)

    def _hand_over(self, section: str, items: list[Any], event: Any) -> Iterator[Item]:
        """The items of a top-level list that was built whole (anchored or an alias)."""
        self.position = event.end_mark.index
        for index, item in enumerate(items):
            yield section, index, item

    def _note(self, path: Location, mark: Any) -> None:
        wanted = self.wanted
        if wanted is not None and path in wanted and path not in self.marks:
            self.marks[path] = (mark.line + 1, mark.column + 1)

    @staticmethod
    def _explicit(tag: str | None, value: str, event: Any) -> Any:
        if tag is None or tag == "!" or tag == _STR or tag == "tag:yaml.org,2002:timestamp":
            return value
        if tag in _CONVERT:
            try:
                return _CONVERT[tag](ScalarNode(tag, value))
            except (ValueError, KeyError):
                raise _Refusal(
                    f"{shown(value)} is not a valid {tag.rsplit(':', 1)[-1]}", event.start_mark
                ) from None
        raise _Refusal(f"unsupported tag {_short_tag(tag)}", event.start_mark)


def _short_tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")
