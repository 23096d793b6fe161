"""Find the dataset and open it as a Store: from the cache when it is current,
otherwise by parsing and validating the YAML, then caching what was built.

The cache holds one SQLite file per dataset path, named by that path and the
cache schema. Inside, ``fingerprint`` records the dataset file's identity
(device, inode, size, modification and change times) and, for files up to
1 MiB, a checksum of their content; ``sha256`` records the content's hash. A
run whose dataset has the same fingerprint reads the cache without touching
YAML or pydantic; any edit changes the fingerprint and the next run rebuilds.
Files are written under a temporary name and renamed into place, so
concurrent runs never see half a database; a cache that is corrupt,
unreadable or unwritable is bypassed and the dataset is built in memory.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import sys
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

from hubquery import __version__
from hubquery.errors import DatasetError, Problem, dotted
from hubquery.store import SCHEMA_VERSION, Store

if TYPE_CHECKING:
    from hubquery.models import Dataset

DATA_ENV = "HUBQUERY_DATA"
CACHE_ENV = "HUBQUERY_CACHE_DIR"
PACKAGED = ("data", "hubs.yaml")
HASHED_SIZE_LIMIT = 1 << 20
# Larger files are compiled as they are read, so that a build's memory does not grow
# with the file (a 1M-fact dataset is 280 MB of YAML).
STREAMED_SIZE = 1 << 24


@dataclass(frozen=True)
class DatasetFile:
    path: str
    label: str  # how the dataset is named in messages


def locate_dataset(data: str | None = None) -> DatasetFile:
    """The dataset to use: ``--data``, then ``$HUBQUERY_DATA``, then the packaged one."""
    if data is not None:
        if not data.strip():
            raise DatasetError.single("--data", "the dataset path is empty")
        return DatasetFile(os.path.expanduser(data), data)
    from_env = os.environ.get(DATA_ENV)
    if from_env is not None:
        if not from_env.strip():
            raise DatasetError.single(DATA_ENV, "the dataset path is empty")
        return DatasetFile(os.path.expanduser(from_env), from_env)
    packaged = _packaged_dataset()
    return DatasetFile(packaged, packaged)


def _packaged_dataset() -> str:
    """The dataset inside the installed package (a wheel puts it there), or, in an
    editable install, at the root of the project the package is imported from."""
    import hubquery

    # What importlib.resources.files() gives for a package on the file system,
    # without the 8 ms its import of pathlib costs every run.
    for location in hubquery.__path__:
        packaged = os.path.join(location, *PACKAGED)
        if os.path.isfile(packaged):
            return packaged
    editable = _editable_project()
    if editable is not None and os.path.isfile(os.path.join(editable, *PACKAGED)):
        return os.path.join(editable, *PACKAGED)
    raise DatasetError.single(
        "hubquery", f"no packaged dataset found; point --data or ${DATA_ENV} at a dataset"
    )


def _editable_project() -> str | None:
    """The project directory of an editable install, from its PEP 610 direct_url.json.

    An editable install imports the package from the source tree, where the
    dataset lives at the project root rather than inside the package.
    """
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if not (name.startswith("hubquery-") and name.endswith(".dist-info")):
                continue
            try:
                with open(os.path.join(entry, name, "direct_url.json"), encoding="utf-8") as f:
                    direct = json.load(f)
            except (OSError, ValueError):
                continue
            from urllib.parse import unquote, urlparse

            url = urlparse(str(direct.get("url", "")))
            if direct.get("dir_info", {}).get("editable") and url.scheme == "file":
                return unquote(url.path)
    return None


def read_bytes(dataset: DatasetFile) -> bytes:
    """The dataset file's bytes, or a one-line error saying why they cannot be read."""
    with open_dataset(dataset) as f:
        try:
            return f.read()
        except OSError as error:
            raise _unreadable(dataset, error) from None


def open_dataset(dataset: DatasetFile) -> BinaryIO:
    """The dataset file opened to read, or a one-line error saying why it cannot be."""
    try:
        return open(dataset.path, "rb")
    except OSError as error:
        raise _unreadable(dataset, error) from None


def _unreadable(dataset: DatasetFile, error: OSError) -> DatasetError:
    if isinstance(error, FileNotFoundError):
        reason = "no such file"
    elif isinstance(error, IsADirectoryError):
        reason = "is a directory, not a dataset file"
    elif isinstance(error, PermissionError):
        reason = "permission denied"
    else:
        reason = error.strerror or str(error)
    return DatasetError.single(dataset.label, f"cannot read the dataset: {reason}")


def parse(data: bytes, filename: str) -> Dataset:
    """Parse and validate a dataset; every problem is reported with its position."""
    from hubquery import yamlfile

    text = yamlfile.decode(data, filename)
    raw = yamlfile.read(text, filename)
    if raw is None:
        raise DatasetError.single(
            filename, "the dataset is empty: expected a mapping with format, sources, "
            "metrics, hubs and facts", 1, 1,
        )
    if not isinstance(raw, dict):
        raise DatasetError.single(
            filename, f"the dataset must be a mapping, not a {_yaml_type(raw)}", 1, 1
        )
    return validate(raw, text, filename)


@dataclass(frozen=True)
class _Pending:
    """A dataset to be validated as it is compiled (``compile``): its content, or,
    when it is large, its file, read a little at a time and never held whole."""

    content: bytes | None
    label: str
    file: DatasetFile | None = None


def _compile(connection: sqlite3.Connection, dataset: _Pending, meta: dict[str, str]) -> None:
    """Validate the dataset and write it into the empty database, as ``parse`` reports."""
    from hubquery import compile as compiler

    if dataset.content is not None:
        compiler.build(connection, dataset.content, dataset.label, meta)
        return
    assert dataset.file is not None
    with open_dataset(dataset.file) as f:
        compiler.build(connection, f, dataset.label, meta)


def validate(raw: dict[str, Any], text: str, filename: str) -> Dataset:
    from pydantic import ValidationError

    from hubquery.models import Dataset, cross_check

    issues: list[tuple[tuple[str | int, ...], str]]
    try:
        dataset = Dataset.model_validate(raw)
    except ValidationError as error:
        issues = [(tuple(e["loc"]), _describe(e)) for e in error.errors(include_url=False)]
    else:
        issues = list(cross_check(dataset))
        if not issues:
            return dataset
    raise located(issues, text, filename)


def located(issues: list[tuple[tuple[str | int, ...], str]], text: str | bytes | BinaryIO,
            filename: str) -> DatasetError:
    """One error listing every issue at its file:line:column, in file order."""
    from hubquery import yamlfile

    positions = yamlfile.locate(text, [loc for loc, _ in issues])
    problems = []
    for loc, message in issues:
        line, column = positions.get(loc, (None, None))
        problems.append(Problem(filename, line, column, dotted(loc), message))
    problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    return DatasetError(problems)


def check_file(path: str | None, articles: str | None = None) -> dict[str, Any]:
    """Validate a dataset as a curator would: beyond loading, each quote must state
    its figure and, given the articles' folder, be found in its article."""
    from hubquery import quotes, yamlfile

    dataset_file = locate_dataset(path)
    if dataset_file.path == "-":
        content, label = sys.stdin.buffer.read(), "<stdin>"
    else:
        content, label = read_bytes(dataset_file), dataset_file.label
    dataset = parse(content, label)
    issues = list(quotes.figure_problems(dataset))
    if articles is not None:
        from pathlib import Path

        folder = Path(articles)
        if not folder.is_dir():
            raise DatasetError.single(articles, "no such folder of article texts")
        issues += quotes.article_problems(dataset, folder)
    if issues:
        raise located(issues, yamlfile.decode(content, label), label)
    return {
        "file": label, "hubs": len(dataset.hubs), "facts": len(dataset.facts),
        "sources": len(dataset.sources), "metrics": len(dataset.metrics),
    }


def _yaml_type(value: object) -> str:
    return {list: "list", str: "string", int: "number", float: "number", bool: "boolean"}.get(
        type(value), type(value).__name__
    )


def _describe(error: Any) -> str:
    """One plain sentence for a pydantic error."""
    kind, given = error["type"], error.get("input")
    shown = repr(given) if len(repr(given)) <= 60 else repr(given)[:57] + "…"
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length")
        return f"text of {len(given):,} characters is longer than the {limit:,} allowed"
    if kind == "string_pattern_mismatch":
        return f"{shown} is not a valid id: use lowercase letters, digits and single hyphens"
    if kind in ("value_error", "assertion_error"):
        return str(error["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if kind == "literal_error":
        return f"{shown} is not allowed: {error['msg'][0].lower()}{error['msg'][1:]}"
    if kind in ("int_type", "float_type", "bool_type", "string_type", "list_type",
                "model_type", "dict_type", "model_attributes_type"):
        expected = {"int_type": "a number", "float_type": "a number", "bool_type": "true or false",
                    "string_type": "text", "list_type": "a list"}.get(kind, "a mapping")
        return f"expected {expected}, not {_yaml_type(given)} {shown}"
    return f"{error['msg']} (got {shown})"


# The cache


def cache_dir() -> str:
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return os.path.expanduser(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "hubquery")


def cache_path(dataset: str) -> str:
    """``<name>-<checksum of its real path>-s<schema>-<version>.sqlite`` in the cache dir."""
    real = os.path.realpath(dataset)
    stem = os.path.splitext(os.path.basename(real))[0][:40]
    key = f"{zlib.crc32(os.fsencode(real)):08x}"
    return os.path.join(cache_dir(), f"{stem}-{key}-s{SCHEMA_VERSION}-{__version__}.sqlite")


def fingerprint(dataset: DatasetFile, status: os.stat_result, content: bytes | None = None) -> str:
    """The dataset file's identity; includes its hash when it is small."""
    mark = (f"{status.st_dev}:{status.st_ino}:{status.st_size}:"
            f"{status.st_mtime_ns}:{status.st_ctime_ns}")
    if status.st_size <= HASHED_SIZE_LIMIT:
        if content is None:
            content = read_bytes(dataset)
        mark += f":{zlib.crc32(content):08x}"
    return mark


def open_store(data: str | None = None, *, use_cache: bool = True) -> Store:
    """The dataset as a Store, from the cache when it is current.

    ``-`` reads the dataset from standard input; like any file that is not a
    regular file (a pipe, a device), it is built in memory and not cached.
    """
    dataset = locate_dataset(data)
    if dataset.path == "-":
        content = sys.stdin.buffer.read()
        return _build_in_memory(_Pending(content, "<stdin>"), dataset, "")
    try:
        status = os.stat(dataset.path)
    except OSError:
        status = None
    if not use_cache or status is None or not stat.S_ISREG(status.st_mode):
        content = read_bytes(dataset)  # a clear error when it is missing or a directory
        return _build_in_memory(_Pending(content, dataset.label), dataset, "")
    target = cache_path(dataset.path)
    store = _open_cached(target, fingerprint(dataset, status))
    if store is not None:
        return store
    # Fingerprint with the status taken before reading: an edit made while we
    # read then changes the status, so the next run rebuilds rather than trusts.
    content = read_bytes(dataset) if status.st_size <= STREAMED_SIZE else None
    mark = fingerprint(dataset, status, content)
    parsed = _Pending(content, dataset.label, dataset)
    meta = _meta(dataset, content, mark)
    return _write_cache(target, parsed, meta) or _build_in_memory(parsed, dataset, mark)


def _open_cached(target: str, mark: str) -> Store | None:
    # immutable: cache files are replaced, never changed in place, so SQLite
    # can skip locking. Only the URI's own delimiters need escaping here.
    escaped = target.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    uri = f"file:{escaped}?mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    except sqlite3.Error:
        connection.close()
        return None
    if row is None or row[0] != mark:
        connection.close()
        return None
    return Store(connection)


def _meta(dataset: DatasetFile, content: bytes | None, mark: str) -> dict[str, str]:
    import hashlib

    if content is None:  # a large file: hashed as it is read, never held whole
        hashed = hashlib.sha256()
        with open_dataset(dataset) as f:
            while chunk := f.read(1 << 20):
                hashed.update(chunk)
        digest = hashed.hexdigest()
    else:
        digest = hashlib.sha256(content).hexdigest()
    return {
        "fingerprint": mark,
        "sha256": digest,
        "dataset": dataset.path,
        "schema": str(SCHEMA_VERSION),
        "hubquery": __version__,
    }


def _write_cache(target: str, dataset: _Pending, meta: dict[str, str]) -> Store | None:
    folder, name = os.path.split(target)
    temporary = os.path.join(folder, f".{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        os.makedirs(folder, exist_ok=True)
        connection = sqlite3.connect(temporary)
        try:
            _compile(connection, dataset, meta)
        finally:
            connection.close()
        os.replace(temporary, target)
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return None
    except DatasetError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _remove_stale(folder, name)
    return _open_cached(target, meta["fingerprint"])


def _remove_stale(folder: str, current: str) -> None:
    """Delete this dataset's caches built by other schemas or versions of hubquery."""
    prefix = current.rsplit("-s", 1)[0] + "-s"
    with contextlib.suppress(OSError):
        for name in os.listdir(folder):
            if name.startswith(prefix) and name.endswith(".sqlite") and name != current:
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, name))


def _build_in_memory(dataset: _Pending, source: DatasetFile, mark: str) -> Store:
    connection = sqlite3.connect(":memory:")
    _compile(connection, dataset, {"fingerprint": mark, "dataset": source.path,
                                   "schema": str(SCHEMA_VERSION), "hubquery": __version__})
    return Store(connection)
