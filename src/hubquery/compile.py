"""Compile a dataset file into its SQLite store as the YAML streams, in bounded memory.

The cold build reads the file once: ``yamlfile.Stream`` hands over one record at a
time, each is validated on its own by its pydantic class, checked against compact
indexes of the small sections (``crosscheck.CrossCheck``: ids, names, unit kinds), and
written to SQLite in batches (``store.build``). Nothing holds the whole document or
all of its records. What needs every fact is settled afterwards by the database:
duplicate fact ids, and the inputs of derived figures.

Problems are kept as (path, message) pairs and located in the file only when there
are any, exactly as ``load.parse`` reports them: a dataset with invalid records
reports every invalid field (and nothing else); a valid one, every problem that
spans records.

On a terminal, a build that takes more than a second shows its progress on stderr.
"""

from __future__ import annotations

import codecs
import gc
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import Any, BinaryIO, TextIO

from pydantic import BaseModel, ValidationError

from hubquery import models, store, yamlfile
from hubquery.crosscheck import CrossCheck, Input, derivation_problems, duplicate_id
from hubquery.errors import DatasetError
from hubquery.load import describe_error, located_error, yaml_type
from hubquery.store.compact import compact_hub

Issue = tuple[tuple[str | int, ...], str]

SMALL = ("sources", "metrics", "hubs")
SECTIONS = (*SMALL, "facts")
UTF8_CHUNK = 1 << 22


def build(
    connection: sqlite3.Connection,
    data: bytes | BinaryIO,
    filename: str,
    meta: dict[str, str],
    progress: Progress | None = None,
) -> None:
    """Validate the dataset in ``data`` (its bytes, or the file opened to read them a
    little at a time) and write it into the empty database.

    Raises ``DatasetError`` with every problem at its file:line:column, the same
    problems ``load.parse`` reports; the database is then incomplete.
    """
    if isinstance(data, bytes):
        size = len(data)
    else:
        size = data.seek(0, os.SEEK_END)
        data.seek(0)
    if progress is None:
        progress = Progress.on_terminal(filename, size)
    # The build allocates millions of short-lived objects and no reference cycles:
    # the cyclic garbage collector would only walk them again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        _check_utf8(data, filename)
        _Compiler(data, size, filename, progress).run(connection, meta)
    finally:
        if collecting:
            gc.enable()
        progress.done()


def _check_utf8(data: bytes | BinaryIO, filename: str) -> None:
    """Refuse text that is not UTF-8 as ``yamlfile.decode`` does, without a decoded
    copy of the whole file."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        if isinstance(data, bytes):
            view = memoryview(data)
            for start in range(0, len(data), UTF8_CHUNK):
                decoder.decode(view[start : start + UTF8_CHUNK])
        else:
            while chunk := data.read(UTF8_CHUNK):
                decoder.decode(chunk)
            data.seek(0)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        yamlfile.whole_text(data, filename)  # raises the located error
        raise  # pragma: no cover - decode refuses what the decoder refused


class _Compiler:
    def __init__(
        self, data: bytes | BinaryIO, size: int, filename: str, progress: Progress
    ) -> None:
        self.data = data
        self.size = size
        self.filename = filename
        self.progress = progress
        self.stream = yamlfile.Stream(data, filename, SECTIONS)
        self.invalid: list[Issue] = []  # fields that fail their record's validation
        self.problems: list[Issue] = []  # problems spanning records
        self.small: dict[str, list[Any]] = {section: [] for section in SMALL}
        self.checks = CrossCheck()
        self.derived: list[tuple[int, models.Fact]] = []

    def run(self, connection: sqlite3.Connection, meta: dict[str, str]) -> None:
        models_of: dict[str, type[BaseModel]] = {
            "sources": models.Source,
            "metrics": models.Metric,
            "hubs": models.Hub,
        }
        stream = self.stream
        items = iter(stream)
        head: list[yamlfile.Item] = []
        buffered: list[yamlfile.Item] = []
        shared: dict[str, str] = {}
        for item in items:
            section, index, value = item
            if section != "facts":
                record = self._validate(models_of[section], section, index, value)
                if record is not None:
                    # Hubs may be as many as the facts: kept as compact records.
                    if section == "hubs":
                        record = compact_hub(record, shared)
                    self.small[section].append(record)
            elif buffered or not stream.closed(SMALL):
                # Facts before the sections they refer to: keep them until the end.
                buffered.append(item)
            else:
                head.append(item)
                break
        sources, metrics, hubs = (self.small[section] for section in SMALL)
        if not self.invalid:
            self.problems += self.checks.sections(sources, metrics, hubs)
        facts = self._facts(chain(head, items) if head else buffered)
        if self.invalid or self.problems:
            # Refused already: the database is only for the checks still to come, on
            # the facts (and the hubs' rows assume a parent chain without loops).
            sources, metrics, hubs = [], [], []
        try:
            store.build(connection, meta, sources, metrics, hubs, facts, self.progress.written)
        except sqlite3.IntegrityError:
            duplicates = True  # an id given twice: the unique indexes refuse it
        else:
            duplicates = False
        self._check_root()
        if self.invalid:
            raise self._located(self.invalid)
        if duplicates:
            self.problems += _duplicate_facts(connection)
        self.problems += self._derivations(connection, duplicates)
        if self.problems:
            raise self._located(self.problems)

    def _validate(self, model: type[BaseModel], section: str, index: int, value: Any) -> Any:
        try:
            return model.model_validate(value)
        except ValidationError as error:
            self.invalid += [
                ((section, index, *e["loc"]), describe_error(e))
                for e in error.errors(include_url=False)
            ]
            return None

    def _facts(self, items: Iterable[yamlfile.Item]) -> Iterator[models.Fact]:
        """The valid facts among ``items``, checked against the small sections."""
        progress, stream, checks = self.progress, self.stream, self.checks
        for section, index, value in items:
            if section != "facts":
                continue  # a small section given twice: refused as a duplicate key
            progress.read += 1
            if not progress.read & 1023:
                progress.show(stream.position)
            fact = self._validate(models.Fact, "facts", index, value)
            if fact is None or self.invalid:
                continue  # once a record is invalid, only validation goes on
            self.problems += checks.fact(index, fact)
            if fact.derived:
                self.derived.append((index, fact))
            progress.checked += 1
            yield fact
        progress.stage = "indexing"
        progress.show(self.size)

    def _check_root(self) -> None:
        """What today's whole-document validation says about the top level."""
        root = self.stream.root
        if root is None:
            raise DatasetError.single(
                self.filename,
                "the dataset is empty: expected a mapping with format, "
                "sources, metrics, hubs and facts",
                1,
                1,
            )
        if not isinstance(root, dict):
            raise DatasetError.single(
                self.filename, f"the dataset must be a mapping, not a {yaml_type(root)}", 1, 1
            )
        # The records were validated one by one; validate the rest of the document.
        skeleton = {
            key: [] if key in SECTIONS and type(value) is list else value
            for key, value in root.items()
        }
        try:
            models.Dataset.model_validate(skeleton)
        except ValidationError as error:
            self.invalid += [
                (tuple(e["loc"]), describe_error(e)) for e in error.errors(include_url=False)
            ]

    def _derivations(self, connection: sqlite3.Connection, duplicates: bool) -> list[Issue]:
        if not self.derived:
            return []
        if duplicates:
            connection.execute("CREATE INDEX IF NOT EXISTS facts_any_id ON facts (id)")

        def lookup(ident: str) -> Input | None:
            row = connection.execute(
                "SELECT value, source_id FROM facts WHERE id = ? ORDER BY ord LIMIT 1", (ident,)
            ).fetchone()
            return None if row is None else Input._make(row)

        return [
            issue
            for index, fact in self.derived
            for issue in derivation_problems(index, fact, lookup)
        ]

    def _located(self, issues: list[Issue]) -> DatasetError:
        return located_error(issues, self.data, self.filename)  # read again, not held whole


def _duplicate_facts(connection: sqlite3.Connection) -> list[Issue]:
    rows = connection.execute(
        "SELECT ord, id, min(ord) OVER (PARTITION BY id) FROM facts WHERE id IN "
        "(SELECT id FROM facts GROUP BY id HAVING count(*) > 1) ORDER BY ord"
    ).fetchall()
    return [
        duplicate_id("facts", index, ident, first) for index, ident, first in rows if index != first
    ]


class Progress:
    """One line on a terminal's stderr while a build takes more than a second:
    facts read, checked and compiled, and an estimate of the time left from how
    far into the file the reading is. Silent when ``stream`` is None."""

    DELAY = 1.0  # seconds before the first line
    INTERVAL = 0.25  # seconds between lines

    def __init__(
        self, label: str, size: int, stream: TextIO | None, clock: Callable[[], float] | None = None
    ) -> None:
        self.label = os.path.basename(label) or label
        self.size = max(size, 1)
        self.stream = stream
        self.clock = clock or time.monotonic
        self.started = self.clock()
        self.next = self.started + self.DELAY
        self.read = self.checked = self.compiled = 0
        self.stage = "reading"
        self.shown = False

    @classmethod
    def on_terminal(cls, label: str, size: int) -> Progress:
        stream = sys.stderr
        try:
            tty = stream is not None and stream.isatty()
        except (AttributeError, ValueError):
            tty = False
        return cls(label, size, stream if tty else None)

    def written(self, count: int) -> None:
        self.compiled = count

    def show(self, position: int) -> None:
        if self.stream is None:
            return
        now = self.clock()
        if now < self.next:
            return
        self.next = now + self.INTERVAL
        self.stream.write("\r" + self.line(position, now) + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def line(self, position: int, now: float) -> str:
        counts = f"{self.read:,} facts read, {self.checked:,} checked, {self.compiled:,} compiled"
        if self.stage == "indexing":
            return f"{self.label}: {counts}; writing the indexes …"
        fraction = min(position / self.size, 1.0)
        elapsed = now - self.started
        if fraction <= 0:
            return f"{self.label}: {counts}"
        left = elapsed * (1 - fraction) / fraction
        return f"{self.label}: {counts} · {fraction:.0%} · about {_duration(left)} left"

    def done(self) -> None:
        """Erase the line, so that what follows starts on a clean one."""
        if self.stream is not None and self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s"
