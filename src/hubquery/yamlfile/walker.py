"""The one pass over libyaml's events that reads, streams and locates.

A ``Walker`` builds values with an explicit stack of ``Frame`` records. It runs in
three ways: reading a whole document (``read``), handing over the items of chosen
top-level lists one at a time (``Stream``), and noting where wanted paths begin
without keeping anything (``locate``, only once a problem must be shown).
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import Any, NamedTuple

import yaml

from hubquery.errors import DatasetError, Location
from hubquery.yamlfile.scalars import (
    CORE_TAGS,
    IMPLICIT,
    Refusal,
    explicit,
    resolve_plain,
    short_tag,
    too_long,
)
from hubquery.yamlfile.text import Source, syntax_message, whole_text


class Position(NamedTuple):
    """Where a path begins in the text, 1-based."""

    line: int
    column: int


# An item of a streamed top-level list: (its top-level key, its index in that list, the
# item). A plain tuple, made once per fact on the cold path, and always unpacked.
Item = tuple[str, int, Any]


_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Aliases may add this many nodes beyond the document's own events, or as many
# nodes again as the document has, whichever is larger.
ALIAS_EXPANSION_FLOOR = 100_000

_NO_KEY = object()


class _EverySection(frozenset[str]):
    """Every top-level key: for reading a document without keeping its lists."""

    def __contains__(self, key: object) -> bool:
        return True

    def __bool__(self) -> bool:
        return True


EVERY_SECTION = _EverySection()


class Frame:
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


def _path(stack: list[Frame]) -> Location:
    """The document path of the innermost open container."""
    return tuple(frame.name for frame in stack[1:])


class Walker:
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
        except Refusal as refusal:
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
        implicit = IMPLICIT
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
        stack: list[Frame] = []
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
                                raise Refusal(too_long(value), event.start_mark) from None
                        else:
                            value = resolve_plain(value, event.start_mark)
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
                    value = explicit(tag, value, event)
                elif event.implicit[0] and value[:1] in implicit:
                    if value.isdigit() and value.isascii() and value[0] != "0":
                        try:
                            value = int(value)  # what YAML 1.1 makes of it, sooner
                        except ValueError:  # beyond Python's digit limit
                            raise Refusal(too_long(value), event.start_mark) from None
                    else:
                        value = resolve_plain(value, event.start_mark)
                if type(value) is str and len(value) <= 64:
                    value = shared.setdefault(value, value)
                if event.anchor is not None:
                    anchors[event.anchor] = _Anchored(value, 1)
            elif kind is alias_event:
                anchored = anchors.get(event.anchor)
                if anchored is None:
                    raise Refusal(f"unknown alias *{event.anchor}", event.start_mark)
                if anchored.size is None:
                    raise Refusal(
                        f"alias *{event.anchor} refers to a node that contains it", event.start_mark
                    )
                value, size = anchored.value, anchored.size
                expanded += size
                bound = max(ALIAS_EXPANSION_FLOOR, events)
                if expanded > bound:
                    raise Refusal(
                        f"aliases expand the document beyond {bound:,} nodes (an alias bomb?)",
                        event.start_mark,
                    )
            elif kind is map_start or kind is seq_start:
                if event.tag not in (None, "!") and event.tag not in CORE_TAGS:
                    raise Refusal(f"unsupported tag {short_tag(event.tag)}", event.start_mark)
                container = {} if kind is map_start else []
                key = None
                path: Location | None = () if track else None
                if stack:
                    parent = stack[-1]
                    if parent.mapping:
                        if parent.key is _NO_KEY:
                            raise Refusal("mapping keys must be plain scalars", event.start_mark)
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
                stack.append(Frame(container, kind is map_start, event.anchor, key, path, streamed))
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
                    raise Refusal("a key without a value", event.start_mark)
                if frame.anchor is not None:
                    anchors[frame.anchor].size = size
                if track and len(self.marks) == len(wanted):
                    return None  # every wanted position is known
            elif kind is yaml.DocumentEndEvent:
                following = get()
                if not isinstance(following, yaml.StreamEndEvent):
                    raise Refusal(
                        "a dataset is one YAML document; found another", following.start_mark
                    )
                return result
            else:  # pragma: no cover - libyaml emits nothing else inside a document
                raise Refusal(f"unexpected YAML event {kind.__name__}", event.start_mark)

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
                        raise Refusal("mapping keys must be plain scalars", event.start_mark)
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
            self.marks[path] = Position(mark.line + 1, mark.column + 1)
