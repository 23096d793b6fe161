"""The compiled cache: a dataset's SQLite build, reused while the dataset is unchanged.

The cache holds one SQLite file per dataset path, named by that path and the
cache schema. Inside, ``fingerprint`` records the dataset file's identity
(device, inode, size, modification and change times) and, for files up to
1 MiB, a checksum of their content; ``sha256`` is the content's hash, kept so
that a person inspecting a cache can tell which dataset text it was built from
(hubquery itself reads only the fingerprint). A run whose dataset has the same
fingerprint reads the cache without touching YAML or pydantic; any edit changes
the fingerprint and the next run rebuilds. Files are written under a temporary
name and renamed into place, so concurrent runs never see half a database; a
cache that is corrupt, unreadable or unwritable is bypassed and the dataset is
built in memory. Nothing read from the cache folder is trusted: see ``verified``.
Finding and parsing the dataset is ``load``'s job.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import sys
import time
import zlib

from hubquery import __version__
from hubquery.errors import DatasetError
from hubquery.load import STDIN, DatasetFile, locate_dataset, open_dataset, read_bytes
from hubquery.store import SCHEMA_VERSION, Store

CACHE_ENV = "HUBQUERY_CACHE_DIR"
HASHED_SIZE_LIMIT = 1 << 20
# Larger files are compiled as they are read, so that a build's memory does not grow
# with the file (a 1M-fact dataset is 280 MB of YAML).
STREAMED_SIZE = 1 << 24


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
    mark = (
        f"{status.st_dev}:{status.st_ino}:{status.st_size}:"
        f"{status.st_mtime_ns}:{status.st_ctime_ns}"
    )
    if status.st_size <= HASHED_SIZE_LIMIT:
        if content is None:
            content = read_bytes(dataset)
        mark += f":{zlib.crc32(content):08x}"
    return mark


def open_store(
    data: str | None = None, *, use_cache: bool = True, as_of: str | None = None
) -> Store:
    """The dataset as a Store, from the cache when it is current; with ``as_of`` (an ISO
    day, --as-of), as it stood on that day.

    Anything but a regular file (standard input ``-``, a FIFO) is built in memory
    and not cached.
    """
    return Store(_connect(data, use_cache), as_of=as_of)


def _connect(data: str | None, use_cache: bool) -> sqlite3.Connection:
    dataset = locate_dataset(data)
    try:
        status = os.stat(dataset.path) if dataset.path != STDIN else None
    except OSError:
        status = None
    if not use_cache or status is None or not stat.S_ISREG(status.st_mode):
        content = read_bytes(dataset)  # a clear error when it is missing or a directory
        return _build_in_memory(_Pending(content, dataset.label), dataset, "")
    target = cache_path(dataset.path)
    folder, name = os.path.split(target)
    trusted = _trusted_folder(folder)
    connection = _open_cached(target, fingerprint(dataset, status)) if trusted else None
    if connection is not None:
        return connection
    # Fingerprint with the status taken before reading: an edit made while we
    # read then changes the status, so the next run rebuilds rather than trusts.
    small = read_bytes(dataset) if status.st_size <= STREAMED_SIZE else None
    mark = fingerprint(dataset, status, small)
    pending = _Pending(small, dataset.label, dataset)
    if not trusted:
        return _build_in_memory(pending, dataset, mark)
    # Before the build, not only after it: on a tight disk, a dead run's temporary
    # would otherwise make every later build fail for want of room, and run in memory.
    _remove_stale(folder, name)
    return _write_cache(
        target, pending, _meta(dataset, mark, small, hashed=True)
    ) or _build_in_memory(pending, dataset, mark)


# The cache trusts nothing it reads. A file is used only if it is a regular file owned by
# this user, not writable by others, in a folder no other user can write to (or one
# whose sticky bit stops them replacing our files, like /tmp), and if it is the file
# this program sealed: SQLite's header holds, in bytes SQLite leaves to applications
# (user_version and application_id), the CRC-32 of the file and the modification time
# the file was given when it was built. A write to the file changes its modification
# time; a file up to VERIFIED_SIZE is also checked whole (0.1 ms for the packaged
# dataset's 430 KB, about 0.25 ms a MiB), so damage that kept the time is found too.
# A file larger than that is trusted on its size and time (reading it whole would cost
# a warm lookup more than the lookup). Anything that fails is rebuilt.
VERIFIED_SIZE = 2 << 20
_SEAL = slice(60, 72)  # user_version (the CRC-32), 64..68 untouched, application_id (the time)
_warned: set[str] = set()
# The cache files this run reads: an SQLite error later, while a query reads one, means
# it is damaged after all (``process`` removes it and answers from the data).
opened: list[str] = []


def _warn(path: str, reason: str) -> None:
    """A one-line warning, once a run for each path."""
    if path in _warned:
        return
    _warned.add(path)
    from hubquery.escaping import escaped  # a warning's path only: not on a warm lookup

    if sys.stderr is not None:
        print(f"Warning: {reason}: {escaped(path)}", file=sys.stderr)


def _trusted_folder(folder: str) -> bool:
    """A folder only this user (or root) can change; one that does not exist yet will be
    made by us."""
    try:
        status = os.stat(folder)
    except OSError:
        return True
    shared = status.st_mode & 0o022 and not status.st_mode & stat.S_ISVTX
    if status.st_uid not in (os.geteuid(), 0) or shared:
        _warn(folder, "not using the cache: other users can write to its folder")
        return False
    return True


def verified(target: str) -> bool:
    """Whether the cache file at ``target`` is one this program built and sealed, unchanged
    since (see above). Never opens a FIFO or a device: it would block, or never end."""
    try:
        descriptor = os.open(target, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        return _sealed(target, descriptor)
    except OSError:
        return False
    finally:
        os.close(descriptor)


def _sealed(target: str, descriptor: int) -> bool:
    status = os.fstat(descriptor)
    if not stat.S_ISREG(status.st_mode):
        _warn(target, "ignoring a cache that is not a regular file")
        return False
    if status.st_uid != os.geteuid() or status.st_mode & 0o022:
        _warn(target, "ignoring a cache that another user owns or can write")
        return False
    header = os.read(descriptor, 100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    pages = int.from_bytes(header[28:32], "big")
    digest = int.from_bytes(header[60:64], "big")
    sealed_at = int.from_bytes(header[68:72], "big")
    if (
        status.st_size != (65536 if page_size == 1 else page_size) * pages
        or status.st_mtime_ns != sealed_at * 1_000_000_000
    ):
        return False
    if status.st_size > VERIFIED_SIZE:
        return True
    # One read of the whole file into one buffer (a loop of reads joined would copy it
    # twice more: a third of the check's cost).
    content = os.pread(descriptor, status.st_size + 1, 0)
    return len(content) == status.st_size and _digest(content) == digest


def _digest(content: bytes) -> int:
    """CRC-32 of a cache file with its seal's bytes read as zeros."""
    view = memoryview(content)
    return zlib.crc32(view[_SEAL.stop :], zlib.crc32(bytes(12), zlib.crc32(view[: _SEAL.start])))


def _seal(path: str) -> None:
    """Write the seal into a finished cache file and give it the time the seal names."""

    sealed_at = int(time.time()) // 2 * 2 - 2  # whole, even seconds: any file system keeps them
    with open(path, "r+b") as f:
        size = os.fstat(f.fileno()).st_size
        content = f.read() if size <= VERIFIED_SIZE else f.read(100)
        digest = _digest(content) if size <= VERIFIED_SIZE else 0
        f.seek(_SEAL.start)
        f.write(digest.to_bytes(4, "big") + content[64:68] + sealed_at.to_bytes(4, "big"))
    os.utime(path, ns=(sealed_at * 1_000_000_000, sealed_at * 1_000_000_000))


class _Pending:
    """A dataset to be validated as it is compiled (``compile``): its content, or,
    when it is large, its file, read a little at a time and never held whole. (A plain
    class: a named tuple would cost every warm run 0.9 M instructions to define.)"""

    __slots__ = ("content", "file", "label")

    def __init__(self, content: bytes | None, label: str, file: DatasetFile | None = None) -> None:
        self.content = content
        self.label = label
        self.file = file


def _compile(connection: sqlite3.Connection, dataset: _Pending, meta: dict[str, str]) -> None:
    """Validate the dataset and write it into the empty database, as ``load.parse``
    reports."""
    from hubquery import compile as compiler

    if dataset.content is not None:
        compiler.build(connection, dataset.content, dataset.label, meta)
        return
    assert dataset.file is not None
    with open_dataset(dataset.file) as f:
        compiler.build(connection, f, dataset.label, meta)


def _open_cached(target: str, mark: str) -> sqlite3.Connection | None:
    if not verified(target):
        return None
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
    opened.append(target)
    return connection


def _meta(
    dataset: DatasetFile, mark: str, content: bytes | None = None, hashed: bool = False
) -> dict[str, str]:
    """What a cache records about the dataset it was built from; with ``hashed``, the
    hash of its content (of a large file's, read in chunks, never held whole)."""
    # A path that is not UTF-8 (its bytes kept as surrogates) is recorded with them escaped.
    path = os.fsencode(dataset.path).decode("utf-8", "backslashreplace")
    meta = {
        "fingerprint": mark,
        "dataset": path,
        "schema": str(SCHEMA_VERSION),
        "hubquery": __version__,
    }
    if hashed:
        import hashlib

        if content is None:
            digest = hashlib.sha256()
            with open_dataset(dataset) as f:
                while chunk := f.read(1 << 20):
                    digest.update(chunk)
            meta["sha256"] = digest.hexdigest()
        else:
            meta["sha256"] = hashlib.sha256(content).hexdigest()
    return meta


def _write_cache(target: str, dataset: _Pending, meta: dict[str, str]) -> sqlite3.Connection | None:
    folder, name = os.path.split(target)
    temporary = os.path.join(folder, f".{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    from hubquery import temporaries  # only to build: a warm lookup writes nothing

    temporaries.remember(temporary)  # removed if the run is interrupted
    try:
        os.makedirs(folder, exist_ok=True)
        connection = sqlite3.connect(temporary, check_same_thread=False)
        try:
            _compile(connection, dataset, meta)
        finally:
            connection.close()
        _seal(temporary)
        os.replace(temporary, target)
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return None
    except DatasetError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    finally:
        temporaries.forget(temporary)
    return _open_cached(target, meta["fingerprint"])


def _remove_stale(folder: str, current: str) -> None:
    """Delete this dataset's caches built by other schemas or versions of hubquery, and
    temporary files left by runs that ended mid-write (a kill)."""
    from hubquery.outputs import orphaned

    prefix = current.rsplit("-s", 1)[0] + "-s"
    with contextlib.suppress(OSError):
        for name in os.listdir(folder):
            stale = name.startswith(prefix) and name.endswith(".sqlite") and name != current
            if stale or orphaned(name):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, name))


def _build_in_memory(dataset: _Pending, source: DatasetFile, mark: str) -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    _compile(connection, dataset, _meta(source, mark))
    return connection
